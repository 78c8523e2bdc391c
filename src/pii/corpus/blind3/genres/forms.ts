import type { Genre } from '../../blind/genres/genre.js';
import { DocumentBuilder, pii } from '../../builder.js';
import { look } from '../decoys.js';
import { company } from '../operator.js';
import { initials, newPerson } from '../people.js';
import { countryName } from '../places.js';
import { addressLines, newProfile, plant } from '../profile.js';
import { isoDate, nlDate } from '../values.js';
import { newAgent, put, t, weekday } from './common.js';

/** What the website's forms mail to the back office: key: value, as the visitor typed it. */
export const webForm: Genre = (rng, lang, id) => {
  const b = new DocumentBuilder();
  const c = newProfile(rng, lang);
  const form = rng.pick(['contact', 'order', 'port'] as const);
  const shout = rng.chance(0.2);
  const name = (v: string) => (shout ? v.toUpperCase() : v);
  put(b, [
    `${t(lang, 'Nieuw formulier', 'New form submission')}: ${form}-form\n${t(lang, 'Verzonden', 'Submitted')}: `,
    look.timestamp(rng),
    '\n',
    '-----\n',
  ]);
  if (form === 'order' || rng.chance(0.5)) {
    put(b, [
      t(lang, 'aanhef: ', 'title: '),
      c.person.gender === 'm' ? t(lang, 'dhr.', 'Mr') : t(lang, 'mevr.', 'Ms'),
      '\n',
    ]);
    put(b, [t(lang, 'voorletters: ', 'initials: '), pii('person_name', initials(c.person)), '\n']);
    if (c.person.prefix)
      put(b, [t(lang, 'tussenvoegsel: ', 'prefix: '), pii('person_name', c.person.prefix), '\n']);
    put(b, [t(lang, 'achternaam: ', 'surname: '), pii('person_name', name(c.person.surname)), '\n']);
  } else {
    put(b, [
      t(lang, 'naam: ', 'name: '),
      pii(
        'person_name',
        name(`${c.person.given} ${[c.person.prefix, c.person.surname].filter(Boolean).join(' ')}`),
      ),
      '\n',
    ]);
  }
  put(b, ['e-mail: ', plant.email(shout ? c.email.toUpperCase() : c.email), '\n']);
  put(b, [t(lang, 'telefoon: ', 'phone: '), plant.phone(c, rng), '\n']);
  if (form !== 'contact') {
    put(b, [t(lang, 'straat + huisnummer: ', 'street + number: '), plant.street(c.address), '\n']);
    put(b, [
      'postcode: ',
      plant.postcode(c.address, rng),
      '\n',
      t(lang, 'plaats: ', 'town: '),
      c.address.town.name,
      '\n',
    ]);
    put(b, [t(lang, 'land: ', 'country: '), countryName(c.address.town.country, lang), '\n']);
    put(b, [
      t(lang, 'geboortedatum: ', 'date_of_birth: '),
      pii('date_of_birth', rng.chance(0.5) ? isoDate(c.dob) : nlDate(c.dob)),
      '\n',
    ]);
    if (rng.chance(0.2))
      put(b, [
        t(lang, 'betaalwijze: creditcard\nkaartnummer: ', 'payment: card\ncard_number: '),
        plant.card(c, rng),
        '\n',
      ]);
    else put(b, ['iban: ', plant.iban(c, rng), '\n']);
  }
  if (form === 'port')
    put(b, [
      t(lang, 'over te zetten nummer: ', 'number to port: '),
      plant.mobile(c),
      '\n',
      t(lang, 'overstapcode: ', 'port code: '),
      look.code(rng),
      '\n',
    ]);
  if (form === 'order')
    put(b, [
      t(lang, 'pakket: ', 'package: '),
      rng.pick(['Glas 500', 'Glas 1000 + TV Plus', 'Sim Only 20 GB', 'VPS Medium']),
      ' (',
      look.amount(rng, lang),
      ')\n',
    ]);
  if (form === 'contact')
    put(b, [
      t(lang, 'bericht: ', 'message: '),
      t(lang, 'Ik wil graag teruggebeld worden over mijn factuur ', 'Please call me back about invoice '),
      look.invoice(rng),
      '\n',
    ]);
  put(b, [
    '-----\nip: ',
    plant.ip(c, rng),
    '\nuser-agent: ',
    plant.ua(c),
    '\nform-id: ',
    look.uuid(rng),
    '\n',
  ]);
  return b.build(id, 'ticket', lang);
};

/** The appointment confirmation the planning system mails before an installation or repair. */
export const appointment: Genre = (rng, lang, id) => {
  const b = new DocumentBuilder();
  const c = newProfile(rng, lang);
  const tech = newPerson(rng, 'nl');
  put(b, [
    'From: Mergelweb Planning <',
    company.email('planning'),
    '>\nTo: ',
    plant.email(c.email),
    `\nSubject: ${t(lang, 'Bevestiging afspraak', 'Appointment confirmed')} `,
    look.order(rng),
    '\n\n',
  ]);
  put(b, [t(lang, 'Beste ', 'Dear '), plant.name(c.person, rng.chance(0.5) ? 'full' : 'formal'), ',\n\n']);
  const from = rng.int(8, 16);
  put(b, [
    t(lang, 'Uw afspraak staat gepland op ', 'Your appointment is on '),
    `${weekday(rng, lang)} `,
    look.date(rng, lang),
    t(lang, ' tussen ', ' between '),
    `${from}:00 ${t(lang, 'en', 'and')} ${from + 2}:00.\n\n`,
  ]);
  put(b, [t(lang, 'Adres:\n', 'Address:\n'), ...addressLines(c.address, rng), '\n\n']);
  put(b, [
    t(lang, 'Uw monteur is ', 'Your engineer is '),
    pii('person_name', tech.given),
    t(
      lang,
      '. Hij of zij komt met een bestelbus met kenteken ',
      '. They will arrive in a van with registration ',
    ),
    look.fleetPlate(rng),
    '.\n',
  ]);
  put(b, [
    t(lang, 'Wij sturen op de dag zelf een sms naar ', 'On the day we will text '),
    plant.mobile(c),
    '.\n\n',
  ]);
  put(b, [
    t(lang, 'Verzetten? Bel ', 'Need to reschedule? Call '),
    company.phone(rng, 'service'),
    t(lang, ' of mail ', ' or e-mail '),
    company.email('planning'),
    '.\n',
  ]);
  if (rng.chance(0.5))
    put(b, [
      t(lang, 'Het modem (EAN ', 'The modem (EAN '),
      look.ean(rng),
      t(lang, ') wordt vooraf bezorgd, track & trace ', ') is delivered beforehand, tracking '),
      look.tracking(rng),
      '.\n',
    ]);
  return b.build(id, 'email', lang);
};

/** A damage or parking dispute: the customer's own car is personal data, the company van is not. */
export const damageReport: Genre = (rng, lang, id) => {
  const b = new DocumentBuilder();
  const c = newProfile(rng, lang, 'NL');
  const a = newAgent(rng, lang);
  const van = look.fleetPlate(rng);
  put(b, [
    'From: ',
    plant.name(c.person, 'full'),
    ' <',
    plant.email(c.email),
    '>\nTo: ',
    company.email('service'),
    `\nSubject: ${t(lang, 'Schade aan mijn auto', 'Damage to my car')}\n\n`,
  ]);
  put(b, [
    t(lang, 'Op ', 'On '),
    look.date(rng, lang),
    t(lang, ' heeft jullie bus ', ' your van '),
    van,
    t(
      lang,
      ' bij het achteruitrijden mijn auto geraakt, een grijze Kia met kenteken ',
      ' reversed into my car, a grey Kia with registration ',
    ),
    plant.plate(c, rng),
    t(lang, ', geparkeerd voor mijn huis aan de ', ', parked in front of my house at '),
    plant.street(c.address),
    '. ',
  ]);
  put(b, [
    t(
      lang,
      'De monteur heeft een schadeformulier ingevuld. Mijn verzekeraar heeft dossiernummer ',
      'The engineer filled in a claim form. My insurer has file number ',
    ),
    look.case(rng),
    t(lang, '. De reparatie kost ', '. Repairs will cost '),
    look.amount(rng, lang),
    '.\n\n',
  ]);
  put(b, [
    t(lang, 'U kunt mij bereiken op ', 'You can reach me on '),
    plant.phone(c, rng),
    '.\n',
    plant.given(c.person),
    '\n\n',
  ]);
  put(b, [
    '---\n',
    t(lang, 'Intern: ', 'Internal: '),
    t(
      lang,
      'doorgezet naar wagenparkbeheer, kenteken klant ',
      'forwarded to fleet management, customer plate ',
    ),
    plant.plate(c, rng),
    t(lang, ', bus ', ', van '),
    van,
    ' — ',
    pii('person_name', a.person.given),
    '\n',
  ]);
  return b.build(id, 'email', lang);
};
