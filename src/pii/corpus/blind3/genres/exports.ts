import type { Genre } from '../../blind/genres/genre.js';
import { DocumentBuilder, decoy, pii } from '../../builder.js';
import { look } from '../decoys.js';
import { company } from '../operator.js';
import { invertedParts } from '../people.js';
import { type Address, streetLine } from '../places.js';
import { newProfile, type Profile, plant } from '../profile.js';
import { isoDate, nlDate } from '../values.js';
import { type Part, put, t } from './common.js';

/**
 * Exports with a header row, as a back office pulls them out of the CRM, the payment provider and
 * the database: semicolons where Dutch Excel is the consumer, commas elsewhere.
 */

type Cell = Part[];

function row(b: DocumentBuilder, cells: Cell[], sep: string): void {
  cells.forEach((cell, i) => {
    if (i) b.add`${sep}`;
    const needsQuotes = cell.some((p) => (typeof p === 'string' ? p : p.value).includes(sep));
    if (needsQuotes) b.add`"`;
    put(b, cell);
    if (needsQuotes) b.add`"`;
  });
  b.add`\n`;
}

const streetAndNumber = (a: Address): Cell[] => [
  [pii('postal_address', a.street)],
  [pii('postal_address', a.number)],
  a.addition ? [pii('postal_address', a.addition.replace(/^[-\s/]/, ''))] : [],
];

/** The CRM's customer list. */
export const customerCsv: Genre = (rng, lang, id) => {
  const b = new DocumentBuilder();
  const sep = lang === 'nl' ? ';' : rng.pick([',', ';']);
  const split = rng.chance(0.5);
  const inverted = rng.chance(0.4);
  const head =
    lang === 'nl'
      ? [
          'klantnr',
          ...(inverted ? ['naam'] : ['voornaam', 'achternaam']),
          ...(split ? ['straat', 'huisnr', 'toev'] : ['adres']),
          'postcode',
          'plaats',
          'telefoon',
          'email',
          'geb_datum',
          'pakket',
        ]
      : [
          'customer_id',
          ...(inverted ? ['name'] : ['first_name', 'last_name']),
          ...(split ? ['street', 'house_no', 'addition'] : ['address']),
          'postcode',
          'city',
          'phone',
          'email',
          'dob',
          'plan',
        ];
  b.add`${head.join(sep)}\n`;
  for (let i = rng.int(4, 9); i > 0; i--) {
    const c = newProfile(rng, lang);
    const p = c.person;
    const inv = invertedParts(p, rng);
    const name: Cell[] = inverted
      ? [[pii('person_name', inv.family), ', ', pii('person_name', inv.given)]]
      : [[plant.given(p)], [pii('person_name', [p.prefix, p.surname].filter(Boolean).join(' '))]];
    const addr: Cell[] = split ? streetAndNumber(c.address) : [[plant.street(c.address)]];
    row(
      b,
      [
        [look.customer(rng)],
        ...name,
        ...addr,
        [plant.postcode(c.address, rng)],
        [c.address.town.name],
        [plant.phone(c, rng)],
        [plant.email(c.email)],
        [pii('date_of_birth', lang === 'nl' ? nlDate(c.dob) : isoDate(c.dob))],
        [rng.pick(['GLAS500', 'GLAS1000TV', 'SIM20', 'VPS-M'])],
      ],
      sep,
    );
  }
  return b.build(id, 'csv', lang);
};

/** A batch of failed direct debits from the payment provider, returned for follow-up. */
export const paymentCsv: Genre = (rng, lang, id) => {
  const b = new DocumentBuilder();
  const sep = rng.pick([';', ',']);
  b.add`${t(lang, 'datum', 'date')}${sep}${t(lang, 'machtigingskenmerk', 'mandate_id')}${sep}${t(lang, 'naam_rekeninghouder', 'account_holder')}${sep}iban${sep}${t(lang, 'bedrag', 'amount')}${sep}${t(lang, 'factuur', 'invoice')}${sep}${t(lang, 'reden', 'reason')}\n`;
  put(b, ['# ', t(lang, 'incassant ', 'creditor '), company.iban(rng), ' ', company.bic(), '\n']);
  for (let i = rng.int(4, 10); i > 0; i--) {
    const c: Profile = newProfile(rng, lang);
    const holder = rng.chance(0.5) ? plant.name(c.person, 'upper') : plant.initials(c.person);
    row(
      b,
      [
        [look.isoDay(rng)],
        [look.mandate(rng)],
        [holder],
        [pii('iban', c.iban)],
        [decoy('amount', `${rng.int(10, 199)}.${rng.digits(2)}`)],
        [look.invoice(rng)],
        [rng.pick(['AM04', 'MD06', 'AC04', 'MS03'])],
      ],
      sep,
    );
  }
  return b.build(id, 'csv', lang);
};

const sql = (s: string) => s.replace(/'/g, "\\'");

/** A mysqldump of the self-service database, with a column list. */
export const sqlDump: Genre = (rng, lang, id) => {
  const b = new DocumentBuilder();
  b.add`-- MySQL dump 10.13  Distrib 8.0.${rng.int(30, 40)}, for Linux (x86_64)\n-- Host: db-crm-0${rng.int(1, 3)}    Database: selfservice\n-- ------------------------------------------------------\n\n`;
  b.add`LOCK TABLES \`customers\` WRITE;\nINSERT INTO \`customers\` (\`id\`, \`first_name\`, \`last_name\`, \`email\`, \`phone\`, \`street\`, \`postcode\`, \`city\`, \`birth_date\`, \`iban\`, \`last_login_ip\`, \`created_at\`) VALUES\n`;
  const n = rng.int(3, 7);
  for (let i = 0; i < n; i++) {
    const c = newProfile(rng, lang);
    const p = c.person;
    put(b, [
      `(${rng.int(1000, 99999)},'`,
      pii('person_name', sql(p.given)),
      "','",
      pii('person_name', sql([p.prefix, p.surname].filter(Boolean).join(' '))),
      "','",
      plant.email(c.email),
      "','",
      pii('phone', c.phone),
      "','",
      pii('postal_address', sql(streetLine(c.address))),
      "','",
      plant.postcode(c.address, rng),
      `','${sql(c.address.town.name)}','`,
      pii('date_of_birth', isoDate(c.dob)),
      "','",
      pii('iban', c.iban),
      "','",
      plant.ip(c, rng),
      "','",
      look.timestamp(rng),
      `')${i === n - 1 ? ';' : ','}\n`,
    ]);
  }
  b.add`UNLOCK TABLES;\n`;
  return b.build(id, 'csv', lang);
};
