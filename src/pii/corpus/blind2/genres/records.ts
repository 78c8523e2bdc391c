import { Clock, isoDate } from '../../blind/dates.js';
import type { Genre } from '../../blind/genres/genre.js';
import { dutchMobile, type Phone } from '../../blind/phones.js';
import { DocumentBuilder, pii } from '../../builder.js';
import { fake } from '../decoys.js';
import { company } from '../operator.js';
import { fullName, fullSurname } from '../people.js';
import { countryName } from '../places.js';
import { newProfile, plant } from '../profile.js';
import { newStaff, staffMail, t } from './common.js';

/**
 * Records without the labels that would explain them: call detail records and a legacy customer
 * list as CSV without a header row, SQL INSERTs without a column list, and address-book entries
 * (vCard for customers, LDIF for the staff directory). Each field of a split name or address is an
 * item of its own.
 */

const e164 = (p: Phone) => `+${p.cc}${p.area}${p.subscriber}`;

/** Switch CDRs: call id, start, seconds, caller, callee, handset, cell position of the caller. */
export const cdrExport: Genre = (rng, lang, id) => {
  const b = new DocumentBuilder();
  const clock = new Clock(rng);
  const n = rng.int(5, 10);
  const caller = newProfile(rng, lang);
  for (let i = 0; i < n; i++) {
    clock.tick(rng, 30, 7200);
    const toHelpdesk = rng.chance(0.15);
    b.add`${fake.uuid(rng)},${fake.timestamp(clock.iso())},${rng.int(0, 3600)},${pii('phone', e164(caller.mobile))},`;
    if (toHelpdesk) b.add`${company.phone(rng, 'free')}`;
    else b.add`${pii('phone', e164(rng.chance(0.8) ? dutchMobile(rng) : newProfile(rng, lang).landline))}`;
    b.add`,${rng.pick(['MOC', 'MTC', 'SMS-MO', 'VOLTE'])},${fake.imei(rng)},`;
    if (rng.chance(0.5)) {
      const at = {
        lat: caller.home.lat + (rng.next() - 0.5) * 0.02,
        lon: caller.home.lon + (rng.next() - 0.5) * 0.03,
      };
      b.add`"${pii('geo_coordinates', `${at.lat.toFixed(5)},${at.lon.toFixed(5)}`)}"`;
    }
    b.add`,${rng.pick(['204-08', '204-16', '204-04'])}\n`;
  }
  return b.build(id, 'csv', lang);
};

/** A legacy customer list as CSV with no header: names, address parts and contact each in a field. */
export const headerlessCsv: Genre = (rng, lang, id) => {
  const b = new DocumentBuilder();
  const n = rng.int(5, 10);
  const sep = rng.pick([';', ',', '|']);
  for (let i = 0; i < n; i++) {
    const c = newProfile(rng, lang);
    const a = c.address;
    b.add`${fake.customer(rng)}${sep}${plant.given(c.person)}${sep}`;
    if (c.person.prefix) b.add`${plant.prefix(c.person)}`;
    b.add`${sep}${plant.surname(c.person)}${sep}${plant.streetName(a)}${sep}${plant.houseNumber(a)}${sep}`;
    if (a.addition) b.add`${plant.addition(a)}`;
    b.add`${sep}${plant.postcode(a, rng)}${sep}${a.town.name}${sep}${plant.anyPhone(c, rng)}${sep}${plant.email(c.email)}${sep}`;
    b.add`${pii('date_of_birth', isoDate(c.dob))}${sep}${plant.iban(c.iban, rng)}${sep}${fake.amount(rng, lang)}\n`;
  }
  return b.build(id, 'csv', lang);
};

const sq = (s: string) => s.replace(/'/g, "''");

/** A dump of INSERT statements without a column list, as old backup scripts wrote them. */
export const sqlInserts: Genre = (rng, lang, id) => {
  const b = new DocumentBuilder();
  const table = rng.pick(['klant', 'abonnee', 'customers_old', 'crm_contact']);
  b.add`-- ${t(lang, 'export', 'export')} ${fake.timestamp(new Clock(rng).sql())} ${t(lang, 'van', 'of')} ${table}\n`;
  const n = rng.int(4, 7);
  for (let i = 0; i < n; i++) {
    const c = newProfile(rng, lang);
    const a = c.address;
    const q = (type: Parameters<typeof pii>[0], v: string) => pii(type, sq(v));
    b.add`INSERT INTO ${table} VALUES (${rng.int(1000, 99999)}, '${fake.customer(rng)}', '${q('person_name', c.person.given)}', `;
    if (c.person.prefix) b.add`'${q('person_name', c.person.prefix)}'`;
    else b.add`NULL`;
    b.add`, '${q('person_name', c.person.surname)}', '${plant.street(a, rng)}', '${plant.postcode(a, rng)}', '${sq(a.town.name)}', `;
    b.add`'${plant.phone(c.mobile, rng)}', '${plant.email(c.email)}', '${pii('date_of_birth', isoDate(c.dob))}', '${plant.iban(c.iban, rng)}', `;
    b.add`'${fake.mac(rng)}', ${rng.chance(0.5) ? `'${rng.pick(['actief', 'active', 'opgezegd'])}'` : 'NULL'}, '${fake.timestamp(new Clock(rng).sql())}');\n`;
  }
  return b.build(id, 'csv', lang);
};

/** vCards of customers from the business desk's address book, or LDIF of the staff directory. */
export const directoryEntries: Genre = (rng, lang, id) => {
  const b = new DocumentBuilder();
  const n = rng.int(2, 5);
  if (rng.chance(0.55)) {
    for (let i = 0; i < n; i++) {
      const c = newProfile(rng, lang);
      const a = c.address;
      b.add`BEGIN:VCARD\nVERSION:3.0\nN:${pii('person_name', fullSurname(c.person))};${plant.given(c.person)};;;\nFN:${pii('person_name', fullName(c.person))}\n`;
      b.add`ORG:${rng.pick(['Installatiebedrijf', 'Bakkerij', 'Fysiotherapie', 'Loonbedrijf', 'Garage'])} ${plant.surname(c.person)}\n`;
      b.add`TEL;TYPE=CELL:${plant.phone(c.mobile, rng)}\nTEL;TYPE=WORK:${plant.phone(c.landline, rng)}\nEMAIL;TYPE=INTERNET:${plant.email(c.email)}\n`;
      b.add`ADR;TYPE=WORK:;;${plant.street(a, rng)};${a.town.name};;${plant.postcode(a, rng)};${countryName(a, lang)}\n`;
      if (rng.chance(0.5)) b.add`BDAY:${pii('date_of_birth', isoDate(c.dob))}\n`;
      if (rng.chance(0.3))
        b.add`GEO:geo:${pii('geo_coordinates', `${c.home.lat.toFixed(5)},${c.home.lon.toFixed(5)}`)}\n`;
      b.add`NOTE:${t(lang, 'klantnr', 'customer')} ${fake.customer(rng)}, KvK ${fake.kvk(rng)}, BTW ${fake.vat(rng)}\nEND:VCARD\n`;
    }
  } else {
    for (let i = 0; i < n; i++) {
      const s = newStaff(rng, lang);
      const p = s.person;
      b.add`dn: cn=${pii('person_name', fullName(p))},ou=${rng.pick(['noc', 'klantenservice', 'field', 'finance'])},dc=eemsvezel,dc=nl\n`;
      b.add`objectClass: inetOrgPerson\ncn: ${pii('person_name', fullName(p))}\ngivenName: ${plant.given(p)}\nsn: ${pii('person_name', fullSurname(p))}\n`;
      b.add`mail: ${staffMail(s)}\nmobile: ${plant.phone(dutchMobile(rng), rng)}\ntelephoneNumber: ${company.phone(rng, 'helpdesk')}\n`;
      b.add`employeeNumber: ${rng.digits(5, true)}\npostalAddress: ${company.street()}$${company.postcode()} Delfzijl\n\n`;
    }
  }
  return b.build(id, 'csv', lang);
};
