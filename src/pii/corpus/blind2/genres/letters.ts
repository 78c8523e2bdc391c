import { Clock } from '../../blind/dates.js';
import type { Genre } from '../../blind/genres/genre.js';
import { DocumentBuilder } from '../../builder.js';
import { fake } from '../decoys.js';
import { company } from '../operator.js';
import { newPerson } from '../people.js';
import { countryName, townName } from '../places.js';
import { newProfile, plant } from '../profile.js';
import { newStaff, noisy, t } from './common.js';

/**
 * Paper: a scanned letter run through OCR, a complaint to the disputes committee, a letter from a
 * guardian (bewindvoerder) acting for a customer, and an heir reporting a death.
 */

/** A scanned letter: hard line breaks, a page header, the odd OCR slip in ordinary words. */
export const ocrLetter: Genre = (rng, lang, id) => {
  const b = new DocumentBuilder();
  const add = noisy(b, rng);
  const c = newProfile(rng, lang);
  const clock = new Clock(rng);
  add`[scan ${fake.uuid(rng)} — ${t(lang, 'pagina', 'page')} 1/1 — OCR]\n\n`;
  add`${plant.name(c.person, rng, rng.chance(0.5) ? 'upper' : 'initials')}\n${plant.street(c.address, rng)}\n${plant.postcode(c.address, rng)}  ${townName(c.address, rng)}\n\n`;
  add`${company.name()}\n${t(lang, 't.a.v. afdeling Klantenservice', 'attn. Customer Service')}\n${company.street('post')}\n${company.postcode('post')} Delfzijl\n\n`;
  add`${townName(c.address, rng)}, ${fake.date(clock.date, lang, rng)}\n\n`;
  if (lang === 'nl') {
    add`Betreft: opzegging abonnement, klantnummer ${fake.customer(rng)}\n\nGeachte heer, mevrouw,\n\nHierbij zeg ik mijn abonnement op per\n${fake.date(clock.plusDays(30), lang, rng)}. Ik ga verhuizen naar een\nverzorgingshuis. Het modem (serienummer ${fake.serial(rng)})\nlever ik in bij de winkel.\n`;
    add`Eventueel tegoed graag terug op rekening\n${plant.iban(c.iban, rng)} t.n.v. ${plant.name(c.person, rng, 'initials')}.\n`;
    if (rng.chance(0.5))
      add`Mijn burgerservicenummer is ${plant.bsn(c.bsn, rng)}, geboren\n${plant.dob(c.dob, lang, rng)}, voor het geval u dat nodig heeft.\n`;
    add`Voor vragen ben ik te bereiken op ${plant.anyPhone(c, rng)}.\n\nHoogachtend,\n\n\n${plant.name(c.person, rng, 'full')}\n`;
  } else {
    add`Re: cancellation, customer number ${fake.customer(rng)}\n\nDear Sir or Madam,\n\nI hereby cancel my subscription as of\n${fake.date(clock.plusDays(30), lang, rng)}. I am moving abroad\nfor work. I will return the router (serial ${fake.serial(rng)})\nto your shop.\n`;
    add`Please refund any credit to account\n${plant.iban(c.iban, rng)} in the name of ${plant.name(c.person, rng, 'full')}.\n`;
    if (rng.chance(0.5))
      add`My citizen service number (BSN) is ${plant.bsn(c.bsn, rng)} and I was born on\n${plant.dob(c.dob, lang, rng)}.\n`;
    add`I can be reached on ${plant.anyPhone(c, rng)}.\n\nYours faithfully,\n\n\n${plant.name(c.person, rng, 'upper')}\n`;
  }
  add`\n[${t(lang, 'handtekening', 'signature')}]  ${t(lang, 'ontvangen', 'received')} ${fake.date(clock.plusDays(3), lang, rng)}  ${t(lang, 'postkamer', 'post room')}\n`;
  return b.build(id, 'email', lang);
};

/** A complaint to the disputes committee, which forwards it with its own file number. */
export const disputesComplaint: Genre = (rng, lang, id) => {
  const b = new DocumentBuilder();
  const c = newProfile(rng, lang);
  const clerk = newPerson(rng, 'nl');
  const clock = new Clock(rng);
  b.add`${t(lang, 'Geschillencommissie Telecom', 'Telecom Disputes Committee')} — ${t(lang, 'dossier', 'file')} ${fake.case(rng, 'committee')}\n`;
  b.add`${t(lang, 'Behandelaar', 'Case officer')}: ${plant.name(clerk, rng, 'initials')}\n`;
  b.add`${t(lang, 'Consument', 'Consumer')}: ${plant.name(c.person, rng, 'full')}, ${plant.street(c.address, rng)}, ${plant.postcode(c.address, rng)} ${townName(c.address, rng)}, ${countryName(c.address, lang)}\n`;
  b.add`${t(lang, 'Ondernemer', 'Trader')}: ${company.name()}, ${company.street()}, ${company.postcode()} Delfzijl, KvK ${company.kvk()}\n`;
  b.add`${t(lang, 'Ontvangen', 'Received')}: ${fake.date(clock.date, lang, rng)}\n\n`;
  if (lang === 'nl') {
    b.add`Klacht van de consument:\n"Sinds de overstap in ${fake.date(clock.plusDays(-120), lang, rng)} heb ik 14 keer storing gehad. Ik heb elke keer gebeld, de laatste keer sprak ik met ${plant.name(newPerson(rng, 'nl'), rng, 'given')} van de helpdesk. `;
    b.add`Ik vraag ${fake.amount(rng, lang)} schadevergoeding omdat ik als zzp'er niet kon werken. Facturen ${fake.invoice(rng)} en ${fake.invoice(rng)} heb ik onder protest betaald vanaf ${plant.iban(c.iban, rng)}."\n\n`;
    b.add`Waarborgsom ontvangen. Correspondentie-adres consument: ${plant.email(c.email)}, tel. ${plant.anyPhone(c, rng)}.\n\n`;
    b.add`Verweer ondernemer (${plant.name(newPerson(rng, 'nl'), rng, 'full')}, juridische zaken):\nDe storingen op lijn ${fake.line(rng)} zijn op ${fake.date(clock.plusDays(-60), lang, rng)} en ${fake.date(clock.plusDays(-45), lang, rng)} verholpen; de klant is ${fake.amount(rng, lang)} gecrediteerd (creditnota ${fake.invoice(rng)}). Wij bieden een aanvullende vergoeding van ${fake.amount(rng, lang)} aan.\n`;
  } else {
    b.add`Consumer's complaint:\n"Since switching in ${fake.date(clock.plusDays(-120), lang, rng)} I have had 14 outages. I called every time; the last time I spoke to ${plant.name(newPerson(rng, 'nl'), rng, 'given')} at the helpdesk. `;
    b.add`I claim ${fake.amount(rng, lang)} because as a freelancer I could not work. I paid invoices ${fake.invoice(rng)} and ${fake.invoice(rng)} under protest from ${plant.iban(c.iban, rng)}."\n\n`;
    b.add`Fee received. Consumer's contact: ${plant.email(c.email)}, phone ${plant.anyPhone(c, rng)}.\n\n`;
    b.add`Trader's response (${plant.name(newPerson(rng, 'nl'), rng, 'full')}, legal):\nThe faults on line ${fake.line(rng)} were fixed on ${fake.date(clock.plusDays(-60), lang, rng)} and ${fake.date(clock.plusDays(-45), lang, rng)}; the customer received a credit of ${fake.amount(rng, lang)} (credit note ${fake.invoice(rng)}). We offer a further ${fake.amount(rng, lang)}.\n`;
  }
  return b.build(id, 'email', lang);
};

/** A guardian (bewindvoerder, mentor) writes for a client; both people are named. */
export const guardianshipLetter: Genre = (rng, lang, id) => {
  const b = new DocumentBuilder();
  const client = newProfile(rng, lang);
  const guardian = newProfile(rng, lang);
  const clock = new Clock(rng);
  const office = rng.pick([
    'Bewindvoering Noord',
    'Stichting Mentorschap Ommelanden',
    'Budgetbeheer Eemsdelta',
    'Van Dijk Beschermingsbewind',
  ]);
  b.add`${office}\n${plant.street(guardian.address, rng)}, ${plant.postcode(guardian.address, rng)} ${townName(guardian.address, rng)}\n${t(lang, 'Tel', 'Phone')} ${plant.phone(guardian.landline, rng)} — ${plant.email(guardian.email)}\n\n`;
  b.add`${t(lang, 'Aan', 'To')}: ${company.name()}, ${company.email('service')}\n${t(lang, 'Datum', 'Date')}: ${fake.date(clock.date, lang, rng)}\n${t(lang, 'Ons kenmerk', 'Our ref')}: ${fake.case(rng)}\n\n`;
  if (lang === 'nl') {
    b.add`Betreft: beschermingsbewind ${plant.name(client.person, rng, 'initials')}, geboren ${plant.dob(client.dob, lang, rng)}\n\n`;
    b.add`Geachte heer/mevrouw,\n\nBij beschikking van de rechtbank Noord-Nederland (zaaknummer ${fake.case(rng, 'court')}) ben ik, ${plant.name(guardian.person, rng, 'full')}, benoemd tot bewindvoerder over de goederen van uw klant ${plant.name(client.person, rng, 'full')}, wonende ${plant.street(client.address, rng)} te ${townName(client.address, rng)}.\n`;
    b.add`Het BSN van betrokkene is ${plant.bsn(client.bsn, rng)}. Ik verzoek u de facturen voortaan naar ons kantoor te sturen en de automatische incasso om te zetten naar de beheerrekening ${plant.iban(guardian.iban, rng)}.\n`;
    if (rng.chance(0.5))
      b.add`Een kopie van het ID-bewijs van betrokkene (nr. ${plant.idCard(client.idCard)}) is bijgevoegd:\n${plant.mrz(client, 'id', rng)}\n`;
    b.add`\nMet vriendelijke groet,\n${plant.name(guardian.person, rng, 'initials')}\nbewindvoerder\n`;
  } else {
    b.add`Re: financial guardianship of ${plant.name(client.person, rng, 'full')}, born ${plant.dob(client.dob, lang, rng)}\n\n`;
    b.add`Dear Sir or Madam,\n\nBy order of the district court (case ${fake.case(rng, 'court')}) I, ${plant.name(guardian.person, rng, 'full')}, was appointed to manage the finances of your customer ${plant.name(client.person, rng, 'initials')} of ${plant.street(client.address, rng)}, ${townName(client.address, rng)}.\n`;
    b.add`Their citizen service number (BSN) is ${plant.bsn(client.bsn, rng)}. Please send all invoices to our office and move the direct debit to the managed account ${plant.iban(guardian.iban, rng)}.\n`;
    if (rng.chance(0.5))
      b.add`A copy of their passport (no. ${plant.passport(client.passport)}) is attached:\n${plant.mrz(client, 'passport', rng)}\n`;
    b.add`\nKind regards,\n${plant.name(guardian.person, rng, 'full')}\nprofessional guardian\n`;
  }
  return b.build(id, 'email', lang);
};

/** An heir reports a death and asks to take over or end the contract. */
export const heirLetter: Genre = (rng, lang, id) => {
  const b = new DocumentBuilder();
  const deceased = newProfile(rng, lang);
  const heir = newProfile(rng, lang);
  const agent = newStaff(rng, lang);
  const clock = new Clock(rng);
  b.add`${t(lang, 'Formulier overlijden / overname', 'Bereavement / account takeover form')} — ${fake.ticket(rng)}\n\n`;
  b.add`${t(lang, 'Overledene', 'Deceased')}: ${plant.name(deceased.person, rng, 'full')}\n${t(lang, 'Geboortedatum', 'Date of birth')}: ${plant.dob(deceased.dob, lang, rng)}\n`;
  b.add`${t(lang, 'Datum overlijden', 'Date of death')}: ${fake.date(clock.plusDays(-rng.int(5, 60)), lang, rng)}\n${t(lang, 'Adres', 'Address')}: ${plant.street(deceased.address, rng)}, ${plant.postcode(deceased.address, rng)} ${townName(deceased.address, rng)}\n`;
  b.add`${t(lang, 'Klantnummer', 'Customer no.')}: ${fake.customer(rng)}   ${t(lang, 'Mobiel nummer', 'Mobile number')}: ${plant.phone(deceased.mobile, rng)}   SIM: ${fake.iccid(rng)}\n\n`;
  b.add`${t(lang, 'Melder / erfgenaam', 'Reported by / heir')}: ${plant.name(heir.person, rng, 'full')} (${heir.person.gender === 'm' ? t(lang, rng.pick(['zoon', 'echtgenoot', 'kleinzoon']), rng.pick(['son', 'husband', 'grandson'])) : t(lang, rng.pick(['dochter', 'echtgenote', 'kleindochter']), rng.pick(['daughter', 'wife', 'granddaughter']))})\n`;
  b.add`${t(lang, 'E-mail', 'E-mail')}: ${plant.email(heir.email)}   ${t(lang, 'Telefoon', 'Phone')}: ${plant.anyPhone(heir, rng)}\n`;
  b.add`${t(lang, 'Legitimatie erfgenaam', 'Heir ID')}: ${rng.chance(0.5) ? plant.passport(heir.passport) : plant.idCard(heir.idCard)}\n`;
  if (rng.chance(0.4)) b.add`${t(lang, 'BSN erfgenaam', 'Heir BSN')}: ${plant.bsn(heir.bsn, rng)}\n`;
  b.add`${t(lang, 'Wens', 'Request')}: ${t(lang, rng.pick(['nummer overzetten op naam erfgenaam', 'abonnement beëindigen', 'e-mailadres nog 6 maanden aanhouden']), rng.pick(['transfer the number to the heir', 'end the contract', 'keep the mailbox for six months']))}\n`;
  b.add`${t(lang, 'Restitutie naar', 'Refund to')}: ${plant.iban(heir.iban, rng)}\n\n`;
  b.add`${t(lang, 'Notitie', 'Note')} ${plant.name(agent.person, rng, 'given')}: ${t(lang, 'akte van overlijden en verklaring van erfrecht ontvangen, notaris', 'death certificate and certificate of inheritance received, notary')} ${plant.name(newPerson(rng, 'nl'), rng, 'initials')}. ${t(lang, 'Eindafrekening', 'Final bill')} ${fake.amount(rng, lang)} ${t(lang, 'gecrediteerd', 'credited')}.\n`;
  if (rng.chance(0.3))
    b.add`${t(lang, 'Openstaand bedrag afgeschreven van creditcard overledene', 'Balance charged to the deceased’s card')} ${plant.card(deceased.card, rng)}.\n`;
  b.add`\n${t(lang, 'Condoleancebrief verstuurd naar', 'Condolence letter sent to')} ${plant.name(heir.person, rng, 'initials')}, ${plant.street(heir.address, rng)}, ${plant.postcode(heir.address, rng)} ${townName(heir.address, rng)}.\n`;
  return b.build(id, 'ticket', lang);
};
