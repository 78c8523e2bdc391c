import { type CorpusDocument, DocumentBuilder, decoy, type Planted, pii } from '../builder.js';
import type { Prng } from '../prng.js';
import { dutchAddress } from '../values/address.js';
import { type Language, writtenDate } from '../values/dates.js';
import { amount, customerNumber, plainDate } from '../values/decoys.js';
import { iban } from '../values/iban.js';
import { emailAddress, fullName, person } from '../values/person.js';
import { phoneNumber } from '../values/phone.js';

type Cell = string | Planted;

interface Column {
  nl: string;
  en: string;
  /** Always present, so every row names a person. */
  required?: boolean;
  cells: (rng: Prng, lang: Language) => Cell[];
}

const columns: Column[] = [
  {
    nl: 'klantnummer',
    en: 'customer_id',
    required: true,
    cells: (rng) => [decoy('customer_number', customerNumber(rng))],
  },
  {
    nl: 'naam',
    en: 'name',
    required: true,
    cells: (rng, lang) => [pii('person_name', fullName(person(rng, lang)))],
  },
  { nl: 'e-mail', en: 'email', cells: (rng, lang) => [pii('email', emailAddress(rng, person(rng, lang)))] },
  { nl: 'telefoon', en: 'phone', cells: (rng) => [pii('phone', phoneNumber(rng))] },
  {
    nl: 'adres',
    en: 'address',
    cells: (rng) => {
      const a = dutchAddress(rng);
      return [pii('postal_address', a.street), ' ', pii('postcode', a.postcode), ` ${a.city}`];
    },
  },
  { nl: 'iban', en: 'iban', cells: (rng) => [pii('iban', iban(rng))] },
  {
    nl: 'geboortedatum',
    en: 'date_of_birth',
    cells: (rng, lang) => [pii('date_of_birth', writtenDate(rng, lang, 1940, 2006))],
  },
  { nl: 'klant_sinds', en: 'customer_since', cells: (rng, lang) => [decoy('date', plainDate(rng, lang))] },
  { nl: 'omzet_2024', en: 'revenue_2024', cells: (rng, lang) => [decoy('amount', amount(rng, lang))] },
];

/**
 * A CSV export of customer records, as a spreadsheet would write it: `;`-separated in Dutch (where
 * the comma is the decimal sign), `,`-separated in English with quotes where a cell needs them.
 *
 * @example
 *   csvExport(new Prng('c1'), 'nl', 'doc-4').text.split('\n')[0]; // e.g. 'klantnummer;naam;iban;omzet_2024'
 */
export function csvExport(rng: Prng, lang: Language, id: string): CorpusDocument {
  const b = new DocumentBuilder();
  const chosen = columns.filter((c) => c.required || rng.chance(0.5));
  const sep = lang === 'nl' ? ';' : ',';
  b.put(`${chosen.map((c) => c[lang]).join(sep)}\n`);
  for (let row = rng.int(5, 25); row > 0; row--) {
    chosen.forEach((column, i) => {
      if (i > 0) b.put(sep);
      const cells = column.cells(rng, lang);
      const raw = cells.map((c) => (typeof c === 'string' ? c : c.value)).join('');
      const quote = raw.includes(sep);
      if (quote) b.put('"');
      for (const cell of cells) b.put(cell);
      if (quote) b.put('"');
    });
    b.put('\n');
  }
  return b.build(id, 'csv', lang);
}
