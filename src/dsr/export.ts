import { createHash } from 'node:crypto';
import { strToU8, zipSync } from 'fflate';
import { appendAudit } from '../audit/log.js';
import type { Sealer } from '../crypto/sealed.js';
import { GrondslagError } from '../errors.js';
import type { Policy } from '../policy/schema.js';
import type { Db } from '../store/db.js';
import { certificateHtml, type ErasureCertificate } from './certificate.js';
import { type ExecutionRecord, loadExecution } from './execution-store.js';
import { loadPackage } from './package/package-store.js';
import type { DsrRequest } from './request.js';
import { loadRequest } from './store.js';

/**
 * What execution produced, as one ZIP for an operator (`grondslag dsr export`, `GET
 * /api/dsr/{id}/export`): for access and portability the person's package (manifest, data as JSON
 * and CSV, report in HTML and PDF); for the other kinds the outcome, and for erasure its certificate
 * as JSON and HTML. The package leaves the store unsealed — it is the person's data — so every
 * export is an audit entry with who took it, what and how large, in the same transaction.
 */

export interface ExecutionExport {
  request: DsrRequest;
  kind: ExecutionRecord['kind'];
  zip: Uint8Array;
  sha256: string;
  /** `DSR-2026-0001-package.zip`, or `…-evidence.zip` for what is not a package. */
  fileName: string;
}

export async function exportExecution(
  db: Db,
  sealer: Sealer,
  policy: Policy,
  idOrReference: string,
  options: { actor: string; now: () => Date },
): Promise<ExecutionExport> {
  return db.transaction(async (tx) => {
    const request = await loadRequest(tx, sealer, idOrReference);
    const exec = await loadExecution(tx, request.id);
    if (exec?.status !== 'done') {
      throw new GrondslagError('DSR_NOT_EXECUTED', `request ${request.reference} has not been executed yet`, {
        kind: 'conflict',
      });
    }
    let zip: Uint8Array;
    let sha256: string;
    const isPackage = exec.kind === 'access';
    if (isPackage) {
      const pkg = await loadPackage(tx, sealer, request.id);
      zip = new Uint8Array(pkg.zip);
      sha256 = pkg.sha256;
    } else {
      // Dated by the execution's end, so the same evidence is the same bytes every time it is taken.
      const mtime = exec.finishedAt ?? exec.startedAt;
      const files: Record<string, [Uint8Array, { mtime: Date }]> = {
        'outcome.json': [strToU8(`${JSON.stringify(exec.outcome, null, 2)}\n`), { mtime }],
      };
      const cert = exec.outcome?.certificate as ErasureCertificate | undefined;
      if (cert) {
        files['certificate.json'] = [strToU8(`${JSON.stringify(cert, null, 2)}\n`), { mtime }];
        files['certificate.html'] = [strToU8(certificateHtml(cert, policy, request.language)), { mtime }];
      }
      zip = zipSync(files);
      sha256 = createHash('sha256').update(zip).digest('hex');
    }
    await appendAudit(
      tx,
      {
        actor: options.actor,
        action: 'dsr.exported',
        subjectType: 'dsr_request',
        subjectId: request.id,
        data: { kind: exec.kind, bytes: zip.length, sha256 },
      },
      { now: options.now },
    );
    return {
      request,
      kind: exec.kind,
      zip,
      sha256,
      fileName: `${request.reference}-${isPackage ? 'package' : 'evidence'}.zip`,
    };
  });
}
