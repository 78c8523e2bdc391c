import type { TraversalPlan } from '../datamap/graph.js';
import { type Connector, ConnectorError, connectorErrorCodes, type Row } from './connector.js';

/**
 * Executes a traversal plan (src/datamap/graph.ts) over connectors: finds a person's rows in every
 * collection of the plan. Each step asks its store for the rows whose field holds the person's
 * identity or a key carried from an earlier step, so the work is one set-based statement per step
 * and key chunk, wherever the rows live; only the keys later steps need are kept in memory, never
 * the rows.
 */

/** One batch of a person's rows in one collection. */
export interface PersonRowsBatch {
  /** Index of the plan step. */
  step: number;
  system: string;
  collection: string;
  rows: Row[];
}

/** The connectors by system name, or a function that opens (or looks up) one. */
export type ConnectorSource =
  | Record<string, Connector>
  | ((system: string) => Connector | Promise<Connector>);

export interface PersonRowsOptions {
  /** Rows per batch (default the connector's). */
  batchSize?: number;
}

/**
 * The person's rows, step by step in plan order, in batches. A row reached by several matches of a
 * step (an e-mail address and a customer number of the same person) is returned once.
 *
 * @example
 *   const plan = planTraversal(map, [{ kind: 'email', value: 'jan@example.nl' }]);
 *   for await (const { collection, rows } of findPersonRows(plan, { cloudaware: connector })) {
 *     console.log(collection, rows.length);
 *   }
 */
export async function* findPersonRows(
  plan: TraversalPlan,
  connectors: ConnectorSource,
  options: PersonRowsOptions = {},
): AsyncGenerator<PersonRowsBatch> {
  const connectorFor = async (system: string): Promise<Connector> => {
    const c = typeof connectors === 'function' ? await connectors(system) : connectors[system];
    if (!c) {
      throw new ConnectorError(connectorErrorCodes.unknownSystem, 'no connector for this system', { system });
    }
    return c;
  };
  /** Step index → field → the distinct values its rows hold, for the steps that follow. */
  const carried = new Map<number, Map<string, Set<unknown>>>();

  for (const step of plan.steps) {
    const connector = await connectorFor(step.system);
    const carry = new Map(step.carry.map((f) => [f, new Set<unknown>()]));
    carried.set(step.index, carry);
    const matches = step.match
      .map((m) => ({
        field: m.field,
        values: m.via === 'identity' ? m.values : [...(carried.get(m.fromStep)?.get(m.fromField) ?? [])],
      }))
      .filter((m) => m.values.length > 0);
    if (matches.length === 0) continue;
    // All matches of a step in one call: the connector asks them together and returns each row once.
    for await (const rows of connector.findRows(step.collection, matches, { batchSize: options.batchSize })) {
      for (const row of rows) {
        for (const [field, set] of carry) {
          const v = row[field];
          if (v !== null && v !== undefined) set.add(v instanceof Date ? v.toISOString() : v);
        }
      }
      yield { step: step.index, system: step.system, collection: step.collection, rows };
    }
  }
}

/**
 * How many rows of the person each collection holds, in plan order (collections without any are
 * listed with 0).
 *
 * @example
 *   await countPersonRows(plan, connectors) // → [{ system: 'cloudaware', collection: 'customers', rows: 1 }, …]
 */
export async function countPersonRows(
  plan: TraversalPlan,
  connectors: ConnectorSource,
  options: PersonRowsOptions = {},
): Promise<{ system: string; collection: string; rows: number }[]> {
  const counts = plan.steps.map((s) => ({ system: s.system, collection: s.collection, rows: 0 }));
  for await (const batch of findPersonRows(plan, connectors, options))
    counts[batch.step]!.rows += batch.rows.length;
  return counts;
}
