import { isRole, roles } from '../../../access/roles.js';
import { createUser } from '../../../access/users.js';
import { GrondslagError, isGrondslagError } from '../../../errors.js';
import { type Command, ExitCode, printJson } from '../../command.js';
import { withStore } from '../../open-store.js';

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  let text = '';
  for await (const chunk of stream)
    text += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
  return text;
}

/**
 * `grondslag user add`: adds someone who may sign in to the console. Without --password-stdin a
 * password is generated and printed once; the person must replace it at first sign-in.
 */
export const userAddCommand: Command = {
  name: ['user', 'add'],
  summary: 'add a console user (prints a one-time password unless --password-stdin)',
  usage: `--email E --role ${roles.join('|')} [--password-stdin] [--json]`,
  options: {
    email: { type: 'string', description: 'e-mail address the person signs in with' },
    role: { type: 'string', description: `${roles.join(', ')}` },
    'password-stdin': {
      type: 'boolean',
      description: 'read the password from standard input (no echo in the shell history)',
    },
  },
  async run(ctx) {
    const email = ctx.values.email;
    const role = ctx.values.role;
    if (typeof email !== 'string' || email === '') {
      throw new GrondslagError('CLI_BAD_ARGUMENTS', '--email is required');
    }
    if (!isRole(role)) {
      throw new GrondslagError('CLI_BAD_ARGUMENTS', `--role must be one of ${roles.join(', ')}`);
    }
    // One trailing newline is what `echo` and most pipes add; it is not part of the password.
    const password = ctx.values['password-stdin']
      ? (await readAll(ctx.io.stdin)).replace(/\r?\n$/, '')
      : undefined;
    const config = await ctx.config();
    const { user, generatedPassword } = await withStore(config, 'grondslag user add', (db) =>
      createUser(db, { email, role, password }, { actor: 'cli', now: new Date() }),
    ).catch((e: unknown) => {
      // An address already in use is a problem with the input here (exit 2), not a fault (exit 3).
      if (isGrondslagError(e) && e.kind === 'conflict') {
        throw new GrondslagError(e.code, e.message, { details: e.details, cause: e });
      }
      throw e;
    });
    if (ctx.json) {
      printJson(ctx, {
        user: { id: user.id, email: user.email, role: user.role },
        ...(generatedPassword ? { generatedPassword } : {}),
      });
    } else {
      ctx.io.stdout(`added ${user.email} (${user.role})\n`);
      if (generatedPassword) {
        ctx.io.stdout(
          `one-time password: ${generatedPassword}\n(shown only now; it must be changed at first sign-in)\n`,
        );
      }
    }
    return ExitCode.ok;
  },
};
