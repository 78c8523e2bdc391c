import { isRestricted } from '../../../dsr/restriction.js';
import { GrondslagError } from '../../../errors.js';
import { type Command, ExitCode, printJson } from '../../command.js';
import { withDsr } from '../dsr/context.js';
import { filterOptions, parseFilter } from './options.js';

/**
 * `grondslag restriction check`: whether one person is on the restriction/suppression list — exit
 * 1 when they are, so a script can ask before it mails or profiles someone.
 */
export const restrictionCheckCommand: Command = {
  name: ['restriction', 'check'],
  summary: 'is this person on the restriction/suppression list? (exit 1 if so)',
  usage: '[--email E] [--phone P] [--customer N] [--scope S] [--purpose P] [--json]',
  options: {
    email: { type: 'string', description: 'the person’s e-mail address' },
    phone: { type: 'string', description: 'the person’s phone number' },
    customer: { type: 'string', description: 'the person’s customer number' },
    ...filterOptions,
  },
  async run(ctx) {
    const str = (v: unknown) => (typeof v === 'string' && v.trim() !== '' ? v : undefined);
    const email = str(ctx.values.email);
    const phone = str(ctx.values.phone);
    const customerNumber = str(ctx.values.customer);
    if (!email && !phone && !customerNumber) {
      throw new GrondslagError('CLI_BAD_ARGUMENTS', 'give at least one of --email, --phone, --customer');
    }
    const filter = parseFilter(ctx);
    const status = await withDsr(ctx, 'grondslag restriction check', (deps) =>
      isRestricted(
        deps.db,
        deps.sealer,
        {
          ...(email ? { email } : {}),
          ...(phone ? { phone } : {}),
          ...(customerNumber ? { customerNumber } : {}),
        },
        filter,
      ),
    );
    const entries = status.entries.map((e) => ({
      scope: e.scope,
      purposes: e.purposes,
      article: e.article,
      since: e.since.toISOString(),
    }));
    if (ctx.json) printJson(ctx, { restricted: status.restricted, entries });
    else if (!status.restricted) ctx.io.stdout('not on the restriction list\n');
    else {
      for (const e of entries) {
        const purposes = e.purposes.length > 0 ? ` for ${e.purposes.join(', ')}` : '';
        ctx.io.stdout(
          `restricted: ${e.scope.replaceAll('_', ' ')}${purposes} (${e.article}) since ${e.since.slice(0, 10)}\n`,
        );
      }
    }
    return status.restricted ? ExitCode.findings : ExitCode.ok;
  },
};
