import { createApiToken } from '../../../access/api-tokens.js';
import { isRole, roles } from '../../../access/roles.js';
import { GrondslagError } from '../../../errors.js';
import { type Command, ExitCode, printJson } from '../../command.js';
import { withStore } from '../../open-store.js';

/** `grondslag token create`: an API token for scripts and CI, printed once. */
export const tokenCreateCommand: Command = {
  name: ['token', 'create'],
  summary: 'create an API token (printed once; use it as Authorization: Bearer gs_…)',
  usage: `--name N --role ${roles.join('|')} [--json]`,
  options: {
    name: { type: 'string', description: 'what the token is for, e.g. ci-datamap-check' },
    role: { type: 'string', description: `${roles.join(', ')}` },
  },
  async run(ctx) {
    const name = ctx.values.name;
    const role = ctx.values.role;
    if (typeof name !== 'string' || name.trim() === '') {
      throw new GrondslagError('CLI_BAD_ARGUMENTS', '--name is required');
    }
    if (!isRole(role)) {
      throw new GrondslagError('CLI_BAD_ARGUMENTS', `--role must be one of ${roles.join(', ')}`);
    }
    const { token, secret } = await withStore(await ctx.config(), 'grondslag token create', (db) =>
      createApiToken(db, { name, role }, { actor: 'cli', now: new Date() }),
    );
    if (ctx.json) {
      printJson(ctx, { token: { id: token.id, name: token.name, role: token.role }, secret });
    } else {
      ctx.io.stdout(`${secret}\n`);
      ctx.io.stderr(`created token "${token.name}" (${token.role}); it is shown only now\n`);
    }
    return ExitCode.ok;
  },
};
