import type { RestrictionFilter, RestrictionScope } from '../../../dsr/restriction.js';
import { GrondslagError } from '../../../errors.js';
import type { CommandContext, OptionSpec } from '../../command.js';

/** `--scope` and `--purpose`, shared by `restriction check` and `restriction filter`. */
export const filterOptions: Record<string, OptionSpec> = {
  scope: {
    type: 'string',
    description:
      'only entries of this scope: processing (Art. 18), direct_marketing (Art. 21), consent (Art. 7(3))',
  },
  purpose: {
    type: 'string',
    description: 'the policy purpose the data is for; entries limited to other purposes do not count',
  },
};

const scopes: readonly RestrictionScope[] = ['processing', 'direct_marketing', 'consent'];

export function parseFilter(ctx: CommandContext): RestrictionFilter {
  const scope = ctx.values.scope;
  const purpose = ctx.values.purpose;
  if (scope !== undefined && !(typeof scope === 'string' && (scopes as readonly string[]).includes(scope))) {
    throw new GrondslagError('CLI_BAD_ARGUMENTS', `--scope must be one of ${scopes.join(', ')}`);
  }
  if (purpose !== undefined && !(typeof purpose === 'string' && /^[a-z][a-z0-9_-]*$/.test(purpose))) {
    throw new GrondslagError('CLI_BAD_ARGUMENTS', '--purpose must be a policy purpose id (e.g. newsletter)');
  }
  return {
    ...(scope ? { scope: scope as RestrictionScope } : {}),
    ...(purpose ? { purpose: purpose as string } : {}),
  };
}
