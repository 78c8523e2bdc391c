/**
 * Look-alikes only the third blind corpus plants. Everything else it plants as a look-alike (order,
 * invoice, customer and contract numbers, KvK, VAT, EAN, amounts, versions, dates, timestamps,
 * ticket ids, tracking codes, uuids, hashes, serials, message ids, the operator's company_*
 * details, its own routers' addresses, …) keeps the name an earlier corpus gave it.
 *
 * - `fleet_plate`: number plates of the operator's service vans; a car registered to a company
 *   fleet says nothing about a person, unlike a customer's car in a parking dispute.
 * - `coverage_postcode`: postcode areas named in roll-out and outage texts ("glasvezel in 6135"):
 *   a neighbourhood, not someone's home.
 * - `organisation_contact`: published phone numbers, role mailboxes and visiting addresses of
 *   other organisations — the court, a bailiff's office, a reseller's shop, a police unit.
 * - `site_coordinates`: where street cabinets, masts and splice closures stand.
 */
export const blind3DecoyKinds = [
  'fleet_plate',
  'coverage_postcode',
  'organisation_contact',
  'site_coordinates',
] as const;
export type Blind3DecoyKind = (typeof blind3DecoyKinds)[number];
