import { GrondslagError } from '../errors.js';
import {
  readSourceFile,
  sortByLocation,
  validateYaml,
  type YamlSource,
  yamlErrorCodes,
} from '../yaml/source.js';
import { checkPolicyConsistency } from './references.js';
import { type Policy, policySchema } from './schema.js';

/** Error codes of the policy loader: POLICY_YAML_SYNTAX, POLICY_INVALID, POLICY_UNKNOWN_KEY, POLICY_NOT_FOUND. */
export const policyErrorCodes = yamlErrorCodes('POLICY');

export interface LoadedPolicy {
  policy: Policy;
  /** The parsed document, to locate findings (the linter reports file:line:col too). */
  source: YamlSource;
}

/**
 * Parses and validates a policy. Throws a GrondslagError whose details name file:line:col for each
 * problem: YAML syntax, wrong types, unknown keys, duplicate ids, dangling references, missing
 * translations. Nothing is returned unless the whole document is sound.
 *
 * @example
 *   const { policy } = parsePolicy(await readFile('policy.yaml', 'utf8'), 'policy.yaml');
 */
export function parsePolicy(text: string, file: string): LoadedPolicy {
  const { value, source } = validateYaml(text, file, policySchema, policyErrorCodes);
  const problems = sortByLocation(checkPolicyConsistency(value, source));
  if (problems.length > 0) {
    throw new GrondslagError(problems[0]?.code ?? policyErrorCodes.invalid, `${file} is inconsistent`, {
      details: problems,
    });
  }
  return { policy: value, source };
}

/** Reads and parses a policy file; `displayName` (default: the path) is the name errors show. */
export async function loadPolicyFile(path: string, displayName = path): Promise<LoadedPolicy> {
  const text = await readSourceFile(path, policyErrorCodes, 'policy');
  return parsePolicy(text, displayName);
}
