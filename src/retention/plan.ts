import type { Sealer } from '../crypto/sealed.js';
import type { Datamap } from '../datamap/schema.js';
import { GrondslagError } from '../errors.js';
import { addDuration } from '../policy/duration.js';
import type { Policy } from '../policy/schema.js';
import type { Queryable } from '../store/db.js';
import {
  bindRetention,
  type CollectionBinding,
  type RetentionBindings,
  type RetentionFinding,
} from './bind.js';
import { effectiveCutoff, weeklyCutoffs } from './cutoff.js';
import { type AppliedHold, activeHolds } from './holds.js';
import { keepConditions, keptTotals, unlinkSweep } from './keep.js';
import { noRestrictedRows, type RestrictedRows } from './restrictions.js';
import type { SystemConnectors } from './systems.js';

/**
 * What retention would do at a date: per rule and collection, how many rows (log lines) are past
 * their period, how many of those a legal hold or a restriction keeps, the oldest clock among the
 * due ones, and how many become due in each of the coming weeks. Every number comes from one count
 * per collection pushed down to the store (`Connector.countDue`).
 */

/** What retention reads: the policy, the data map, the stores, and its own state (holds). */
export interface RetentionDeps {
  db: Queryable & { transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> };
  policy: Policy;
  datamap: Datamap;
  systems: SystemConnectors;
  /** Opens the identities of legal holds (src/crypto/sealed.ts). */
  sealer: Sealer;
  /** Rows on the restriction list per collection (default: none). */
  restrictedRows?: RestrictedRows;
}

export interface CollectionPlan {
  key: string;
  rule: string;
  system: string;
  collection: string;
  action: 'delete' | 'anonymise';
  /** Rows whose clock lies before this are past the period. */
  cutoff: Date;
  /** The cut-off was moved back to keep records of the administration for the tax period. */
  taxFloor: boolean;
  pastPeriod: number;
  /** What a sweep would delete or anonymise. */
  due: number;
  held: number;
  restricted: number;
  oldest: Date | null;
  /** Rows becoming due in each week of the timeline (not counting held or restricted ones). */
  timeline: number[];
  /**
   * Rows of collections under other rules (or none) whose foreign key points at a due row: the sweep
   * sets those keys to NULL first. Children under the same rule go with their parent and are not
   * listed (the sweep unlinks whatever of them is left).
   */
  unlinks: { collection: string; field: string; rows: number }[];
  /** Set when the store could not be counted; the numbers are then zero. */
  error?: string;
}

export interface RulePlan {
  rule: string;
  label: string;
  period: string;
  legalHoldExtends: boolean;
  collections: CollectionPlan[];
  due: number;
  held: number;
  restricted: number;
}

export interface RetentionPlan {
  at: Date;
  /** Start of each timeline week: week i runs from weeks[i] to weeks[i] + 7 days. */
  weeks: Date[];
  rules: RulePlan[];
  totals: { due: number; held: number; restricted: number };
  findings: RetentionFinding[];
}

export const DEFAULT_TIMELINE_WEEKS = 12;

/**
 * Counts one collection at `at` with the holds and restrictions in force.
 *
 * @example
 *   const c = await planCollection(deps, binding, period, at, holds, 8);
 *   c.due; // rows a sweep at `at` would remove
 */
export async function planCollection(
  deps: RetentionDeps,
  binding: CollectionBinding,
  period: RetentionBindings['rules'][number]['period'],
  at: Date,
  holds: AppliedHold[],
  weeks: number,
  options: { unlinks?: boolean } = {},
): Promise<CollectionPlan> {
  const { cutoff, taxFloor } = effectiveCutoff(binding, period, at);
  const base: CollectionPlan = {
    key: binding.key,
    rule: binding.rule,
    system: binding.system,
    collection: binding.collection,
    action: binding.action.mode,
    cutoff,
    taxFloor,
    pastPeriod: 0,
    due: 0,
    held: 0,
    restricted: 0,
    oldest: null,
    timeline: Array.from({ length: weeks }, () => 0),
    unlinks: [],
  };
  try {
    const connector = await deps.systems.get(binding.system);
    const restricted = await (deps.restrictedRows ?? noRestrictedRows)(
      deps.db,
      binding.system,
      binding.collection,
    );
    const keep = await keepConditions(binding, {
      holds,
      restricted,
      datamap: deps.datamap,
      systems: deps.systems,
    });
    const horizon = weeklyCutoffs(binding, period, at, weeks);
    const count = await connector.countDue(binding.collection, {
      clockField: binding.clock.field,
      clockPath: binding.clock.path,
      before: cutoff,
      keep,
      horizon,
    });
    const kept = keptTotals(count.kept);
    const unlinks: CollectionPlan['unlinks'] = [];
    if (binding.action.mode === 'delete' && options.unlinks !== false) {
      const sameRule = new Set(sameRuleCollections(deps, binding));
      for (const u of binding.unlinks.filter((x) => !sameRule.has(x.collection))) {
        const sweep = await unlinkSweep(binding, u, cutoff, keep, connector);
        unlinks.push({
          collection: u.collection,
          field: u.field,
          rows: (await connector.countDue(u.collection, sweep)).due,
        });
      }
    }
    return {
      ...base,
      unlinks,
      pastPeriod: count.pastPeriod,
      due: count.due,
      held: kept.held,
      restricted: kept.restricted,
      oldest: count.oldest,
      timeline: count.horizon.map((n, i) => Math.max(0, n - (i === 0 ? count.due : count.horizon[i - 1]!))),
    };
  } catch (e) {
    return { ...base, error: e instanceof Error ? e.message : String(e) };
  }
}

/**
 * @example
 *   const plan = await planRetention(deps, { at: new Date('2026-06-01T00:00:00Z') });
 *   plan.rules.map((r) => [r.rule, r.due]); // [['telecom_traffic', 1840], …]
 */
export async function planRetention(
  deps: RetentionDeps,
  options: { at: Date; weeks?: number },
): Promise<RetentionPlan> {
  const { at } = options;
  if (Number.isNaN(at.getTime()))
    throw new GrondslagError('RETENTION_BAD_DATE', 'the plan date is not a valid date');
  const weeks = options.weeks ?? DEFAULT_TIMELINE_WEEKS;
  const bindings = bindRetention(deps.policy, deps.datamap);
  const holds = await activeHolds(deps.db, deps.sealer, at);
  const rules: RulePlan[] = [];
  for (const r of bindings.rules) {
    const collections: CollectionPlan[] = [];
    for (const b of r.collections)
      collections.push(await planCollection(deps, b, r.period, at, holds, weeks));
    rules.push({
      rule: r.rule.id,
      label: r.rule.label.en ?? Object.values(r.rule.label)[0] ?? r.rule.id,
      period: r.rule.period,
      legalHoldExtends: r.rule.legalHoldExtends,
      collections,
      due: sum(collections, 'due'),
      held: sum(collections, 'held'),
      restricted: sum(collections, 'restricted'),
    });
  }
  return {
    at,
    weeks: Array.from({ length: weeks }, (_, i) =>
      addDuration(at, { years: 0, months: 0, weeks: i, days: 0 }),
    ),
    rules,
    totals: { due: sum(rules, 'due'), held: sum(rules, 'held'), restricted: sum(rules, 'restricted') },
    findings: bindings.findings,
  };
}

/** Collections of the same system bound to the same rule as `binding`. */
function sameRuleCollections(deps: RetentionDeps, binding: CollectionBinding): string[] {
  const sys = deps.datamap.systems[binding.system];
  if (!sys) return [];
  return Object.entries(sys.collections)
    .filter(([, c]) => c.retention?.rule === binding.rule)
    .map(([name]) => name);
}

function sum<T, K extends keyof T>(items: T[], key: K): number {
  return items.reduce((n, i) => n + (i[key] as number), 0);
}
