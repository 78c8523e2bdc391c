import type { ErrorDetail } from '../errors.js';
import type { Policy } from '../policy/schema.js';
import { formatPath, sortByLocation } from '../yaml/source.js';
import type { LoadedDatamap } from './load.js';
import { nameHint } from './names.js';

export interface DatamapPolicyCheck {
  /** The map uses ids the policy does not define: requests and retention cannot act on it. */
  errors: ErrorDetail[];
  /** Sound, but probably not what was meant (personal data no retention rule governs). */
  warnings: ErrorDetail[];
}

/**
 * Holds the data map to the policy: every data category of a field and every retention rule of a
 * collection must be one the policy defines. Also warns about collections with personal data that
 * no retention rule governs: the policy promises a limit, and such data would be kept for ever.
 *
 * @example
 *   const { errors } = checkDatamapAgainstPolicy(loadedMap, policy);
 *   if (errors.length > 0) console.error(errors.map((e) => e.message).join('\n'));
 */
export function checkDatamapAgainstPolicy(map: LoadedDatamap, policy: Policy): DatamapPolicyCheck {
  const errors: ErrorDetail[] = [];
  const warnings: ErrorDetail[] = [];
  const detail = (path: PropertyKey[], code: string, message: string, key?: string): ErrorDetail => ({
    code,
    path: formatPath(key === undefined ? path : [...path, key]),
    // A whole collection is pointed at by its name, not by its first key.
    location: key === undefined ? map.source?.locate(path) : map.source?.locate(path, { key }),
    message,
  });
  const categories = new Set(policy.categories.map((c) => c.id));
  const rules = new Set(policy.retention.map((r) => r.id));

  for (const [system, sys] of Object.entries(map.datamap.systems)) {
    for (const [collection, col] of Object.entries(sys.collections)) {
      const base = ['systems', system, 'collections', collection];
      let personal = false;
      for (const [field, f] of Object.entries(col.fields)) {
        if (f.categories.length > 0) personal = true;
        f.categories.forEach((category, i) => {
          if (categories.has(category)) return;
          errors.push(
            detail(
              [...base, 'fields', field, 'categories', i],
              'DATAMAP_UNKNOWN_CATEGORY',
              `"${category}" is not a data category of the policy${nameHint(category, categories)}`,
            ),
          );
        });
      }
      const rule = col.retention?.rule;
      if (rule !== undefined && !rules.has(rule)) {
        errors.push(
          detail(
            [...base, 'retention', 'rule'],
            'DATAMAP_UNKNOWN_RULE',
            `"${rule}" is not a retention rule of the policy${nameHint(rule, rules)}`,
          ),
        );
      }
      if (personal && rule === undefined) {
        warnings.push(
          detail(
            ['systems', system, 'collections'],
            'DATAMAP_NO_RETENTION',
            `${system}.${collection} holds personal data, but no retention rule is bound to it: nothing limits how long it is kept`,
            collection,
          ),
        );
      }
    }
  }
  return { errors: sortByLocation(errors), warnings: sortByLocation(warnings) };
}
