import { parseBreachTime } from '../../../breach/local-time.js';
import type { BreachStoreDeps } from '../../../breach/store.js';
import { sealerFor } from '../../../crypto/master-key.js';
import type { Sealer } from '../../../crypto/sealed.js';
import { type LoadedDatamap, loadDatamapFile } from '../../../datamap/load.js';
import { loadPolicyFile } from '../../../policy/load.js';
import type { Policy } from '../../../policy/schema.js';
import type { Db } from '../../../store/db.js';
import type { CommandContext } from '../../command.js';
import { withStore } from '../../open-store.js';

export interface BreachCliDeps {
  db: Db;
  sealer: Sealer;
  policy: Policy;
  /** The data map, when the configuration names one that loads. */
  datamap?: LoadedDatamap['datamap'];
  store: BreachStoreDeps;
}

/**
 * Opens what the `breach` commands need — configuration, policy, data map, store, sealing key.
 *
 * @example
 *   await withBreach(ctx, 'grondslag breach list', (deps) => listBreaches(deps.db, deps.sealer));
 */
export async function withBreach<T>(
  ctx: CommandContext,
  holder: string,
  fn: (deps: BreachCliDeps) => Promise<T>,
): Promise<T> {
  const config = await ctx.config();
  const policy = (await loadPolicyFile(config.policyPath)).policy;
  const datamap = config.datamapPath
    ? await loadDatamapFile(config.datamapPath).then(
        (d) => d.datamap,
        () => undefined,
      )
    : undefined;
  const sealer = sealerFor(config, ctx.io.env);
  return withStore(config, holder, (db) =>
    fn({
      db,
      sealer,
      policy,
      ...(datamap ? { datamap } : {}),
      store: { transaction: (f) => db.transaction(f), sealer, now: () => new Date(), actor: 'cli' },
    }),
  );
}

/** `--at`: "as of" for the clocks; default now. */
export function asOf(ctx: CommandContext): Date {
  const at = ctx.values.at;
  return typeof at === 'string' ? parseBreachTime(at, '--at') : new Date();
}
