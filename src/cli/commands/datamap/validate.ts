import { resolve } from 'node:path';
import { checkDatamapAgainstPolicy } from '../../../datamap/policy-check.js';
import type { Datamap } from '../../../datamap/schema.js';
import { formatLocation, GrondslagError } from '../../../errors.js';
import { loadPolicyFile } from '../../../policy/load.js';
import { type Command, ExitCode, printJson } from '../../command.js';
import { datamapFromArgs } from '../../datamap-file.js';

/**
 * `grondslag datamap validate [FILE] [--json]`: loads the data map and holds it to the policy. Every
 * problem (syntax, misspelt key, dangling reference, cycle, unknown category or retention rule) is
 * reported at file:line:col and ends with exit 2: requests and retention cannot act on such a map.
 * Warnings (personal data no retention rule governs, a system the configuration cannot reach) are
 * printed and leave the exit code 0.
 */
export const datamapValidateCommand: Command = {
  name: ['datamap', 'validate'],
  summary: 'check the data map and hold it to the policy; exit 2 on any error',
  usage: '[FILE] [--policy FILE] [--json]',
  options: {
    policy: { type: 'string', description: 'policy to check against (default: the configured policy)' },
  },
  positionals: { max: 1 },
  async run(ctx) {
    const loaded = await datamapFromArgs(ctx, ctx.positionals[0]);
    const config = await ctx.config();
    const policyArg = ctx.values.policy as string | undefined;
    const policyPath = policyArg !== undefined ? resolve(ctx.io.cwd, policyArg) : config.policyPath;
    const { policy } = await loadPolicyFile(policyPath, policyArg ?? policyPath);
    const { errors, warnings } = checkDatamapAgainstPolicy(loaded, policy);
    if (errors.length > 0) {
      throw new GrondslagError(
        errors[0]!.code ?? 'DATAMAP_INVALID',
        `${loaded.source.file} does not match the policy`,
        {
          details: errors,
        },
      );
    }
    // A system the configuration does not name cannot be connected to: requests would skip it.
    for (const system of Object.keys(loaded.datamap.systems)) {
      if (config.systems[system]) continue;
      warnings.push({
        code: 'DATAMAP_UNKNOWN_SYSTEM',
        path: `systems.${system}`,
        location: loaded.source.locate(['systems'], { key: system }),
        message: `system "${system}" is not in the configuration's systems, so nothing can connect to it`,
      });
    }
    const summary = summarise(loaded.datamap);
    if (ctx.json) {
      printJson(ctx, {
        file: loaded.source.file,
        policy: policyArg ?? policyPath,
        valid: true,
        summary,
        warnings,
      });
    } else {
      const lines = warnings.map(
        (w) => `${w.location ? `${formatLocation(w.location)} ` : ''}warning ${w.code} ${w.message}`,
      );
      lines.push(
        `${loaded.source.file}: valid (${summary.systems} systems, ${summary.collections} collections, ` +
          `${summary.fields} fields, ${summary.identityFields} identity fields, ${summary.references} references)` +
          `${warnings.length > 0 ? `, ${warnings.length} warning${warnings.length === 1 ? '' : 's'}` : ''}`,
      );
      ctx.io.stdout(`${lines.join('\n')}\n`);
    }
    return ExitCode.ok;
  },
};

function summarise(map: Datamap) {
  const collections = Object.values(map.systems).flatMap((s) => Object.values(s.collections));
  const fields = collections.flatMap((c) => Object.values(c.fields));
  return {
    systems: Object.keys(map.systems).length,
    collections: collections.length,
    fields: fields.length,
    identityFields: fields.filter((f) => f.identity !== undefined).length,
    references: fields.filter((f) => f.references !== undefined).length,
    retentionBindings: collections.filter((c) => c.retention !== undefined).length,
  };
}
