import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { openConnector } from '../../../connectors/open.js';
import { DEFAULT_DISCOVERY_SAMPLE, type Discovery, discoverSystem } from '../../../datamap/discover.js';
import { proposalYaml } from '../../../datamap/proposal-yaml.js';
import { GrondslagError } from '../../../errors.js';
import { loadPolicyFile } from '../../../policy/load.js';
import { type Command, ExitCode, printJson } from '../../command.js';

/**
 * `grondslag datamap discover SYSTEM [--json] [--write FILE] [--force] [--sample N]`: introspects a
 * configured system, samples every collection and proposes data-map annotations with their evidence.
 * Prints the proposal (YAML with the evidence in comments, or `--json`); `--write` puts it in a new
 * file for review. Nothing is applied to the data map: a person decides what to merge.
 */
export const datamapDiscoverCommand: Command = {
  name: ['datamap', 'discover'],
  summary: 'propose data-map annotations for a configured system, from sampled values; applies nothing',
  usage: 'SYSTEM [--sample N] [--write FILE [--force]] [--policy FILE] [--json]',
  options: {
    sample: {
      type: 'string',
      description: `rows sampled per collection (default ${DEFAULT_DISCOVERY_SAMPLE})`,
    },
    write: { type: 'string', description: 'write the proposed YAML to this new file' },
    force: { type: 'boolean', description: 'with --write: overwrite an existing file' },
    policy: {
      type: 'string',
      description: 'policy whose categories are proposed (default: the configured policy)',
    },
  },
  positionals: { min: 1, max: 1 },
  async run(ctx) {
    const system = ctx.positionals[0]!;
    const sample = sampleSize(ctx.values.sample);
    const config = await ctx.config();
    const configured = config.systems[system];
    if (!configured) {
      throw new GrondslagError(
        'DATAMAP_UNKNOWN_SYSTEM',
        `"${system}" is not a system of the configuration (systems: ${Object.keys(config.systems).join(', ') || 'none'})`,
      );
    }
    const policyArg = ctx.values.policy as string | undefined;
    const policyPath = policyArg !== undefined ? resolve(ctx.io.cwd, policyArg) : config.policyPath;
    const { policy } = await loadPolicyFile(policyPath, policyArg ?? policyPath);

    const connector = await openConnector(system, configured);
    let discovery: Discovery;
    try {
      discovery = await discoverSystem(connector, policy, { sample });
    } finally {
      await connector.close();
    }
    const yaml = proposalYaml(discovery);
    const target = ctx.values.write as string | undefined;
    if (target !== undefined) {
      const path = resolve(ctx.io.cwd, target);
      try {
        // `wx` refuses an existing file atomically: a reviewed map is never overwritten by accident.
        await writeFile(path, yaml, { flag: ctx.values.force === true ? 'w' : 'wx' });
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'EEXIST') {
          throw new GrondslagError(
            'DATAMAP_PROPOSAL_EXISTS',
            `${target} exists; pass --force to overwrite it`,
          );
        }
        throw e;
      }
    }
    if (ctx.json) printJson(ctx, { ...discovery, written: target });
    else if (target !== undefined) ctx.io.stdout(summary(discovery, target));
    else ctx.io.stdout(yaml);
    return ExitCode.ok;
  },
};

function sampleSize(raw: unknown): number {
  if (raw === undefined) return DEFAULT_DISCOVERY_SAMPLE;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > 100_000) {
    throw new GrondslagError(
      'CLI_BAD_ARGUMENT',
      `--sample must be a whole number from 1 to 100000, got "${raw}"`,
    );
  }
  return n;
}

function summary(d: Discovery, file: string): string {
  const fields = d.collections.flatMap((c) => c.fields);
  const personal = fields.filter((f) => f.roles.includes('personal')).length;
  const identities = fields.filter((f) => f.identity).length;
  return (
    `${file}: proposal for ${d.system} (${d.collections.length} collections, ${personal} fields with personal data, ` +
    `${identities} identity fields); review it before merging into the data map\n`
  );
}
