import { DocumentBuilder, decoy, pii } from '../../builder.js';
import { cityName } from '../addresses.js';
import { companyEmail, donors, legalName, offices } from '../company.js';
import { Clock } from '../dates.js';
import { familyName, initials, newPerson, renderName } from '../people.js';
import { dutchLandline, dutchNonGeographic, formatPhone, nationalDigits, type Phone } from '../phones.js';
import { fakes, newProfile, plant, t } from '../profile.js';
import type { Genre } from './genre.js';

const businesses = [
  'Fietsenmakerij De Spaak',
  'Tandartspraktijk Zuid',
  'Kapsalon Knipperlicht',
  'Installatiebedrijf Noord',
  'Huisartsenpraktijk Het Plein',
  'Administratiekantoor Rekenhof',
  'Bloemenhuis Flora',
  'Garage Ringweg',
];

/** Consecutive numbers in a block, as businesses port them (a main number and its extensions). */
function block(first: Phone, n: number): Phone[] {
  const out = [first];
  for (let i = 1; i < n; i++) {
    const next = String(Number(first.subscriber) + i).padStart(first.subscriber.length, '0');
    out.push({ ...first, subscriber: next });
  }
  return out;
}

/** The paper (or PDF) number-porting form a customer signs to bring their numbers along. */
export const portingForm: Genre = (rng, lang, id) => {
  const b = new DocumentBuilder();
  const c = newProfile(rng);
  const clock = new Clock(rng);
  const business = rng.chance(0.4);
  const office = offices[1]!;
  const aligned = rng.chance(0.7);
  const pad = (label: string) => (aligned ? label.padEnd(28, ' ') : `${label} `);
  b.add`${t(lang, 'AANVRAAGFORMULIER NUMMERBEHOUD', 'NUMBER PORTING REQUEST — LETTER OF AUTHORISATION')}\n`;
  b.add`${legalName} · ${decoy('company_address', office.street)} · ${decoy('company_address', office.postcode)} ${office.city} · ${companyEmail(rng, rng.pick(['porting', 'nummerbehoud']))}\n\n`;
  b.add`1. ${t(lang, 'Gegevens abonnementhouder', 'Subscriber details')}\n`;
  if (business) {
    b.add`${pad(t(lang, 'Bedrijfsnaam:', 'Company name:'))}${rng.pick(businesses)}\n`;
    b.add`${pad(t(lang, 'KvK-nummer:', 'Chamber of Commerce no.:'))}${fakes.kvk(rng)}\n`;
    b.add`${pad(t(lang, 'Contactpersoon:', 'Contact person:'))}${plant.name(c.person, rng, 'full')}\n`;
  } else {
    b.add`${pad(t(lang, 'Naam:', 'Name:'))}${t(lang, rng.pick(['Dhr. ', 'Mevr. ', '']), rng.pick(['Mr ', 'Ms ', '']))}${plant.name(c.person, rng, rng.pick(['initials', 'full', 'upper'] as const))}\n`;
  }
  b.add`${pad(t(lang, 'Adres:', 'Address:'))}${plant.street(c.address, rng)}\n`;
  b.add`${pad(t(lang, 'Postcode/plaats:', 'Postcode/town:'))}${plant.postcode(c.address, rng)}  ${cityName(c.address, rng)}\n`;
  b.add`${pad(t(lang, 'Telefoon contact:', 'Contact phone:'))}${plant.phone(c.mobile, rng)}\n`;
  b.add`${pad('E-mail:')}${plant.email(c.email)}\n\n`;
  b.add`2. ${t(lang, 'Te porteren nummers', 'Numbers to port')}\n`;
  b.add`${pad(t(lang, 'Huidige aanbieder:', 'Current provider:'))}${rng.pick(donors)}\n`;
  b.add`${pad(t(lang, 'Klantnummer huidige aanb.:', 'Account no. at provider:'))}${fakes.customer(rng)}\n`;
  const first = business
    ? rng.chance(0.4)
      ? dutchNonGeographic(rng)
      : dutchLandline(rng, c.address.city.area)
    : rng.chance(0.5) || c.mobile.country !== 'NL'
      ? c.landline
      : c.mobile;
  const numbers = block(first, business ? rng.int(2, 6) : 1);
  const asList = rng.chance(0.6);
  b.put(pad(t(lang, 'Nummer(s):', 'Number(s):')));
  if (asList || numbers.length === 1) {
    numbers.forEach((n, i) => {
      if (i > 0) b.put(`\n${pad('')}`);
      b.put(pii('phone', rng.chance(0.5) ? nationalDigits(n) : formatPhone(n, rng)));
    });
  } else {
    b.add`${pii('phone', nationalDigits(numbers[0]!))} ${t(lang, 't/m', 'to')} ${pii('phone', nationalDigits(numbers[numbers.length - 1]!))}`;
    // The numbers in between are inside the range but not written out: nothing to plant.
  }
  b.put('\n');
  b.add`${pad(t(lang, 'Gewenste portingdatum:', 'Requested port date:'))}${fakes.date(clock.plusDays(rng.int(7, 40)), lang, rng)}\n`;
  b.add`${pad(t(lang, 'Ons ordernummer:', 'Our order no.:'))}${fakes.order(rng)}\n\n`;
  b.add`3. ${t(lang, 'Ondertekening', 'Signature')}\n`;
  b.add`${t(lang, 'Ondergetekende verklaart bevoegd te zijn om over bovenstaande nummers te beschikken en machtigt', 'The undersigned declares to be authorised to use the numbers above and authorises')} ${legalName} ${t(lang, 'de overstap te regelen.', 'to arrange the transfer.')}\n`;
  b.add`${t(lang, 'Plaats', 'Place')}: ${c.address.city.name}    ${t(lang, 'Datum', 'Date')}: ${fakes.date(clock.date, lang, rng)}\n`;
  b.add`${t(lang, 'Naam ondertekenaar', 'Name of signatory')}: ${plant.name(c.person, rng, 'initials')}\n`;
  if (rng.chance(0.5))
    b.add`${t(lang, 'Geboortedatum ondertekenaar', "Signatory's date of birth")}: ${plant.dob(c.dob, lang, rng)}\n`;
  b.add`${t(lang, 'Handtekening', 'Signature')}: ____________________\n`;
  return b.build(id, 'ticket', lang);
};

/** Porting messages between operators as XML, a batch the porting gateway logged. */
export const portingXml: Genre = (rng, lang, id) => {
  const b = new DocumentBuilder();
  const clock = new Clock(rng);
  const ops = ['PLNK', 'KPNM', 'VODA', 'TMNL', 'ZIGG', 'LEBA', 'YOUF', 'DELT'];
  const messages = rng.int(3, 6);
  b.add`<!-- porting gateway outbound batch ${fakes.uuid(rng)} -->\n`;
  for (let m = 0; m < messages; m++) {
    clock.tick(rng, 1, 400);
    const c = newProfile(rng);
    const ind = (n: number) => '  '.repeat(n);
    const ph = rng.chance(0.5) && c.mobile.country === 'NL' ? c.mobile : c.landline;
    b.add`<?xml version="1.0" encoding="UTF-8"?>\n<message xmlns="urn:nl:porting:v3">\n`;
    b.add`${ind(1)}<header><sender><networkoperator>PLNK</networkoperator></sender><receiver><networkoperator>${rng.pick(ops.slice(1))}</networkoperator></receiver><timestamp>${fakes.timestamp(clock.iso())}</timestamp></header>\n`;
    b.add`${ind(1)}<body>\n${ind(2)}<portingrequest>\n`;
    b.add`${ind(3)}<dossierid>${fakes.ticket(rng)}</dossierid>\n`;
    b.add`${ind(3)}<customerinfo>\n`;
    const p = c.person;
    if (rng.chance(0.5)) {
      b.add`${ind(4)}<lastname>${pii('person_name', familyName(p))}</lastname>\n`;
      b.add`${ind(4)}<initials>${pii('person_name', initials(p))}</initials>\n`;
    } else {
      b.add`${ind(4)}<name>${pii('person_name', renderName(p, rng.pick(['initials', 'full'] as const)))}</name>\n`;
    }
    b.add`${ind(4)}<companyname/>\n`;
    const add = c.address.addition.replace(/^[-\s]+/, '');
    b.add`${ind(4)}<housenr>${pii('postal_address', String(c.address.number))}</housenr>\n`;
    if (add) b.add`${ind(4)}<housenrext>${pii('postal_address', add)}</housenrext>\n`;
    else b.add`${ind(4)}<housenrext/>\n`;
    b.add`${ind(4)}<postcode>${pii('postcode', `${c.address.pcDigits}${c.address.pcLetters}`)}</postcode>\n`;
    b.add`${ind(4)}<customerid>${fakes.customer(rng)}</customerid>\n`;
    b.add`${ind(3)}</customerinfo>\n`;
    b.add`${ind(3)}<numberseries><start>${pii('phone', nationalDigits(ph))}</start><end>${pii('phone', nationalDigits(ph))}</end></numberseries>\n`;
    if (rng.chance(0.3)) {
      const contact = newPerson(rng);
      b.add`${ind(3)}<contactname>${pii('person_name', renderName(contact, 'full'))}</contactname>\n`;
      b.add`${ind(3)}<contactphone>${pii('phone', nationalDigits(newProfile(rng).mobile))}</contactphone>\n`;
    }
    b.add`${ind(3)}<note>${rng.pick(['', 'enkelvoudig', 'meervoudig, zie bijlage', 'spoed', 'klant gaat verhuizen'])}</note>\n`;
    b.add`${ind(2)}</portingrequest>\n${ind(1)}</body>\n</message>\n`;
  }
  return b.build(id, 'log', lang);
};
