import type { Genre } from '../../blind/genres/genre.js';
import { DocumentBuilder, pii } from '../../builder.js';
import { look } from '../decoys.js';
import { company } from '../operator.js';
import { fullName, newPerson } from '../people.js';
import { streetLine } from '../places.js';
import { nameStyle, newProfile, plant } from '../profile.js';
import { newAgent, put, t, timeOfDay, typo } from './common.js';

/**
 * Text staff write for each other: terse ticket notes in lower case, call logs, chat. Agents are
 * named by their desk id in the CRM (agt4127) — not a personal datum — but by name in chat.
 */

const desk = (rng: import('../../prng.js').Prng) => `agt${rng.digits(4, true)}`;

/** A CRM ticket's running notes, one entry per contact, typed fast. */
export const crmNotes: Genre = (rng, lang, id) => {
  const b = new DocumentBuilder();
  const c = newProfile(rng, lang);
  put(b, [
    'ticket ',
    look.ticket(rng),
    ' | ',
    t(lang, 'klant ', 'customer '),
    look.customer(rng),
    ' | ',
    t(lang, 'status: open', 'status: open'),
    '\n\n',
  ]);
  const entries = rng.int(2, 5);
  for (let i = 0; i < entries; i++) {
    put(b, [look.isoDay(rng), ` ${timeOfDay(rng)} ${desk(rng)}\n`]);
    const n = rng.int(0, 6);
    if (lang === 'nl') {
      if (n === 0)
        put(b, [
          'klant ',
          plant.name(c.person, 'lower'),
          ` belde ivm ${typo('storing', rng)}, modem `,
          look.serial(rng),
          ' herstart, werkt weer. terugbellen op ',
          plant.phone(c, rng),
          ' als het weer gebeurt',
        ]);
      else if (n === 1)
        put(b, [
          'geen gehoor op ',
          plant.phone(c, rng),
          ', vm ingesproken. adres gecheckt: ',
          pii('postal_address', streetLine(c.address).toLowerCase()),
          ', ',
          plant.postcode(c.address, rng),
        ]);
      else if (n === 2)
        put(b, [
          `mevr/dhr ${typo('gevraagd', rng)} naar ${typo('geboortedatum', rng)} -> `,
          plant.dob(c, lang, rng),
          ' klopt. factuur ',
          look.invoice(rng),
          ' gecrediteerd ',
          look.amount(rng, lang),
        ]);
      else if (n === 3)
        put(b, [
          'mail gestuurd naar ',
          plant.email(c.email),
          ' met nieuwe inlog, code ',
          look.code(rng),
          ' verloopt na 15 min',
        ]);
      else if (n === 4)
        put(b, [
          'rekeningnr gewijzigd naar ',
          plant.iban(c, rng),
          ' op verzoek klant, machtiging ',
          look.mandate(rng),
          ' aangepast',
        ]);
      else if (n === 5)
        put(b, [
          'dochter ',
          plant.name(newPerson(rng, 'nl'), 'lower'),
          ' belde namens ',
          plant.family(c.person),
          ', geen machtiging in dossier dus niks inhoudelijks gezegd',
        ]);
      else
        put(b, [
          'monteur ingepland ',
          look.date(rng, lang),
          ', bus ',
          look.fleetPlate(rng),
          ', storing in wijk ',
          look.coverage(rng),
          ' bekend',
        ]);
    } else {
      if (n === 0)
        put(b, [
          'cust ',
          plant.name(c.person, 'lower'),
          ` called re ${typo('outage', rng)}, rebooted ONT `,
          look.serial(rng),
          ', ok now. cb on ',
          plant.phone(c, rng),
          ' if recurs',
        ]);
      else if (n === 1)
        put(b, [
          'no answer on ',
          plant.phone(c, rng),
          ', left vm. address verified: ',
          plant.street(c.address),
          ' ',
          plant.postcode(c.address, rng),
        ]);
      else if (n === 2)
        put(b, [
          'id&v passed (dob ',
          plant.dob(c, lang, rng),
          ' + postcode). credited inv ',
          look.invoice(rng),
          ' ',
          look.amount(rng, lang),
        ]);
      else if (n === 3) put(b, ['sent pw reset to ', plant.email(c.email), ', otp ', look.code(rng)]);
      else if (n === 4)
        put(b, [
          'updated bank details to ',
          plant.iban(c, rng),
          ' per customer request, mandate ',
          look.mandate(rng),
        ]);
      else if (n === 5)
        put(b, [
          'partner ',
          plant.name(newPerson(rng, lang), 'full'),
          ' called on behalf of ',
          plant.given(c.person),
          ' - not authorised on account, told them nothing',
        ]);
      else
        put(b, [
          'engineer booked for ',
          look.date(rng, lang),
          ', van ',
          look.fleetPlate(rng),
          ', known fault in area ',
          look.coverage(rng),
        ]);
    }
    b.add`\n\n`;
  }
  return b.build(id, 'ticket', lang);
};

/** A call-centre contact record: who called, how they were verified, what was agreed. */
export const callNotes: Genre = (rng, lang, id) => {
  const b = new DocumentBuilder();
  const c = newProfile(rng, lang);
  const onBehalf = rng.chance(0.3) ? newPerson(rng, lang) : undefined;
  put(b, [
    t(lang, 'Gesprek ', 'Call '),
    look.timestamp(rng),
    ` (${rng.pick(['inbound', 'outbound'])}, `,
    company.phone(rng, rng.pick(['service', 'outage', 'business'] as const)),
    ')\n',
  ]);
  put(b, [t(lang, 'Beller: ', 'Caller: '), plant.name(onBehalf ?? c.person, nameStyle(rng, 'plain'))]);
  if (onBehalf)
    put(b, [
      t(lang, ' namens ', ' on behalf of '),
      plant.name(c.person, 'full'),
      t(lang, ' (machtiging aanwezig)', ' (power of attorney on file)'),
    ]);
  put(b, [
    '\n',
    t(lang, 'Verificatie: postcode + huisnr ', 'Verification: postcode + house no '),
    plant.postcode(c.address, rng),
    ' ',
    pii('postal_address', c.address.number + c.address.addition),
    t(lang, ' ok, geb.datum ', ' ok, DOB '),
    plant.dob(c, lang, rng),
    ' ok\n',
  ]);
  put(b, [t(lang, 'Terugbelnummer: ', 'Call-back number: '), plant.mobile(c), '\n']);
  put(b, [
    t(lang, 'Onderwerp: ', 'Topic: '),
    rng.pick(
      t(
        lang,
        'overstap mobiel|sim kwijt|hostingpakket upgraden|factuur',
        'number port|lost SIM|hosting upgrade|bill',
      ).split('|'),
    ),
    '\n',
  ]);
  if (rng.chance(0.5))
    put(b, [
      t(lang, 'Nieuwe simkaart verstuurd, ', 'New SIM sent, '),
      look.iccid(rng),
      t(lang, ', track & trace ', ', tracking '),
      look.tracking(rng),
      '\n',
    ]);
  else
    put(b, [
      t(lang, 'Verbruik deze maand ', 'Usage this month '),
      look.dataVolume(rng),
      t(lang, ', bundel verhoogd, meerprijs ', ', bundle raised, extra '),
      look.amount(rng, lang),
      '\n',
    ]);
  if (rng.chance(0.15))
    put(b, [
      t(
        lang,
        'LET OP: klant las kaartnummer voor, niet opslaan -> ',
        'NB: caller read out card number, do not store -> ',
      ),
      plant.card(c, rng),
      '\n',
    ]);
  put(b, [t(lang, 'Duur: ', 'Duration: '), `${rng.int(2, 24)} min\n`]);
  return b.build(id, 'ticket', lang);
};

/** A Teams/Slack channel export of the support floor. */
export const teamChat: Genre = (rng, lang, id) => {
  const b = new DocumentBuilder();
  const staff = [newAgent(rng, lang), newAgent(rng, lang), newAgent(rng, lang)];
  const c = newProfile(rng, lang);
  b.add`#${t(lang, 'support-2e-lijn', 'support-second-line')} — export ${look.isoDay(rng)}\n\n`;
  const say = (i: number, full = rng.chance(0.6)) =>
    put(b, [
      `[${timeOfDay(rng)}] `,
      pii('person_name', full ? fullName(staff[i]!.person) : staff[i]!.person.given),
      ': ',
    ]);
  say(0);
  put(b, [
    t(lang, 'kan iemand even kijken naar ', 'can someone look at '),
    plant.family(c.person),
    ', ',
    plant.postcode(c.address, rng),
    ' ',
    pii('postal_address', c.address.number + c.address.addition),
    t(lang, '? modem offline sinds gisteren', '? modem offline since yesterday'),
    '\n',
  ]);
  say(1, false);
  b.add`${t(lang, 'ik pak hem. klantnr?', 'on it. account no?')}\n`;
  say(0);
  put(b, [look.customer(rng), t(lang, ', belt vanaf ', ', calling from '), plant.mobile(c), '\n']);
  say(2);
  put(b, [
    '@',
    pii('person_name', staff[1]!.person.given),
    t(lang, ' zit in de wijk ', ' there is a known fault in '),
    look.coverage(rng),
    t(lang, ', kast bij ', ', cabinet at '),
    look.site(rng),
    t(lang, ' staat in storing', ' is down'),
    '\n',
  ]);
  say(1, false);
  put(b, [
    t(lang, 'check, heb ', 'ok, mailed '),
    plant.given(c.person),
    t(lang, ' gemaild op ', ' at '),
    plant.email(c.email),
    ' 👍\n',
  ]);
  if (rng.chance(0.5)) {
    say(2);
    put(b, [
      t(lang, 'trouwens, ', 'btw '),
      plant.name(newPerson(rng, lang), 'full'),
      t(lang, ' van ', ' from '),
      'Glasbouw Zuid',
      t(lang, ' vraagt of de werkbon van ', ' asks whether the work order for '),
      look.date(rng, lang),
      t(lang, ' al binnen is', ' has come in'),
      '\n',
    ]);
  }
  return b.build(id, 'ticket', lang);
};

/** A technician's work order after a fibre installation. */
export const installReport: Genre = (rng, lang, id) => {
  const b = new DocumentBuilder();
  const country = rng.chance(0.9) ? 'NL' : rng.pick(['BE', 'DE'] as const);
  const c = newProfile(rng, lang, country);
  const tech = newPerson(rng, 'nl', rng.chance(0.5) ? 'limburg' : undefined);
  put(b, [t(lang, 'WERKBON ', 'WORK ORDER '), look.order(rng), ' — ', look.date(rng, lang), '\n']);
  put(b, [
    t(lang, 'Monteur: ', 'Engineer: '),
    pii('person_name', rng.chance(0.5) ? tech.given : fullName(tech)),
    t(lang, ' (bus ', ' (van '),
    look.fleetPlate(rng),
    ')\n',
  ]);
  put(b, [
    t(lang, 'Klant: ', 'Customer: '),
    plant.name(c.person, rng.chance(0.5) ? 'formal' : 'upper'),
    '\n',
  ]);
  put(b, [
    t(lang, 'Adres: ', 'Address: '),
    plant.street(c.address),
    ', ',
    plant.postcode(c.address, rng),
    ` ${c.address.town.name}\n`,
  ]);
  put(b, [t(lang, 'Tel. ter plaatse: ', 'Phone on site: '), plant.phone(c, rng), '\n']);
  put(b, [
    t(lang, 'Locatie ONT: meterkast, GPS ', 'ONT location: meter cupboard, GPS '),
    plant.geo(c, rng),
    '\n',
  ]);
  put(b, [t(lang, 'Wijkkast: ', 'Street cabinet: '), look.line(rng), ' @ ', look.site(rng), '\n']);
  put(b, ['ONT S/N: ', look.serial(rng), ' | MAC ', look.mac(rng), ' | firmware ', look.version(rng), '\n']);
  put(b, [t(lang, 'Gemeten: ', 'Measured: '), `-${rng.int(14, 24)}.${rng.int(0, 9)} dBm\n`]);
  put(b, [
    t(lang, 'Opmerking: ', 'Note: '),
    t(
      lang,
      rng.pick([
        'boring door gevel, klant akkoord',
        'kabel via kruipruimte, 12m',
        'buurvrouw had sleutel, klant niet thuis',
      ]),
      rng.pick([
        'drilled through facade, customer agreed',
        'cable through crawl space, 12m',
        'neighbour had the key, customer not home',
      ]),
    ),
    '\n',
  ]);
  put(b, [t(lang, 'Handtekening klant: ', 'Customer signature: '), plant.name(c.person, 'full'), '\n']);
  return b.build(id, 'ticket', lang);
};
