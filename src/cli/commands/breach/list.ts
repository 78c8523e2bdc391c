import { breachClocks, formatRemaining } from '../../../breach/clocks.js';
import { formatLocal } from '../../../breach/local-time.js';
import { presentBreach } from '../../../breach/present.js';
import { listBreaches } from '../../../breach/store.js';
import { type Command, ExitCode, printJson } from '../../command.js';
import { asOf, withBreach } from './context.js';

/**
 * `grondslag breach list`: the register with each breach's governing clock. Exits 1 when a clock is
 * overdue (not yet notified), so a cron job can alert on it.
 */
export const breachListCommand: Command = {
  name: ['breach', 'list'],
  summary: 'list recorded breaches with their notification clocks (exit 1 if any is overdue)',
  usage: '[--at TIME] [--json]',
  options: { at: { type: 'string', description: 'show the clocks as of this time (default: now)' } },
  positionals: { max: 0 },
  async run(ctx) {
    const now = asOf(ctx);
    const breaches = await withBreach(ctx, 'grondslag breach list', (d) => listBreaches(d.db, d.sealer));
    const overdue = breaches.filter((b) => breachClocks(b, now).governing.overdue).length;
    const code = overdue > 0 ? ExitCode.findings : ExitCode.ok;
    if (ctx.json) {
      printJson(ctx, { breaches: breaches.map((b) => presentBreach(b, now)), overdue });
      return code;
    }
    if (breaches.length === 0) {
      ctx.io.stdout('no breaches recorded\n');
      return code;
    }
    for (const b of breaches) {
      const g = breachClocks(b, now).governing;
      const status =
        g.state === 'met' || g.state === 'late'
          ? `notified (${g.state === 'late' ? 'late' : 'in time'})`
          : `${g.overdue ? 'OVERDUE' : g.state === 'near' ? 'DUE SOON' : 'due'} ${formatLocal(g.dueAt)} (${formatRemaining(g.remainingMinutes)})`;
      ctx.io.stdout(`${b.id}  aware ${formatLocal(b.awareAt)}  ${g.kind}  ${status}\n`);
    }
    return code;
  },
};
