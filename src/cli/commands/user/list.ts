import { listUsers } from '../../../access/users.js';
import { type Command, ExitCode, printJson } from '../../command.js';
import { withStore } from '../../open-store.js';

/** `grondslag user list`: who may sign in, with role and state. */
export const userListCommand: Command = {
  name: ['user', 'list'],
  summary: 'list console users with their role and state',
  usage: '[--json]',
  async run(ctx) {
    const users = await withStore(await ctx.config(), 'grondslag user list', (db) => listUsers(db));
    if (ctx.json) {
      printJson(ctx, {
        users: users.map((u) => ({
          id: u.id,
          email: u.email,
          role: u.role,
          totpEnabled: u.totpEnabled,
          disabled: u.disabled,
          mustChangePassword: u.mustChangePassword,
          createdAt: u.createdAt.toISOString(),
        })),
      });
      return ExitCode.ok;
    }
    if (users.length === 0) {
      ctx.io.stdout('no users yet (`grondslag serve` creates the first one)\n');
      return ExitCode.ok;
    }
    const width = Math.max(...users.map((u) => u.email.length));
    for (const u of users) {
      const state = [
        u.disabled ? 'disabled' : 'active',
        ...(u.totpEnabled ? ['two-step'] : []),
        ...(u.mustChangePassword ? ['one-time password'] : []),
      ];
      ctx.io.stdout(`${u.email.padEnd(width)}  ${u.role.padEnd(8)}  ${state.join(', ')}\n`);
    }
    return ExitCode.ok;
  },
};
