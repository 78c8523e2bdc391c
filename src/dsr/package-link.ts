import { randomToken, sha256Hex } from '../access/secrets.js';
import { GrondslagError } from '../errors.js';
import type { Queryable } from '../store/db.js';

/**
 * Expiring download links for an access or portability package. Execution (src/dsr/ execution
 * files) writes the ZIP and calls `createPackageLink` in the transaction that records it; the portal
 * page `/request/download/:token` (src/http/routes/dsr-portal.ts) resolves the link and streams the
 * file. The token is a bearer secret sent to the verified address only; the database keeps its
 * SHA-256, so a copy of the database opens no package.
 */

/** Default life of a link: long enough to find the mail after a weekend, short enough to go stale. */
export const PACKAGE_LINK_TTL_MS = 14 * 24 * 3600 * 1000;

/** The portal path a token opens (prefix `config.server.publicUrl` for a full URL). */
export function packageLinkPath(token: string): string {
  return `/request/download/${encodeURIComponent(token)}`;
}

export interface PackageLink {
  id: string;
  requestId: string;
  /** Where the package is on disk (absolute path), as execution wrote it. */
  path: string;
  /** The name the browser saves it as, e.g. `cloudaware-inzage-DSR-2026-0001.zip`. */
  fileName: string;
  mediaType: string;
  byteLength: number;
  /** Hex SHA-256 of the file, when execution computed it (shown on the page, checked on download). */
  sha256?: string;
  createdAt: Date;
  expiresAt: Date;
  downloads: number;
  lastDownloadAt?: Date;
  revokedAt?: Date;
}

export interface NewPackageLink {
  requestId: string;
  path: string;
  fileName: string;
  mediaType?: string;
  byteLength: number;
  sha256?: string;
  /** Life of the link (default PACKAGE_LINK_TTL_MS). */
  ttlMs?: number;
}

interface Row {
  id: string;
  request_id: string;
  path: string;
  file_name: string;
  media_type: string;
  byte_length: number | string;
  sha256: string | null;
  created_at: Date;
  expires_at: Date;
  downloads: number;
  last_download_at: Date | null;
  revoked_at: Date | null;
}

function fromRow(r: Row): PackageLink {
  const link: PackageLink = {
    id: r.id,
    requestId: r.request_id,
    path: r.path,
    fileName: r.file_name,
    mediaType: r.media_type,
    byteLength: Number(r.byte_length),
    createdAt: r.created_at,
    expiresAt: r.expires_at,
    downloads: r.downloads,
  };
  if (r.sha256) link.sha256 = r.sha256;
  if (r.last_download_at) link.lastDownloadAt = r.last_download_at;
  if (r.revoked_at) link.revokedAt = r.revoked_at;
  return link;
}

/**
 * Creates a download link and returns its token (shown once: put it in the answer mail). Earlier
 * links of the request stay valid until they expire, unless revoked with `revokePackageLinks`.
 *
 * @example
 *   const { token, link } = await createPackageLink(tx, {
 *     requestId: req.id, path: zipPath, fileName: 'inzage.zip', byteLength: size }, now);
 *   const url = new URL(packageLinkPath(token), publicUrl).href;
 */
export async function createPackageLink(
  q: Queryable,
  input: NewPackageLink,
  now: Date,
): Promise<{ token: string; link: PackageLink }> {
  const token = randomToken();
  const id = `pkg_${randomToken(12)}`;
  const expiresAt = new Date(now.getTime() + (input.ttlMs ?? PACKAGE_LINK_TTL_MS));
  const { rows } = await q.query<Row>(
    `insert into grondslag.dsr_package_link
       (id, token_hash, request_id, path, file_name, media_type, byte_length, sha256, created_at, expires_at)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
     returning *`,
    [
      id,
      sha256Hex(token),
      input.requestId,
      input.path,
      input.fileName,
      input.mediaType ?? 'application/zip',
      input.byteLength,
      input.sha256 ?? null,
      now,
      expiresAt,
    ],
  );
  return { token, link: fromRow(rows[0] as Row) };
}

/** Why a token opens nothing; the page says which, since the person can act on it (ask again). */
export type PackageLinkProblem = 'unknown' | 'expired' | 'revoked';

/**
 * The link a token opens, or why not.
 *
 * @example
 *   const r = await resolvePackageLink(db, token, now);
 *   if ('problem' in r) …
 */
export async function resolvePackageLink(
  q: Queryable,
  token: string,
  now: Date,
): Promise<{ link: PackageLink } | { problem: PackageLinkProblem }> {
  const { rows } = await q.query<Row>('select * from grondslag.dsr_package_link where token_hash = $1', [
    sha256Hex(token),
  ]);
  const row = rows[0];
  if (!row) return { problem: 'unknown' };
  const link = fromRow(row);
  if (link.revokedAt) return { problem: 'revoked' };
  if (link.expiresAt.getTime() <= now.getTime()) return { problem: 'expired' };
  return { link };
}

/** Counts a download (shown to the operator as evidence that the answer was received). */
export async function recordPackageDownload(q: Queryable, id: string, now: Date): Promise<void> {
  await q.query(
    'update grondslag.dsr_package_link set downloads = downloads + 1, last_download_at = $2 where id = $1',
    [id, now],
  );
}

/** Revokes every link of a request (e.g. the package was rebuilt, or sent to the wrong address). */
export async function revokePackageLinks(q: Queryable, requestId: string, now: Date): Promise<number> {
  const { rowCount } = await q.query(
    'update grondslag.dsr_package_link set revoked_at = $2 where request_id = $1 and revoked_at is null',
    [requestId, now],
  );
  return rowCount;
}

/** The links of a request, newest first (for the console). */
export async function listPackageLinks(q: Queryable, requestId: string): Promise<PackageLink[]> {
  const { rows } = await q.query<Row>(
    'select * from grondslag.dsr_package_link where request_id = $1 order by created_at desc',
    [requestId],
  );
  return rows.map(fromRow);
}

/** Thrown by the download page when the file behind a valid link is gone (deleted by retention). */
export function packageFileMissing(link: PackageLink): GrondslagError {
  return new GrondslagError(
    'DSR_PACKAGE_MISSING',
    `the package file for link ${link.id} is no longer there`,
    {
      kind: 'not_found',
    },
  );
}

/**
 * A fresh link to the request's most recent package (same file, new token and expiry), for the
 * answer mail: tokens are shown once, so the answer step does not depend on whoever built the
 * package keeping theirs. Undefined when no package was made.
 */
export async function reissuePackageLink(
  q: Queryable,
  requestId: string,
  now: Date,
  ttlMs: number = PACKAGE_LINK_TTL_MS,
): Promise<{ token: string; link: PackageLink } | undefined> {
  const [latest] = await listPackageLinks(q, requestId);
  if (!latest) return undefined;
  const input: NewPackageLink = {
    requestId,
    path: latest.path,
    fileName: latest.fileName,
    mediaType: latest.mediaType,
    byteLength: latest.byteLength,
    ttlMs,
  };
  if (latest.sha256) input.sha256 = latest.sha256;
  return createPackageLink(q, input, now);
}
