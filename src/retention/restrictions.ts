import type { KeyMatch } from '../connectors/connector.js';
import { restrictedKeys } from '../dsr/restriction.js';
import type { Queryable } from '../store/db.js';

/**
 * The restriction list (GDPR Art. 18) as retention sees it: rows a person asked to have kept — data
 * the controller no longer needs but the person does, for a legal claim (Art. 18(1)(c)) — and rows an
 * erasure kept under restriction must not be erased by a sweep either. The DSR module lists such rows
 * by key (`restrictedKeys`, src/dsr/restriction.ts); the sweep keeps exactly those keys.
 *
 * `RestrictedRows` is the hook between the two modules: all the sweep needs, replaceable in tests.
 */
export type RestrictedRows = (q: Queryable, system: string, collection: string) => Promise<KeyMatch[]>;

/** No restrictions: for tests and for installations without the DSR module. */
export const noRestrictedRows: RestrictedRows = async () => [];

/**
 * The keys of rows under a restriction still in force, grouped by key field; nothing while the DSR
 * module's tables are not installed.
 *
 * @example
 *   await restrictedRowsFromDsr(db, 'crm', 'invoices'); // [{ field: 'id', values: ['1042', '1043'] }]
 */
export const restrictedRowsFromDsr: RestrictedRows = async (q, system, collection) => {
  const { rows } = await q.query<{ present: boolean }>(
    `select to_regclass('grondslag.dsr_restricted_row') is not null and to_regclass('grondslag.dsr_restriction') is not null as present`,
  );
  if (!rows[0]?.present) return [];
  return restrictedKeys(q, system, collection);
};
