import type { Datamap } from '../datamap/schema.js';

/**
 * Which collections hold the data a breach involves, from the data map: every collection with a
 * field carrying one of the breach's categories. Counting the people behind them needs the live
 * systems, so that part is an interface (`PeopleCounter`) a connector-backed implementation fills in;
 * without one the register simply has no count and the DPO's estimate stands.
 */

export interface AffectedCollection {
  system: string;
  collection: string;
  /** Fields holding the breach's categories. */
  fields: string[];
  /** The breach's categories found here. */
  categories: string[];
  /** Fields that identify a person (where a count of distinct people would start). */
  identityFields: string[];
  /**
   * One row per person: the collection issues customer ids (an identifying `customer_id` field that
   * references nothing), as a customers table does. Rows elsewhere (payments, log lines) are not people.
   */
  personKeyed: boolean;
}

/**
 * @example
 *   affectedCollections(datamap, ['email']).map((c) => `${c.system}.${c.collection}`);
 *   // ['crm.customers', 'mail.log', …]
 */
export function affectedCollections(map: Datamap, categories: readonly string[]): AffectedCollection[] {
  const wanted = new Set(categories);
  const out: AffectedCollection[] = [];
  for (const [system, sys] of Object.entries(map.systems)) {
    for (const [collection, col] of Object.entries(sys.collections)) {
      const fields: string[] = [];
      const found = new Set<string>();
      const identityFields: string[] = [];
      let personKeyed = false;
      for (const [name, f] of Object.entries(col.fields)) {
        if (f.identity) identityFields.push(name);
        if (f.identity === 'customer_id' && !f.references) personKeyed = true;
        const hit = f.categories.filter((c) => wanted.has(c));
        if (hit.length > 0) {
          fields.push(name);
          for (const c of hit) found.add(c);
        }
      }
      if (fields.length > 0) {
        out.push({ system, collection, fields, categories: [...found].sort(), identityFields, personKeyed });
      }
    }
  }
  return out;
}

/** Counts rows (and, where it can, distinct people) in one collection; supplied by a connector. */
export interface PeopleCounter {
  count(target: AffectedCollection): Promise<{ rows: number; people?: number }>;
}

export interface AffectedEstimate {
  collections: (AffectedCollection & { rows?: number; people?: number })[];
  /** Sum of rows over the collections counted. */
  records?: number;
  /**
   * Largest per-collection count of people: a lower bound, since the same person usually appears in
   * several collections and summing would double-count.
   */
  peopleAtLeast?: number;
}

/**
 * The collections, and with a counter their row and people counts.
 *
 * @example
 *   await estimateAffected(datamap, ['email']); // collections only
 *   await estimateAffected(datamap, ['email'], counter); // with counts
 */
export async function estimateAffected(
  map: Datamap,
  categories: readonly string[],
  counter?: PeopleCounter,
): Promise<AffectedEstimate> {
  const collections = affectedCollections(map, categories);
  if (!counter) return { collections };
  const counted = [];
  let records = 0;
  let peopleAtLeast = 0;
  for (const c of collections) {
    const n = await counter.count(c);
    records += n.rows;
    peopleAtLeast = Math.max(peopleAtLeast, n.people ?? 0);
    counted.push({ ...c, ...n });
  }
  return { collections: counted, records, peopleAtLeast };
}
