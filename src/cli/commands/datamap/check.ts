import { resolve } from 'node:path';
import { checkDrift, type DriftFinding } from '../../../datamap/check.js';
import { DEFAULT_DISCOVERY_SAMPLE } from '../../../datamap/discover.js';
import { GrondslagError } from '../../../errors.js';
import { loadPolicyFile } from '../../../policy/load.js';
import { connectorsFor } from '../../../retention/systems.js';
import { type Command, ExitCode, printJson } from '../../command.js';
import { datamapFromArgs } from '../../datamap-file.js';

/**
 * `grondslag datamap check [FILE] [--json]`: compares the data map with the live stores and the
 * policy — personal data in columns the map does not declare, declared collections and fields that
 * vanished, categories the policy never mentions, retention rules bound to nothing. Exit 1 on any
 * drift, so CI can fail a pull request; 0 when the map is true; 2 when the map itself is malformed.
 */
export const datamapCheckCommand: Command = {
  name: ['datamap', 'check'],
  summary: 'compare the data map with the live stores and the policy; exit 1 on drift',
  usage: '[FILE] [--sample N] [--policy FILE] [--json]',
  options: {
    sample: {
      type: 'string',
      description: `rows sampled per collection with undeclared columns (default ${DEFAULT_DISCOVERY_SAMPLE})`,
    },
    policy: { type: 'string', description: 'policy to check against (default: the configured policy)' },
  },
  positionals: { max: 1 },
  async run(ctx) {
    const sample = sampleSize(ctx.values.sample);
    const loaded = await datamapFromArgs(ctx, ctx.positionals[0]);
    const config = await ctx.config();
    const policyArg = ctx.values.policy as string | undefined;
    const policyPath = policyArg !== undefined ? resolve(ctx.io.cwd, policyArg) : config.policyPath;
    const { policy } = await loadPolicyFile(policyPath, policyArg ?? policyPath);
    const systems = connectorsFor(config.systems);
    let report: Awaited<ReturnType<typeof checkDrift>>;
    try {
      report = await checkDrift({ map: loaded, policy, systems, sample });
    } finally {
      await systems.close();
    }
    if (ctx.json) printJson(ctx, report);
    else ctx.io.stdout(format(loaded.source.file, report.findings));
    return report.ok ? ExitCode.ok : ExitCode.findings;
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

function format(file: string, findings: DriftFinding[]): string {
  if (findings.length === 0) return `${file}: no drift; the data map matches the stores and the policy\n`;
  const lines = findings.map((f) => {
    const evidence = f.evidence ? `\n    evidence: ${f.evidence}` : '';
    return `${f.location ? `${f.location} ` : ''}${f.kind} ${f.message}${evidence}`;
  });
  lines.push(`${file}: ${findings.length} finding${findings.length === 1 ? '' : 's'} of drift`);
  return `${lines.join('\n')}\n`;
}
