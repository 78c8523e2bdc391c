import type { AnonymiseSweep, Connector, KeepCondition, KeyMatch } from '../connectors/connector.js';
import { planTraversal, type TraversalStep } from '../datamap/graph.js';
import type { Datamap } from '../datamap/schema.js';
import type { CollectionBinding, Unlink } from './bind.js';
import type { AppliedHold } from './holds.js';
import type { SystemConnectors } from './systems.js';

/**
 * What a sweep keeps in one collection although it is due: rows of people under a legal hold, rows
 * in a hold's collection and time window, and rows on the restriction list. Each becomes a keep
 * condition the connector puts into the very statements that select due rows, so a held row is never
 * read, let alone deleted.
 */

/** Labels of keep conditions; the connector counts the distinct rows kept under each label. */
export const HOLD_LABEL = 'hold';
export const RESTRICTION_LABEL = 'restriction';

/**
 * The rows of a person in `target`, as key matches: the identity's own field where the collection has
 * one, and along the data map's references from the collections that do (a customer's call records
 * found through the customer's number). Only what leads to `target` is read, and only the key fields
 * carried along.
 *
 * @example
 *   await personMatches(datamap, systems, { kind: 'phone', values: ['+31612345678'] }, binding);
 *   // [{ field: 'msisdn', values: ['+31612345678'] }, { field: 'other_party', values: ['+31612345678'] }]
 */
export async function personMatches(
  datamap: Datamap,
  systems: SystemConnectors,
  identity: NonNullable<AppliedHold['identity']>,
  target: Pick<CollectionBinding, 'system' | 'collection'>,
): Promise<KeyMatch[]> {
  const plan = planTraversal(
    datamap,
    identity.values.map((value) => ({ kind: identity.kind, value })),
  );
  const at = plan.steps.find((s) => s.system === target.system && s.collection === target.collection);
  if (!at) return [];
  // The steps `at` depends on, through the reference matches that carry values to it.
  const needed = new Set<number>([at.index]);
  for (let i = at.index; i >= 0; i--) {
    if (!needed.has(i)) continue;
    for (const m of plan.steps[i]!.match) if (m.via === 'reference') needed.add(m.fromStep);
  }
  const carried = new Map<number, Map<string, unknown[]>>();
  const matchesOf = (s: TraversalStep): KeyMatch[] =>
    s.match.flatMap((m): KeyMatch[] => {
      if (m.via === 'identity') return [{ field: m.field, values: m.values }];
      const values = carried.get(m.fromStep)?.get(m.fromField) ?? [];
      return values.length > 0 ? [{ field: m.field, values }] : [];
    });
  for (const s of plan.steps) {
    if (!needed.has(s.index) || s.index === at.index) continue;
    const fields = s.carry.filter((f) =>
      plan.steps.some(
        (t) =>
          needed.has(t.index) &&
          t.match.some((m) => m.via === 'reference' && m.fromStep === s.index && m.fromField === f),
      ),
    );
    if (fields.length === 0) continue;
    const connector = await systems.get(s.system);
    const values = new Map<string, Set<unknown>>(fields.map((f) => [f, new Set()]));
    for (const match of matchesOf(s)) {
      for await (const rows of connector.findRows(s.collection, match, { fields })) {
        for (const row of rows)
          for (const f of fields) if (row[f] !== null && row[f] !== undefined) values.get(f)!.add(row[f]);
      }
    }
    carried.set(s.index, new Map([...values].map(([f, v]) => [f, [...v]])));
  }
  return matchesOf(at);
}

/**
 * The keep conditions of one collection. Holds apply only where the rule allows legal holds; a hold
 * on a collection covers that collection alone (in its window, when it has one).
 *
 * @example
 *   const keep = await keepConditions(binding, { holds, restricted, datamap, systems });
 *   await connector.countDue(binding.collection, { clockField, before, keep });
 */
export async function keepConditions(
  binding: CollectionBinding,
  sources: {
    holds: AppliedHold[];
    restricted: KeyMatch[];
    datamap: Datamap;
    systems: SystemConnectors;
  },
): Promise<KeepCondition[]> {
  const out: KeepCondition[] = [];
  if (binding.holdable) {
    for (const hold of sources.holds) {
      if (hold.collectionKey !== undefined && hold.collectionKey !== binding.key) continue;
      const label = HOLD_LABEL;
      if (!hold.identity) {
        out.push({ label, window: hold.window ?? {} });
        continue;
      }
      for (const match of await personMatches(sources.datamap, sources.systems, hold.identity, binding)) {
        out.push({ label, match, ...(hold.window ? { window: hold.window } : {}) });
      }
    }
  }
  for (const match of sources.restricted) out.push({ label: RESTRICTION_LABEL, match });
  return out;
}

/** Rows kept by holds and by restrictions, from a count's per-label numbers. */
export function keptTotals(kept: Record<string, number>): { held: number; restricted: number } {
  return { held: kept[HOLD_LABEL] ?? 0, restricted: kept[RESTRICTION_LABEL] ?? 0 };
}

/**
 * The sweep that unlinks `unlink.collection` rows still pointing at due rows of `parent`: the child
 * rows whose parent's clock (read through the foreign key) is before the parent's cut-off, except
 * those whose parent a hold or restriction keeps. Run as an anonymisation that sets the key to NULL.
 *
 * @example
 *   const sweep = await unlinkSweep(parent, unlink, cutoff, parentKeep, connector);
 *   for await (const b of connector.anonymiseWhereOlder(unlink.collection, sweep, () => null)) …
 */
export async function unlinkSweep(
  parent: CollectionBinding,
  unlink: Unlink,
  cutoff: Date,
  parentKeep: KeepCondition[],
  connector: Connector,
): Promise<AnonymiseSweep> {
  const keep: KeepCondition[] = [];
  for (const k of parentKeep) {
    let match: KeyMatch | undefined;
    if (k.match) {
      // The parent is kept by some field of its own; the child knows it only by the referenced key.
      let values: unknown[] = k.match.values as unknown[];
      if (k.match.field !== unlink.to) {
        const keys = new Set<unknown>();
        for await (const rows of connector.findRows(parent.collection, k.match, { fields: [unlink.to] })) {
          for (const r of rows)
            if (r[unlink.to] !== null && r[unlink.to] !== undefined) keys.add(r[unlink.to]);
        }
        values = [...keys];
      }
      match = { field: unlink.field, values };
    }
    keep.push({ label: k.label, ...(match ? { match } : {}), ...(k.window ? { window: k.window } : {}) });
  }
  return {
    clockField: parent.clock.field,
    clockPath: [
      { field: unlink.field, collection: parent.collection, to: unlink.to, direction: 'child_to_parent' },
      ...parent.clock.path,
    ],
    before: cutoff,
    keep,
    fields: [{ name: unlink.field, operator: 'nullify' }],
  };
}
