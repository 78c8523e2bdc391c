import type { Config } from '../config.js';
import { openConnector } from '../connectors/open.js';
import { sealerFor } from '../crypto/master-key.js';
import { loadDatamapFile } from '../datamap/load.js';
import { GrondslagError } from '../errors.js';
import type { Logger } from '../log.js';
import { mailerFor } from '../mail/mailer.js';
import { loadPolicyFile } from '../policy/load.js';
import { activeHolds } from '../retention/holds.js';
import type { Db } from '../store/db.js';
import type { ExecutionDeps } from './execute.js';

/** The environment variable with the key of the `hmac` operator (shared with `grondslag scan`). */
export const PII_KEY_ENV = 'GRONDSLAG_PII_KEY';

/**
 * Builds execution's dependencies from the configuration, the same way for `grondslag dsr run`,
 * the `dsr.execute` job and tests: the policy and data map it names, a connector per configured
 * system, the sealing key, legal holds from the retention module, mail for Art. 19.
 *
 * The key of the `hmac` operator is GRONDSLAG_PII_KEY when set (so pseudonyms match those of
 * `grondslag scan` and retention), else one derived from the installation's master key — never a
 * random one, so a resumed execution hashes exactly as the first attempt did.
 *
 * @example
 *   const deps = await executionDeps({ db, config });
 *   const exec = await executeRequest(deps, 'DSR-2026-0001');
 */
export async function executionDeps(input: {
  db: Db;
  config: Config;
  env?: NodeJS.ProcessEnv;
  clock?: () => Date;
  log?: Logger;
  onCommit?: (unit: string) => void;
}): Promise<ExecutionDeps> {
  const { config } = input;
  const env = input.env ?? process.env;
  if (config.datamapPath === undefined) {
    throw new GrondslagError(
      'DSR_NO_DATAMAP',
      'a request is executed through the data map, and the configuration names none: set `datamap:`',
    );
  }
  const [policy, datamap] = await Promise.all([
    loadPolicyFile(config.policyPath),
    loadDatamapFile(config.datamapPath),
  ]);
  const sealer = sealerFor(config, env);
  const mailer = mailerFor(config);
  const deps: ExecutionDeps = {
    db: input.db,
    sealer,
    policy: policy.policy,
    datamap: datamap.datamap,
    openSystem: (name) => {
      const system = config.systems[name];
      if (!system) {
        return Promise.reject(
          new GrondslagError(
            'DSR_SYSTEM_NOT_CONFIGURED',
            `the data map names system "${name}", but the configuration has no such system (systems: ${Object.keys(config.systems).join(', ') || 'none'})`,
          ),
        );
      }
      return openConnector(name, system);
    },
    piiKey: env[PII_KEY_ENV] || sealer.lookup('dsr:pii-hmac-key', 'v1'),
    holds: (now) => activeHolds(input.db, sealer, now),
    outputs: mailer ? { mailer } : {},
  };
  if (input.clock) deps.clock = input.clock;
  if (input.log) deps.log = input.log;
  if (input.onCommit) deps.onCommit = input.onCommit;
  return deps;
}
