import type { Genre } from '../../blind/genres/genre.js';
import { DocumentBuilder, pii } from '../../builder.js';
import { look, organisationByName } from '../decoys.js';
import { company, operator } from '../operator.js';
import { familyName, initials, newPerson } from '../people.js';
import { newAddress } from '../places.js';
import { addressLines, newProfile, plant } from '../profile.js';
import { newAgent, put, signature, t } from './common.js';

/**
 * Letters about a person's rights and debts: access and erasure requests under the GDPR, a
 * collection letter, and a police or court demand for subscriber data.
 */

/** An inzageverzoek / subject access request, with the identification people attach. */
export const accessRequest: Genre = (rng, lang, id) => {
  const b = new DocumentBuilder();
  const c = newProfile(rng, lang);
  put(b, [
    'From: ',
    plant.email(c.email),
    '\nTo: ',
    company.email('privacy'),
    `\nSubject: ${t(lang, rng.pick(['Inzageverzoek AVG', 'verzoek inzage persoonsgegevens', 'Art. 15 AVG']), rng.pick(['Subject access request', 'GDPR Article 15 request', 'Data access request']))}\n\n`,
  ]);
  b.add`${t(lang, 'Geachte functionaris gegevensbescherming,', 'Dear Data Protection Officer,')}\n\n`;
  b.add`${t(lang, 'Op grond van artikel 15 AVG verzoek ik u om inzage in alle persoonsgegevens die u van mij verwerkt, inclusief belgegevens en IP-adressen van de afgelopen zes maanden.', 'Under Article 15 GDPR I request access to all personal data you hold about me, including call records and IP addresses from the last six months.')}\n\n`;
  b.add`${t(lang, 'Mijn gegevens:', 'My details:')}\n`;
  put(b, [t(lang, 'Naam: ', 'Name: '), plant.name(c.person, rng.chance(0.5) ? 'full' : 'formal'), '\n']);
  put(b, [t(lang, 'Adres: ', 'Address: '), ...addressLines(c.address, rng, ', '), '\n']);
  if (rng.chance(0.5)) {
    const old = newAddress(rng);
    put(b, [
      t(lang, 'Vorig adres (tot ', 'Previous address (until '),
      look.date(rng, lang),
      '): ',
      plant.street(old),
      ', ',
      plant.postcode(old, rng),
      ` ${old.town.name}\n`,
    ]);
  }
  put(b, [t(lang, 'Geboortedatum: ', 'Date of birth: '), plant.dob(c, lang, rng), '\n']);
  put(b, [t(lang, 'Klantnummer: ', 'Customer number: '), look.customer(rng), '\n']);
  put(b, [t(lang, 'Mobiel nummer: ', 'Mobile: '), plant.mobile(c), '\n']);
  if (rng.chance(0.6)) {
    const kind = rng.pick(['passport', 'id'] as const);
    put(b, [
      '\n',
      t(lang, 'Ter identificatie een kopie van mijn ', 'As proof of identity, a copy of my '),
      kind === 'passport' ? t(lang, 'paspoort', 'passport') : t(lang, 'identiteitskaart', 'identity card'),
      t(lang, ' (nummer ', ' (number '),
      plant.docNo(c, kind),
      t(lang, '). Onderaan de scan:\n', '). The bottom of the scan reads:\n'),
      plant.mrz(c, kind, rng),
      '\n',
    ]);
    if (rng.chance(0.5))
      put(b, [
        t(lang, '(Mijn BSN heb ik niet afgeschermd, sorry: BSN ', '(I did not black out my BSN, sorry: BSN '),
        plant.bsn(c, rng),
        ')\n',
      ]);
  }
  put(b, [
    '\n',
    t(
      lang,
      'Ik verwacht binnen een maand een reactie, dus uiterlijk ',
      'I expect a reply within one month, i.e. by ',
    ),
    look.date(rng, lang),
    '.\n\n',
    plant.name(c.person, 'full'),
    '\n',
  ]);
  return b.build(id, 'email', lang);
};

/** A verwijderverzoek: erase my data, including that of a deceased relative. */
export const erasureRequest: Genre = (rng, lang, id) => {
  const b = new DocumentBuilder();
  const c = newProfile(rng, lang);
  const a = newAgent(rng, lang);
  const relative = rng.chance(0.4) ? newPerson(rng, lang) : undefined;
  put(b, [
    t(lang, 'Privacyverzoek ', 'Privacy request '),
    look.ticket(rng),
    t(lang, ' — type: verwijdering (art. 17)\n', ' — type: erasure (art. 17)\n'),
  ]);
  put(b, [t(lang, 'Ontvangen via: ', 'Received via: '), company.email('privacy'), '\n\n']);
  b.add`--- ${t(lang, 'bericht van de betrokkene', "data subject's message")} ---\n`;
  put(b, [
    t(lang, 'Ik, ', 'I, '),
    plant.name(c.person, 'full'),
    t(lang, ', geboren ', ', born '),
    plant.dob(c, lang, rng),
    t(
      lang,
      ', wil dat u al mijn gegevens verwijdert. Ik ben al sinds ',
      ', want you to delete all my data. I have not been a customer since ',
    ),
    look.date(rng, lang),
    t(lang, ' geen klant meer. ', '. '),
  ]);
  put(b, [
    t(lang, 'Ik krijg nog steeds reclame op ', 'I still get marketing at '),
    plant.email(c.email),
    t(lang, ' en sms-jes op ', ' and texts on '),
    plant.mobile(c),
    '.',
  ]);
  if (relative) {
    put(b, [
      t(
        lang,
        ` Ook het account van mijn overleden ${relative.gender === 'm' ? 'vader' : 'moeder'} `,
        ` Please also close my late ${relative.gender === 'm' ? 'father' : 'mother'}'s account, `,
      ),
      plant.name(relative, 'formal'),
      t(lang, ' (klantnummer ', ' (customer number '),
      look.customer(rng),
      t(
        lang,
        ') moet worden opgeheven; de akte van overlijden is bijgevoegd.',
        '); the death certificate is attached.',
      ),
    ]);
  }
  b.add`\n\n--- ${t(lang, 'afhandeling', 'handling')} ---\n`;
  put(b, [
    t(lang, 'Gevonden in CRM: ', 'Found in CRM: '),
    look.customer(rng),
    ' / ',
    plant.street(c.address),
    ' / ',
    plant.postcode(c.address, rng),
    '\n',
  ]);
  put(b, [
    t(lang, 'Bewaarplicht: facturen t/m ', 'Retention: invoices up to '),
    look.invoice(rng),
    t(
      lang,
      ' blijven 7 jaar (fiscaal), rest anonimiseren.\n',
      ' kept 7 years (tax law), anonymise the rest.\n',
    ),
  ]);
  put(b, [
    t(lang, 'Uitgevoerd door ', 'Done by '),
    pii('person_name', `${a.person.given} ${familyName(a.person, false)}`),
    t(lang, ' op ', ' on '),
    look.isoDay(rng),
    '\n',
  ]);
  return b.build(id, 'ticket', lang);
};

/** A reminder from the collections department, or from the agency it hands the debt to. */
export const collectionLetter: Genre = (rng, lang, id) => {
  const b = new DocumentBuilder();
  const c = newProfile(rng, lang);
  const agency = rng.chance(0.5) ? organisationByName('Incassobureau') : undefined;
  b.add`${agency ? agency.name : operator.name}\n`;
  if (agency) put(b, [agency.detail(2), ' · ', agency.detail(0), ' · ', agency.detail(1), '\n\n']);
  else
    put(b, [
      company.street('post'),
      ' · ',
      company.postcode('post'),
      ` ${company.town('post')} · `,
      company.phone(rng, 'collections'),
      '\n\n',
    ]);
  put(b, [
    plant.name(c.person, rng.chance(0.6) ? 'formal' : 'upper'),
    '\n',
    ...addressLines(c.address, rng),
    '\n\n',
  ]);
  put(b, [
    `${company.town()}, `,
    look.date(rng, lang),
    '\n',
    t(lang, 'Dossier: ', 'File: '),
    look.contract(rng),
    '\n\n',
  ]);
  put(b, [
    t(lang, 'Betreft: ', 'Re: '),
    t(lang, agency ? 'Sommatie' : 'Tweede herinnering', agency ? 'Final demand' : 'Second reminder'),
    '\n\n',
  ]);
  put(b, [
    t(
      lang,
      `Geachte ${c.person.gender === 'm' ? 'heer' : 'mevrouw'} `,
      `Dear ${c.person.gender === 'm' ? 'Mr' : 'Ms'} `,
    ),
    plant.family(c.person),
    ',\n\n',
  ]);
  put(b, [
    t(
      lang,
      'Ondanks eerdere herinneringen staan de volgende facturen nog open:\n',
      'Despite earlier reminders the following invoices remain unpaid:\n',
    ),
  ]);
  for (let i = rng.int(1, 3); i > 0; i--)
    put(b, ['  ', look.invoice(rng), '  ', look.date(rng, lang), '  ', look.amount(rng, lang), '\n']);
  put(b, [
    '\n',
    t(lang, 'Wij verzoeken u het totaal van ', 'Please pay the total of '),
    look.amount(rng, lang),
    t(lang, ' binnen 14 dagen over te maken naar ', ' within 14 days to '),
    company.iban(rng),
    t(lang, ' o.v.v. ', ' quoting '),
    look.contract(rng),
    '. ',
  ]);
  put(b, [
    t(lang, 'De automatische incasso van rekening ', 'The direct debit from account '),
    plant.iban(c, rng),
    t(lang, ' is gestorneerd.', ' was reversed.'),
    '\n',
  ]);
  if (agency && rng.chance(0.35))
    put(b, [
      t(
        lang,
        'Bij uitblijven van betaling volgt beslag; bekend burgerservicenummer ',
        'Failing payment we will seek attachment; citizen service number on file ',
      ),
      plant.bsn(c, rng),
      '.\n',
    ]);
  if (rng.chance(0.4))
    put(b, [
      t(lang, 'Ter controle van uw identiteit: geboortedatum ', 'To confirm your identity: date of birth '),
      plant.dob(c, lang, rng),
      '.\n',
    ]);
  if (!agency) signature(b, newAgent(rng, lang), rng, lang);
  return b.build(id, 'email', lang);
};

/** A vordering from the police or a court order for subscriber data, and the legal team's note. */
export const lawfulRequest: Genre = (rng, lang, id) => {
  const b = new DocumentBuilder();
  const subject = newProfile(rng, lang, 'NL');
  const officer = newPerson(rng, 'nl');
  const police = organisationByName('Politie');
  const court = organisationByName('Rechtbank');
  put(b, [
    t(
      lang,
      'VORDERING GEGEVENS GEBRUIKER (art. 126na Sv)\n',
      'DEMAND FOR SUBSCRIBER DATA (art. 126na Code of Criminal Procedure)\n',
    ),
  ]);
  put(b, [
    t(lang, 'Zaaknummer: ', 'Case number: '),
    look.case(rng),
    '\n',
    t(lang, 'Van: ', 'From: '),
    police.name,
    ', ',
    police.detail(0),
    ', ',
    police.detail(1),
    '\n',
  ]);
  if (rng.chance(0.6))
    put(b, [
      t(lang, 'Verdachte/betrokkene, BSN: ', 'Person concerned, BSN: '),
      plant.bsn(subject, rng),
      '\n',
    ]);
  put(b, [
    t(lang, 'Behandelend verbalisant: ', 'Officer in charge: '),
    pii('person_name', `${initials(officer)} ${familyName(officer, false)}`),
    '\n\n',
  ]);
  put(b, [
    t(
      lang,
      'Gevraagd: NAW-gegevens van de gebruiker van IP-adres ',
      'Requested: name and address of the user of IP address ',
    ),
    plant.ip(subject, rng, 0.35),
    t(lang, ' op ', ' at '),
    look.timestamp(rng),
    t(lang, ', en van het telefoonnummer ', ', and of phone number '),
    plant.mobile(subject),
    '.\n\n',
  ]);
  b.add`--- ${t(lang, 'antwoord juridische zaken', 'legal team response')} ---\n`;
  put(b, [
    t(lang, 'Abonnee: ', 'Subscriber: '),
    plant.name(subject.person, 'upper'),
    t(lang, ', geb. ', ', born '),
    plant.dob(subject, lang, rng),
    '\n',
  ]);
  put(b, [
    t(lang, 'Adres: ', 'Address: '),
    plant.street(subject.address),
    ', ',
    plant.postcode(subject.address, rng),
    ` ${subject.address.town.name}\n`,
  ]);
  put(b, [
    t(lang, 'Klant sinds: ', 'Customer since: '),
    look.date(rng, lang),
    ', ',
    look.customer(rng),
    '\n',
  ]);
  if (rng.chance(0.5))
    put(b, [
      t(lang, 'Legitimatie bij aansluiting: paspoort ', 'ID at sign-up: passport '),
      plant.docNo(subject, 'passport'),
      '\n',
    ]);
  put(b, [
    t(lang, 'Machtiging rechter-commissaris: ', 'Warrant from the examining magistrate: '),
    court.name,
    ', ',
    court.detail(0),
    ' ',
    court.detail(1),
    '\n',
  ]);
  put(b, [
    t(lang, 'Verstrekt via ', 'Sent via '),
    company.email('legal'),
    t(lang, ' op ', ' on '),
    look.isoDay(rng),
    '\n',
  ]);
  return b.build(id, 'email', lang);
};
