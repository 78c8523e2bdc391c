import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { resolveApiToken } from '../src/access/api-tokens.js';
import { verifyPassword } from '../src/access/password.js';
import { findUserByEmail } from '../src/access/users.js';
import { runCliCaptured } from './helpers/cli.js';
import { cliStoreTargets } from './helpers/store.js';

/** `user add`, `user list` and `token create` against a real store, found through the environment. */

const scratch = mkdtempSync(join(tmpdir(), 'grondslag-access-cli-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const targets = cliStoreTargets(scratch);

async function cli(argv: string[], env: NodeJS.ProcessEnv, stdin = '') {
  return runCliCaptured(argv, { stdin, cwd: scratch, env });
}

describe.each(targets)('access commands on $name', (target) => {
  it.skipIf(!target.available)(
    'adds users with a generated or a piped password, lists them, and refuses bad input',
    async () => {
      const store = await target.create();
      try {
        const generated = await cli(
          ['user', 'add', '--email', 'dpo@example.org', '--role', 'dpo'],
          store.env,
        );
        expect(generated.code).toBe(0);
        const password = /one-time password: (\S+)/.exec(generated.stdout)?.[1];
        expect(password).toHaveLength(20);

        const piped = await cli(
          [
            'user',
            'add',
            '--email',
            'Auditor@Example.org',
            '--role',
            'auditor',
            '--password-stdin',
            '--json',
          ],
          store.env,
          'a password from a pipe\n',
        );
        expect(piped.code).toBe(0);
        const doc = JSON.parse(piped.stdout) as { user: { role: string }; generatedPassword?: string };
        expect(doc.user.role).toBe('auditor');
        expect(doc.generatedPassword).toBeUndefined();

        await store.withDb(async (db) => {
          const dpo = await findUserByEmail(db, 'dpo@example.org');
          expect(dpo?.mustChangePassword).toBe(true);
          expect(await verifyPassword(dpo!.passwordHash, password!)).toBe(true);
          const auditor = await findUserByEmail(db, 'auditor@example.org');
          expect(auditor?.mustChangePassword).toBe(false);
          // The trailing newline of the pipe is not part of the password.
          expect(await verifyPassword(auditor!.passwordHash, 'a password from a pipe')).toBe(true);
        });

        const duplicate = await cli(
          ['user', 'add', '--email', 'DPO@example.org', '--role', 'operator'],
          store.env,
        );
        expect(duplicate.code).toBe(2);
        expect(duplicate.stderr).toContain('USER_EXISTS');
        const badRole = await cli(['user', 'add', '--email', 'x@example.org', '--role', 'admin'], store.env);
        expect(badRole.code).toBe(2);
        expect(badRole.stderr).toContain('--role must be one of dpo, operator, auditor');
        const shortPassword = await cli(
          ['user', 'add', '--email', 'y@example.org', '--role', 'operator', '--password-stdin'],
          store.env,
          'short\n',
        );
        expect(shortPassword.code).toBe(2);
        expect(shortPassword.stderr).toContain('PASSWORD_TOO_SHORT');

        const list = await cli(['user', 'list', '--json'], store.env);
        expect(list.code).toBe(0);
        const users = (JSON.parse(list.stdout) as { users: { email: string; role: string }[] }).users;
        expect(users.map((u) => [u.email, u.role])).toEqual([
          ['dpo@example.org', 'dpo'],
          ['Auditor@Example.org', 'auditor'],
        ]);
        const text = await cli(['user', 'list'], store.env);
        expect(text.stdout).toMatch(/dpo@example\.org\s+dpo\s+active, one-time password/);
      } finally {
        await store.dispose();
      }
    },
  );

  it.skipIf(!target.available)('creates an API token, prints it once on stdout, and it works', async () => {
    const store = await target.create();
    try {
      const res = await cli(['token', 'create', '--name', 'ci', '--role', 'operator'], store.env);
      expect(res.code).toBe(0);
      const secret = res.stdout.trim();
      expect(secret).toMatch(/^gs_[A-Za-z0-9_-]{43}$/);
      expect(res.stderr).toContain('shown only now');
      await store.withDb(async (db) => {
        expect((await resolveApiToken(db, secret, new Date()))?.role).toBe('operator');
      });
      const missing = await cli(['token', 'create', '--role', 'operator'], store.env);
      expect(missing.code).toBe(2);
    } finally {
      await store.dispose();
    }
  });
});
