import { releaseHold } from '../../../retention/holds.js';
import { type Command, ExitCode, printJson } from '../../command.js';
import { withStore } from '../../open-store.js';
import { formatHold } from './list.js';

/** `grondslag hold release ID --reason TEXT [--json]`: the order was lifted; its data is due at the next sweep. Audited. */
export const holdReleaseCommand: Command = {
  name: ['hold', 'release'],
  summary: 'release a legal hold (audited); its data is due again at the next sweep',
  usage: 'ID --reason TEXT [--json]',
  options: { reason: { type: 'string', description: 'why, e.g. "order lifted by the court on 2026-05-02"' } },
  positionals: { min: 1, max: 1 },
  async run(ctx) {
    const hold = await withStore(await ctx.config(), 'grondslag hold release', (db) =>
      releaseHold(db, ctx.positionals[0]!, String(ctx.values.reason ?? ''), {
        actor: 'cli',
        now: new Date(),
      }),
    );
    if (ctx.json) printJson(ctx, { hold });
    else ctx.io.stdout(`Legal hold released: ${hold.id}\n${formatHold(hold, new Date())}\n`);
    return ExitCode.ok;
  },
};
