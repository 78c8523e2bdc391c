import { Clock } from '../../blind/dates.js';
import type { Genre } from '../../blind/genres/genre.js';
import { formatPhone } from '../../blind/phones.js';
import { DocumentBuilder, pii } from '../../builder.js';
import { fake } from '../decoys.js';
import { company } from '../operator.js';
import { ascii, newPerson } from '../people.js';
import { townName } from '../places.js';
import { newProfile, plant } from '../profile.js';
import { newStaff, some, t } from './common.js';

/**
 * What staff write to each other: a chat channel exported as JSON, minutes of a meeting, and the
 * free-text answers of a satisfaction survey.
 */

/** A Slack or Teams channel export: colleagues paste customer details into messages. */
export const chatExport: Genre = (rng, lang, id) => {
  const b = new DocumentBuilder();
  const staff = [newStaff(rng, lang), newStaff(rng, lang), newStaff(rng, lang)];
  const c = newProfile(rng, lang);
  const clock = new Clock(rng);
  const slack = rng.chance(0.6);
  const channel = rng.pick(['#noc-escalaties', '#klantenservice-2e-lijn', '#field-ops', '#billing-help']);
  const lines: ((i: number) => void)[] = [
    () => {
      b.add`${t(lang, 'klant', 'customer')} ${plant.name(c.person, rng, rng.chance(0.5) ? 'lower' : 'full')} ${t(lang, 'belt voor de 3e keer, lijn', 'calling for the 3rd time, line')} ${fake.line(rng)} ${t(lang, 'ligt eruit', 'is down')}`;
    },
    () => {
      b.add`${t(lang, 'nummer', 'number')}: ${plant.anyPhone(c, rng)}, ${t(lang, 'adres', 'address')} ${plant.street(c.address, rng)} ${plant.postcode(c.address, rng)} ${townName(c.address, rng)}`;
    },
    () => {
      b.add`radius ${t(lang, 'zegt', 'says')} framed ip ${plant.ip(c.ipv4)}, nas ${fake.infra(rng)}, ${t(lang, 'sessie', 'session')} ${fake.hash(rng)}`;
    },
    () => {
      b.add`@${ascii(staff[2]!.person.given)} ${t(lang, 'kun jij', 'can you')} ${fake.ticket(rng)} ${t(lang, 'oppakken? firmware', 'take it? firmware')} ${fake.version(rng)} ${t(lang, 'op zijn router', 'on the router')}`;
    },
    () => {
      b.add`${t(lang, 'mailt vanaf', 'mails from')} ${plant.email(c.email)} ${t(lang, 'ipv het adres in CRM', 'not the address in CRM')}, ${t(lang, 'klantnr', 'cust no')} ${fake.customer(rng)}`;
    },
    () => {
      b.add`${t(lang, 'hij wil terugbetaling op', 'wants the refund on')} ${plant.iban(c.iban, rng)} (${fake.amount(rng, lang)})`;
    },
    () => {
      b.add`${t(lang, 'wil de achterstand met creditcard betalen', 'wants to pay the arrears by card')}: ${plant.card(c.card, rng)}, ${t(lang, 'mag dat via de telefoon?', 'are we allowed to take it by phone?')}`;
    },
    () => {
      b.add`sim ${fake.iccid(rng)} ${t(lang, 'geblokkeerd', 'blocked')}, imei ${fake.imei(rng)}`;
    },
    () => {
      b.add`ipv6 ${t(lang, 'prefix van', 'prefix of')} ${plant.name(c.person, rng, 'surname')}: ${plant.prefix6(c.ipv6)}`;
    },
  ];
  b.add`[\n`;
  const picked = some(rng, lines, rng.int(4, 7));
  for (const [i, write] of picked.entries()) {
    const who = staff[i % 3]!;
    clock.tick(rng, 20, 900);
    if (slack) {
      b.add`  {"type": "message", "channel": "${channel}", "user": "U0${rng.chars(8, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789')}", "user_profile": {"real_name": "${plant.name(who.person, rng, 'full')}", "display_name": "${pii('person_name', ascii(who.person.given))}"}, "ts": "${fake.timestamp(clock.epoch())}", "text": "`;
    } else {
      b.add`  {"messageType": "message", "createdDateTime": "${fake.timestamp(clock.iso(true))}", "from": {"user": {"displayName": "${plant.name(who.person, rng, 'full')}", "userPrincipalName": "${pii('email', who.email)}"}}, "body": {"contentType": "text", "content": "`;
    }
    write(i);
    b.add`"}${i < picked.length - 1 ? ',' : ''}\n`;
  }
  b.add`]\n`;
  return b.build(id, 'log', lang);
};

/** Minutes of a meeting: attendees, actions with owners, a visitor's car on the premises. */
export const meetingMinutes: Genre = (rng, lang, id) => {
  const b = new DocumentBuilder();
  const people = [newStaff(rng, lang), newStaff(rng, lang), newStaff(rng, lang), newStaff(rng, lang)];
  const visitor = newProfile(rng, lang);
  const clock = new Clock(rng);
  const topic = rng.pick(
    lang === 'nl'
      ? [
          'Uitrol glasvezel Oldambt fase 3',
          'Evaluatie storing core-router',
          'Overleg colocatie Farmsum',
          'Privacy-overleg',
        ]
      : [
          'Fibre roll-out phase 3',
          'Core router outage review',
          'Colocation hall planning',
          'Privacy meeting',
        ],
  );
  b.add`${t(lang, 'Notulen', 'Minutes')} — ${topic}\n${t(lang, 'Datum', 'Date')}: ${fake.date(clock.date, lang, rng)}, ${company.street('dc')}, Farmsum\n`;
  b.add`${t(lang, 'Aanwezig', 'Present')}: `;
  for (const [i, p] of people.entries()) {
    b.add`${plant.name(p.person, rng, i % 2 === 0 ? 'full' : 'initials')}${i < people.length - 1 ? ', ' : ''}`;
  }
  b.add`; ${t(lang, 'gast', 'guest')}: ${plant.name(visitor.person, rng, 'full')} (${rng.pick(['Gemeente Eemsdelta', 'Groninger Bodem Beweging', 'Stichting Glasvezel Noord', 'Datacenter Noord'])})\n`;
  b.add`${t(lang, 'Afwezig m.k.', 'Apologies')}: ${plant.name(newPerson(rng, lang), rng, 'given')}\n\n`;
  if (lang === 'nl') {
    b.add`1. Opening. ${plant.name(people[0]!.person, rng, 'given')} zit voor. Notulen vorige keer vastgesteld.\n`;
    b.add`2. Stand van zaken. ${fake.volume(rng, lang)} verkeer piek op ${fake.date(clock.plusDays(-7), lang, rng)}; firmware ${fake.version(rng)} uitgerold op ${rng.int(40, 900)} ONT's. Kabinet ${fake.line(rng)} opnieuw gepatcht. kWh-meter ${fake.meter(rng)} in rij C vervangen.\n`;
    b.add`3. Klachten. Klant ${plant.name(newPerson(rng, lang), rng, 'surname')} (${fake.customer(rng)}) heeft de Geschillencommissie ingeschakeld, zaak ${fake.case(rng, 'committee')}.\n`;
    b.add`4. Parkeren. Gast parkeert op het terrein, kenteken ${plant.plate(visitor.plate, rng)}; ${plant.name(people[1]!.person, rng, 'given')} meldt het bij de beveiliging.\n`;
    b.add`\nActies:\n- ${plant.name(people[2]!.person, rng, 'initials')}: offerte ${fake.order(rng)} nabellen (${fake.amount(rng, lang)})\n- ${plant.name(people[3]!.person, rng, 'given')}: planning delen met ${plant.name(visitor.person, rng, 'surname')}, ${plant.email(visitor.email)} / ${plant.phone(visitor.mobile, rng)}\n`;
  } else {
    b.add`1. Opening. ${plant.name(people[0]!.person, rng, 'given')} chairs. Previous minutes approved.\n`;
    b.add`2. Status. ${fake.volume(rng, lang)} traffic peak on ${fake.date(clock.plusDays(-7), lang, rng)}; firmware ${fake.version(rng)} rolled out to ${rng.int(40, 900)} terminals. Cabinet ${fake.line(rng)} re-patched. Power meter ${fake.meter(rng)} in row C replaced.\n`;
    b.add`3. Complaints. Customer ${plant.name(newPerson(rng, lang), rng, 'surname')} (${fake.customer(rng)}) went to the disputes committee, case ${fake.case(rng, 'committee')}.\n`;
    b.add`4. Parking. Our guest parks on site, plate ${plant.plate(visitor.plate, rng)}; ${plant.name(people[1]!.person, rng, 'given')} tells security.\n`;
    b.add`\nActions:\n- ${plant.name(people[2]!.person, rng, 'initials')}: chase quote ${fake.order(rng)} (${fake.amount(rng, lang)})\n- ${plant.name(people[3]!.person, rng, 'given')}: share the plan with ${plant.name(visitor.person, rng, 'full')}, ${plant.email(visitor.email)} / ${plant.phone(visitor.mobile, rng)}\n`;
  }
  return b.build(id, 'email', lang);
};

/** Survey answers exported as CSV: a score, free text that names agents, and optional contact. */
export const surveyResponses: Genre = (rng, lang, id) => {
  const b = new DocumentBuilder();
  b.add`response_id;submitted;nps;${t(lang, 'toelichting', 'comment')};contact_ok;email;phone;ua\n`;
  const n = rng.int(4, 7);
  const clock = new Clock(rng);
  for (let i = 0; i < n; i++) {
    const c = newProfile(rng, lang);
    const agent = newStaff(rng, lang);
    clock.tick(rng, 600, 86_400);
    b.add`${fake.uuid(rng)};${fake.timestamp(clock.sql())};${rng.int(0, 10)};"`;
    const score = rng.int(0, 3);
    if (lang === 'nl') {
      if (score === 0)
        b.add`${plant.name(agent.person, rng, 'given')} aan de telefoon was super behulpzaam!!`;
      else if (score === 1)
        b.add`monteur kwam te laat, hij zou om 8u bij ${plant.street(c.address, rng)} zijn. slecht`;
      else if (score === 2)
        b.add`al 3x gebeld over factuur ${fake.invoice(rng)}, bel mij terug op ${plant.anyPhone(c, rng)} aub`;
      else b.add`prima, alleen de app (versie ${fake.version(rng)}) crasht`;
    } else {
      if (score === 0) b.add`${plant.name(agent.person, rng, 'full')} on the phone was brilliant, thanks`;
      else if (score === 1) b.add`engineer was late, was due at ${plant.street(c.address, rng)} at 8am. poor`;
      else if (score === 2)
        b.add`called 3 times about invoice ${fake.invoice(rng)}, ring me back on ${plant.anyPhone(c, rng)} pls`;
      else b.add`fine but the app (version ${fake.version(rng)}) keeps crashing`;
    }
    const contact = rng.chance(0.6);
    b.add`";${contact ? 'yes' : 'no'};`;
    if (contact) b.add`${plant.email(c.email)};${pii('phone', formatPhone(c.mobile, rng))}`;
    else b.add`;`;
    b.add`;"${plant.ua(c.ua)}"\n`;
  }
  return b.build(id, 'csv', lang);
};
