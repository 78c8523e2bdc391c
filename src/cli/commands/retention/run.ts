import { createLogger, logLevelFromEnv } from '../../../log.js';
import { expiredHoldNotifier } from '../../../retention/hold-alerts.js';
import { planRetention } from '../../../retention/plan.js';
import { type RunOutcome, sweepRetention } from '../../../retention/sweep.js';
import { type Command, ExitCode, printJson } from '../../command.js';
import { createProgress } from '../../progress.js';
import { formatPlan } from './plan.js';
import { parseAt, parseCount, showDate, withRetention } from './setup.js';

/**
 * `grondslag retention run [--at DATE] [--dry-run] [--batch-size N] [--json]`: the sweep. Deletes or
 * anonymises what is due at DATE (default now) in short batches, skipping held and restricted rows;
 * first resumes a run that a crash interrupted. Progress on stderr; the run record (counts per rule,
 * the clocks covered, duration, errors) goes to the audit log and to stdout. `--dry-run` changes
 * nothing and reports what would be done. Exit 1 when a collection could not be swept.
 */
export const retentionRunCommand: Command = {
  name: ['retention', 'run'],
  summary: 'sweep what is due: delete or anonymise it in short batches, with a record in the audit log',
  usage: '[--at DATE] [--dry-run] [--batch-size N] [--json]',
  options: {
    at: {
      type: 'string',
      description: 'count periods back from this date (YYYY-MM-DD or ISO instant; default now)',
    },
    'dry-run': { type: 'boolean', description: 'change nothing; report what would be removed' },
    'batch-size': {
      type: 'string',
      description: 'rows per batch (default 10000 to delete, 500 to anonymise)',
    },
  },
  async run(ctx) {
    const at = parseAt(ctx.values.at);
    const batchSize = parseCount('batch-size', ctx.values['batch-size'], { min: 1, max: 100_000 });
    if (ctx.values['dry-run'] === true) {
      const plan = await withRetention(ctx, 'grondslag retention run', (deps) =>
        planRetention(deps, { at, weeks: 0 }),
      );
      if (ctx.json) printJson(ctx, { dryRun: true, plan });
      else ctx.io.stdout(`Dry run: nothing was changed.\n\n${formatPlan(plan)}`);
      return plan.rules.some((r) => r.collections.some((c) => c.error)) ? ExitCode.internal : ExitCode.ok;
    }
    const log = createLogger({
      level: logLevelFromEnv(ctx.io.env) ?? 'warn',
      write: (l) => ctx.io.stderr(`${l}\n`),
    });
    const progress = createProgress(ctx.io, { json: ctx.json });
    let phase: string | undefined;
    const report = await withRetention(ctx, 'grondslag retention run', (deps, config) =>
      sweepRetention(deps, {
        at,
        actor: 'cli',
        ...(batchSize ? { batchSize } : {}),
        notifyExpired: expiredHoldNotifier(config, deps.policy, log),
        onProgress: (p) => {
          if (phase !== p.runId) {
            phase = p.runId;
            progress.start('rows', p.total, `retention run ${p.runId.slice(0, 8)}`);
          }
          progress.update(p.done);
        },
      }),
    );
    progress.done();
    for (const h of report.expiredHolds) {
      ctx.io.stderr(
        `grondslag: legal hold ${h.id} (${h.reference}) expired after ${h.expiresOn}; the DPO has been alerted\n`,
      );
    }
    if (ctx.json) printJson(ctx, report);
    else ctx.io.stdout(report.runs.map(formatRun).join('\n'));
    return report.runs.some((r) => r.status === 'failed') ? ExitCode.findings : ExitCode.ok;
  },
};

function formatRun(run: RunOutcome): string {
  const out = [
    `Retention run ${run.id}${run.resumed ? ' (resumed after an interruption)' : ''}: ${run.status}`,
    `  as of ${showDate(run.asOf)}, ${(run.durationMs / 1000).toFixed(1)} s`,
    `  ${'rule'.padEnd(22)} ${'deleted'.padStart(9)} ${'anonymised'.padStart(10)} ${'held'.padStart(7)} ${'restricted'.padStart(10)}  clocks covered`,
  ];
  for (const r of run.rules) {
    out.push(
      `  ${r.rule.padEnd(22)} ${String(r.deleted).padStart(9)} ${String(r.anonymised).padStart(10)} ${String(r.held).padStart(7)} ${String(r.restricted).padStart(10)}  ${showDate(r.from)} .. ${showDate(r.to)}${r.filesRemoved > 0 ? `, ${r.filesRemoved} log files removed` : ''}`,
    );
  }
  for (const e of run.errors) out.push(`  error in ${e.step}: ${e.message}`);
  return `${out.join('\n')}\n`;
}
