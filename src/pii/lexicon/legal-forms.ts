/**
 * Legal forms that follow an organisation's name ("Polderlink B.V.", "Flora BV", "Acme Ltd"), in
 * their own case only: "39 bv" is a house number's addition, "2553 NV" a postcode. A name before
 * one names an organisation, not a person; an address after one is the organisation's. The native
 * scanner has the same list (native/pii/legal_forms.h).
 */
export const legalForms: readonly string[] = [
  'B.V.',
  'B. V.',
  'BV',
  'N.V.',
  'N. V.',
  'NV',
  'V.O.F.',
  'VOF',
  'GmbH',
  'Ltd',
  'Inc.',
  'LLC',
];
