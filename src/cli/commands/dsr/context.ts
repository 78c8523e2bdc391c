import { type DsrDeps, dsrDeps } from '../../../dsr/deps.js';
import { loadPolicyFile } from '../../../policy/load.js';
import type { CommandContext } from '../../command.js';
import { withStore } from '../../open-store.js';

/**
 * Opens what the `dsr` commands need — configuration, policy (for the letters' sender), the store
 * and the sealing key — runs `fn`, and closes the store.
 *
 * @example
 *   await withDsr(ctx, 'grondslag dsr list', (deps) => listRequests(deps.db, deps.sealer));
 */
export async function withDsr<T>(
  ctx: CommandContext,
  holder: string,
  fn: (deps: DsrDeps) => Promise<T>,
): Promise<T> {
  const config = await ctx.config();
  const policy = await loadPolicyFile(config.policyPath);
  return withStore(config, holder, (db) =>
    fn(dsrDeps({ db, config, policy: policy.policy, clock: () => new Date(), env: ctx.io.env })),
  );
}
