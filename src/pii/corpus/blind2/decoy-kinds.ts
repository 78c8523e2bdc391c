/**
 * Look-alikes only the second blind corpus plants. Every other kind it uses (order, invoice and
 * customer numbers, KvK, VAT, EAN, amounts, versions, dates, timestamps, ticket ids, hashes,
 * tracking codes, message ids, uuids, serials, the operator's company_* details, …) keeps the name
 * an earlier corpus gave it, so the benchmark's tables line the corpora up.
 *
 * - `mac_address`: a modem's or phone's hardware address, as leases and provisioning log it.
 * - `imei` / `iccid`: handset and SIM identifiers, fifteen and nineteen digits that pass Luhn like
 *   a card number does.
 * - `case_number`: court, public-prosecutor, police and disputes-committee file numbers.
 * - `meter_number`: power meters in the colocation hall and the connection points next to them.
 * - `line_id`: the operator's identifiers of a fibre line, patch position or circuit.
 * - `infrastructure_ip`: addresses of the operator's own routers, RADIUS clients and resolvers;
 *   they identify equipment, not a subscriber.
 */
export const blind2DecoyKinds = [
  'mac_address',
  'imei',
  'iccid',
  'case_number',
  'meter_number',
  'line_id',
  'infrastructure_ip',
] as const;
export type Blind2DecoyKind = (typeof blind2DecoyKinds)[number];
