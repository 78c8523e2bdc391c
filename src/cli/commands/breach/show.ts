import { breachClocks, formatRemaining } from '../../../breach/clocks.js';
import { formatLocal } from '../../../breach/local-time.js';
import { categoryLabels } from '../../../breach/notice.js';
import { presentBreach } from '../../../breach/present.js';
import { getBreach } from '../../../breach/store.js';
import { type Command, ExitCode, printJson } from '../../command.js';
import { asOf, withBreach } from './context.js';

/** `grondslag breach show ID`: one breach with its clocks and the notices recorded. */
export const breachShowCommand: Command = {
  name: ['breach', 'show'],
  summary: 'show one breach: facts, clocks, notices sent',
  usage: 'ID [--at TIME] [--json]',
  options: { at: { type: 'string', description: 'show the clocks as of this time (default: now)' } },
  positionals: { min: 1, max: 1 },
  async run(ctx) {
    const now = asOf(ctx);
    const { breach, labels } = await withBreach(ctx, 'grondslag breach show', async (d) => {
      const b = await getBreach(d.db, d.sealer, ctx.positionals[0] ?? '');
      return { breach: b, labels: categoryLabels(b.categories, d.policy, 'en') };
    });
    if (ctx.json) {
      printJson(ctx, { breach: presentBreach(breach, now) });
      return ExitCode.ok;
    }
    const c = breachClocks(breach, now);
    const dash = (s: string | number | null) => (s === null ? '—' : String(s));
    const lines = [
      `Breach ${breach.id}`,
      `  occurred: ${breach.occurredAt ? formatLocal(breach.occurredAt) : '—'}`,
      `  aware: ${formatLocal(breach.awareAt)}`,
      `  categories: ${labels.join(', ') || '—'}`,
      `  people: ~${dash(breach.approxPeople)}  records: ~${dash(breach.approxRecords)}`,
      `  risk: ${dash(breach.risk)}${breach.riskReasons ? ` — ${breach.riskReasons}` : ''}`,
      `  unintelligible: ${breach.unintelligible ? 'yes' : 'no'}`,
      ...c.clocks.map(
        (k) =>
          `  ${k.kind}: due ${formatLocal(k.dueAt)} — ${k.state}${k.state === 'met' || k.state === 'late' ? '' : ` (${formatRemaining(k.remainingMinutes)})`}`,
      ),
      ...breach.phases.map(
        (p) =>
          `  notice #${p.seq} ${p.audience} ${p.phase} sent ${formatLocal(p.sentAt)}${p.delayReasons ? ' (with delay reasons)' : ''}`,
      ),
    ];
    ctx.io.stdout(`${lines.join('\n')}\n`);
    return ExitCode.ok;
  },
};
