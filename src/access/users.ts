import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { GrondslagError } from '../errors.js';
import type { Db, Queryable } from '../store/db.js';
import { type ActionContext, recordAudit } from './context.js';
import { checkPasswordPolicy, generatePassword, hashPassword, verifyPassword } from './password.js';
import type { Role } from './roles.js';
import { roleSchema } from './roles.js';

/** A person who may sign in to the console. Secrets (hash, TOTP secret) never leave this module. */
export interface User {
  id: string;
  email: string;
  role: Role;
  mustChangePassword: boolean;
  totpEnabled: boolean;
  disabled: boolean;
  createdAt: Date;
  updatedAt: Date;
}

/** The row with its secrets, for sign-in and account changes only. */
export interface UserWithSecrets extends User {
  passwordHash: string;
  totpSecret: string | null;
  totpLastStep: number | null;
}

interface UserRow {
  id: string;
  email: string;
  role: Role;
  password_hash: string;
  must_change_password: boolean;
  totp_secret: string | null;
  totp_enabled: boolean;
  totp_last_step: number | null;
  disabled: boolean;
  created_at: Date;
  updated_at: Date;
}

const columns = `id, email, role, password_hash, must_change_password, totp_secret, totp_enabled,
  totp_last_step, disabled, created_at, updated_at`;

function publicUser(r: UserRow): User {
  return {
    id: r.id,
    email: r.email,
    role: r.role,
    mustChangePassword: r.must_change_password,
    totpEnabled: r.totp_enabled,
    disabled: r.disabled,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

function withSecrets(r: UserRow): UserWithSecrets {
  return {
    ...publicUser(r),
    passwordHash: r.password_hash,
    totpSecret: r.totp_secret,
    totpLastStep: r.totp_last_step,
  };
}

/**
 * Sign-in names are e-mail addresses, checked loosely: `admin@localhost`, the first-start account,
 * has no top-level domain, and the address is never mailed to by this module.
 */
export const emailSchema = z
  .string()
  .trim()
  .max(254)
  .regex(/^[^\s@<>"',;]+@[^\s@<>"',;]+$/, 'an e-mail address such as dpo@example.org');

/** Normalised e-mail address or an input error naming the field. */
export function parseEmail(value: string, field = 'email'): string {
  const r = emailSchema.safeParse(value);
  if (!r.success) {
    throw new GrondslagError('USER_BAD_EMAIL', `"${value}" is not an e-mail address`, {
      details: [{ path: field, message: 'an e-mail address such as dpo@example.org' }],
    });
  }
  return r.data;
}

function notFound(id: string): GrondslagError {
  return new GrondslagError('USER_NOT_FOUND', `no user with id ${id}`, { kind: 'not_found' });
}

/** Every user, oldest first. */
export async function listUsers(q: Queryable): Promise<User[]> {
  const { rows } = await q.query<UserRow>(
    `select ${columns} from grondslag.app_user order by created_at, id`,
  );
  return rows.map(publicUser);
}

export async function countUsers(q: Queryable): Promise<number> {
  const { rows } = await q.query<{ n: number }>('select count(*)::int as n from grondslag.app_user');
  return rows[0]?.n ?? 0;
}

/** Looks an address up case-insensitively (people do not remember how they capitalised it). */
export async function findUserByEmail(q: Queryable, email: string): Promise<UserWithSecrets | undefined> {
  const { rows } = await q.query<UserRow>(
    `select ${columns} from grondslag.app_user where lower(email) = lower($1)`,
    [email.trim()],
  );
  return rows[0] ? withSecrets(rows[0]) : undefined;
}

export async function getUser(q: Queryable, id: string, opts: { forUpdate?: boolean } = {}) {
  if (!z.uuid().safeParse(id).success) throw notFound(id);
  const { rows } = await q.query<UserRow>(
    `select ${columns} from grondslag.app_user where id = $1${opts.forUpdate ? ' for update' : ''}`,
    [id],
  );
  if (!rows[0]) throw notFound(id);
  return withSecrets(rows[0]);
}

export interface NewUser {
  email: string;
  role: Role;
  /** When absent a password is generated, returned once, and must be changed at first sign-in. */
  password?: string;
}

/**
 * Creates a user and records `user.created` in the audit log, in one transaction.
 *
 * @example
 *   const { user, generatedPassword } = await createUser(db, { email: 'dpo@example.org', role: 'dpo' },
 *     { actor: 'cli', now: new Date() });
 */
export async function createUser(
  db: Db,
  input: NewUser,
  ctx: ActionContext,
  tx?: Queryable,
): Promise<{ user: User; generatedPassword?: string }> {
  const email = parseEmail(input.email);
  const role = roleSchema.parse(input.role);
  const generatedPassword = input.password === undefined ? generatePassword() : undefined;
  const password = input.password ?? (generatedPassword as string);
  checkPasswordPolicy(password);
  const passwordHash = await hashPassword(password);
  const run = async (q: Queryable) => {
    if (await findUserByEmail(q, email)) {
      throw new GrondslagError('USER_EXISTS', `a user with e-mail address ${email} already exists`, {
        kind: 'conflict',
        details: [{ path: 'email', message: 'already in use' }],
      });
    }
    const id = randomUUID();
    const { rows } = await q.query<UserRow>(
      `insert into grondslag.app_user (id, email, role, password_hash, must_change_password, created_at, updated_at)
       values ($1, $2, $3, $4, $5, $6, $6) returning ${columns}`,
      [id, email, role, passwordHash, generatedPassword !== undefined, ctx.now],
    );
    await recordAudit(q, ctx, {
      action: 'user.created',
      subjectType: 'user',
      subjectId: id,
      data: { role },
    });
    return publicUser(rows[0] as UserRow);
  };
  const user = tx ? await run(tx) : await db.transaction(run);
  return generatedPassword === undefined ? { user } : { user, generatedPassword };
}

/**
 * Guards that at least one enabled DPO remains: without one, nobody could manage people any more.
 * Locks the DPO rows so that two DPOs demoting each other at once cannot both succeed.
 */
async function assertAnotherDpo(q: Queryable, leavingId: string): Promise<void> {
  const { rows } = await q.query<{ id: string }>(
    `select id from grondslag.app_user where role = 'dpo' and not disabled for update`,
  );
  if (!rows.some((r) => r.id !== leavingId)) {
    throw new GrondslagError('USER_LAST_DPO', 'this is the last enabled dpo; make someone else dpo first', {
      kind: 'conflict',
    });
  }
}

/** Changes a user's role; audited as `user.role_changed` with the old and the new role. */
export async function changeRole(db: Db, id: string, role: Role, ctx: ActionContext): Promise<User> {
  return db.transaction(async (q) => {
    const user = await getUser(q, id, { forUpdate: true });
    if (user.role === role) return user;
    if (user.role === 'dpo' && !user.disabled) await assertAnotherDpo(q, id);
    const { rows } = await q.query<UserRow>(
      `update grondslag.app_user set role = $2, updated_at = $3 where id = $1 returning ${columns}`,
      [id, role, ctx.now],
    );
    await recordAudit(q, ctx, {
      action: 'user.role_changed',
      subjectType: 'user',
      subjectId: id,
      data: { from: user.role, to: role },
    });
    return publicUser(rows[0] as UserRow);
  });
}

/** Disables or re-enables a user. Disabling ends the user's sessions at once. */
export async function setUserDisabled(
  db: Db,
  id: string,
  disabled: boolean,
  ctx: ActionContext,
): Promise<User> {
  return db.transaction(async (q) => {
    const user = await getUser(q, id, { forUpdate: true });
    if (user.disabled === disabled) return user;
    if (disabled && user.role === 'dpo') await assertAnotherDpo(q, id);
    const { rows } = await q.query<UserRow>(
      `update grondslag.app_user set disabled = $2, updated_at = $3 where id = $1 returning ${columns}`,
      [id, disabled, ctx.now],
    );
    if (disabled) await q.query('delete from grondslag.user_session where user_id = $1', [id]);
    await recordAudit(q, ctx, {
      action: disabled ? 'user.disabled' : 'user.enabled',
      subjectType: 'user',
      subjectId: id,
      data: {},
    });
    return publicUser(rows[0] as UserRow);
  });
}

/**
 * A person changes their own password, proving they know the current one. Other sessions of the
 * user end (someone who knew the old password is signed out); `keepSessionHash` stays.
 */
export async function changePassword(
  db: Db,
  id: string,
  input: { current: string; next: string; keepSessionHash?: string },
  ctx: ActionContext,
): Promise<void> {
  checkPasswordPolicy(input.next, 'newPassword');
  const user = await getUser(db, id);
  if (!(await verifyPassword(user.passwordHash, input.current))) {
    throw new GrondslagError('PASSWORD_WRONG', 'the current password is not correct', {
      details: [{ path: 'currentPassword', message: 'not correct' }],
    });
  }
  if (input.next === input.current) {
    throw new GrondslagError('PASSWORD_UNCHANGED', 'the new password must differ from the current one', {
      details: [{ path: 'newPassword', message: 'same as the current password' }],
    });
  }
  const hash = await hashPassword(input.next);
  await db.transaction(async (q) => {
    await q.query(
      `update grondslag.app_user set password_hash = $2, must_change_password = false, updated_at = $3
       where id = $1`,
      [id, hash, ctx.now],
    );
    await q.query('delete from grondslag.user_session where user_id = $1 and token_hash <> $2', [
      id,
      input.keepSessionHash ?? '',
    ]);
    await recordAudit(q, ctx, {
      action: 'user.password_changed',
      subjectType: 'user',
      subjectId: id,
      data: {},
    });
  });
}

/**
 * A DPO resets someone's password: a generated one, returned once, to be changed at next sign-in.
 * The user's sessions end.
 */
export async function resetPassword(db: Db, id: string, ctx: ActionContext): Promise<string> {
  const password = generatePassword();
  const hash = await hashPassword(password);
  await db.transaction(async (q) => {
    await getUser(q, id, { forUpdate: true });
    await q.query(
      `update grondslag.app_user set password_hash = $2, must_change_password = true, updated_at = $3
       where id = $1`,
      [id, hash, ctx.now],
    );
    await q.query('delete from grondslag.user_session where user_id = $1', [id]);
    await recordAudit(q, ctx, {
      action: 'user.password_reset',
      subjectType: 'user',
      subjectId: id,
      data: {},
    });
  });
  return password;
}
