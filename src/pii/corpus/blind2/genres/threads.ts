import { Clock } from '../../blind/dates.js';
import type { Genre } from '../../blind/genres/genre.js';
import { DocumentBuilder } from '../../builder.js';
import { fake } from '../decoys.js';
import { company } from '../operator.js';
import { newPerson } from '../people.js';
import { townName } from '../places.js';
import { newProfile, plant } from '../profile.js';
import { newStaff, staffMail, t } from './common.js';

/**
 * E-mail the way it leaves a ticketing system or a mail client: a helpdesk thread with quoted
 * replies, an invoice dispute, and raw message headers with display names.
 */

const weekdaysEn = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const weekdaysNl = ['zo', 'ma', 'di', 'wo', 'do', 'vr', 'za'];

/** A ticket exported with its history: newest reply on top, older mails quoted below with `>`. */
export const helpdeskThread: Genre = (rng, lang, id) => {
  const b = new DocumentBuilder();
  const c = newProfile(rng, lang);
  const agent = newStaff(rng, lang);
  const clock = new Clock(rng);
  const subject = rng.pick(
    lang === 'nl'
      ? [
          'Geen internet sinds storing',
          'Modem knippert rood',
          'Wifi valt steeds weg',
          'Overstap nummer',
          'Vraag over rekening',
        ]
      : [
          'No internet since the outage',
          'Router blinking red',
          'Wifi keeps dropping',
          'Number transfer',
          'Question about my bill',
        ],
  );
  b.add`${t(lang, 'Ticket', 'Ticket')} ${fake.ticket(rng)} — ${subject}\n`;
  b.add`Status: ${t(lang, rng.pick(['Open', 'In behandeling', 'Wacht op klant']), rng.pick(['Open', 'Pending', 'Waiting on customer']))}\n`;
  b.add`${t(lang, 'Aanvrager', 'Requester')}: ${plant.name(c.person, rng, 'full')} <${plant.email(c.email)}>\n`;
  b.add`${t(lang, 'Toegewezen aan', 'Assignee')}: ${plant.name(agent.person, rng, 'full')}\n`;
  b.add`${t(lang, 'Klantnummer', 'Customer no.')}: ${fake.customer(rng)}\n`;
  if (rng.chance(0.4)) {
    b.add`${t(lang, 'Ingediend via webformulier vanaf', 'Submitted via web form from')} ${plant.ip(c.ipv4)}\nUser-Agent: ${plant.ua(c.ua)}\n`;
  }
  b.add`------------------------------------------------------------\n`;
  // The agent's latest reply.
  b.add`${fake.timestamp(clock.nextWorkday(rng, 3).sql())} — ${plant.name(agent.person, rng, 'given')} (Eemsvezel)\n\n`;
  const formal = rng.chance(0.5);
  const m = c.person.gender === 'm';
  const salutation = formal
    ? t(lang, m ? 'Beste meneer' : 'Beste mevrouw', m ? 'Dear Mr' : 'Dear Ms')
    : t(lang, rng.pick(['Beste', 'Hallo', 'Hoi']), rng.pick(['Hi', 'Hello']));
  b.add`${salutation} ${plant.name(c.person, rng, formal ? 'surname' : 'given')},\n\n`;
  if (lang === 'nl') {
    b.add`Bedankt voor je geduld. Ik zie dat de ONT (${fake.serial(rng)}) sinds ${fake.date(clock.date, lang, rng)} geen licht meer ziet op poort ${fake.line(rng)}. Ik heb een monteur ingepland; die belt vooraf op ${plant.anyPhone(c, rng)}. Klopt het adres ${plant.street(c.address, rng)}, ${plant.postcode(c.address, rng)} ${townName(c.address, rng)} nog?\n\n`;
    b.add`Met vriendelijke groet,\n${plant.name(agent.person, rng, rng.chance(0.5) ? 'full' : 'initials')}\nKlantenservice Eemsvezel | ${company.phone(rng)} | ${company.email('service')}\n\n`;
  } else {
    b.add`Thanks for bearing with us. The fibre terminal (${fake.serial(rng)}) has had no light since ${fake.date(clock.date, lang, rng)} on port ${fake.line(rng)}. I have booked an engineer, who will ring you first on ${plant.anyPhone(c, rng)}. Is ${plant.street(c.address, rng)}, ${plant.postcode(c.address, rng)} ${townName(c.address, rng)} still the right address?\n\n`;
    b.add`Kind regards,\n${plant.name(agent.person, rng, 'full')}\nEemsvezel Customer Care | ${company.phone(rng)} | ${company.email('support')}\n\n`;
  }
  // The customer's mail, quoted.
  const d = clock.date;
  const wd = new Date(Date.UTC(d.y, d.m - 1, d.d)).getUTCDay();
  if (lang === 'nl') {
    b.add`Op ${weekdaysNl[wd]!} ${fake.date(d, lang, rng)} om ${clock.hm()} schreef ${plant.name(c.person, rng, 'full')} <${plant.email(c.email)}>:\n`;
  } else {
    b.add`On ${weekdaysEn[wd]!}, ${fake.date(d, lang, rng)} at ${clock.hm()}, ${plant.name(c.person, rng, 'full')} <${plant.email(c.email)}> wrote:\n`;
  }
  const lower = rng.chance(0.4);
  if (lang === 'nl') {
    b.add`> ${lower ? 'hoi' : 'Hallo'},\n> sinds de storing van gisteren doet het modem het niet meer (mac ${fake.mac(rng)}), lampje knippert rood.\n`;
    b.add`> ik werk thuis dus graag snel. bereikbaar op ${plant.phone(c.mobile, rng)}\n`;
    if (rng.chance(0.25)) b.add`> voorrijkosten mogen van mijn creditcard ${plant.card(c.card, rng)}\n`;
    if (rng.chance(0.3))
      b.add`> ps mijn buurvrouw ${plant.name(newPerson(rng, lang), rng, 'lower')} heeft hetzelfde\n`;
    b.add`> gr ${plant.name(c.person, rng, lower ? 'lower' : 'given')}\n>\n`;
    b.add`>> Op ${fake.date(clock.date, lang, rng)} schreef Eemsvezel <${company.email('noreply')}>:\n>> Wij hebben je melding ontvangen onder nummer ${fake.ticket(rng)}. Reageer niet op deze mail.\n`;
  } else {
    b.add`> ${lower ? 'hi' : 'Hello'},\n> since yesterday's outage the router is dead (mac ${fake.mac(rng)}), light blinking red.\n`;
    b.add`> I work from home so please hurry. you can reach me on ${plant.phone(c.mobile, rng)}\n`;
    if (rng.chance(0.3))
      b.add`> my card on file is ${plant.card(c.card, rng)} if you need to charge a call-out fee\n`;
    b.add`> cheers ${plant.name(c.person, rng, lower ? 'lower' : 'given')}\n>\n`;
    b.add`>> On ${fake.date(clock.date, lang, rng)}, Eemsvezel <${company.email('noreply')}> wrote:\n>> We received your report as ${fake.ticket(rng)}. Please do not reply to this message.\n`;
  }
  return b.build(id, 'ticket', lang);
};

/** A customer contests a bill; the billing team answers with the account history. */
export const invoiceDispute: Genre = (rng, lang, id) => {
  const b = new DocumentBuilder();
  const c = newProfile(rng, lang);
  const clerk = newStaff(rng, lang);
  const clock = new Clock(rng);
  b.add`From: ${plant.name(c.person, rng, 'full')} <${plant.email(c.email)}>\nTo: Eemsvezel ${t(lang, 'Facturatie', 'Billing')} <${company.email('billing')}>\n`;
  b.add`Subject: ${t(lang, 'Bezwaar factuur', 'Dispute invoice')} ${fake.invoice(rng)}\nDate: ${fake.timestamp(clock.iso())}\n\n`;
  if (lang === 'nl') {
    b.add`Geachte heer/mevrouw,\n\nOp mijn rekening ${plant.iban(c.iban, rng)} is ${fake.amount(rng, lang)} afgeschreven voor factuur ${fake.invoice(rng)}, terwijl mijn abonnement (klantnr ${fake.customer(rng)}) al per ${fake.date(clock.plusDays(-40), lang, rng)} is opgezegd. `;
    b.add`Ook staat er ${fake.volume(rng, lang)} roaming op die ik niet heb gebruikt; mijn telefoon (IMEI ${fake.imei(rng)}, artikel ${fake.ean(rng)}) lag toen in de la.\n\n`;
    b.add`Graag het bedrag terugstorten. U kunt mij bellen op ${plant.anyPhone(c, rng)}.\n\nMet vriendelijke groet,\n${plant.name(c.person, rng, 'initials')}\n${plant.street(c.address, rng)}\n${plant.postcode(c.address, rng)} ${townName(c.address, rng)}\n\n`;
    b.add`--- interne notitie (${plant.name(clerk.person, rng, 'given')}) ---\nCreditnota ${fake.invoice(rng)} aangemaakt, ${fake.amount(rng, lang)} retour. Betaling destijds ontvangen op ${company.iban(rng)} met kenmerk ${fake.order(rng)}.\n`;
  } else {
    b.add`Hello,\n\nYou debited ${fake.amount(rng, lang)} from my account ${plant.iban(c.iban, rng)} for invoice ${fake.invoice(rng)}, although my contract (customer ${fake.customer(rng)}) ended on ${fake.date(clock.plusDays(-40), lang, rng)}. `;
    b.add`The bill also lists ${fake.volume(rng, lang)} of roaming I never used; the handset (IMEI ${fake.imei(rng)}, article ${fake.ean(rng)}) was switched off.\n\n`;
    if (rng.chance(0.4))
      b.add`If it is easier, refund the card I paid the deposit with: ${plant.card(c.card, rng)}.\n\n`;
    b.add`Please refund it. My number is ${plant.anyPhone(c, rng)}.\n\nRegards,\n${plant.name(c.person, rng, 'full')}\n${plant.street(c.address, rng)}, ${plant.postcode(c.address, rng)} ${townName(c.address, rng)}\n\n`;
    b.add`--- internal note (${plant.name(clerk.person, rng, 'initials')}, ${staffMail(clerk)}) ---\nCredit note ${fake.invoice(rng)} raised, ${fake.amount(rng, lang)} back. Original payment reached ${company.iban(rng)} with reference ${fake.order(rng)}.\n`;
  }
  return b.build(id, 'email', lang);
};

/** Raw headers of a forwarded message: display names, Received lines with the sender's address. */
export const mailHeaders: Genre = (rng, lang, id) => {
  const b = new DocumentBuilder();
  const c = newProfile(rng, lang);
  const cc = newProfile(rng, lang);
  const agent = newStaff(rng, lang);
  const clock = new Clock(rng);
  b.add`Return-Path: <${plant.email(c.email)}>\n`;
  b.add`Received: from [${rng.chance(0.7) ? plant.ip(c.ipv4) : plant.ipv6(c.ipv6, rng)}] (helo=${rng.pick(['laptop', 'DESKTOP-7QK2', 'iPhone', 'fritz.box'])})\n\tby mx2.eemsvezel.nl (${fake.infra(rng)}) with esmtpsa id ${fake.hash(rng)};\n\t${fake.timestamp(clock.iso())}\n`;
  b.add`Message-ID: <${fake.messageId(rng)}>\n`;
  b.add`From: "${plant.name(c.person, rng, rng.chance(0.3) ? 'lower' : 'full')}" <${plant.email(c.email)}>\n`;
  b.add`To: ${company.email(rng.pick(['service', 'support', 'privacy'] as const))}, "${plant.name(agent.person, rng, 'full')}" <${staffMail(agent)}>\n`;
  if (rng.chance(0.6)) {
    const [s, g] = plant.inverted(cc.person);
    b.add`Cc: "${s}, ${g}" <${plant.email(cc.email)}>\n`;
  }
  b.add`Subject: ${t(lang, 'Fwd: uw aanvraag', 'Fwd: your request')} ${fake.ticket(rng)}\nX-Mailer: ${plant.ua(c.ua)}\nX-Eemsvezel-Customer: ${fake.customer(rng)}\nContent-Type: text/plain; charset=UTF-8\n\n`;
  b.add`${t(lang, 'Zie onderstaand, graag even naar kijken.', 'See below, could you have a look.')} ${t(lang, 'Groet', 'Thanks')}, ${plant.name(c.person, rng, 'given')}\n\n`;
  b.add`---------- ${t(lang, 'Doorgestuurd bericht', 'Forwarded message')} ---------\n${t(lang, 'Van', 'From')}: ${plant.name(agent.person, rng, 'full')} <${staffMail(agent)}>\n${t(lang, 'Datum', 'Date')}: ${fake.date(clock.plusDays(-3), lang, rng)}\n`;
  b.add`${t(lang, 'Aan', 'To')}: ${plant.email(c.email)}\n\n`;
  if (lang === 'nl') {
    b.add`Beste ${plant.name(c.person, rng, 'surname')},\n\nUw overstap van nummer ${plant.phone(c.mobile, rng)} staat gepland; de nieuwe simkaart (${fake.iccid(rng)}) is verstuurd met ${fake.tracking(rng)}. `;
    b.add`Uw eerste factuur van ${fake.amount(rng, lang)} wordt rond ${fake.date(clock.plusDays(20), lang, rng)} geïncasseerd.\n\nMet vriendelijke groet,\n${plant.name(agent.person, rng, 'initials')}\n${company.phone(rng)}\n`;
  } else {
    b.add`Dear ${plant.name(c.person, rng, 'full')},\n\nThe transfer of ${plant.phone(c.mobile, rng)} is scheduled; your new SIM (${fake.iccid(rng)}) went out with ${fake.tracking(rng)}. `;
    b.add`The first invoice of ${fake.amount(rng, lang)} will be collected around ${fake.date(clock.plusDays(20), lang, rng)}.\n\nKind regards,\n${plant.name(agent.person, rng, 'full')}\n${company.phone(rng)}\n`;
  }
  return b.build(id, 'email', lang);
};
