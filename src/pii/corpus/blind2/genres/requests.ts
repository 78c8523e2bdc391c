import { Clock } from '../../blind/dates.js';
import type { Genre } from '../../blind/genres/genre.js';
import { DocumentBuilder, pii } from '../../builder.js';
import { fake } from '../decoys.js';
import { company } from '../operator.js';
import { newPerson } from '../people.js';
import { newAddress, townName } from '../places.js';
import { newProfile, plant } from '../profile.js';
import { newStaff, staffMail, t } from './common.js';

/**
 * Requests with a form behind them: a house move, a lawful data demand from police or a court, and
 * the confirmation of an installation appointment.
 */

/** Moving house: the old and the new address, both personal, and the date of the move. */
export const addressChange: Genre = (rng, lang, id) => {
  const b = new DocumentBuilder();
  const c = newProfile(rng, lang);
  const next = newAddress(
    rng,
    c.address.town.country === 'NL' || rng.chance(0.5) ? 'NL' : c.address.town.country,
  );
  const clock = new Clock(rng);
  b.add`${t(lang, 'Verhuisformulier', 'Change of address')} — ${t(lang, 'ingediend', 'submitted')} ${fake.timestamp(clock.iso())}\n\n`;
  b.add`${t(lang, 'Voorletters', 'Initials')}: ${pii('person_name', c.person.given[0]!)}.\n`;
  if (c.person.prefix) b.add`${t(lang, 'Tussenvoegsel', 'Prefix')}: ${plant.prefix(c.person)}\n`;
  b.add`${t(lang, 'Achternaam', 'Surname')}: ${plant.surname(c.person)}\n`;
  b.add`${t(lang, 'Geboortedatum', 'Date of birth')}: ${plant.dob(c.dob, lang, rng)}\n`;
  b.add`${t(lang, 'Klantnummer', 'Customer number')}: ${fake.customer(rng)}\n\n`;
  b.add`${t(lang, 'Huidig adres', 'Current address')}: ${plant.street(c.address, rng)}, ${plant.postcode(c.address, rng)} ${townName(c.address, rng)}\n`;
  b.add`${t(lang, 'Nieuw adres', 'New address')}\n  ${t(lang, 'Straat', 'Street')}: ${plant.streetName(next)}\n  ${t(lang, 'Huisnummer', 'House number')}: ${plant.houseNumber(next)}\n`;
  if (next.addition) b.add`  ${t(lang, 'Toevoeging', 'Addition')}: ${plant.addition(next)}\n`;
  b.add`  ${t(lang, 'Postcode', 'Postcode')}: ${plant.postcode(next, rng)}\n  ${t(lang, 'Plaats', 'Town')}: ${next.town.name}\n`;
  b.add`${t(lang, 'Verhuisdatum', 'Moving date')}: ${fake.date(clock.plusDays(rng.int(10, 45)), lang, rng)}\n`;
  b.add`${t(lang, 'Telefoon', 'Phone')}: ${plant.anyPhone(c, rng)}   E-mail: ${plant.email(c.email)}\n`;
  b.add`${t(lang, 'Opmerking', 'Notes')}: ${t(lang, 'graag het vaste nummer meenemen, modem', 'please keep my landline number, router')} ${fake.mac(rng)} ${t(lang, 'neem ik mee', 'comes with me')}.\n\n`;
  b.add`${t(lang, 'Check glasvezel op nieuw adres', 'Fibre check at the new address')}: ${rng.chance(0.7) ? t(lang, 'beschikbaar', 'available') : t(lang, 'niet beschikbaar, DSL', 'not available, DSL')} (${fake.line(rng)}) ${t(lang, 'meter', 'meter')} ${fake.meter(rng)}\n\n`;
  const clerk = newStaff(rng, lang);
  b.add`--- ${t(lang, 'Verwerkt door', 'Handled by')} ${plant.name(clerk.person, rng, 'full')} ${t(lang, 'op', 'on')} ${fake.date(clock.plusDays(1), lang, rng)} ---\n`;
  if (lang === 'nl') {
    b.add`Oude aansluiting ${fake.line(rng)} per verhuisdatum afgesloten, nieuwe order ${fake.order(rng)} aangemaakt. Klant gebeld op ${plant.anyPhone(c, rng)}, voicemail ingesproken. `;
    b.add`Bevestiging gestuurd naar ${plant.email(c.email)}. Verhuiskosten ${fake.amount(rng, lang)} vervallen (loyaliteitsactie). Bij vragen: ${company.phone(rng)}.\n`;
  } else {
    b.add`Old line ${fake.line(rng)} ends on the moving date, new order ${fake.order(rng)} created. Called the customer on ${plant.anyPhone(c, rng)}, left a message. `;
    b.add`Confirmation sent to ${plant.email(c.email)}. Moving fee ${fake.amount(rng, lang)} waived (loyalty). Questions: ${company.phone(rng)}.\n`;
  }
  return b.build(id, 'ticket', lang);
};

/** A lawful demand for subscriber data (art. 126na Sv and the like), with the reply attached. */
export const forensicOrder: Genre = (rng, lang, id) => {
  const b = new DocumentBuilder();
  const subject = newProfile(rng, lang);
  const officer = newPerson(rng, 'nl');
  const handler = newStaff(rng, lang);
  const clock = new Clock(rng);
  b.add`${t(lang, 'VORDERING VERSTREKKEN GEGEVENS', 'ORDER TO PRODUCE DATA')} — ${t(lang, 'art. 126na Wetboek van Strafvordering', 'art. 126na Dutch Code of Criminal Procedure')}\n`;
  b.add`${t(lang, 'Parketnummer', 'Public prosecutor no.')}: ${fake.case(rng, 'prosecutor')}   ${t(lang, 'Registratienummer', 'Police ref.')}: ${fake.case(rng, 'police')}\n`;
  b.add`${t(lang, 'Aan', 'To')}: ${company.name()}, ${company.email('legal')}, ${t(lang, 'tel.', 'tel.')} ${company.phone(rng, 'legal')}\n`;
  b.add`${t(lang, 'Opsporingsambtenaar', 'Investigating officer')}: ${plant.name(officer, rng, 'initials')}, ${t(lang, 'Politie Noord-Nederland', 'Police Northern Netherlands')}\n\n`;
  b.add`${t(lang, 'Gegevens betrokkene', 'Subject')}:\n`;
  b.add`  ${t(lang, 'Naam', 'Name')}: ${plant.name(subject.person, rng, rng.chance(0.5) ? 'upper' : 'full')}\n`;
  b.add`  ${t(lang, 'Geboren', 'Born')}: ${plant.dob(subject.dob, lang, rng)}\n`;
  b.add`  BSN: ${plant.bsn(subject.bsn, rng)}\n`;
  b.add`  ${t(lang, 'Adres', 'Address')}: ${plant.street(subject.address, rng)}, ${plant.postcode(subject.address, rng)} ${townName(subject.address, rng)}\n`;
  b.add`  ${t(lang, 'Telefoonnummer', 'Phone number')}: ${plant.phone(subject.mobile, rng)}\n`;
  b.add`  ${t(lang, 'Voertuig', 'Vehicle')}: ${plant.plate(subject.plate, rng)}\n`;
  b.add`  ${t(lang, 'IP-adres', 'IP address')}: ${rng.chance(0.6) ? plant.ip(subject.ipv4) : plant.ipv6(subject.ipv6, rng)} ${t(lang, 'op', 'at')} ${fake.timestamp(clock.iso())}\n\n`;
  b.add`${t(lang, 'Gevorderd', 'Requested')}: ${t(lang, 'NAW-gegevens, IMEI/ICCID, verkeersgegevens', 'subscriber details, IMEI/ICCID, traffic data')} ${fake.date(clock.plusDays(-30), lang, rng)} – ${fake.date(clock.date, lang, rng)}\n\n`;
  b.add`--- ${t(lang, 'Antwoord', 'Reply')} ${company.name()} (${plant.name(handler.person, rng, 'full')}, ${staffMail(handler)}) ---\n`;
  b.add`${t(lang, 'Abonnee', 'Subscriber')} ${fake.customer(rng)} ${t(lang, 'sinds', 'since')} ${fake.date(clock.plusDays(-900), lang, rng)}; SIM ${fake.iccid(rng)}; IMEI ${fake.imei(rng)}; ${t(lang, 'betaalt via', 'pays from')} ${plant.iban(subject.iban, rng)}.\n`;
  b.add`${t(lang, 'Laatste locatie toestel (zendmast-schatting)', 'Last handset location (cell estimate)')}: ${plant.geo(subject.home, rng)}\n`;
  b.add`${t(lang, 'Legitimatie bij aansluiten', 'ID shown at sign-up')}: ${t(lang, 'paspoort', 'passport')} ${plant.passport(subject.passport)}\n${plant.mrz(subject, 'passport', rng)}\n`;
  return b.build(id, 'email', lang);
};

/** The confirmation of an installation visit: address, contact, where the engineer parks. */
export const installationConfirmation: Genre = (rng, lang, id) => {
  const b = new DocumentBuilder();
  const c = newProfile(rng, lang);
  const engineer = newStaff(rng, lang);
  const clock = new Clock(rng).nextWorkday(rng, 20);
  const from = rng.pick([8, 10, 13, 15]);
  b.add`${t(lang, 'Van', 'From')}: Eemsvezel ${t(lang, 'Planning', 'Scheduling')} <${company.email('install')}>\n${t(lang, 'Aan', 'To')}: ${plant.email(c.email)}\n`;
  b.add`${t(lang, 'Onderwerp', 'Subject')}: ${t(lang, 'Bevestiging afspraak', 'Appointment confirmed')} ${fake.order(rng)}\n\n`;
  b.add`${t(lang, 'Beste', 'Dear')} ${plant.name(c.person, rng, rng.chance(0.5) ? 'full' : 'initials')},\n\n`;
  b.add`${t(lang, 'Op', 'On')} ${fake.date(clock.date, lang, rng)} ${t(lang, 'tussen', 'between')} ${from}:00 ${t(lang, 'en', 'and')} ${from + 2}:00 ${t(lang, 'komt monteur', 'engineer')} ${plant.name(engineer.person, rng, 'given')} ${t(lang, 'de glasvezelaansluiting activeren op', 'will activate the fibre connection at')}:\n\n`;
  b.add`  ${plant.street(c.address, rng)}\n  ${plant.postcode(c.address, rng)} ${townName(c.address, rng)}\n`;
  if (rng.chance(0.6))
    b.add`  ${t(lang, 'locatie FTU (ingemeten)', 'FTU location (surveyed)')}: ${plant.geo(c.home, rng)}\n`;
  b.add`\n${t(lang, 'Aansluiting', 'Connection')}: ${fake.line(rng)}   ${t(lang, 'Modem', 'Router')}: ${fake.serial(rng)}   ${t(lang, 'Track & trace', 'Tracking')}: ${fake.tracking(rng)}\n`;
  b.add`${t(lang, 'De monteur belt een half uur vooraf naar', 'The engineer rings half an hour before on')} ${plant.anyPhone(c, rng)}.\n`;
  if (rng.chance(0.5))
    b.add`${t(lang, 'U gaf door dat de monteur op uw oprit mag parkeren naast de auto met kenteken', 'You told us the engineer may park on your drive next to the car with plate')} ${plant.plate(c.plate, rng)}.\n`;
  b.add`\n${t(lang, 'Wat u kunt verwachten: de monteur heeft ongeveer twee uur nodig, boort zo nodig een gat in de gevel en plaatst de FTU in de meterkast. Zorg dat de meterkast vrij is en dat iemand van 18 jaar of ouder thuis is. Het modem', 'What to expect: the engineer needs about two hours, may drill through the outer wall and fits the FTU in the meter cupboard. Please clear the cupboard and make sure someone aged 18 or over is at home. The router')} (${t(lang, 'artikel', 'article')} ${fake.ean(rng)}) ${t(lang, 'wordt meteen geconfigureerd.', 'is set up on the spot.')}\n`;
  b.add`\n${t(lang, 'Verzetten? Bel', 'To reschedule call')} ${company.phone(rng, rng.pick(['helpdesk', 'free'] as const))} ${t(lang, 'of antwoord op deze mail.', 'or reply to this e-mail.')}\n\nEemsvezel · ${company.street()} · ${company.postcode()} Delfzijl · KvK ${company.kvk()} · BTW ${company.vat()}\n`;
  return b.build(id, 'email', lang);
};
