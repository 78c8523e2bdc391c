import type { CollectionRef } from '../datamap/graph.js';
import type { Datamap, Field } from '../datamap/schema.js';
import type { Policy } from '../policy/schema.js';

/**
 * The exceptions to erasure (Art. 17(3)) that execution applies on its own, row by row:
 *
 * - **Tax records** (Art. 17(3)(b) with AWR art. 52 and BW 2:10): the records of the administration
 *   — invoices, payments, the bank account used — are kept for seven years, counted from the end of
 *   the year they belong to, and restricted meanwhile. Older ones are erased like everything else.
 * - **Legal holds** (Art. 17(3)(e)): data under a hold for a specific order is kept while it runs.
 *
 * Everything here is decided from the policy and the data map; nothing is configured per request.
 */

/** Why a row is kept, as the certificate and `dsr show` report it. */
export type KeepReason = 'tax_record' | 'legal_hold' | 'referenced_by_kept';

export interface KeepRule {
  reason: KeepReason;
  /** The legal ground, for the certificate. */
  article: string;
  /** tax_record: rows whose `dateField` lies on or after `keepSince` (YYYY-MM-DD) are kept. */
  dateField?: string;
  keepSince?: string;
  /** legal_hold: the hold's id. */
  holdId?: string;
}

export const TAX_RECORD_ARTICLE = 'GDPR Art. 17(3)(b); AWR art. 52 (7 years)';
export const LEGAL_HOLD_ARTICLE = 'GDPR Art. 17(3)(e)';
export const REFERENCED_ARTICLE = 'GDPR Art. 17(3)(b): needed to keep a tax record intact';
/** AWR art. 52(4): the records are kept for seven years. */
export const TAX_RETENTION_YEARS = 7;

/**
 * The first day whose records are still inside the tax period on `now`: 1 January seven years back.
 * A record of year Y is kept until the end of year Y + 7, so on 25 November 2026 records from
 * 1 January 2019 on are kept.
 *
 * @example
 *   taxKeepSince(new Date('2026-11-25T12:00:00Z')); // '2019-01-01'
 */
export function taxKeepSince(now: Date): string {
  return `${String(now.getUTCFullYear() - TAX_RETENTION_YEARS).padStart(4, '0')}-01-01`;
}

/**
 * The collections that are records of the administration: those with a field that holds a data
 * category the policy marks `administrationRecord` (the bank account a payment came from), and the collections such a
 * record points at directly through a reference (the invoice a payment settles). The second hop
 * stops there: the customer an invoice is addressed to is not itself a tax record — the invoice
 * carries the name and address the administration needs.
 *
 * @example
 *   administrationRecords(map, policy); // Set { 'crm\0payments', 'crm\0invoices' }
 */
export function administrationRecords(
  map: Datamap,
  policy: Policy,
  isProse: (f: Field) => boolean,
): Set<string> {
  const adminCategories = new Set(policy.categories.filter((c) => c.administrationRecord).map((c) => c.id));
  const out = new Set<string>();
  const direct: CollectionRef[] = [];
  for (const [system, sys] of Object.entries(map.systems)) {
    for (const [collection, col] of Object.entries(sys.collections)) {
      // A field that *is* the bank account, not free text that may mention one (a support message).
      const holds = (f: Field) => !isProse(f) && f.categories.some((c) => adminCategories.has(c));
      if (Object.values(col.fields).some(holds)) {
        direct.push({ system, collection });
        out.add(collectionKey({ system, collection }));
      }
    }
  }
  for (const ref of direct) {
    const col = map.systems[ref.system]!.collections[ref.collection]!;
    for (const f of Object.values(col.fields)) {
      const r = f.references;
      if (!r?.follow) continue;
      out.add(collectionKey({ system: r.system ?? ref.system, collection: r.collection }));
    }
  }
  return out;
}

export function collectionKey(ref: CollectionRef): string {
  return `${ref.system}\u0000${ref.collection}`;
}

/**
 * A legal hold in force, as the retention module applies it (src/retention/holds.ts `activeHolds`):
 * on a person (an identifier in the forms stores hold it), on a collection, or both, optionally
 * limited to a window of the collection's clock.
 */
export interface HoldRule {
  id: string;
  identity?: { kind: string; values: string[] };
  /** `system.collection`. */
  collectionKey?: string;
  window?: { from?: Date; to?: Date };
}

/** The holds in force at an instant; `noLegalHolds` where the retention module is not wired in. */
export type LegalHoldSource = (now: Date) => Promise<HoldRule[]>;

export const noLegalHolds: LegalHoldSource = async () => [];

/**
 * The holds that may keep rows of a collection: those naming it, and those on a person without a
 * collection, in collections where the person can be found by the hold's identifier and whose
 * retention rule lets a hold extend it (telecom traffic "or longer under a forensic order").
 */
export function holdsForCollection(
  holds: readonly HoldRule[],
  map: Datamap,
  policy: Policy,
  ref: CollectionRef,
): string[] {
  const col = map.systems[ref.system]?.collections[ref.collection];
  if (!col) return [];
  const rule = policy.retention.find((r) => r.id === col.retention?.rule);
  return holds
    .filter((h) => {
      if (h.collectionKey !== undefined) return h.collectionKey === `${ref.system}.${ref.collection}`;
      if (!h.identity || !rule?.legalHoldExtends) return false;
      return Object.values(col.fields).some((f) => f.identity === h.identity!.kind);
    })
    .map((h) => h.id);
}

/**
 * Whether a hold keeps one row: the row names the held person (when the hold is on a person) and its
 * clock lies in the hold's window (when it has one; a row whose clock cannot be read is kept).
 */
export function holdKeepsRow(
  hold: HoldRule,
  col: Datamap['systems'][string]['collections'][string],
  row: Record<string, unknown>,
): boolean {
  if (hold.identity) {
    const wanted = new Set(hold.identity.values.map((v) => v.toLowerCase()));
    const names = Object.entries(col.fields).some(
      ([field, f]) =>
        f.identity === hold.identity!.kind &&
        typeof row[field] === 'string' &&
        wanted.has((row[field] as string).toLowerCase()),
    );
    if (!names) return false;
  }
  if (hold.window) {
    const clock = typeof col.retention?.clock === 'string' ? col.retention.clock : undefined;
    const raw = clock ? row[clock] : undefined;
    const at = raw instanceof Date ? raw : typeof raw === 'string' ? new Date(raw) : undefined;
    if (!at || Number.isNaN(at.getTime())) return true;
    if (hold.window.from && at < hold.window.from) return false;
    if (hold.window.to && at >= hold.window.to) return false;
  }
  return true;
}
