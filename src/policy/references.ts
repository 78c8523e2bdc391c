import type { ErrorDetail } from '../errors.js';
import { formatPath, type YamlSource } from '../yaml/source.js';
import type { Policy } from './schema.js';

/**
 * Checks the schema cannot express: ids are unique, every reference between sections points at
 * something that exists, and every text is given in every language the statement is published in.
 */
export function checkPolicyConsistency(policy: Policy, source: YamlSource): ErrorDetail[] {
  const details: ErrorDetail[] = [];
  const at = (path: PropertyKey[], code: string, message: string) =>
    details.push({ code, path: formatPath(path), location: source.locate(path), message });

  const idSets = {
    categories: uniqueIds('categories', policy.categories, at),
    subjects: uniqueIds('subjects', policy.subjects, at),
    recipients: uniqueIds('recipients', policy.recipients, at),
    activities: uniqueIds('activities', policy.activities, at),
    retention: uniqueIds('retention', policy.retention, at),
  };

  const refs = (path: PropertyKey[], ids: readonly string[], section: keyof typeof idSets) => {
    ids.forEach((ref, i) => {
      if (!idSets[section].has(ref)) {
        at(
          [...path, i],
          'POLICY_DANGLING_REFERENCE',
          `"${ref}" is not defined in ${section}${known(idSets[section])}`,
        );
      }
    });
  };

  policy.activities.forEach((a, i) => {
    refs(['activities', i, 'categories'], a.categories, 'categories');
    refs(['activities', i, 'subjects'], a.subjects, 'subjects');
    if (a.recipients !== 'unstated') refs(['activities', i, 'recipients'], a.recipients, 'recipients');
    refs(['activities', i, 'retention'], a.retention, 'retention');
    if (a.transfers !== 'unstated') {
      a.transfers.forEach((t, j) => {
        if (t.recipient !== undefined)
          refs(['activities', i, 'transfers', j, 'recipient'], [t.recipient], 'recipients');
      });
    }
  });
  policy.retention.forEach((r, i) => {
    refs(['retention', i, 'categories'], r.categories, 'categories');
  });

  const languages = new Set(policy.meta.languages);
  walkTexts(policy, [], (path, text) => {
    const missing = [...languages].filter((l) => !(l in text));
    const extra = Object.keys(text).filter((l) => !languages.has(l));
    if (missing.length > 0) {
      at(
        path,
        'POLICY_MISSING_TRANSLATION',
        `text lacks ${missing.join(', ')} (meta.languages is ${[...languages].join(', ')})`,
      );
    }
    if (extra.length > 0) {
      at(
        path,
        'POLICY_MISSING_TRANSLATION',
        `text has ${extra.join(', ')}, which is not in meta.languages; add it there`,
      );
    }
  });
  return details;
}

function uniqueIds(
  section: string,
  items: readonly { id: string }[],
  at: (path: PropertyKey[], code: string, message: string) => void,
): Set<string> {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    if (seen.has(item.id))
      at([section, i, 'id'], 'POLICY_DUPLICATE_ID', `id "${item.id}" is used twice in ${section}`);
    seen.add(item.id);
  });
  return seen;
}

function known(ids: Set<string>): string {
  return ids.size > 0 ? ` (known: ${[...ids].join(', ')})` : ' (it is empty)';
}

/**
 * Localised texts are the only objects in a policy whose keys are all two-letter language codes
 * with string values; finding them by shape keeps this walk independent of the schema's layout.
 */
function walkTexts(
  value: unknown,
  path: PropertyKey[],
  visit: (path: PropertyKey[], text: Record<string, string>) => void,
) {
  if (Array.isArray(value)) {
    value.forEach((v, i) => {
      walkTexts(v, [...path, i], visit);
    });
    return;
  }
  if (value === null || typeof value !== 'object') return;
  const entries = Object.entries(value);
  if (entries.length > 0 && entries.every(([k, v]) => /^[a-z]{2}$/.test(k) && typeof v === 'string')) {
    visit(path, value as Record<string, string>);
    return;
  }
  for (const [k, v] of entries) walkTexts(v, [...path, k], visit);
}
