import type { Config } from '../config.js';
import { sealerFor } from '../crypto/master-key.js';
import { loadDatamapFile } from '../datamap/load.js';
import type { Datamap } from '../datamap/schema.js';
import { GrondslagError } from '../errors.js';
import { loadPolicyFile } from '../policy/load.js';
import type { Policy } from '../policy/schema.js';
import type { RetentionDeps } from './plan.js';
import { restrictedRowsFromDsr } from './restrictions.js';
import { connectorsFor } from './systems.js';

/**
 * Builds retention's dependencies from the configuration, the same way for the CLI, the server and
 * the daily job: the configured stores (opened on first use), the sealing key, the DSR module's
 * restriction list. The caller closes `systems`.
 *
 * @example
 *   const deps = retentionDeps({ db, config, policy, datamap });
 *   try { await planRetention(deps, { at: new Date() }); } finally { await deps.systems.close(); }
 */
export function retentionDeps(input: {
  db: RetentionDeps['db'];
  config: Config;
  policy: Policy;
  datamap: Datamap;
  env?: NodeJS.ProcessEnv;
}): RetentionDeps {
  return {
    db: input.db,
    policy: input.policy,
    datamap: input.datamap,
    systems: connectorsFor(input.config.systems),
    sealer: sealerFor(input.config, input.env ?? process.env),
    restrictedRows: restrictedRowsFromDsr,
  };
}

/**
 * The policy and data map the configuration names; a configuration without a data map has nothing
 * to bind retention rules to (RETENTION_NO_DATAMAP).
 *
 * @example
 *   const { policy, datamap } = await retentionInputs(config);
 */
export async function retentionInputs(config: Config): Promise<{ policy: Policy; datamap: Datamap }> {
  if (config.datamapPath === undefined) {
    throw new GrondslagError(
      'RETENTION_NO_DATAMAP',
      'retention binds the policy through the data map, and the configuration names none: set `datamap:`',
    );
  }
  const [policy, datamap] = await Promise.all([
    loadPolicyFile(config.policyPath),
    loadDatamapFile(config.datamapPath),
  ]);
  return { policy: policy.policy, datamap: datamap.datamap };
}
