import { DocumentBuilder, pii } from '../../builder.js';
import type { Prng } from '../../prng.js';
import { postcode } from '../addresses.js';
import { companyEmail, legalName } from '../company.js';
import { Clock, formatDate, mrzDate } from '../dates.js';
import { td1, td3 } from '../mrz.js';
import { familyName, newPerson, renderName } from '../people.js';
import { fakes, newProfile, plant, t } from '../profile.js';
import type { Genre } from './genre.js';

/** "Label: value" with the spacing and casing web forms and mail plugins produce. */
function labeller(rng: Prng): (label: string) => string {
  const style = rng.int(0, 4);
  return (label: string) => {
    switch (style) {
      case 0:
        return `${label}: `;
      case 1:
        return `${label.toUpperCase()}: `;
      case 2:
        return `${label.toLowerCase()} : `;
      case 3:
        return `${label}:\t`;
      default:
        return `${`${label}:`.padEnd(22, ' ')}`;
    }
  };
}

/** A web-form submission as the form plugin mails it to the service desk. */
export const contactForm: Genre = (rng, lang, id) => {
  const b = new DocumentBuilder();
  const c = newProfile(rng);
  const clock = new Clock(rng);
  const L = labeller(rng);
  const topic = rng.pick(
    lang === 'nl'
      ? ['Opzeggen', 'Storing melden', 'Verhuizen', 'Klacht', 'Nummerbehoud']
      : ['Cancel contract', 'Report a fault', 'Moving house', 'Complaint', 'Keep my number'],
  );
  b.add`${t(lang, 'Nieuw formulier ingediend', 'New form submission')}: ${topic}\n${'-'.repeat(rng.int(20, 44))}\n`;
  const split = rng.chance(0.6);
  if (split) {
    b.add`${L(t(lang, 'Voornaam', 'First name'))}${pii('person_name', c.person.given)}\n`;
    if (c.person.prefix && rng.chance(0.7)) {
      b.add`${L(t(lang, 'Tussenvoegsel', 'Prefix'))}${pii('person_name', c.person.prefix)}\n`;
      b.add`${L(t(lang, 'Achternaam', 'Last name'))}${pii('person_name', c.person.surname)}\n`;
    } else b.add`${L(t(lang, 'Achternaam', 'Last name'))}${pii('person_name', familyName(c.person))}\n`;
  } else b.add`${L(t(lang, 'Naam', 'Name'))}${plant.name(c.person, rng)}\n`;
  b.add`${L(t(lang, 'E-mailadres', 'Email address'))}${plant.email(c.email)}\n`;
  b.add`${L(t(lang, 'Telefoonnummer', 'Phone number'))}${plant.anyPhone(c, rng)}\n`;
  if (rng.chance(0.6)) {
    b.add`${L('Postcode')}${pii('postcode', postcode(c.address, rng))}\n`;
    b.add`${L(t(lang, 'Huisnummer', 'House number'))}${pii('postal_address', String(c.address.number))}\n`;
    const add = c.address.addition.replace(/^[-\s/]+/, '');
    b.add`${L(t(lang, 'Toevoeging', 'Addition'))}${add ? pii('postal_address', add) : ''}\n`;
  } else {
    b.add`${L(t(lang, 'Adres', 'Address'))}${plant.street(c.address, rng)}\n${L('Postcode')}${plant.postcode(c.address, rng)}\n`;
  }
  b.add`${L(t(lang, 'Woonplaats', 'Town'))}${c.address.city.name}\n`;
  if (rng.chance(0.6)) b.add`${L(t(lang, 'Geboortedatum', 'Date of birth'))}${plant.dob(c.dob, lang, rng)}\n`;
  b.add`${L(t(lang, 'Klantnummer', 'Customer number'))}${fakes.customer(rng)}\n`;
  b.add`${L(t(lang, 'Bericht', 'Message'))}`;
  const msg = rng.int(0, 3);
  if (msg === 0)
    b.add`${t(lang, 'Graag per direct opzeggen, ik verhuis naar het buitenland. Eindafrekening naar', 'Please cancel right away, I am moving abroad. Final bill to')} ${plant.iban(c.iban, rng)} ${t(lang, 'en de modem stuur ik terug met code', 'and I will return the modem with code')} ${fakes.tracking(rng)}.`;
  else if (msg === 1)
    b.add`${t(lang, 'Al drie dagen geen internet op', 'No internet for three days at')} ${plant.street(c.address, rng)}! ${t(lang, 'Bel mijn vrouw', 'Call my partner')} ${plant.name(newPerson(rng), rng, 'full')} ${t(lang, 'op', 'on')} ${plant.phone(newProfile(rng).mobile, rng)} ${t(lang, 'als ik niet opneem.', "if I don't answer.")}`;
  else if (msg === 2)
    b.add`${t(lang, 'Mijn zoon', 'My son')} ${plant.name(newPerson(rng), rng, 'given')} ${t(lang, 'heeft een abonnement afgesloten op mijn naam, geboren', 'took out a contract in my name, born')} ${plant.dob(c.dob, lang, rng)}. ${t(lang, 'Dat wil ik terugdraaien.', 'I want that undone.')}`;
  else b.add`${t(lang, 'Zie bijlage.', 'See attachment.')}`;
  b.add`\n\n${t(lang, 'Verzonden op', 'Sent on')} ${fakes.timestamp(`${clock.nl()} ${clock.time()}`)} ${t(lang, 'vanaf', 'from')} ${rng.chance(0.7) ? plant.ip(c.ipv4) : plant.ipv6(c.ipv6, rng)}\nUser-Agent: ${plant.ua(c.ua)}\n${t(lang, 'Formulier-ID', 'Form id')}: ${fakes.uuid(rng)}\n`;
  return b.build(id, 'ticket', lang);
};

/** The result of an online identity check (KYC) for a postpaid contract, with the document's MRZ. */
export const identityCheck: Genre = (rng, lang, id) => {
  const b = new DocumentBuilder();
  const c = newProfile(rng);
  const clock = new Clock(rng);
  const passport = rng.chance(0.5);
  const expiry = clock.plusDays(rng.int(-60, 3600));
  const L = labeller(rng);
  const ok = rng.chance(0.7);
  b.add`${t(lang, 'ID-verificatie', 'Identity verification')} — ${t(lang, 'resultaat', 'result')}: ${ok ? t(lang, 'GOEDGEKEURD', 'APPROVED') : t(lang, 'AFGEKEURD', 'REJECTED')}\n`;
  b.add`${L(t(lang, 'Aanvraag', 'Application'))}${fakes.order(rng)}\n`;
  b.add`${L('Document')}${passport ? t(lang, 'Paspoort (P)', 'Passport (P)') : t(lang, 'Identiteitskaart (I)', 'Identity card (I)')} — NLD\n`;
  b.add`${L(t(lang, 'Documentnummer', 'Document number'))}${passport ? plant.passport(c.passport) : plant.idCard(c.idCard)}\n`;
  b.add`${L(t(lang, 'Vervaldatum', 'Expiry date'))}${formatDate(expiry, lang, rng)}\n`;
  b.add`${L(t(lang, 'Naam (document)', 'Name (document)'))}${pii('person_name', `${(c.person.prefix ? `${c.person.prefix} ${c.person.surname}` : c.person.surname).toUpperCase()}, ${[c.person.given, ...c.person.middle].join(' ').toUpperCase()}`)}\n`;
  b.add`${L(t(lang, 'Geboortedatum', 'Date of birth'))}${plant.dob(c.dob, lang, rng)}\n`;
  if (rng.chance(0.6)) b.add`${L(t(lang, 'BSN (chip)', 'BSN (chip)'))}${plant.bsn(c.bsn, rng)}\n`;
  else b.add`${L('BSN')}${t(lang, 'afgeschermd', 'masked')}\n`;
  b.add`MRZ:\n`;
  const mrzIn = {
    person: c.person,
    documentNumber: passport ? c.passport : c.idCard,
    bsn: c.bsn,
    birth: mrzDate(c.dob),
    expiry: mrzDate(expiry),
  };
  b.add`${pii('mrz', passport ? td3(mrzIn) : td1(mrzIn))}\n`;
  b.add`${L(t(lang, 'Selfie-match', 'Selfie match'))}${rng.int(55, 99)}%\n`;
  b.add`${L(t(lang, 'Apparaat', 'Device'))}${plant.ua(c.ua)}\n`;
  b.add`${L('IP')}${plant.ip(c.ipv4)}\n`;
  if (rng.chance(0.5))
    b.add`${L(t(lang, 'Locatie (toestel)', 'Location (device)'))}${plant.geo(c.home, rng)}\n`;
  b.add`${L(t(lang, 'Gecontroleerd', 'Checked'))}${fakes.timestamp(clock.iso())}\n`;
  if (!ok)
    b.add`${t(lang, 'Reden', 'Reason')}: ${t(lang, 'document verlopen of foto onleesbaar; klant gevraagd opnieuw te uploaden via', 'document expired or photo unreadable; customer asked to upload again via')} ${plant.email(c.email)}\n`;
  return b.build(id, 'ticket', lang);
};

/** A data-subject access request (AVG art. 15) and the privacy team's acknowledgement. */
export const accessRequest: Genre = (rng, lang, id) => {
  const b = new DocumentBuilder();
  const c = newProfile(rng);
  const clock = new Clock(rng);
  const officer = newPerson(rng);
  b.add`${t(lang, 'Van', 'From')}: ${plant.name(c.person, rng, 'full')} <${plant.email(c.email)}>\n`;
  b.add`${t(lang, 'Aan', 'To')}: ${companyEmail(rng, 'privacy')}\n`;
  b.add`${t(lang, 'Onderwerp', 'Subject')}: ${t(lang, 'Inzageverzoek AVG art. 15', 'Subject access request, Article 15 GDPR')}\n\n`;
  b.add`${t(lang, 'Geachte heer/mevrouw,', 'Dear Sir or Madam,')}\n\n`;
  b.add`${t(lang, 'Hierbij verzoek ik u, op grond van artikel 15 AVG, om inzage in alle persoonsgegevens die', 'Under Article 15 GDPR I request access to all personal data')} ${legalName} ${t(lang, 'van mij verwerkt, inclusief de bron en de ontvangers.', 'processes about me, including its source and recipients.')}\n\n`;
  b.add`${t(lang, 'Mijn gegevens', 'My details')}:\n`;
  b.add`- ${t(lang, 'Naam', 'Name')}: ${plant.name(c.person, rng, 'givenAll')}\n`;
  b.add`- ${t(lang, 'Adres', 'Address')}: ${plant.street(c.address, rng)}, ${plant.postcode(c.address, rng)} ${c.address.city.name}\n`;
  b.add`- ${t(lang, 'Geboortedatum', 'Date of birth')}: ${plant.dob(c.dob, lang, rng)}\n`;
  b.add`- ${t(lang, 'Klantnummer', 'Customer number')}: ${fakes.customer(rng)}\n`;
  b.add`- ${t(lang, 'Nummers bij u bekend', 'Numbers you hold')}: ${plant.phone(c.mobile, rng)}, ${plant.phone(c.landline, rng)}\n`;
  if (rng.chance(0.5))
    b.add`- ${t(lang, 'Vorig adres', 'Previous address')}: ${(() => {
      const prev = newProfile(rng).address;
      return plant.street(prev, rng);
    })()} (${t(lang, 'tot', 'until')} ${fakes.date(clock.plusDays(-rng.int(200, 900)), lang, rng)})\n`;
  const card = rng.chance(0.5);
  b.add`\n${t(lang, 'Ter identificatie: mijn', 'For identification: my')} ${card ? t(lang, 'ID-kaartnummer', 'identity card number') : t(lang, 'paspoortnummer', 'passport number')} ${card ? plant.idCard(c.idCard) : plant.passport(c.passport)}. ${t(lang, 'Mijn BSN heb ik op de kopie afgeschermd, zoals de Autoriteit Persoonsgegevens adviseert.', 'I have masked my citizen service number on the copy, as the Dutch DPA advises.')}\n\n`;
  b.add`${t(lang, 'Met vriendelijke groet,', 'Yours faithfully,')}\n${plant.name(c.person, rng, 'initials')}\n\n`;
  b.add`----- ${t(lang, 'Antwoord', 'Reply')} -----\n`;
  b.add`${t(lang, 'Beste', 'Dear')} ${plant.name(c.person, rng, rng.pick(['given', 'full'] as const))},\n${t(lang, 'We hebben je verzoek ontvangen op', 'We received your request on')} ${fakes.date(clock.date, lang, rng)} ${t(lang, 'onder nummer', 'under number')} ${fakes.ticket(rng)}. ${t(lang, 'Je krijgt binnen een maand antwoord.', 'You will hear from us within a month.')}\n`;
  b.add`${pii('person_name', renderName(officer, 'full'))}, ${t(lang, 'Functionaris Gegevensbescherming', 'Data Protection Officer')}\n`;
  return b.build(id, 'email', lang);
};
