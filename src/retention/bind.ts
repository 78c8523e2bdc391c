import type { ClockHop } from '../connectors/connector.js';
import { referencePath } from '../datamap/graph.js';
import {
  type Datamap,
  type ErasureAction,
  erasureOf,
  type Field,
  type IdentityKind,
} from '../datamap/schema.js';
import { type CalendarDuration, minDays, parseDuration } from '../policy/duration.js';
import type { Category, PiiType, Policy, RetentionRule } from '../policy/schema.js';

/**
 * Binds the policy's retention rules through the data map to the data they govern: for each
 * collection the map puts under a rule, the field that starts the clock (in the collection itself,
 * or reached through references), and what the sweep does to a due row. Pure: no store is touched.
 *
 * It also reports what cannot be enforced — categories no bound rule governs, rules bound to nothing,
 * anonymisation that would not anonymise — so that the linter and `datamap check` can fail on it.
 */

/** The tax period for records of the administration (AWR art. 52, BW 2:10): seven years. */
export const TAX_PERIOD: CalendarDuration = { years: 7, months: 0, weeks: 0, days: 0 };

/** How a field of a due row is rewritten by an anonymising rule. */
export interface AnonymisedField {
  field: string;
  /** `nullify` sets NULL; the others are the PII engine's operators. */
  operator: 'nullify' | 'mask' | 'tag' | 'truncate' | 'drop';
  /** The PII type the operator treats the value as (for `tag` and `truncate`). */
  piiType: PiiType;
}

export type RetentionAction = { mode: 'delete' } | { mode: 'anonymise'; fields: AnonymisedField[] };

/** Where a collection's retention clock is read. */
export interface ClockBinding {
  /** The collection holding the clock field: the bound collection itself when `path` is empty. */
  collection: string;
  field: string;
  /** References from the bound collection to `collection`, one hop each. */
  path: ClockHop[];
}

/** One collection under one rule: what the sweep needs to act on it. */
export interface CollectionBinding {
  /** `system.collection`: stable id of the binding (run steps and plans are keyed by it). */
  key: string;
  rule: string;
  system: string;
  collection: string;
  kind: 'table' | 'view' | 'logfiles';
  primaryKey: string[];
  clock: ClockBinding;
  action: RetentionAction;
  /** Fields that identify a person, for legal holds and restrictions. */
  identities: { field: string; kind: IdentityKind }[];
  /** Policy categories the collection's fields carry. */
  categories: string[];
  /**
   * Carries a category the tax law requires to be kept (AWR art. 52): the sweep never removes such
   * rows before seven years on their clock, whatever the rule says.
   */
  administrationRecord: boolean;
  /** Whether a legal hold may keep these rows past the period (the rule's `legalHoldExtends`). */
  holdable: boolean;
  /**
   * Foreign keys of other collections pointing at this one. Before due rows are deleted, rows that
   * still point at them (a web session younger than its own period, of a customer whose seven years
   * are up) are unlinked — the key set to NULL — so the delete breaks no constraint and the customer
   * is not kept past the promise because of someone else's row.
   */
  unlinks: Unlink[];
}

/** A foreign key into a bound collection: `collection.field` references this collection's `to`. */
export interface Unlink {
  collection: string;
  field: string;
  to: string;
}

export interface RuleBinding {
  rule: RetentionRule;
  period: CalendarDuration;
  collections: CollectionBinding[];
}

export type RetentionFindingCode =
  | 'RETENTION_RULE_UNBOUND'
  | 'RETENTION_CATEGORY_UNBOUND'
  | 'RETENTION_UNKNOWN_RULE'
  | 'RETENTION_CLOCK_UNREACHABLE'
  | 'RETENTION_CLOCK_IN_SWEPT_CHILDREN'
  | 'RETENTION_LOGFILE_CLOCK'
  | 'RETENTION_NOTHING_TO_ANONYMISE'
  | 'RETENTION_KEY_NOT_ANONYMISABLE'
  | 'RETENTION_PSEUDONYMISING_OPERATOR'
  | 'RETENTION_TAX_PERIOD';

export interface RetentionFinding {
  code: RetentionFindingCode;
  severity: 'error' | 'warning';
  message: string;
  rule?: string;
  category?: string;
  system?: string;
  collection?: string;
  field?: string;
}

export interface RetentionBindings {
  rules: RuleBinding[];
  /**
   * Every bound collection in the order a sweep visits them: within a system a collection comes
   * before the collections it references (children before parents), so deleting a customer's
   * contacts precedes deleting the customer and no foreign key is broken on the way.
   */
  sweepOrder: CollectionBinding[];
  /** Policy categories that no rule bound to a collection governs, with the collections carrying them. */
  unboundCategories: { category: string; carriedBy: string[] }[];
  /** Ids of rules that no collection of the data map is bound to. */
  unboundRules: string[];
  findings: RetentionFinding[];
}

/**
 * @example
 *   const b = bindRetention(policy, datamap);
 *   b.rules.find((r) => r.rule.id === 'telecom_traffic')?.collections.map((c) => c.key);
 *   // ['cloudaware.call_records', 'cloudaware.location_records']
 *   b.findings.filter((f) => f.severity === 'error'); // what makes the sweep refuse to run
 */
export function bindRetention(policy: Policy, datamap: Datamap): RetentionBindings {
  const findings: RetentionFinding[] = [];
  const categoryById = new Map(policy.categories.map((c) => [c.id, c]));
  const ruleById = new Map(policy.retention.map((r) => [r.id, r]));
  const bound = new Map<string, CollectionBinding[]>(policy.retention.map((r) => [r.id, []]));
  const carriers = new Map<string, string[]>();
  const all: CollectionBinding[] = [];

  for (const [system, sys] of Object.entries(datamap.systems)) {
    for (const [collection, col] of Object.entries(sys.collections)) {
      const key = `${system}.${collection}`;
      const categories = [...new Set(Object.values(col.fields).flatMap((f) => f.categories))];
      for (const c of categories) carriers.set(c, [...(carriers.get(c) ?? []), key]);
      const r = col.retention;
      if (!r) continue;
      const rule = ruleById.get(r.rule);
      const where = { rule: r.rule, system, collection };
      if (!rule) {
        findings.push({
          code: 'RETENTION_UNKNOWN_RULE',
          severity: 'error',
          message: `${key} is bound to "${r.rule}", which is not a retention rule of the policy`,
          ...where,
        });
        continue;
      }
      const clock = bindClock(datamap, system, collection, r.clock);
      if (!clock) {
        findings.push({
          code: 'RETENTION_CLOCK_UNREACHABLE',
          severity: 'error',
          message: `no chain of references leads from ${key} to its clock's collection`,
          ...where,
        });
        continue;
      }
      if (col.kind === 'logfiles' && (clock.path.length > 0 || clock.field !== 'time')) {
        findings.push({
          code: 'RETENTION_LOGFILE_CLOCK',
          severity: 'error',
          message: `${key} is a set of log files: its clock is the time of each line ("time")`,
          ...where,
        });
        continue;
      }
      const administrationRecord = categories.some((c) => categoryById.get(c)?.administrationRecord);
      const action = bindAction(rule, key, col.fields, col.primaryKey, categoryById, findings, where);
      const binding: CollectionBinding = {
        key,
        rule: rule.id,
        system,
        collection,
        kind: col.kind,
        primaryKey: [...col.primaryKey],
        clock,
        action,
        identities: Object.entries(col.fields).flatMap(([field, f]) =>
          f.identity ? [{ field, kind: f.identity }] : [],
        ),
        categories,
        administrationRecord,
        holdable: rule.legalHoldExtends,
        unlinks: unlinksInto(datamap, system, collection),
      };
      const period = parseDuration(rule.period);
      if (
        administrationRecord &&
        action.mode === 'delete' &&
        period &&
        minDays(period) < minDays(TAX_PERIOD)
      ) {
        findings.push({
          code: 'RETENTION_TAX_PERIOD',
          severity: 'warning',
          message: `${key} holds records of the administration, which the tax law keeps seven years (AWR art. 52); "${rule.id}" says ${rule.period}, so the sweep keeps them until seven years have passed`,
          ...where,
        });
      }
      bound.get(rule.id)!.push(binding);
      all.push(binding);
    }
  }

  // A clock read from child rows that the sweep itself deletes first (children before parents) would
  // vanish with them, and the parent would never come due: refuse it.
  const swept = new Set(all.map((b) => b.key));
  for (const b of all) {
    let at = b.collection;
    for (const hop of b.clock.path) {
      if (hop.direction === 'parent_to_child' && swept.has(`${b.system}.${hop.collection}`)) {
        findings.push({
          code: 'RETENTION_CLOCK_IN_SWEPT_CHILDREN',
          severity: 'error',
          message: `${b.key} takes its clock from ${hop.collection}, whose rows the sweep removes before ${at}'s (children first); keep the clock on ${b.collection} itself (e.g. a closed_at date)`,
          rule: b.rule,
          system: b.system,
          collection: b.collection,
        });
        break;
      }
      at = hop.collection;
    }
  }

  const unboundRules = policy.retention.filter((r) => bound.get(r.id)!.length === 0).map((r) => r.id);
  for (const id of unboundRules) {
    findings.push({
      code: 'RETENTION_RULE_UNBOUND',
      severity: 'warning',
      message: `retention rule "${id}" is bound to no collection of the data map: nothing enforces it`,
      rule: id,
    });
  }

  // A category is governed when some rule listing it is bound to a collection.
  const governed = new Set(
    policy.retention.filter((r) => bound.get(r.id)!.length > 0).flatMap((r) => r.categories),
  );
  const unboundCategories = policy.categories
    .filter((c) => !governed.has(c.id))
    .map((c) => ({ category: c.id, carriedBy: carriers.get(c.id) ?? [] }));
  for (const u of unboundCategories) {
    const listed = policy.retention.some((r) => r.categories.includes(u.category));
    findings.push({
      code: 'RETENTION_CATEGORY_UNBOUND',
      severity: 'warning',
      message: listed
        ? `category "${u.category}" is governed by no bound rule: the rules listing it are bound to no collection${u.carriedBy.length > 0 ? ` (it is held in ${u.carriedBy.join(', ')})` : ''}`
        : `category "${u.category}" is listed by no retention rule${u.carriedBy.length > 0 ? ` (it is held in ${u.carriedBy.join(', ')})` : ''}`,
      category: u.category,
    });
  }

  return {
    rules: policy.retention.map((rule) => ({
      rule,
      period: parseDuration(rule.period)!,
      collections: bound.get(rule.id)!,
    })),
    sweepOrder: sweepOrder(datamap, all),
    unboundCategories,
    unboundRules,
    findings,
  };
}

function bindClock(
  datamap: Datamap,
  system: string,
  collection: string,
  clock: string | { collection: string; field: string },
): ClockBinding | undefined {
  if (typeof clock === 'string') return { collection, field: clock, path: [] };
  const path = referencePath(datamap, { system, collection }, clock.collection);
  if (!path) return undefined;
  return {
    collection: clock.collection,
    field: clock.field,
    path: path.map((hop) => ({
      field: hop.from.field,
      collection: hop.to.collection,
      to: hop.to.field,
      direction: hop.direction,
    })),
  };
}

/** Foreign keys (enforced by the store) from other collections of the system into `collection`. */
function unlinksInto(datamap: Datamap, system: string, collection: string): Unlink[] {
  const out: Unlink[] = [];
  for (const [name, col] of Object.entries(datamap.systems[system]!.collections)) {
    if (name === collection) continue;
    for (const [field, f] of Object.entries(col.fields)) {
      const r = f.references;
      if (r?.origin !== 'foreign_key' || (r.system ?? system) !== system || r.collection !== collection)
        continue;
      // A key field cannot be set to NULL: such rows can only go with (or before) their parent.
      if (col.primaryKey.includes(field)) continue;
      out.push({ collection: name, field, to: r.field });
    }
  }
  return out;
}

const OPERATORS = new Set<ErasureAction>(['nullify', 'mask', 'tag', 'truncate', 'drop']);

/**
 * `delete` removes the row. `anonymise` rewrites every field that carries personal data or identifies
 * a person — not only the rule's categories, since one field left in place re-identifies the row —
 * with the field's own erasure operator, else `tag` (typed values) or `drop`.
 */
function bindAction(
  rule: RetentionRule,
  key: string,
  fields: Record<string, Field>,
  primaryKey: string[],
  categoryById: Map<string, Category>,
  findings: RetentionFinding[],
  where: { rule: string; system: string; collection: string },
): RetentionAction {
  if (rule.action === 'delete') return { mode: 'delete' };
  const out: AnonymisedField[] = [];
  for (const [field, f] of Object.entries(fields)) {
    if (f.categories.length === 0 && f.identity === undefined) continue;
    if (primaryKey.includes(field)) {
      findings.push({
        code: 'RETENTION_KEY_NOT_ANONYMISABLE',
        severity: 'error',
        message: `${key}.${field} is part of the primary key and carries personal data: rows are found by their key, so it cannot be rewritten in place; delete the rows instead`,
        ...where,
        field,
      });
      continue;
    }
    const erasure = erasureOf(f);
    if (erasure?.action === 'hmac') {
      // A keyed hash lets whoever holds the key link the rows again: pseudonymisation, which the
      // GDPR still counts as personal data (recital 26), not the anonymisation the rule promises.
      findings.push({
        code: 'RETENTION_PSEUDONYMISING_OPERATOR',
        severity: 'error',
        message: `${key}.${field} would be rewritten with hmac, which pseudonymises (the key re-links it) rather than anonymises; use mask, tag, truncate, drop or nullify`,
        ...where,
        field,
      });
      continue;
    }
    const piiType = f.categories.flatMap((c) => categoryById.get(c)?.piiTypes ?? [])[0];
    const operator =
      erasure && OPERATORS.has(erasure.action)
        ? (erasure.action as AnonymisedField['operator'])
        : piiType
          ? 'tag'
          : 'drop';
    out.push({ field, operator, piiType: piiType ?? 'person_name' });
  }
  if (out.length === 0) {
    findings.push({
      code: 'RETENTION_NOTHING_TO_ANONYMISE',
      severity: 'error',
      message: `"${rule.id}" anonymises, but ${key} has no field marked with a category or identity to rewrite`,
      ...where,
    });
  }
  return { mode: 'anonymise', fields: out };
}

/**
 * Children before parents within a system (a collection whose field references another comes
 * first); otherwise the data map's order. Cycles are refused by the data-map loader, but a map built
 * in code may have one: its members then keep map order.
 */
function sweepOrder(datamap: Datamap, bindings: CollectionBinding[]): CollectionBinding[] {
  const keys = new Set(bindings.map((b) => b.key));
  const parentsOf = new Map<string, Set<string>>(bindings.map((b) => [b.key, new Set()]));
  for (const b of bindings) {
    const col = datamap.systems[b.system]!.collections[b.collection]!;
    for (const f of Object.values(col.fields)) {
      const r = f.references;
      if (!r?.follow) continue;
      const parent = `${r.system ?? b.system}.${r.collection}`;
      if (parent !== b.key && keys.has(parent)) parentsOf.get(b.key)!.add(parent);
    }
  }
  // A parent waits for all of its children.
  const waiting = new Map<string, Set<string>>(bindings.map((b) => [b.key, new Set()]));
  for (const [child, parents] of parentsOf) for (const p of parents) waiting.get(p)!.add(child);
  const out: CollectionBinding[] = [];
  const done = new Set<string>();
  while (out.length < bindings.length) {
    const next =
      bindings.find((b) => !done.has(b.key) && [...waiting.get(b.key)!].every((c) => done.has(c))) ??
      bindings.find((b) => !done.has(b.key))!;
    done.add(next.key);
    out.push(next);
  }
  return out;
}

/** Whether the bindings can be swept: no finding of severity `error`. */
export function bindingErrors(b: RetentionBindings): RetentionFinding[] {
  return b.findings.filter((f) => f.severity === 'error');
}
