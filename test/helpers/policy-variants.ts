import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseDocument } from 'yaml';
import { type LoadedPolicy, parsePolicy } from '../../src/policy/load.js';

/**
 * Policy variants for tests: the CloudAware example (or the compliant fixture) with a few values
 * changed in its YAML document, then loaded through the real loader so that findings keep real
 * file:line:column locations.
 *
 * @example
 *   const loaded = policyWith('example', { 'activities.0.legalBasis': 'contract' });
 */

export const policyFiles = {
  /** The seed statement as policy: examples/cloudaware/policy.yaml. */
  example: fileURLToPath(new URL('../../examples/cloudaware/policy.yaml', import.meta.url)),
  /** The same organisation with every gap filled in: test/fixtures/policy-compliant.yaml. */
  compliant: fileURLToPath(new URL('../fixtures/policy-compliant.yaml', import.meta.url)),
} as const;

const displayNames = {
  example: 'examples/cloudaware/policy.yaml',
  compliant: 'test/fixtures/policy-compliant.yaml',
} as const;

export type PolicyBase = keyof typeof policyFiles;

/**
 * The text of `base` with `edits` applied: keys are dotted paths (`rights.offered`,
 * `activities.3.profiling`), values replace what is there; `undefined` deletes the key or item.
 * Without edits, the file exactly as written.
 */
export function policyTextWith(base: PolicyBase, edits: Record<string, unknown> = {}): string {
  const original = readFileSync(policyFiles[base], 'utf8');
  if (Object.keys(edits).length === 0) return original;
  const doc = parseDocument(original);
  for (const [dotted, value] of Object.entries(edits)) {
    const path = dotted.split('.').map((s) => (/^\d+$/.test(s) ? Number(s) : s));
    if (!doc.hasIn(path.slice(0, -1))) throw new Error(`test edit ${dotted}: no such parent in ${base}`);
    if (value === undefined) doc.deleteIn(path);
    else doc.setIn(path, doc.createNode(value));
  }
  return doc.toString();
}

/** Loads `base` with `edits` applied (see policyTextWith); locations point into the edited text. */
export function policyWith(base: PolicyBase, edits: Record<string, unknown> = {}): LoadedPolicy {
  return parsePolicy(policyTextWith(base, edits), displayNames[base]);
}
