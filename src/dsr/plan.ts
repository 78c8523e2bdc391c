import type { FieldType } from '../connectors/connector.js';
import {
  type CollectionRef,
  type Identity,
  planTraversal,
  referenceEdges,
  type StepMatch,
  type TraversalPlan,
  type TraversalStep,
} from '../datamap/graph.js';
import { type Datamap, type ErasureAction, erasureOf, type Field } from '../datamap/schema.js';
import { GrondslagError } from '../errors.js';
import type { PiiType, Policy } from '../policy/schema.js';
import {
  administrationRecords,
  collectionKey,
  type HoldRule,
  holdsForCollection,
  type KeepRule,
  LEGAL_HOLD_ARTICLE,
  TAX_RECORD_ARTICLE,
  taxKeepSince,
} from './keep-rules.js';
import type { RequestDetails, RequestType } from './request.js';

/**
 * The execution plan of a data-subject request: from the person's verified identities and the data
 * map, which systems and collections hold their rows, how each is reached, and what happens to each
 * field for this kind of request. Pure: the executor (src/dsr/execute.ts) reads the stores and acts.
 *
 * The plan is persisted as it was built when execution started, so a resumed execution carries on
 * with the same decisions even if the map changed meanwhile. It holds no identity values: the
 * identity matches name the field and kind, and the executor supplies the values.
 */

/** What execution does, by request type. */
export type ExecutionKind = 'access' | 'erasure' | 'rectification' | 'restriction';

export const executionKindOf: Record<Exclude<RequestType, 'unknown'>, ExecutionKind> = {
  access: 'access',
  portability: 'access',
  erasure: 'erasure',
  // Art. 8 with 17(1)(f): a child's data collected without consent ends in erasure once verified.
  minor_report: 'erasure',
  rectification: 'rectification',
  restriction: 'restriction',
  objection: 'restriction',
  withdraw_consent: 'restriction',
};

/** An operator that rewrites a field in place, when a row stays but its personal data must go. */
export interface FieldAnonymiser {
  field: string;
  action: Exclude<ErasureAction, 'delete_row'>;
  /** The type the operator treats the whole value as; absent for free text, where the PII engine finds what is in it. */
  piiType?: PiiType;
  options?: Record<string, string | number | boolean>;
  /** `datamap`: the map names the action; `default`: a personal field the map gives none (a row kept for a tax record). */
  source: 'datamap' | 'default';
  /** Free text: the operator applies to the personal data the PII engine finds in it, not to the whole. */
  prose?: boolean;
  /** The longest text the store's column takes (`varchar(16)`), when it has a limit. */
  maxLength?: number;
}

/** What happens to one field, for the plan page, `dsr show` and the certificate. */
export type FieldTreatment = 'read' | 'erase' | 'anonymise' | 'keep' | 'update' | 'unchanged';

export interface PlanField {
  field: string;
  categories: string[];
  identity?: string;
  /** The PII type of the whole value, for a field that holds one identifier (an e-mail column). */
  piiType?: PiiType;
  /** Free text that may hold anything (a support message): scanned, never taken as one identifier. */
  prose?: boolean;
  treatment: FieldTreatment;
  operator?: string;
}

/**
 * How a step finds the person's rows. `identity` matches name the field and kind; the executor
 * supplies the verified values. `reference` matches follow the data map's references. `derived`
 * matches use an identifier found in the person's own rows of an earlier step (the IP address of
 * their web sessions) for a field of the same identity kind that no reference reaches (the web
 * server's log lines, the other party of a call record).
 */
export type PlanMatch =
  | { via: 'identity'; field: string; kind: string }
  | Extract<StepMatch, { via: 'reference' }>
  | { via: 'derived'; field: string; kind: string; fromStep: number; fromField: string };

/** One system/collection of the plan. */
export interface PlanStep {
  /** Position in reading order; reference matches read values carried by earlier steps. */
  step: number;
  system: string;
  collection: string;
  kind: 'table' | 'view' | 'logfiles';
  primaryKey: string[];
  match: PlanMatch[];
  /** Fields whose values later steps match on. */
  carry: string[];
  /** Position in the order of acting (children before parents); null when nothing is changed. */
  actOrder: number | null;
  /** What happens to the rows found, before the exceptions in `keep`. */
  rows: 'read' | 'delete' | 'anonymise' | 'update' | 'restrict';
  /** Exceptions: rows matching a rule stay untouched and restricted. */
  keep: KeepRule[];
  /** Fields rewritten when a row is anonymised (by the map, or because a kept row points at it). */
  anonymise: FieldAnonymiser[];
  /** Rectification: which change of the request sets which field. */
  update: { field: string; change: number }[];
  fields: PlanField[];
  /** Foreign keys from this step's rows to another step's: a row that stays keeps what it points at. */
  parents: { field: string; step: number; parentField: string }[];
  /** A record of the administration (src/dsr/keep-rules.ts). */
  administration: boolean;
}

export interface RestrictionPlan {
  scope: 'processing' | 'direct_marketing' | 'consent';
  /** Policy purposes (activity ids) it is limited to; empty for all. */
  purposes: string[];
  article: string;
  reason: string;
}

export interface ExecutionPlan {
  version: 1;
  requestId: string;
  requestType: RequestType;
  kind: ExecutionKind;
  createdAt: string;
  /** Kinds of identity the traversal started from (never their values). */
  identityKinds: string[];
  steps: PlanStep[];
  /** Restriction, objection, consent withdrawal: the entry on the restriction list. */
  restriction?: RestrictionPlan;
  /** Art. 19: recipients (policy ids) with a contact, told about the rectification, erasure or restriction. */
  notify: string[];
  warnings: string[];
}

export interface PlanInput {
  requestId: string;
  details: RequestDetails;
  datamap: Datamap;
  policy: Policy;
  /** Verified identities in their lookup spellings (src/dsr/match-values.ts). */
  identities: Identity[];
  now: Date;
  /** Legal holds in force. */
  holds?: HoldRule[];
  /** Whether legal holds could be consulted at all (false until the retention module provides them). */
  holdsAvailable?: boolean;
  /** The fields of a collection as its store reports them, to choose a date field and safe default operators. */
  storeFields?: (ref: CollectionRef) => { name: string; type: FieldType; nativeType?: string }[] | undefined;
}

export const planErrorCodes = {
  nothingToExecute: 'DSR_PLAN_UNKNOWN_TYPE',
  rectificationTarget: 'DSR_RECTIFICATION_TARGET',
  noIdentity: 'DSR_PLAN_NO_IDENTITY',
} as const;

/**
 * Builds the plan.
 *
 * @example
 *   const plan = buildExecutionPlan({ requestId: 'dsr_…', details: { type: 'erasure' }, datamap, policy,
 *     identities: [{ kind: 'email', value: 'jan@example.nl' }], now: new Date() });
 *   plan.steps.map((s) => `${s.collection}: ${s.rows}`); // ['customers: anonymise', 'invoices: delete', …]
 */
export function buildExecutionPlan(input: PlanInput): ExecutionPlan {
  const { details, datamap, policy, now } = input;
  if (details.type === 'unknown') {
    throw new GrondslagError(planErrorCodes.nothingToExecute, 'a request without a type cannot be executed');
  }
  if (input.identities.length === 0) {
    throw new GrondslagError(
      planErrorCodes.noIdentity,
      'the request has no verified identity to look the person up by',
    );
  }
  const kind = executionKindOf[details.type];
  const traversal = withDerivedMatches(datamap, planTraversal(datamap, input.identities));
  const fieldType = (ref: CollectionRef, field: string) =>
    input.storeFields?.(ref)?.find((f) => f.name === field)?.type;
  const categoryTypes = new Map(policy.categories.map((c) => [c.id, c.piiTypes]));
  const admin = administrationRecords(datamap, policy, (f) => isProse(f, categoryTypes));
  const actOrder = new Map(traversal.erasure.map((e, i) => [e.step, i]));

  const keepSince = taxKeepSince(now);
  const warnings: string[] = [];
  if (kind === 'erasure' && input.holdsAvailable === false) {
    warnings.push(
      'legal holds could not be consulted (the retention module provides none yet); none were applied',
    );
  }

  // Foreign keys between steps of the plan: only references the store enforces constrain erasure.
  const stepOf = new Map(traversal.steps.map((s) => [collectionKey(s), s.index]));
  const fkParents = new Map<number, PlanStep['parents']>();
  for (const e of referenceEdges(datamap).edges) {
    if (e.origin !== 'foreign_key' || !e.follow) continue;
    const child = stepOf.get(collectionKey(e.child));
    const parent = stepOf.get(collectionKey(e.parent));
    if (child === undefined || parent === undefined || child === parent) continue;
    const list = fkParents.get(child) ?? [];
    list.push({ field: e.child.field, step: parent, parentField: e.parent.field });
    fkParents.set(child, list);
  }

  const steps = traversal.steps.map((t): PlanStep => {
    const ref = { system: t.system, collection: t.collection };
    const col = datamap.systems[t.system]!.collections[t.collection]!;
    const isAdmin = admin.has(collectionKey(ref));
    // Keys stay as they are: the primary key, the foreign keys, and what the store's foreign keys
    // point at. (Declared references are not enforced by the store, so they bind nothing.)
    const keyFields = new Set([
      ...t.primaryKey,
      ...Object.entries(col.fields)
        .filter(([, f]) => f.references?.origin === 'foreign_key')
        .map(([n]) => n),
      ...referencedFields(datamap, ref),
    ]);
    const anonymise = anonymisersFor(col.fields, keyFields, categoryTypes, (f) => fieldType(ref, f));
    for (const a of anonymise) {
      if (isProse(col.fields[a.field]!, categoryTypes)) a.prose = true;
      const limit = lengthLimit(input.storeFields?.(ref)?.find((f) => f.name === a.field)?.nativeType);
      if (limit !== undefined) a.maxLength = limit;
    }
    const step: PlanStep = {
      step: t.index,
      system: t.system,
      collection: t.collection,
      kind: col.kind,
      primaryKey: [...t.primaryKey],
      match: [
        ...t.match.map(
          (m): PlanMatch => (m.via === 'identity' ? { via: m.via, field: m.field, kind: m.kind } : m),
        ),
        ...(traversal.derived.get(t.index) ?? []),
      ],
      carry: [...t.carry],
      actOrder: null,
      rows: 'read',
      keep: [],
      anonymise,
      update: [],
      fields: [],
      parents: fkParents.get(t.index) ?? [],
      administration: isAdmin,
    };

    if (kind === 'erasure') {
      step.rows = erasureModeOf(col);
      step.actOrder = actOrder.get(t.index) ?? null;
      for (const holdId of holdsForCollection(input.holds ?? [], datamap, policy, ref)) {
        step.keep.push({ reason: 'legal_hold', article: LEGAL_HOLD_ARTICLE, holdId });
      }
      if (isAdmin) {
        const dateField = taxDateField(col, input.storeFields?.(ref) ?? []);
        if (dateField) {
          step.keep.push({ reason: 'tax_record', article: TAX_RECORD_ARTICLE, dateField, keepSince });
        } else {
          step.keep.push({ reason: 'tax_record', article: TAX_RECORD_ARTICLE });
          warnings.push(
            `${t.system}.${t.collection} is a tax record without a date field: all of its rows are kept`,
          );
        }
      }
    } else if (kind === 'restriction') {
      step.rows = 'restrict';
    }
    step.fields = Object.entries(col.fields).map(([name, f]) =>
      planField(name, f, step, kind, categoryTypes),
    );
    return step;
  });

  if (kind === 'rectification' && details.type === 'rectification') {
    assignRectification(steps, details.changes, policy);
    for (const s of steps) {
      if (s.update.length === 0) continue;
      s.rows = 'update';
      s.actOrder = actOrder.get(s.step) ?? null;
      for (const f of s.fields) if (s.update.some((u) => u.field === f.field)) f.treatment = 'update';
    }
  }

  return {
    version: 1,
    requestId: input.requestId,
    requestType: details.type,
    kind,
    createdAt: now.toISOString(),
    identityKinds: [...new Set(input.identities.map((i) => i.kind))],
    steps,
    restriction: restrictionFor(details, policy),
    notify: kind === 'access' ? [] : art19Recipients(policy, steps),
    warnings,
  };
}

/** Fields of `ref` that foreign keys of other collections point at: they must keep their values. */
function referencedFields(map: Datamap, ref: CollectionRef): string[] {
  return referenceEdges(map)
    .edges.filter(
      (e) =>
        e.origin === 'foreign_key' &&
        e.parent.system === ref.system &&
        e.parent.collection === ref.collection,
    )
    .map((e) => e.parent.field);
}

function planField(
  name: string,
  f: Field,
  step: PlanStep,
  kind: ExecutionKind,
  categoryTypes: Map<string, PiiType[]>,
): PlanField {
  const out: PlanField = { field: name, categories: [...f.categories], treatment: 'unchanged' };
  if (f.identity) out.identity = f.identity;
  const piiType = piiTypeOf(f, categoryTypes);
  if (piiType) out.piiType = piiType;
  if (isProse(f, categoryTypes)) out.prose = true;
  const personal = f.categories.length > 0 || f.identity !== undefined;
  if (kind === 'access') out.treatment = personal ? 'read' : 'unchanged';
  else if (kind === 'restriction') out.treatment = personal ? 'keep' : 'unchanged';
  else if (kind === 'erasure') {
    const a = step.anonymise.find((x) => x.field === name);
    if (step.rows === 'delete') out.treatment = 'erase';
    else if (a && (a.source === 'datamap' || personal)) {
      out.treatment = 'anonymise';
      out.operator = a.action;
    }
  }
  return out;
}

/**
 * The operators that remove a row's personal data while the row stays. The map's own actions come
 * first; a personal field it gives none gets a default that the store accepts: a keyed hash for
 * identifiers (unique indexes stay unique), masking for other text, NULL for other types. Keys and
 * fields other collections point at are never rewritten: that would break the references.
 */
function anonymisersFor(
  fields: Record<string, Field>,
  keyFields: Set<string>,
  categoryTypes: Map<string, PiiType[]>,
  fieldType: (field: string) => FieldType | undefined,
): FieldAnonymiser[] {
  const out: FieldAnonymiser[] = [];
  for (const [name, f] of Object.entries(fields)) {
    if (keyFields.has(name)) continue;
    const piiType = piiTypeOf(f, categoryTypes);
    const mapped = erasureOf(f);
    if (mapped && mapped.action !== 'delete_row') {
      const a: FieldAnonymiser = { field: name, action: mapped.action, source: 'datamap' };
      if (piiType) a.piiType = piiType;
      if (mapped.options) a.options = mapped.options;
      out.push(a);
      continue;
    }
    if (f.categories.length === 0 && f.identity === undefined) continue;
    const type = f.type ?? fieldType(name);
    const isText = type === undefined || type === 'text';
    const action: FieldAnonymiser['action'] = !isText
      ? 'nullify'
      : f.identity !== undefined
        ? 'hmac'
        : 'mask';
    const a: FieldAnonymiser = { field: name, action, source: 'default' };
    if (piiType) a.piiType = piiType;
    out.push(a);
  }
  return out;
}

const identityPiiType: Record<string, PiiType | undefined> = {
  email: 'email',
  phone: 'phone',
  ip_address: 'ip_address',
  iban: 'iban',
};

/** The length limit of a text column type such as `varchar(16)` or `character varying(200)`. */
function lengthLimit(nativeType: string | undefined): number | undefined {
  const m = nativeType && /^(?:var)?char(?:acter)?(?: varying)?\((\d+)\)/i.exec(nativeType.trim());
  return m ? Number(m[1]) : undefined;
}

/**
 * Free text: a text field whose categories say it may hold several kinds of personal data, or kinds
 * the PII engine has no single type for ("other data you provide"). A date of birth filed under
 * "provided" is not prose: only text is.
 */
function isProse(f: Field, categoryTypes: Map<string, PiiType[]>): boolean {
  if (f.identity || f.categories.length === 0) return false;
  if (f.type !== undefined && f.type !== 'text') return false;
  const typed = f.categories.filter((c) => (categoryTypes.get(c) ?? []).length > 0);
  const untyped = f.categories.length - typed.length;
  const distinct = new Set(typed.map((c) => categoryTypes.get(c)!.join(',')));
  if (distinct.size > 1) return true;
  return untyped > 0 && (typed.length > 0 || f.type === 'text');
}

/**
 * The PII type of a whole field: from its identity kind, else the type of its categories. None for
 * prose, whose personal data the engine finds inside the text.
 */
function piiTypeOf(f: Field, categoryTypes: Map<string, PiiType[]>): PiiType | undefined {
  if (f.identity && identityPiiType[f.identity]) return identityPiiType[f.identity];
  if (isProse(f, categoryTypes)) return undefined;
  for (const c of f.categories) {
    const t = categoryTypes.get(c)?.[0];
    if (t) return t;
  }
  return undefined;
}

/**
 * The date a tax record belongs to: its retention clock when that is its own field, else its first
 * date field in the map, else in the store (an invoice's issue date).
 */
function taxDateField(
  col: Datamap['systems'][string]['collections'][string],
  storeFields: { name: string; type: FieldType }[],
): string | undefined {
  const clock = col.retention?.clock;
  if (typeof clock === 'string') return clock;
  const isDate = (t: FieldType | undefined) => t === 'date' || t === 'timestamp';
  for (const [name, f] of Object.entries(col.fields)) if (isDate(f.type)) return name;
  return storeFields.find((f) => isDate(f.type))?.name;
}

/**
 * Adds `derived` matches to a traversal: a field of an identity kind that no identity or reference
 * of the person reaches is matched against the values of the same kind in the person's rows of an
 * earlier step. Collections the traversal does not reach at all (log files keyed by IP address)
 * become new steps at the end; they have no references, so erasing them first is as good as last.
 * Only earlier steps are sources, so the reading order still holds.
 *
 * @example
 *   // web_sessions.ip_address (reached through customers) → access.log.remote_addr
 */
/**
 * What erasure does to a collection's rows by the map alone: delete them when a field says
 * `delete_row` or no field names an action, else rewrite the fields that name one. Whether a row
 * must stay because a kept row points at it is decided row by row at execution (src/dsr/execute.ts),
 * not for the whole collection.
 */
function erasureModeOf(col: Datamap['systems'][string]['collections'][string]): 'delete' | 'anonymise' {
  const actions = Object.values(col.fields).flatMap((f) => {
    const e = erasureOf(f);
    return e ? [e.action] : [];
  });
  return actions.length === 0 || actions.includes('delete_row') ? 'delete' : 'anonymise';
}

function withDerivedMatches(
  map: Datamap,
  t: TraversalPlan,
): TraversalPlan & { derived: Map<number, PlanMatch[]> } {
  const steps = t.steps.map((s) => ({ ...s, match: [...s.match], carry: [...s.carry] }));
  const derived = new Map<number, PlanMatch[]>();
  const inPlan = new Set(steps.map((s) => collectionKey(s)));
  const identityFields = (ref: CollectionRef) =>
    Object.entries(map.systems[ref.system]!.collections[ref.collection]!.fields).filter(
      ([, f]) => f.identity,
    );
  const sourcesBefore = (index: number, kind: string) =>
    steps
      .filter((s) => s.index < index)
      .flatMap((s) =>
        identityFields(s)
          .filter(([, f]) => f.identity === kind)
          .map(([field]) => ({ step: s, field })),
      );
  const erasure = [...t.erasure];
  for (const [system, sys] of Object.entries(map.systems)) {
    for (const [collection, col] of Object.entries(sys.collections)) {
      if (inPlan.has(collectionKey({ system, collection }))) continue;
      if (!Object.values(col.fields).some((f) => f.identity)) continue;
      const index = steps.length;
      const step: TraversalStep = {
        system,
        collection,
        index,
        match: [],
        carry: [],
        primaryKey: [...col.primaryKey],
      };
      const hasSource = identityFields(step).some(([, f]) => sourcesBefore(index, f.identity!).length > 0);
      if (!hasSource) continue;
      steps.push(step);
      erasure.push({ system, collection, step: index, mode: 'delete' });
    }
  }
  for (const s of steps) {
    for (const [field, f] of identityFields(s)) {
      if (s.match.some((m) => m.field === field)) continue;
      for (const src of sourcesBefore(s.index, f.identity!)) {
        const list = derived.get(s.index) ?? [];
        list.push({
          via: 'derived',
          field,
          kind: f.identity!,
          fromStep: src.step.index,
          fromField: src.field,
        });
        derived.set(s.index, list);
        if (!src.step.carry.includes(src.field)) src.step.carry.push(src.field);
      }
    }
  }
  return { identities: t.identities, steps, erasure, derived };
}

/**
 * Resolves each change of a rectification to the fields it sets. A change names a field as
 * `system.collection.field`, `collection.field` or a bare field name, or a data category by its
 * policy id or Fideslang key when exactly one field per collection carries it. Anything else is an
 * input error: correcting the wrong field is worse than asking.
 */
function assignRectification(steps: PlanStep[], changes: { field: string }[], policy: Policy): void {
  changes.forEach((change, i) => {
    const target = change.field.trim();
    const parts = target.split('.');
    let hits: { step: PlanStep; field: string }[] = [];
    for (const s of steps) {
      for (const f of s.fields) {
        const names = [f.field, `${s.collection}.${f.field}`, `${s.system}.${s.collection}.${f.field}`];
        if (names.includes(target)) hits.push({ step: s, field: f.field });
      }
    }
    if (hits.length === 0 && parts.length >= 1) {
      const category = policy.categories.find((c) => c.id === target || c.fides === target);
      if (category) {
        for (const s of steps) {
          const carrying = s.fields.filter((f) => f.categories.includes(category.id));
          if (carrying.length > 1) {
            throw new GrondslagError(
              planErrorCodes.rectificationTarget,
              `change ${i + 1}: "${target}" is held by several fields of ${s.system}.${s.collection} (${carrying.map((f) => f.field).join(', ')}); name the field`,
            );
          }
          if (carrying.length === 1) hits.push({ step: s, field: carrying[0]!.field });
        }
      }
    }
    hits = hits.filter((h) => !h.step.primaryKey.includes(h.field));
    if (hits.length === 0) {
      throw new GrondslagError(
        planErrorCodes.rectificationTarget,
        `change ${i + 1}: "${target}" is not a field of the person's data in the data map`,
      );
    }
    for (const h of hits) h.step.update.push({ field: h.field, change: i });
  });
}

function restrictionFor(details: RequestDetails, policy: Policy): RestrictionPlan | undefined {
  switch (details.type) {
    case 'restriction':
      return { scope: 'processing', purposes: [], article: 'GDPR Art. 18(1)', reason: 'restriction_request' };
    case 'objection':
      if (details.ground === 'direct_marketing') {
        const marketing = policy.activities.filter((a) => a.directMarketing).map((a) => a.id);
        return {
          scope: 'direct_marketing',
          purposes: details.purposes.length > 0 ? [...details.purposes] : marketing,
          article: 'GDPR Art. 21(3)',
          reason: 'objection_direct_marketing',
        };
      }
      return {
        scope: 'processing',
        purposes: [...details.purposes],
        article: 'GDPR Art. 21(1)',
        reason: 'objection_upheld',
      };
    case 'withdraw_consent': {
      const consent = policy.activities.filter((a) => a.legalBasis === 'consent').map((a) => a.id);
      return {
        scope: 'consent',
        purposes: details.purposes.length > 0 ? [...details.purposes] : consent,
        article: 'GDPR Art. 7(3)',
        reason: 'consent_withdrawn',
      };
    }
    default:
      return undefined;
  }
}

/**
 * Art. 19: the recipients to tell. Those of the policy's register that have a contact and receive
 * data from an activity that processes a category the person's rows hold.
 */
function art19Recipients(policy: Policy, steps: PlanStep[]): string[] {
  const held = new Set(steps.flatMap((s) => s.fields.flatMap((f) => f.categories)));
  const ids = new Set<string>();
  for (const a of policy.activities) {
    if (a.recipients === 'unstated') continue;
    if (!a.categories.some((c) => held.has(c))) continue;
    for (const r of a.recipients) ids.add(r);
  }
  return policy.recipients.filter((r) => r.contact !== undefined && ids.has(r.id)).map((r) => r.id);
}
