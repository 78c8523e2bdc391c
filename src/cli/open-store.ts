import type { Config } from '../config.js';
import { lockDataDir } from '../store/data-dir-lock.js';
import type { Db } from '../store/db.js';
import { openStore } from '../store/open.js';

/**
 * Opens the configured store for one command and closes it after `fn`. On the embedded store the
 * data directory is locked first: a second process on the same PGlite directory would corrupt it,
 * so `user add` while `serve` runs stops with STORE_DATA_DIR_IN_USE instead.
 *
 * @example
 *   await withStore(await ctx.config(), 'grondslag user add', (db) => createUser(db, …));
 */
export async function withStore<T>(config: Config, holder: string, fn: (db: Db) => Promise<T>): Promise<T> {
  const lock = config.store.url ? undefined : lockDataDir(config.store.dataDir, holder);
  try {
    const db = await openStore(config.store);
    try {
      return await fn(db);
    } finally {
      await db.close();
    }
  } finally {
    lock?.release();
  }
}
