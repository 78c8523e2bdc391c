import { DocumentBuilder, decoy, pii } from '../../builder.js';
import type { Prng } from '../../prng.js';
import type { Language } from '../../values/dates.js';
import { cityName } from '../addresses.js';
import { companyPhone, domain, legalName } from '../company.js';
import { Clock, formatDate } from '../dates.js';
import { newPerson, type Person, renderName, workEmail } from '../people.js';
import { dutchMobile, formatPhone } from '../phones.js';
import { fakes, newProfile, type Profile, plant, t } from '../profile.js';
import type { Genre } from './genre.js';

const roles = [
  'Cloud Engineer',
  'Netwerkbeheerder',
  'Medewerker Klantenservice',
  'Data Analist',
  'Monteur Glasvezel',
  'Product Owner',
  'Security Officer',
];
const weekdays = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function rfcDate(clock: Clock): string {
  const d = clock.date;
  const wd = weekdays[(new Date(Date.UTC(d.y, d.m - 1, d.d)).getUTCDay() + 6) % 7];
  return `${wd}, ${d.d} ${months[d.m - 1]} ${d.y} ${clock.time()} +0100`;
}

function signature(b: DocumentBuilder, rng: Prng, lang: Language, p: Person, title: string): void {
  b.add`${t(lang, 'Met vriendelijke groet,', 'Kind regards,')}\n\n${pii('person_name', renderName(p, 'full'))}\n${title} | ${legalName}\n`;
  b.add`M ${pii('phone', formatPhone(dutchMobile(rng), rng))} | T ${companyPhone(rng, 'business')}\n${pii('email', workEmail(p, domain))}\n`;
}

function candidateDetails(b: DocumentBuilder, rng: Prng, lang: Language, c: Profile): void {
  const sep = rng.pick([': ', ' - ', ':\t']);
  b.add`BSN${sep}${plant.bsn(c.bsn, rng)}\n`;
  b.add`${t(lang, 'Geboortedatum', 'Date of birth')}${sep}${plant.dob(c.dob, lang, rng)}\n`;
  b.add`${t(lang, 'Adres', 'Address')}${sep}${plant.street(c.address, rng)}, ${plant.postcode(c.address, rng)} ${cityName(c.address, rng)}\n`;
  b.add`IBAN${sep}${plant.iban(c.iban, rng)}\n`;
  const idCard = rng.chance(0.5);
  const expiry = formatDate({ y: rng.int(2026, 2034), m: rng.int(1, 12), d: rng.int(1, 28) }, lang, rng);
  b.add`${idCard ? t(lang, 'ID-kaart nr', 'ID card no') : t(lang, 'Paspoortnummer', 'Passport number')}${sep}${idCard ? plant.idCard(c.idCard) : plant.passport(c.passport)} (${t(lang, 'geldig tot', 'valid until')} ${expiry})\n`;
  if (rng.chance(0.5))
    b.add`${t(lang, 'Kenteken (parkeerpas)', 'Licence plate (parking pass)')}${sep}${plant.plate(c.plate, rng)}\n`;
  if (rng.chance(0.4)) b.add`${t(lang, 'Telefoon', 'Phone')}${sep}${plant.phone(c.mobile, rng)}\n`;
}

/**
 * HR and recruitment e-mail: a new hire answering the onboarding request with their details, the
 * request quoted below; or a recruiter's note about a candidate. Headers name both parties.
 */
export const hrMail: Genre = (rng, lang, id) => {
  const b = new DocumentBuilder();
  const c = newProfile(rng);
  const hr = newPerson(rng);
  const clock = new Clock(rng);
  const role = rng.pick(roles);
  const hrEmail = workEmail(hr, domain);
  const startDate = fakes.date(clock.plusDays(rng.int(20, 60)), lang, rng);
  if (rng.chance(0.65)) {
    b.add`From: ${plant.name(c.person, rng, 'full')} <${plant.email(c.email)}>\n`;
    b.add`To: ${pii('person_name', renderName(hr, 'full'))} <${pii('email', hrEmail)}>\n`;
    b.add`Date: ${fakes.timestamp(rfcDate(clock))}\n`;
    b.add`Subject: Re: ${t(lang, `Je start als ${role}`, `Your start as ${role}`)}\n`;
    b.add`Message-ID: ${fakes.messageId(rng, rng.pick(['mail.gmail.com', 'outlook.com', 'icloud.com']))}\n\n`;
    b.add`${t(lang, 'Hoi', 'Hi')} ${pii('person_name', hr.given)},\n\n`;
    b.add`${t(lang, 'Hierbij mijn gegevens voor het contract en de salarisadministratie:', 'Here are my details for the contract and payroll:')}\n\n`;
    candidateDetails(b, rng, lang, c);
    b.add`\n${t(lang, 'Een kopie van mijn ID stuur ik via de beveiligde link.', "I'll upload a copy of my ID through the secure link.")}\n\n`;
    b.add`${t(lang, 'Groet,', 'Best,')}\n${plant.name(c.person, rng, 'given')}\n\n`;
    clock.tick(rng, -86400 * 2, -3600);
    b.add`> ${t(lang, 'Op', 'On')} ${fakes.timestamp(`${clock.nl()} ${clock.hm()}`)} ${t(lang, 'schreef', 'wrote')} ${pii('person_name', renderName(hr, 'full'))} <${pii('email', hrEmail)}>:\n`;
    b.add`> ${t(lang, 'Beste', 'Dear')} ${plant.name(c.person, rng, 'given')},\n>\n`;
    b.add`> ${t(lang, `Wat fijn dat je per ${startDate.value} bij ons begint!`, `Great that you're joining us on ${startDate.value}!`)}\n`;
    b.add`> ${t(lang, 'Voor je contract hebben we je BSN, geboortedatum, adres, IBAN en het nummer van je identiteitsbewijs nodig.', 'For your contract we need your BSN (citizen service number), date of birth, address, IBAN and the number of your ID document.')}\n>\n`;
    b.add`> ${t(lang, 'Met vriendelijke groet,', 'Kind regards,')}\n> ${pii('person_name', renderName(hr, 'full'))}\n> Recruitment | ${legalName}\n`;
  } else {
    const manager = newPerson(rng);
    b.add`From: ${pii('person_name', renderName(hr, 'full'))} <${pii('email', hrEmail)}>\n`;
    b.add`To: ${pii('person_name', renderName(manager, 'full'))} <${pii('email', workEmail(manager, domain))}>\n`;
    b.add`Subject: ${t(lang, 'Kandidaat', 'Candidate')} ${role} — ${plant.name(c.person, rng, 'full')}\n\n`;
    b.add`${t(lang, 'Hoi', 'Hi')} ${pii('person_name', manager.given)},\n\n`;
    b.add`${t(lang, 'Zoals besproken de gegevens van', 'As discussed, the details of')} ${plant.name(c.person, rng, 'full')} ${t(lang, 'voor het tweede gesprek:', 'for the second interview:')}\n\n`;
    b.add`* ${t(lang, 'Mobiel', 'Mobile')}: ${plant.phone(c.mobile, rng)}\n`;
    b.add`* E-mail: ${plant.email(c.email)}\n`;
    b.add`* ${t(lang, 'Woonplaats', 'Lives in')}: ${c.address.city.name}\n`;
    b.add`* ${t(lang, 'Geboren', 'Born')}: ${plant.dob(c.dob, lang, rng)}\n`;
    const salary = rng.int(28, 68) * 100;
    const money = t(
      lang,
      `€ ${Math.floor(salary / 1000)}.${String(salary % 1000).padStart(3, '0')},-`,
      `€${Math.floor(salary / 1000)},${String(salary % 1000).padStart(3, '0')}`,
    );
    b.add`* ${t(lang, 'Salarisindicatie', 'Salary indication')}: ${decoy('amount', money)} ${t(lang, 'bruto p/m', 'gross per month')}\n`;
    b.add`* ${t(lang, 'Beschikbaar per', 'Available from')}: ${startDate}\n\n`;
    if (rng.chance(0.5)) {
      const ref = newProfile(rng);
      b.add`${t(lang, 'Referentie', 'Reference')}: ${plant.name(ref.person, rng, 'full')} (${t(lang, 'vorige leidinggevende', 'former manager')}), ${plant.phone(ref.mobile, rng)}\n\n`;
    }
    b.add`${t(lang, 'Graag je reactie voor vrijdag.', 'Please let me know by Friday.')}\n\n`;
    signature(b, rng, lang, hr, 'Recruiter');
  }
  return b.build(id, 'email', lang);
};
