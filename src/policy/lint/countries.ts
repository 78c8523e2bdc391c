/**
 * Country lists the transfer rules need. Transfers "outside the EEA" are what Art. 13(1)(f) and
 * Chapter V are about; the EEA is the EU plus Iceland, Liechtenstein and Norway.
 */
export const eeaCountries: ReadonlySet<string> = new Set([
  'AT',
  'BE',
  'BG',
  'CY',
  'CZ',
  'DE',
  'DK',
  'EE',
  'ES',
  'FI',
  'FR',
  'GR',
  'HR',
  'HU',
  'IE',
  'IT',
  'LT',
  'LU',
  'LV',
  'MT',
  'NL',
  'PL',
  'PT',
  'RO',
  'SE',
  'SI',
  'SK',
  'IS',
  'LI',
  'NO',
]);

/**
 * Countries with an Art. 45 adequacy decision of the European Commission, as known to Grondslag
 * (2025). The US decision (EU-US Data Privacy Framework) covers only certified organisations. The
 * list changes; a finding based on it is a warning that asks the DPO to check, never an error.
 */
export const adequateCountries: ReadonlySet<string> = new Set([
  'AD',
  'AR',
  'CA',
  'CH',
  'FO',
  'GB',
  'GG',
  'IL',
  'IM',
  'JE',
  'JP',
  'KR',
  'NZ',
  'US',
  'UY',
]);
