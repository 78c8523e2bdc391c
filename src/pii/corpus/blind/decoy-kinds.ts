/**
 * Look-alikes only the blind corpus plants. Kinds it shares with the other corpora (order, invoice
 * and customer numbers, KvK, VAT and RSIN, EAN, amounts, versions, dates, timestamps, ticket ids,
 * hashes, tracking codes, message ids) keep their names, so tables line the corpora up.
 *
 * The company_* kinds are the operator's own contact details — helpdesk numbers, role mailboxes,
 * office address, the IBAN customers pay to. They look exactly like personal data but belong to
 * a company, so a tool that removes them loses precision on this corpus.
 */
export const blindDecoyKinds = [
  'contract_number',
  'uuid',
  'serial_number',
  'mandate_reference',
  'creditor_id',
  'bic',
  'payment_reference',
  'company_phone',
  'company_email',
  'company_address',
  'company_iban',
  'data_volume',
  'verification_code',
] as const;
export type BlindDecoyKind = (typeof blindDecoyKinds)[number];
