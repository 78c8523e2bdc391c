/**
 * Look-alikes only the held-out corpus plants. Kinds it shares with the default corpus (KvK, EAN,
 * amounts, versions, dates, hashes, order and ticket numbers) keep their names there, so a table
 * can set both corpora side by side.
 */
export const heldoutDecoyKinds = ['vat_number', 'rsin', 'tracking_code', 'timestamp', 'message_id'] as const;
export type HeldoutDecoyKind = (typeof heldoutDecoyKinds)[number];
