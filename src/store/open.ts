import { GrondslagError } from '../errors.js';
import type { Db } from './db.js';
import { migrate } from './migrate.js';
import { openPglite } from './pglite.js';
import { openPostgres } from './postgres.js';

export interface StoreOptions {
  /** postgres:// URL of a real server; when absent, the embedded store in `dataDir`. */
  url?: string;
  dataDir?: string;
  /** Apply pending migrations (default true). */
  migrate?: boolean;
}

/** Opens the configured store and brings its schema up to date. */
export async function openStore(options: StoreOptions): Promise<Db> {
  let db: Db;
  if (options.url) {
    if (!/^postgres(ql)?:\/\//.test(options.url)) {
      throw new GrondslagError(
        'STORE_BAD_URL',
        `store URL must start with postgres:// or postgresql://, got "${redactUrl(options.url)}"`,
      );
    }
    db = openPostgres(options.url);
    try {
      await db.query('select 1');
    } catch (e) {
      await db.close().catch(() => {});
      throw new GrondslagError(
        'STORE_UNREACHABLE',
        `cannot connect to ${redactUrl(options.url)}: ${(e as Error).message}`,
        {
          kind: 'internal',
          cause: e,
        },
      );
    }
  } else {
    db = await openPglite({ dataDir: options.dataDir });
  }
  if (options.migrate !== false) await migrate(db);
  return db;
}

/** A URL fit for messages and logs: the password is replaced. */
export function redactUrl(url: string): string {
  return url.replace(/(\/\/[^:/@]+:)[^@]*@/, '$1***@');
}
