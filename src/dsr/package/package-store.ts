import type { Sealer } from '../../crypto/sealed.js';
import { GrondslagError } from '../../errors.js';
import type { Queryable } from '../../store/db.js';
import { PACKAGE_LINK_TTL_MS } from '../package-link.js';

/**
 * Access packages at rest: sealed (AES-256-GCM, src/crypto/sealed.ts) in the store's
 * `dsr_package` table, so every server process reaches them and a copy of the database alone does
 * not reveal them. A package lives as long as a download link to it can still open it: it is deleted
 * once its own expiry has passed and no unexpired, unrevoked link of its request remains.
 */

const REF_PREFIX = 'store:dsr_package/';

/** The `path` a download link records for a package kept in the store (src/dsr/package-link.ts). */
export function packageRef(requestId: string): string {
  return `${REF_PREFIX}${requestId}`;
}

/** Whether a download link's `path` names a package kept in the store rather than a file. */
export function isPackageRef(path: string): boolean {
  return path.startsWith(REF_PREFIX);
}

export interface StoredPackage {
  requestId: string;
  zip: Buffer;
  sha256: string;
  bytes: number;
  createdAt: Date;
  expiresAt: Date;
}

/** Stores (or replaces) a request's package, in the caller's transaction. */
export async function savePackage(
  tx: Queryable,
  sealer: Sealer,
  p: { requestId: string; zip: Uint8Array; sha256: string; now: Date; ttlMs?: number },
): Promise<Date> {
  const expiresAt = new Date(p.now.getTime() + (p.ttlMs ?? PACKAGE_LINK_TTL_MS));
  await tx.query(
    `insert into grondslag.dsr_package (request_id, sealed, sha256, bytes, created_at, expires_at)
     values ($1, $2, $3, $4, $5, $6)
     on conflict (request_id) do update
       set sealed = excluded.sealed, sha256 = excluded.sha256, bytes = excluded.bytes,
           created_at = excluded.created_at, expires_at = excluded.expires_at`,
    [p.requestId, sealer.seal(p.zip), p.sha256, p.zip.length, p.now, expiresAt],
  );
  return expiresAt;
}

/**
 * The package of a request, unsealed; throws DSR_PACKAGE_MISSING when there is none (never built,
 * or deleted after its links expired).
 *
 * @example
 *   const { zip } = await loadPackage(db, sealer, request.id);
 */
export async function loadPackage(q: Queryable, sealer: Sealer, requestId: string): Promise<StoredPackage> {
  const { rows } = await q.query<{
    request_id: string;
    sealed: string;
    sha256: string;
    bytes: number;
    created_at: Date;
    expires_at: Date;
  }>('select * from grondslag.dsr_package where request_id = $1', [requestId]);
  const r = rows[0];
  if (!r) {
    throw new GrondslagError(
      'DSR_PACKAGE_MISSING',
      `request ${requestId} has no package (not built, or expired)`,
      {
        kind: 'not_found',
      },
    );
  }
  return {
    requestId: r.request_id,
    zip: sealer.open(r.sealed),
    sha256: r.sha256,
    bytes: r.bytes,
    createdAt: r.created_at,
    expiresAt: r.expires_at,
  };
}

/**
 * Deletes packages whose time is up and that no live download link still points at. Returns how
 * many went.
 */
export async function purgeExpiredPackages(q: Queryable, now: Date): Promise<number> {
  const { rowCount } = await q.query(
    `delete from grondslag.dsr_package p
      where p.expires_at <= $1
        and not exists (select 1 from grondslag.dsr_package_link l
                         where l.request_id = p.request_id and l.revoked_at is null and l.expires_at > $1)`,
    [now],
  );
  return rowCount;
}
