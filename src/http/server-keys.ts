import { serverSecret } from '../access/secrets.js';
import type { Db } from '../store/db.js';

/** The installation's keys the HTTP layer signs with, fetched from the database once per app. */
export interface ServerKeys {
  csrf(): Promise<string>;
}

/**
 * @example
 *   const keys = serverKeys(db, clock);
 *   const key = await keys.csrf();
 */
export function serverKeys(db: Db, clock: () => Date): ServerKeys {
  let csrf: Promise<string> | undefined;
  return {
    csrf() {
      csrf ??= serverSecret(db, 'csrf', clock()).catch((e: unknown) => {
        csrf = undefined; // a database hiccup must not poison the cache for the process lifetime
        throw e;
      });
      return csrf;
    },
  };
}
