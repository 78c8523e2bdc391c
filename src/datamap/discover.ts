import type { CollectionInfo, Connector, FieldInfo, FieldType, Row } from '../connectors/connector.js';
import type { Policy } from '../policy/schema.js';
import { type ColumnEvidence, columnEvidence, isPersonal } from './column-evidence.js';
import type { IdentityKind } from './schema.js';

/**
 * Discovery: looks at a store Grondslag has never seen and proposes the data-map annotations a person
 * would otherwise write by hand — categories, identity fields, references, retention clocks — each
 * with the evidence it rests on. It only reads (introspection, a bounded sample per collection, one
 * set-based lookup per candidate reference) and applies nothing: the result is a proposal to review.
 */

export const DEFAULT_DISCOVERY_SAMPLE = 200;
/** A column without a foreign key references another when this share of its sampled values is found there. */
const MIN_REFERENCE_OVERLAP = 0.5;

export interface ProposedReference {
  collection: string;
  field: string;
  origin: 'foreign_key' | 'declared';
  /** Why: the foreign key's name, or the share of sampled values found in the target. */
  evidence: string;
  /** `false` for a reference to the collection itself (a manager's id): traversal must not loop on it. */
  follow?: false;
}

export interface ProposedField {
  name: string;
  type: FieldType;
  categories: string[];
  identity?: IdentityKind;
  references?: ProposedReference;
  /** Why the field is in the proposal: personal data, a key, a link, a clock. */
  roles: ('personal' | 'identity' | 'primary_key' | 'reference' | 'referenced' | 'clock')[];
  /** PII found in the sampled values; absent for fields that were not profiled. */
  evidence?: ColumnEvidence;
  /** Remarks for the reviewer (alternative categories, PII no category lists, how an identity was inferred). */
  notes: string[];
}

export interface ClockCandidate {
  field: string;
  type: FieldType;
  /** `end`: the end of a relationship (what retention periods usually run from); `event`; `created`. */
  kind: 'end' | 'event' | 'created';
}

export interface ProposedCollection {
  name: string;
  kind: CollectionInfo['kind'];
  primaryKey: string[];
  rowEstimate?: number;
  /** Rows sampled. */
  sampled: number;
  /** Fields to declare, in the store's column order. */
  fields: ProposedField[];
  /** Best first. */
  clockCandidates: ClockCandidate[];
  /** Profiled columns in which no personal data was found: they get no annotations. */
  notPersonal: string[];
}

export interface Discovery {
  system: string;
  type: Connector['type'];
  sampleSize: number;
  collections: ProposedCollection[];
}

export interface DiscoverOptions {
  /** Rows sampled per collection (default 200). */
  sample?: number;
}

/**
 * @example
 *   const d = await discoverSystem(connector, policy, { sample: 200 });
 *   d.collections.find((c) => c.name === 'customers')?.fields.find((f) => f.name === 'email');
 *   // { categories: ['email'], identity: 'email', evidence: { … }, … }
 */
export async function discoverSystem(
  connector: Connector,
  policy: Policy,
  options: DiscoverOptions = {},
): Promise<Discovery> {
  const sampleSize = options.sample ?? DEFAULT_DISCOVERY_SAMPLE;
  const info = await connector.introspect({ refresh: true });
  const sampled = new Map<string, { info: CollectionInfo; rows: Row[]; evidence: ColumnEvidence[] }>();
  for (const c of info.collections) {
    const rows = await connector.sample(c.name, { limit: sampleSize });
    sampled.set(c.name, { info: c, rows, evidence: columnEvidence(rows, c.fields, policy) });
  }
  const proposals = [...sampled.values()].map(({ info: c, rows, evidence }) =>
    proposeCollection(c, rows.length, evidence, info.collections),
  );
  await proposeDeclaredReferences(connector, proposals, sampled);
  return { system: info.system, type: info.type, sampleSize, collections: proposals };
}

/** Fields other collections' foreign keys point at, as `collection.field` → the referring fields. */
function referencedFields(all: CollectionInfo[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const c of all) {
    for (const fk of c.foreignKeys) {
      if (fk.fields.length !== 1) continue;
      const key = `${fk.references.collection}.${fk.references.fields[0]}`;
      out.set(key, [...(out.get(key) ?? []), `${c.name}.${fk.fields[0]}`]);
    }
  }
  return out;
}

/** A column naming a customer number (`customer_number`, `klantnummer`, `client_no`). */
const customerNumberName =
  /^(customer|klant|client|member|lid|account|relatie|debiteur)[_ -]?(number|nummer|nr|no|num|code|id)$/i;

function proposeCollection(
  c: CollectionInfo,
  sampled: number,
  evidence: ColumnEvidence[],
  all: CollectionInfo[],
): ProposedCollection {
  const byField = new Map(evidence.map((e) => [e.field, e]));
  const referenced = referencedFields(all);
  const clocks = clockCandidates(c.fields);
  const personal = evidence.some((e) => isPersonal(e));
  // The collection of people itself: others point at it, and its rows carry a contact identity.
  const holdsPeople = personal && evidence.some((e) => e.identity === 'email' || e.identity === 'phone');
  const fields: ProposedField[] = [];
  const notPersonal: string[] = [];

  for (const f of c.fields) {
    const e = byField.get(f.name);
    const p: ProposedField = { name: f.name, type: f.type, categories: [], roles: [], notes: [] };
    if (e && isPersonal(e)) {
      p.evidence = e;
      p.categories = e.categories;
      p.roles.push('personal');
      if (e.alternativeCategories.length > 0)
        p.notes.push(`also listed by: ${e.alternativeCategories.join(', ')} — pick what this column is for`);
      if (e.uncategorisedTypes.length > 0)
        p.notes.push(
          `${e.uncategorisedTypes.join(', ')} found, but no category of the policy lists it: add one to the policy or choose a category`,
        );
    } else if (e) notPersonal.push(f.name);
    if (e?.identity) {
      p.identity = e.identity;
      p.roles.push('identity');
    }
    if (c.primaryKey.includes(f.name)) p.roles.push('primary_key');
    const referrers = referenced.get(`${c.name}.${f.name}`);
    if (referrers) {
      p.roles.push('referenced');
      if (holdsPeople && c.primaryKey.length === 1 && c.primaryKey[0] === f.name && !p.identity) {
        p.identity = 'customer_id';
        p.roles.push('identity');
        p.notes.push(`customer id: the key of a collection of people, referenced by ${referrers.join(', ')}`);
      }
    }
    if (holdsPeople && f.type === 'text' && customerNumberName.test(f.name) && !p.identity) {
      p.identity = 'customer_id';
      p.roles.push('identity');
      p.notes.push('customer id: a customer number of a collection of people (by its name)');
    }
    const fk = c.foreignKeys.find((k) => k.fields.length === 1 && k.fields[0] === f.name);
    if (fk) {
      p.references = {
        collection: fk.references.collection,
        field: fk.references.fields[0]!,
        origin: 'foreign_key',
        evidence: fk.name ? `foreign key ${fk.name}` : 'foreign key',
      };
      if (fk.references.collection === c.name) p.references.follow = false;
      p.roles.push('reference');
    }
    if (clocks.some((k) => k.field === f.name)) p.roles.push('clock');
    if (p.roles.length > 0) fields.push(p);
  }
  return {
    name: c.name,
    kind: c.kind,
    primaryKey: c.primaryKey,
    rowEstimate: c.rowEstimate,
    sampled,
    fields,
    clockCandidates: clocks,
    notPersonal: notPersonal.filter((n) => !fields.some((f) => f.name === n)),
  };
}

const endName =
  /(end|ended|closed|terminated|cancel+ed|expire[sd]?|until|opgezegd|beeindigd|beëindigd|einde|afgesloten)/i;
const createdName = /(created|inserted|registered|aangemaakt|geregistreerd|signed_?up)/i;
const eventName =
  /(start|started|recorded|sent|paid|issued|opened|seen|logged|visited|time|day|date|datum|at$|_on$)/i;

/**
 * Date and time fields that could start a retention clock, best first: the end of a relationship
 * (contract_end, closed_at) is what retention periods usually run from, then the time of an event
 * (a call, a payment), then when the row was created. A date of birth starts no clock.
 */
export function clockCandidates(fields: FieldInfo[]): ClockCandidate[] {
  const out: ClockCandidate[] = [];
  for (const f of fields) {
    if (f.type !== 'date' && f.type !== 'timestamp') continue;
    if (/birth|geboorte/i.test(f.name)) continue;
    const kind = endName.test(f.name)
      ? 'end'
      : createdName.test(f.name)
        ? 'created'
        : eventName.test(f.name)
          ? 'event'
          : undefined;
    if (kind) out.push({ field: f.name, type: f.type, kind });
  }
  const rank = { end: 0, event: 1, created: 2 } as const;
  return out.sort((a, b) => rank[a.kind] - rank[b.kind]);
}

/**
 * References no foreign key declares: a collection linked to nothing (call records keyed by phone
 * number) whose identity column's sampled values are found in an identity column of the same kind
 * in a linked collection (the contacts' phone numbers). One set-based lookup per candidate pair.
 */
async function proposeDeclaredReferences(
  connector: Connector,
  proposals: ProposedCollection[],
  sampled: Map<string, { info: CollectionInfo; rows: Row[] }>,
): Promise<void> {
  const linked = new Set<string>();
  for (const { info } of sampled.values()) {
    if (info.foreignKeys.length === 0) continue;
    linked.add(info.name);
    for (const fk of info.foreignKeys) linked.add(fk.references.collection);
  }
  const targets = proposals
    .filter((c) => linked.has(c.name) && c.kind !== 'logfiles')
    .flatMap((c) =>
      c.fields.filter((f) => f.identity && f.identity !== 'customer_id').map((f) => ({ c, f })),
    );

  for (const source of proposals) {
    if (linked.has(source.name)) continue;
    const rows = sampled.get(source.name)?.rows ?? [];
    for (const f of source.fields) {
      if (!f.identity || f.references) continue;
      const values = [
        ...new Set(rows.map((r) => r[f.name]).filter((v) => typeof v === 'string' && v !== '')),
      ];
      if (values.length === 0) continue;
      let best: { c: ProposedCollection; f: ProposedField; found: number } | undefined;
      for (const t of targets) {
        if (t.f.identity !== f.identity || t.c.name === source.name) continue;
        const found = new Set<unknown>();
        for await (const batch of connector.findRows(
          t.c.name,
          { field: t.f.name, values },
          { fields: [t.f.name] },
        ))
          for (const r of batch) found.add(r[t.f.name]);
        if (!best || found.size > best.found) best = { c: t.c, f: t.f, found: found.size };
      }
      if (!best || best.found / values.length < MIN_REFERENCE_OVERLAP) continue;
      f.references = {
        collection: best.c.name,
        field: best.f.name,
        origin: 'declared',
        evidence: `${best.found} of ${values.length} distinct sampled values (${Math.round((100 * best.found) / values.length)}%) found in ${best.c.name}.${best.f.name}; no foreign key`,
      };
      f.roles.push('reference');
      if (!best.f.roles.includes('referenced')) best.f.roles.push('referenced');
    }
  }
}
