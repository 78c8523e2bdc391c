import { DocumentBuilder, type Planted, pii } from '../../builder.js';
import type { Prng } from '../../prng.js';
import type { Language } from '../../values/dates.js';
import { postcode, streetLine } from '../addresses.js';
import { Clock, formatDate, isoDate, nlDate } from '../dates.js';
import { formatBsn, formatIban } from '../identifiers.js';
import { familyName, initials, newPerson, renderName } from '../people.js';
import { e164, formatPhone, nationalDigits } from '../phones.js';
import { formatPlate } from '../plates.js';
import { fakes, newProfile, type Profile, t } from '../profile.js';
import type { Genre } from './genre.js';

type Cell = string | Planted;
interface Column {
  nl: string;
  en: string;
  cell: (c: Profile, rng: Prng, lang: Language) => Cell;
}

const addition = (c: Profile) => c.address.addition.replace(/^[-\s/]+/, '');

const crmColumns: Column[] = [
  { nl: 'klantnr', en: 'customer_id', cell: (_c, rng) => fakes.customer(rng) },
  { nl: 'voornaam', en: 'first_name', cell: (c) => pii('person_name', c.person.given) },
  {
    nl: 'tussenvoegsel',
    en: 'infix',
    cell: (c) => (c.person.prefix ? pii('person_name', c.person.prefix) : ''),
  },
  {
    nl: 'achternaam',
    en: 'last_name',
    cell: (c) =>
      pii(
        'person_name',
        c.person.partner ? familyName(c.person).replace(/^[a-z' ]+ (?=[A-Z])/, '') : c.person.surname,
      ),
  },
  { nl: 'voorletters', en: 'initials', cell: (c) => pii('person_name', initials(c.person)) },
  { nl: 'straat', en: 'street', cell: (c) => pii('postal_address', c.address.street) },
  { nl: 'huisnr', en: 'house_no', cell: (c) => pii('postal_address', String(c.address.number)) },
  { nl: 'toevoeging', en: 'addition', cell: (c) => (addition(c) ? pii('postal_address', addition(c)) : '') },
  { nl: 'postcode', en: 'postcode', cell: (c, rng) => pii('postcode', postcode(c.address, rng)) },
  { nl: 'plaats', en: 'city', cell: (c) => c.address.city.name },
  {
    nl: 'telefoon',
    en: 'phone',
    cell: (c, rng) =>
      pii('phone', rng.chance(0.5) ? nationalDigits(c.landline) : formatPhone(c.landline, rng)),
  },
  {
    nl: 'mobiel',
    en: 'mobile',
    cell: (c, rng) => pii('phone', rng.chance(0.5) ? e164(c.mobile) : formatPhone(c.mobile, rng)),
  },
  { nl: 'email', en: 'email', cell: (c) => pii('email', c.email) },
  {
    nl: 'geboortedatum',
    en: 'date_of_birth',
    cell: (c, _rng, lang) => pii('date_of_birth', lang === 'nl' ? nlDate(c.dob) : isoDate(c.dob)),
  },
  {
    nl: 'iban',
    en: 'iban',
    cell: (c, rng) => pii('iban', rng.chance(0.7) ? c.iban : formatIban(c.iban, rng)),
  },
  { nl: 'aangemaakt', en: 'created', cell: (_c, rng, lang) => fakes.date(new Clock(rng).date, lang, rng) },
  { nl: 'saldo', en: 'balance', cell: (_c, rng, lang) => fakes.amount(rng, lang) },
  { nl: 'contractnr', en: 'contract_no', cell: (_c, rng) => fakes.contract(rng) },
];

function pickColumns(rng: Prng): Column[] {
  // Always an identifying core, then a random selection in table order.
  const must = new Set(['klantnr', 'voornaam', 'achternaam', 'postcode']);
  // A street is never exported without its house number.
  if (rng.chance(0.6)) must.add('straat').add('huisnr');
  return crmColumns.filter((col) => must.has(col.nl) || (col.nl !== 'straat' && rng.chance(0.55)));
}

function writeTable(
  b: DocumentBuilder,
  rng: Prng,
  lang: Language,
  columns: Column[],
  rows: Profile[],
  sep: string,
  header: boolean,
): void {
  const quoteAll = sep === ',' && rng.chance(0.5);
  if (header) {
    const names = columns.map((c) => (lang === 'nl' ? c.nl : c.en));
    b.put(`${(rng.chance(0.2) ? names.map((n) => n.toUpperCase()) : names).join(sep)}\n`);
  }
  for (const r of rows) {
    columns.forEach((col, i) => {
      if (i) b.put(sep);
      const v = col.cell(r, rng, lang);
      const text = typeof v === 'string' ? v : v.value;
      const quote = quoteAll || text.includes(sep) || (sep === ';' && rng.chance(0.1));
      if (quote) b.put('"');
      b.put(v);
      if (quote) b.put('"');
    });
    b.put(rng.chance(0.1) ? '\r\n' : '\n');
  }
}

/** A CRM export: semicolon CSV as Dutch Excel writes it, comma CSV, or tab-separated; header optional. */
export const crmExport: Genre = (rng, lang, id) => {
  const b = new DocumentBuilder();
  const sep = rng.weighted([
    [';', 5],
    [',', 3],
    ['\t', 2],
  ] as const);
  const rows = Array.from({ length: rng.int(6, 14) }, () => newProfile(rng));
  writeTable(b, rng, lang, pickColumns(rng), rows, sep, rng.chance(0.8));
  return b.build(id, 'csv', lang);
};

/** The data-centre visitor register: who came, for which company, with which ID and car. */
export const visitorRegister: Genre = (rng, lang, id) => {
  const b = new DocumentBuilder();
  const clock = new Clock(rng);
  const sep = rng.pick([';', ',']);
  const companies = [
    'Polderlink',
    'Equinix',
    'Schneider Electric',
    'Eaton',
    'Cisco',
    'Klant: Rekenhof BV',
    'Klant: Flora BV',
    'Securitas',
  ];
  b.put(
    `${[t(lang, 'datum', 'date'), t(lang, 'naam', 'name'), t(lang, 'bedrijf', 'company'), t(lang, 'legitimatie', 'id_type'), t(lang, 'documentnr', 'id_number'), t(lang, 'kenteken', 'plate'), t(lang, 'mobiel', 'mobile'), t(lang, 'in', 'in'), t(lang, 'uit', 'out'), t(lang, 'pas', 'badge')].join(sep)}\n`,
  );
  const rows = rng.int(6, 12);
  for (let i = 0; i < rows; i++) {
    const c = newProfile(rng);
    // Visitors come during office hours; the register runs over a few days.
    if (rng.chance(0.25)) clock.nextWorkday(rng, 1);
    else clock.tick(rng, 300, 2400);
    const doc = rng.weighted([
      ['passport', 3],
      ['id', 4],
      ['licence', 1],
    ] as const);
    const docType =
      doc === 'passport'
        ? t(lang, 'paspoort', 'passport')
        : doc === 'id'
          ? t(lang, 'ID-kaart', 'ID card')
          : t(lang, 'rijbewijs', 'driving licence');
    b.add`${fakes.date(clock.date, lang, rng)}${sep}${pii('person_name', renderName(c.person, rng.pick(['full', 'initials', 'sorted'] as const)))}`;
    const company = rng.pick(companies);
    b.put(sep);
    b.put(company.includes(sep) ? `"${company}"` : company);
    b.add`${sep}${docType}${sep}`;
    // A driving licence number is none of the planted types, so the register leaves it blank.
    if (doc === 'passport') b.put(pii('passport_number', c.passport));
    else if (doc === 'id') b.put(pii('id_card_number', c.idCard));
    b.put(sep);
    if (rng.chance(0.6)) b.put(pii('licence_plate', formatPlate(c.plate, rng)));
    b.put(sep);
    if (rng.chance(0.7)) b.put(pii('phone', formatPhone(c.mobile, rng)));
    b.add`${sep}${clock.hm()}${sep}${new Clock(rng)
      .at(Number(clock.hm().slice(0, 2)), 0)
      .tick(rng, 1800, 10800)
      .hm()}${sep}${rng.chance(0.5) ? `B${rng.digits(4)}` : ''}\n`;
  }
  return b.build(id, 'csv', lang);
};

/** A payroll export of HR: the one place where BSN, IBAN and birth date sit side by side. */
export const payrollExport: Genre = (rng, lang, id) => {
  const b = new DocumentBuilder();
  const sep = rng.pick([';', '\t', '|']);
  const bsnHeader =
    lang === 'nl'
      ? rng.pick(['bsn', 'BSN', 'burgerservicenummer', 'sofinummer', 'sofi_nr'])
      : rng.pick(['bsn', 'citizen_service_number', 'BSN (NL tax id)']);
  const header = [
    t(lang, 'personeelsnr', 'employee_no'),
    t(lang, 'naam', 'name'),
    bsnHeader,
    t(lang, 'geb_datum', 'birth_date'),
    'iban',
    t(lang, 'adres', 'address'),
    'postcode',
    t(lang, 'brutoloon', 'gross_salary'),
    t(lang, 'leaseauto', 'lease_car'),
  ];
  b.put(`${header.join(sep)}\n`);
  for (let i = rng.int(6, 12); i > 0; i--) {
    const c = newProfile(rng);
    b.add`${`P${rng.digits(5)}`}${sep}${pii('person_name', renderName(c.person, rng.pick(['sorted', 'full', 'initials'] as const)))}${sep}${pii('bsn', formatBsn(c.bsn, rng))}${sep}${pii('date_of_birth', formatDate(c.dob, lang, rng))}${sep}${pii('iban', c.iban)}${sep}${pii('postal_address', streetLine(c.address))}${sep}${pii('postcode', postcode(c.address, rng))}${sep}${fakes.amount(rng, lang)}${sep}`;
    if (rng.chance(0.4)) b.put(pii('licence_plate', formatPlate(c.plate, rng)));
    b.put('\n');
  }
  if (rng.chance(0.5))
    b.add`# ${t(lang, 'export door', 'exported by')} ${pii('person_name', renderName(newPerson(rng), 'full'))}\n`;
  return b.build(id, 'csv', lang);
};
