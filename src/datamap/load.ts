import { GrondslagError } from '../errors.js';
import {
  readSourceFile,
  sortByLocation,
  validateYaml,
  type YamlSource,
  yamlErrorCodes,
} from '../yaml/source.js';
import { checkDatamapConsistency } from './consistency.js';
import { type Datamap, datamapSchema } from './schema.js';

/** Error codes of the loader: DATAMAP_YAML_SYNTAX, DATAMAP_INVALID, DATAMAP_UNKNOWN_KEY, DATAMAP_NOT_FOUND. */
export const datamapErrorCodes = yamlErrorCodes('DATAMAP');

export interface LoadedDatamap {
  datamap: Datamap;
  /** The parsed document, to locate later findings (policy cross-check, drift); absent for maps built in code. */
  source?: YamlSource;
}

/**
 * Parses and validates a data map. Throws a GrondslagError whose details name file:line:col for each
 * problem: YAML syntax, wrong types, misspelt keys (with "did you mean"), references to collections or
 * fields that are not in the map, retention clocks that cannot be reached, cycles of references.
 * Categories and retention rules are checked against a policy separately (`checkDatamapAgainstPolicy`).
 *
 * @example
 *   const { datamap } = parseDatamap(await readFile('datamap.yaml', 'utf8'), 'datamap.yaml');
 */
export function parseDatamap(text: string, file: string): LoadedDatamap & { source: YamlSource } {
  const { value, source } = validateYaml(text, file, datamapSchema, datamapErrorCodes);
  const problems = sortByLocation(checkDatamapConsistency(value, source));
  if (problems.length > 0) {
    throw new GrondslagError(problems[0]?.code ?? datamapErrorCodes.invalid, `${file} is inconsistent`, {
      details: problems,
    });
  }
  return { datamap: value, source };
}

/** Reads and parses a data-map file; `displayName` (default: the path) is the name errors show. */
export async function loadDatamapFile(
  path: string,
  displayName = path,
): Promise<LoadedDatamap & { source: YamlSource }> {
  const text = await readSourceFile(path, datamapErrorCodes, 'data map');
  return parseDatamap(text, displayName);
}
