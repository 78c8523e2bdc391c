import { planRetention, type RetentionPlan } from '../../../retention/plan.js';
import { type Command, ExitCode, printJson } from '../../command.js';
import { parseAt, parseCount, showDate, withRetention } from './setup.js';

/**
 * `grondslag retention plan [--at DATE] [--weeks N] [--json]`: per rule and collection, the rows (log
 * lines) due at DATE, how many of them legal holds and restrictions keep, the oldest due clock; and
 * what becomes due in each of the coming weeks. Counts run in the stores (one per collection).
 * Exit 3 when a store could not be counted.
 */
export const retentionPlanCommand: Command = {
  name: ['retention', 'plan'],
  summary: 'count what retention would remove at a date, and what becomes due in the coming weeks',
  usage: '[--at DATE] [--weeks N] [--json]',
  options: {
    at: { type: 'string', description: 'the date to plan for (YYYY-MM-DD or an ISO instant; default now)' },
    weeks: { type: 'string', description: 'weeks of timeline (default 12, at most 104)' },
  },
  async run(ctx) {
    const at = parseAt(ctx.values.at);
    const weeks = parseCount('weeks', ctx.values.weeks, { min: 0, max: 104, fallback: 12 });
    const plan = await withRetention(ctx, 'grondslag retention plan', (deps) =>
      planRetention(deps, { at, weeks }),
    );
    const failed = plan.rules.flatMap((r) => r.collections.filter((c) => c.error !== undefined));
    if (ctx.json) printJson(ctx, plan);
    else ctx.io.stdout(formatPlan(plan));
    for (const c of failed) ctx.io.stderr(`grondslag: ${c.key} could not be counted: ${c.error}\n`);
    return failed.length > 0 ? ExitCode.internal : ExitCode.ok;
  },
};

/** The plan as a terminal report. */
export function formatPlan(plan: RetentionPlan): string {
  const out: string[] = [`Retention plan at ${showDate(plan.at)}`, ''];
  for (const r of plan.rules) {
    out.push(
      `${r.rule}  ${r.label}  ${r.period}${r.legalHoldExtends ? '  (legal holds may extend it)' : ''}`,
    );
    if (r.collections.length === 0) {
      out.push('  bound to no collection', '');
      continue;
    }
    out.push(
      `  ${'collection'.padEnd(34)} ${'action'.padEnd(9)} ${'cut-off'.padEnd(10)} ${'due'.padStart(9)} ${'held'.padStart(7)} ${'restricted'.padStart(10)}  oldest due`,
    );
    for (const c of r.collections) {
      out.push(
        `  ${c.key.padEnd(34)} ${c.action.padEnd(9)} ${showDate(c.cutoff).slice(0, 10).padEnd(10)} ${String(c.due).padStart(9)} ${String(c.held).padStart(7)} ${String(c.restricted).padStart(10)}  ${c.error ? `error: ${c.error}` : showDate(c.oldest)}${c.taxFloor ? '  (kept for the tax period)' : ''}`,
      );
    }
    out.push('');
  }
  out.push(`Total: ${plan.totals.due} due, ${plan.totals.held} held, ${plan.totals.restricted} restricted`);
  if (plan.weeks.length > 0) {
    const perWeek = plan.weeks.map((_, i) =>
      plan.rules.reduce((n, r) => n + r.collections.reduce((m, c) => m + (c.timeline[i] ?? 0), 0), 0),
    );
    const max = Math.max(1, ...perWeek);
    out.push('', 'Becoming due in the coming weeks:');
    plan.weeks.forEach((w, i) => {
      const n = perWeek[i]!;
      out.push(
        `  week of ${showDate(w).slice(0, 10)}  ${String(n).padStart(9)}  ${'#'.repeat(Math.ceil((n / max) * 40))}`,
      );
    });
  }
  return `${out.join('\n')}\n`;
}
