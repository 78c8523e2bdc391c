import { resolve } from 'node:path';
import { verifyAuditChain } from '../../audit/verify.js';
import { loadKeyring } from '../../crypto/keyring.js';
import { sealedKeyUsage } from '../../crypto/rotate.js';
import { restoreStore } from '../../store/backup.js';
import { lockDataDir } from '../../store/data-dir-lock.js';
import { type Command, ExitCode, printJson } from '../command.js';

/**
 * `grondslag restore FILE`: loads a backup into the configured store, which must be empty unless
 * `--force` (then it is replaced). Afterwards it verifies the audit chain and checks that the keyring
 * holds every key the restored sealed values need; exit 1 when either is not so.
 */
export const restoreCommand: Command = {
  name: ['restore'],
  summary: 'restore a backup into an empty store (--force replaces a store that holds data)',
  usage: 'FILE [--force] [--json]',
  positionals: { min: 1, max: 1 },
  options: { force: { type: 'boolean', description: 'replace the data the target store holds' } },
  async run(ctx) {
    const file = resolve(ctx.io.cwd, ctx.positionals[0]!);
    const config = await ctx.config();
    const lock = config.store.url ? undefined : lockDataDir(config.store.dataDir, 'grondslag restore');
    let report: {
      format: string;
      rows: Record<string, number>;
      audit: Awaited<ReturnType<typeof verifyAuditChain>>;
      missingKeys: string[];
    };
    try {
      const { db, format, counts } = await restoreStore(config.store, file, {
        force: ctx.values.force === true,
      });
      try {
        const audit = await verifyAuditChain(db);
        const ring = loadKeyring(config, ctx.io.env);
        const used = Object.keys(await sealedKeyUsage(db));
        const missingKeys = used.filter((id) => !ring.keys.some((k) => k.id === id));
        report = { format, rows: counts, audit, missingKeys };
      } finally {
        await db.close();
      }
    } finally {
      lock?.release();
    }
    if (ctx.json) printJson(ctx, report);
    else {
      const rows = Object.values(report.rows).reduce((a, b) => a + b, 0);
      ctx.io.stdout(`restored ${report.format} backup: ${rows} rows\n`);
      ctx.io.stdout(
        report.audit.ok
          ? `audit log intact: ${report.audit.entries} entries\n`
          : `audit log BROKEN at entry ${report.audit.firstBad.seq}\n`,
      );
      if (report.missingKeys.length > 0) {
        ctx.io.stdout(
          `sealed values need keys that are not configured: ${report.missingKeys.join(', ')} (restore the keyring or GRONDSLAG_SECRET_KEY(S))\n`,
        );
      }
    }
    return report.audit.ok && report.missingKeys.length === 0 ? ExitCode.ok : ExitCode.findings;
  },
};
