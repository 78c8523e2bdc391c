import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { sealerFor } from '../../../crypto/master-key.js';
import { exportExecution } from '../../../dsr/export.js';
import { GrondslagError } from '../../../errors.js';
import { loadPolicyFile } from '../../../policy/load.js';
import { type Command, ExitCode, printJson, stateConflictAsInput } from '../../command.js';
import { withStore } from '../../open-store.js';

/**
 * `grondslag dsr export ID --out FILE.zip`: writes what execution produced (src/dsr/export.ts) —
 * the person's package for access and portability, the outcome and erasure certificate otherwise —
 * and records the export in the audit log. The file is personal data (mode 0600); where it goes
 * is the operator's responsibility.
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
      return stateConflictAsInput(() =>
        exportExecution(db, sealer, policy, id, { actor: 'cli', now: () => new Date() }),
      );
    });
    const path = resolve(ctx.io.cwd, out);
    await writeFile(path, result.zip, { mode: 0o600 });
    if (ctx.json) {
      printJson(ctx, {
        request: result.request.reference,
        kind: result.kind,
        file: path,
        bytes: result.zip.length,
        sha256: result.sha256,
      });
    } else {
      ctx.io.stdout(
        `${result.request.reference}: wrote ${result.kind} ${result.kind === 'access' ? 'package' : 'evidence'} to ${path} (${result.zip.length} bytes)\n`,
      );
    }
    return ExitCode.ok;
  },
};
