import type { Db } from '../store/db.js';
import { countUsers, createUser } from './users.js';

export const DEFAULT_ADMIN_EMAIL = 'admin@localhost';

/**
 * First start: when nobody can sign in yet, create one `dpo` with a generated password, to be shown
 * once and changed at first sign-in. Returns undefined when there already are users.
 *
 * Several server processes may start at once on one PostgreSQL; an advisory lock makes exactly one
 * of them create the admin (and print the password).
 *
 * @example
 *   const admin = await ensureFirstAdmin(db, { email: 'admin@localhost', now: new Date() });
 *   if (admin) console.log(`sign in as ${admin.email} with ${admin.password}`);
 */
export async function ensureFirstAdmin(
  db: Db,
  options: { email?: string; now: Date },
): Promise<{ email: string; password: string } | undefined> {
  return db.transaction(async (q) => {
    await q.query(`select pg_advisory_xact_lock(hashtext('grondslag.first-admin'))`);
    if ((await countUsers(q)) > 0) return undefined;
    const { user, generatedPassword } = await createUser(
      db,
      { email: options.email ?? DEFAULT_ADMIN_EMAIL, role: 'dpo' },
      { actor: 'system', now: options.now },
      q,
    );
    return { email: user.email, password: generatedPassword as string };
  });
}
