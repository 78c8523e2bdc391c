import { luhnDigit } from '../../blind/check-digits.js';
import type { Genre } from '../../blind/genres/genre.js';
import { DocumentBuilder, decoy, type Planted, pii } from '../../builder.js';
import type { Prng } from '../../prng.js';
import { look } from '../decoys.js';
import { company } from '../operator.js';
import { fullName, newPerson } from '../people.js';
import { addressLines, newProfile, plant } from '../profile.js';
import { newAgent, put, t } from './common.js';

/**
 * HR mail about the operator's own staff. Employees are people like any other: their home
 * address, birth date, BSN and bank account are personal data even in an internal mail.
 */

/** A team lead reporting someone sick, or their return, to HR. */
export const sickLeaveMail: Genre = (rng, lang, id) => {
  const b = new DocumentBuilder();
  const lead = newAgent(rng, lang);
  const sick = newProfile(rng, lang, 'NL');
  const from = pii('person_name', fullName(lead.person));
  put(b, [
    'From: ',
    from,
    ' <',
    pii('email', lead.email),
    '>\nTo: ',
    company.email('hr'),
    `\nSubject: ${t(lang, 'Ziekmelding', 'Sick leave')} `,
    pii('person_name', sick.person.given),
    '\n\n',
  ]);
  b.add`${t(lang, 'Hoi HR,', 'Hi HR,')}\n\n`;
  put(b, [
    plant.name(sick.person, 'full'),
    t(lang, ' (personeelsnr. ', ' (staff no. '),
    look.customer(rng),
    t(lang, ') heeft zich vanochtend ziek gemeld. ', ') called in sick this morning. '),
  ]);
  put(b, [
    t(lang, 'Verwachte duur onbekend; ze is bereikbaar op ', 'Expected duration unknown; reachable on '),
    plant.mobile(sick),
    t(
      lang,
      '. De bedrijfsarts kan contact opnemen vanaf ',
      '. The occupational doctor may contact them from ',
    ),
    look.date(rng, lang),
    '.\n',
  ]);
  put(b, [
    t(lang, 'Diensten overgenomen door ', 'Shifts covered by '),
    plant.name(newPerson(rng, 'nl'), 'given'),
    t(lang, ' en mij.', ' and me.'),
    '\n\n',
  ]);
  put(b, [t(lang, 'Groet,\n', 'Thanks,\n'), pii('person_name', lead.person.given), '\n']);
  return b.build(id, 'email', lang);
};

/** HR asking IT and payroll to set up a new starter. */
export const onboardingMail: Genre = (rng, lang, id) => {
  const b = new DocumentBuilder();
  const hr = newAgent(rng, lang);
  const nw = newProfile(rng, lang, rng.chance(0.85) ? 'NL' : rng.pick(['BE', 'DE'] as const));
  const emergency = newPerson(rng, lang);
  const p = nw.person;
  put(b, [
    'From: ',
    pii('person_name', fullName(hr.person)),
    ' <',
    pii('email', hr.email),
    '>\nTo: ',
    company.email('hr'),
    '; ',
    company.email('it'),
    `\nSubject: ${t(lang, 'Indiensttreding', 'New starter')} `,
    plant.name(p, 'full'),
    ' per ',
    look.date(rng, lang),
    '\n\n',
  ]);
  b.add`${t(lang, 'Beste collega’s,\n\nGraag alles klaarzetten voor onze nieuwe medewerker:', 'Hi all,\n\nPlease get everything ready for our new colleague:')}\n\n`;
  put(b, [
    t(lang, 'Naam: ', 'Name: '),
    plant.name(p, 'full'),
    ` (${t(lang, 'roepnaam', 'known as')} `,
    plant.given(p),
    ')\n',
  ]);
  put(b, [t(lang, 'Adres: ', 'Home address: '), ...addressLines(nw.address, rng, ', '), '\n']);
  put(b, [t(lang, 'Geboortedatum: ', 'Date of birth: '), plant.dob(nw, lang, rng), '\n']);
  put(b, [t(lang, 'BSN: ', 'BSN (citizen service number): '), plant.bsn(nw, rng), '\n']);
  put(b, [t(lang, 'IBAN salaris: ', 'Salary account: '), plant.iban(nw, rng), '\n']);
  put(b, [t(lang, 'Privé e-mail: ', 'Private e-mail: '), plant.email(nw.email), '\n']);
  put(b, [
    t(lang, 'Noodcontact: ', 'Emergency contact: '),
    plant.name(emergency, 'full'),
    ` (${emergency.gender === 'm' ? t(lang, rng.pick(['partner', 'vader', 'broer']), rng.pick(['partner', 'father', 'brother'])) : t(lang, rng.pick(['partner', 'moeder', 'zus']), rng.pick(['partner', 'mother', 'sister']))}), `,
    pii('phone', rng.chance(0.8) ? newProfile(rng, lang, 'NL').phone : '+90 532 418 22 91'),
    '\n',
  ]);
  put(b, [
    t(lang, 'Functie: ', 'Role: '),
    rng.pick(['Servicedesk medewerker', 'NOC engineer', 'Monteur FttH', 'Sales binnendienst']),
    ', ',
    t(lang, 'team ', 'team '),
    hr.team,
    '\n',
  ]);
  put(b, [
    t(lang, 'Laptop: ', 'Laptop: '),
    look.serial(rng),
    t(lang, ', telefoon IMEI ', ', phone IMEI '),
    imei(rng),
    '\n',
  ]);
  if (rng.chance(0.4))
    put(b, [
      t(lang, 'Leaseauto kenteken: ', 'Lease car plate: '),
      look.fleetPlate(rng),
      t(lang, ' (poolauto)', ' (pool car)'),
      '\n',
    ]);
  put(b, [
    '\n',
    t(lang, 'Kopie ID (', 'ID copy ('),
    t(lang, 'identiteitskaart ', 'identity card '),
    plant.docNo(nw, 'id'),
    t(lang, ') staat in het personeelsdossier.\n\nGroet,\n', ') is in the personnel file.\n\nRegards,\n'),
    pii('person_name', hr.person.given),
    '\n',
  ]);
  return b.build(id, 'email', lang);
};

function imei(rng: Prng): Planted {
  // A handset identifier: fifteen digits with a Luhn check digit, not a card number.
  const body = `35${rng.digits(12)}`;
  return decoy('imei', `${body}${luhnDigit(body)}`);
}
