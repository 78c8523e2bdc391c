import type { Config } from '../config.js';
import type { Logger } from '../log.js';
import type { LoadedPolicy } from '../policy/load.js';
import type { Db } from '../store/db.js';

/**
 * Everything the server needs from outside, handed in as one object: no module keeps a database,
 * clock or logger of its own, so a test builds an app on a fresh PGlite with a clock it controls.
 *
 * @example
 *   const app = createApp({ db, config, policy: await loadPolicyFile(config.policyPath),
 *     clock: () => new Date(), log: createLogger() });
 */
export interface AppDeps {
  db: Db;
  config: Config;
  policy: LoadedPolicy;
  clock: () => Date;
  log: Logger;
}
