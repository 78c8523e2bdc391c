import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { GrondslagError } from '../errors.js';
import type { Db, Queryable } from '../store/db.js';
import { type ActionContext, recordAudit } from './context.js';
import { type Role, roleSchema } from './roles.js';
import { randomToken, sha256Hex } from './secrets.js';

/**
 * API tokens for scripts and CI: `Authorization: Bearer gs_…`. The `gs_` prefix lets secret scanners
 * recognise a leaked token; the database keeps only its SHA-256.
 */

export const API_TOKEN_PREFIX = 'gs_';

export interface ApiToken {
  id: string;
  name: string;
  role: Role;
  createdBy: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}

interface ApiTokenRow {
  id: string;
  name: string;
  role: Role;
  created_by: string;
  created_at: Date;
  last_used_at: Date | null;
  revoked_at: Date | null;
}

const columns = 'id, name, role, created_by, created_at, last_used_at, revoked_at';

function fromRow(r: ApiTokenRow): ApiToken {
  return {
    id: r.id,
    name: r.name,
    role: r.role,
    createdBy: r.created_by,
    createdAt: r.created_at,
    lastUsedAt: r.last_used_at,
    revokedAt: r.revoked_at,
  };
}

export const tokenNameSchema = z.string().trim().min(1).max(100);

/**
 * Creates a token; the secret is returned here once and can never be shown again.
 *
 * @example
 *   const { token, secret } = await createApiToken(db, { name: 'ci', role: 'auditor' }, ctx);
 *   // secret: "gs_q2V…"
 */
export async function createApiToken(
  db: Db,
  input: { name: string; role: Role },
  ctx: ActionContext,
): Promise<{ token: ApiToken; secret: string }> {
  const name = tokenNameSchema.safeParse(input.name);
  if (!name.success) {
    throw new GrondslagError('TOKEN_BAD_NAME', 'a token needs a name of 1 to 100 characters', {
      details: [{ path: 'name', message: '1 to 100 characters' }],
    });
  }
  const role = roleSchema.parse(input.role);
  const secret = `${API_TOKEN_PREFIX}${randomToken()}`;
  const token = await db.transaction(async (q) => {
    const id = randomUUID();
    const { rows } = await q.query<ApiTokenRow>(
      `insert into grondslag.api_token (id, name, role, token_hash, created_by, created_at)
       values ($1, $2, $3, $4, $5, $6) returning ${columns}`,
      [id, name.data, role, sha256Hex(secret), ctx.actor, ctx.now],
    );
    await recordAudit(q, ctx, {
      action: 'api_token.created',
      subjectType: 'api_token',
      subjectId: id,
      // Not the name: it is free text, and the audit log keeps no free text (it could be personal data).
      data: { role },
    });
    return fromRow(rows[0] as ApiTokenRow);
  });
  return { token, secret };
}

/** Every token, newest first, revoked ones included (they are evidence). */
export async function listApiTokens(q: Queryable): Promise<ApiToken[]> {
  const { rows } = await q.query<ApiTokenRow>(
    `select ${columns} from grondslag.api_token order by created_at desc, id`,
  );
  return rows.map(fromRow);
}

/** Revokes a token; it stops working with the next request. Revoking twice is a no-op. */
export async function revokeApiToken(db: Db, id: string, ctx: ActionContext): Promise<ApiToken> {
  return db.transaction(async (q) => {
    const found = z.uuid().safeParse(id).success
      ? (
          await q.query<ApiTokenRow>(`select ${columns} from grondslag.api_token where id = $1 for update`, [
            id,
          ])
        ).rows[0]
      : undefined;
    if (!found) {
      throw new GrondslagError('TOKEN_NOT_FOUND', `no API token with id ${id}`, { kind: 'not_found' });
    }
    if (found.revoked_at) return fromRow(found);
    const { rows } = await q.query<ApiTokenRow>(
      `update grondslag.api_token set revoked_at = $2 where id = $1 returning ${columns}`,
      [id, ctx.now],
    );
    await recordAudit(q, ctx, {
      action: 'api_token.revoked',
      subjectType: 'api_token',
      subjectId: id,
      data: {},
    });
    return fromRow(rows[0] as ApiTokenRow);
  });
}

/**
 * The live token a bearer secret belongs to. `last_used_at` is written at most once a minute, so
 * that a busy script does not turn every read into a write.
 */
export async function resolveApiToken(
  q: Queryable,
  secret: string,
  now: Date,
): Promise<ApiToken | undefined> {
  if (!secret.startsWith(API_TOKEN_PREFIX) || secret.length > 100) return undefined;
  const { rows } = await q.query<ApiTokenRow>(
    `select ${columns} from grondslag.api_token where token_hash = $1 and revoked_at is null`,
    [sha256Hex(secret)],
  );
  const row = rows[0];
  if (!row) return undefined;
  if (!row.last_used_at || now.getTime() - row.last_used_at.getTime() >= 60_000) {
    await q.query('update grondslag.api_token set last_used_at = $2 where id = $1', [row.id, now]);
    row.last_used_at = now;
  }
  return fromRow(row);
}
