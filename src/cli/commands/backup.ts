import { resolve } from 'node:path';
import { GrondslagError } from '../../errors.js';
import { backupStore, storeRowCounts } from '../../store/backup.js';
import { type Command, ExitCode, printJson } from '../command.js';
import { withStore } from '../open-store.js';

/**
 * `grondslag backup --out FILE`: the platform's own state (requests, audit log, users, jobs) to one
 * file — a PGlite dump of the embedded store or a pg_dump archive of the grondslag and pgboss
 * schemas. The encryption keys are not included: keep them apart (docs/security.md).
 */
export const backupCommand: Command = {
  name: ['backup'],
  summary: "write a backup of Grondslag's own store (not the keys) to a file",
  usage: '--out FILE [--json]',
  options: { out: { type: 'string', description: 'the backup file to write' } },
  async run(ctx) {
    const out = ctx.values.out;
    if (typeof out !== 'string' || out === '')
      throw new GrondslagError('CLI_BAD_ARGUMENTS', '--out FILE is required');
    const path = resolve(ctx.io.cwd, out);
    const config = await ctx.config();
    const result = await withStore(config, 'grondslag backup', async (db) => {
      const { format } = await backupStore(db, config.store, path);
      return { format, counts: await storeRowCounts(db) };
    });
    if (ctx.json) printJson(ctx, { file: path, format: result.format, rows: result.counts });
    else {
      const rows = Object.values(result.counts).reduce((a, b) => a + b, 0);
      ctx.io.stdout(
        `wrote ${result.format} backup to ${path} (${rows} rows, ${result.counts.audit_log ?? 0} audit entries)\n`,
      );
    }
    return ExitCode.ok;
  },
};
