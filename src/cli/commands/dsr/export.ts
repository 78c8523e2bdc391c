import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { sealerFor } from '../../../crypto/master-key.js';
import { certificateHtml, type ErasureCertificate } from '../../../dsr/certificate.js';
import { loadExecution } from '../../../dsr/execution-store.js';
import { loadPackage } from '../../../dsr/package/package-store.js';
import { loadRequest } from '../../../dsr/store.js';
import { GrondslagError } from '../../../errors.js';
import { loadPolicyFile } from '../../../policy/load.js';
import { type Command, ExitCode, printJson } from '../../command.js';
import { withStore } from '../../open-store.js';

/**
 * `grondslag dsr export ID --out FILE.zip`: writes what execution produced. For access and
 * portability, the person's package (manifest, data as JSON and CSV, report in HTML and PDF); for
 * erasure, the certificate as JSON and HTML. The package leaves the store unsealed: the file is
 * personal data, and where it goes is the operator's responsibility.
 */
export const dsrExportCommand: Command = {
  name: ['dsr', 'export'],
  summary: 'write the access package or erasure certificate of an executed request to a ZIP file',
  usage: 'ID --out FILE.zip [--json]',
  positionals: { min: 1, max: 1 },
  options: { out: { type: 'string', description: 'the ZIP file to write' } },
  async run(ctx) {
    const out = ctx.values.out;
    if (typeof out !== 'string' || out === '') {
      throw new GrondslagError('CLI_BAD_ARGUMENTS', '--out FILE.zip is required');
    }
    const id = ctx.positionals[0]!;
    const config = await ctx.config();
    const sealer = sealerFor(config, ctx.io.env);
    const policy = (await loadPolicyFile(config.policyPath)).policy;
    const result = await withStore(config, 'grondslag dsr export', async (db) => {
      const request = await loadRequest(db, sealer, id);
      const exec = await loadExecution(db, request.id);
      if (exec?.status !== 'done') {
        throw new GrondslagError(
          'DSR_NOT_EXECUTED',
          `request ${request.reference} has not been executed yet`,
        );
      }
      if (exec.kind === 'access') {
        const pkg = await loadPackage(db, sealer, request.id);
        return { request, kind: exec.kind, zip: new Uint8Array(pkg.zip), sha256: pkg.sha256 };
      }
      const files: Record<string, Uint8Array> = {
        'outcome.json': strToU8(`${JSON.stringify(exec.outcome, null, 2)}\n`),
      };
      const cert = exec.outcome?.certificate as ErasureCertificate | undefined;
      if (cert) {
        files['certificate.json'] = strToU8(`${JSON.stringify(cert, null, 2)}\n`);
        files['certificate.html'] = strToU8(certificateHtml(cert, policy, request.language));
      }
      return { request, kind: exec.kind, zip: zipSync(files), sha256: undefined };
    });
    const path = resolve(ctx.io.cwd, out);
    await writeFile(path, result.zip, { mode: 0o600 });
    if (ctx.json) {
      printJson(ctx, {
        request: result.request.reference,
        kind: result.kind,
        file: path,
        bytes: result.zip.length,
        sha256: result.sha256 ?? null,
      });
    } else {
      ctx.io.stdout(
        `${result.request.reference}: wrote ${result.kind} ${result.kind === 'access' ? 'package' : 'evidence'} to ${path} (${result.zip.length} bytes)\n`,
      );
    }
    return ExitCode.ok;
  },
};
