import { describeEvidence } from './column-evidence.js';
import type { Discovery, ProposedCollection, ProposedField } from './discover.js';

/**
 * A discovery as a data-map fragment for a person to review: valid data-map YAML (so it can be
 * checked with `datamap validate` once merged), with the evidence for every annotation in comments
 * beside it. Retention is left commented out: which rule of the policy governs a collection is a
 * decision, not something values can show.
 */

/** A YAML key as written: plain when it is a simple name, else double-quoted. */
function key(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.-]*$/.test(name) ? name : JSON.stringify(name);
}

/** A comment stays one line whatever a masked example holds. */
function oneLine(text: string): string {
  return text.replace(/[\r\n]+/g, ' ');
}

function list(items: string[]): string {
  return `[${items.map(key).join(', ')}]`;
}

function fieldLine(f: ProposedField): string {
  const parts = [`type: ${f.type}`];
  if (f.categories.length > 0) parts.push(`categories: ${list(f.categories)}`);
  if (f.identity) parts.push(`identity: ${f.identity}`);
  if (f.references) {
    parts.push(
      `references: { collection: ${key(f.references.collection)}, field: ${key(f.references.field)}, origin: ${f.references.origin}${f.references.follow === false ? ', follow: false' : ''} }`,
    );
  }
  return `${key(f.name)}: { ${parts.join(', ')} }`;
}

function collectionLines(c: ProposedCollection): string[] {
  const out: string[] = [];
  const estimate = c.rowEstimate !== undefined ? `, about ${c.rowEstimate} rows` : '';
  out.push(`# ${c.sampled} rows sampled${estimate}`);
  out.push(`${key(c.name)}:`);
  if (c.kind !== 'table') out.push(`  kind: ${c.kind}`);
  if (c.primaryKey.length > 0) out.push(`  primaryKey: ${list(c.primaryKey)}`);
  const clock = c.clockCandidates[0];
  if (clock) {
    out.push(
      `  # retention clock candidates: ${c.clockCandidates.map((k) => `${k.field} (${k.type}, ${k.kind})`).join(', ')}`,
    );
    out.push(`  # retention: { rule: <a retention rule of the policy>, clock: ${key(clock.field)} }`);
  }
  out.push('  fields:');
  if (c.fields.length === 0) out.push('    {}');
  for (const f of c.fields) {
    if (f.evidence) out.push(`    # ${oneLine(describeEvidence(f.evidence))}`);
    if (f.references) out.push(`    # reference: ${oneLine(f.references.evidence)}`);
    for (const n of f.notes) out.push(`    # ${oneLine(n)}`);
    out.push(`    ${fieldLine(f)}`);
  }
  if (c.notPersonal.length > 0) out.push(`  # no personal data found in: ${c.notPersonal.join(', ')}`);
  return out;
}

/**
 * @example
 *   writeFileSync('proposal.yaml', proposalYaml(await discoverSystem(connector, policy)));
 */
export function proposalYaml(d: Discovery, now = new Date()): string {
  const lines = [
    `# Proposed by \`grondslag datamap discover ${d.system}\` on ${now.toISOString().slice(0, 10)}.`,
    '# Nothing here is applied: review every annotation, then merge what is right into the data map.',
    `# Evidence: PII types found in up to ${d.sampleSize} sampled rows per collection, examples masked.`,
    'version: 1',
    'systems:',
    `  ${key(d.system)}:`,
    '    collections:',
  ];
  if (d.collections.length === 0) lines.push('      {}');
  for (const c of d.collections) {
    for (const l of collectionLines(c)) lines.push(`      ${l}`);
  }
  return `${lines.join('\n')}\n`;
}
