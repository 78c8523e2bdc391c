import { migrate, migrationStatus } from '../../../store/migrate.js';
import { openStore } from '../../../store/open.js';
import { type Command, ExitCode, printJson } from '../../command.js';

/** `grondslag db migrate`: applies pending migrations to the configured store (the server does it on start too). */
export const dbMigrateCommand: Command = {
  name: ['db', 'migrate'],
  summary: "apply pending migrations to Grondslag's own database",
  usage: '[--json]',
  async run(ctx) {
    const config = await ctx.config();
    const db = await openStore({ ...config.store, migrate: false });
    try {
      const applied = await migrate(db);
      const status = await migrationStatus(db);
      if (ctx.json) printJson(ctx, { driver: db.driver, applied, migrations: status });
      else {
        ctx.io.stdout(
          applied.length > 0
            ? `applied ${applied.length} migration(s): ${applied.join(', ')}\n`
            : `schema is up to date (${status.length} migrations)\n`,
        );
      }
      return ExitCode.ok;
    } finally {
      await db.close();
    }
  },
};
