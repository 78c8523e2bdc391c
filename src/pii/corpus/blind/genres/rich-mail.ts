import { DocumentBuilder, decoy, pii } from '../../builder.js';
import { cityName } from '../addresses.js';
import { companyEmail, companyKvk, companyPhone, domain, legalName, offices } from '../company.js';
import { Clock } from '../dates.js';
import { newPerson, renderName, workEmail } from '../people.js';
import { e164 } from '../phones.js';
import { fakes, newProfile, plant, t } from '../profile.js';
import type { Genre } from './genre.js';

/** A transactional order confirmation as its HTML body, tables and mailto links included. */
export const htmlMail: Genre = (rng, lang, id) => {
  const b = new DocumentBuilder();
  const c = newProfile(rng);
  const clock = new Clock(rng);
  const office = offices[0]!;
  const td = rng.chance(0.5) ? ' style="padding:4px 8px"' : '';
  b.add`<!DOCTYPE html>\n<html lang="${lang}"><head><meta charset="utf-8"><title>${t(lang, 'Orderbevestiging', 'Order confirmation')}</title></head>\n<body style="font-family:Arial,sans-serif">\n`;
  b.add`<p>${t(lang, 'Beste', 'Dear')} <strong>${plant.name(c.person, rng, rng.pick(['given', 'full'] as const))}</strong>,</p>\n`;
  b.add`<p>${t(lang, 'Bedankt voor je bestelling', 'Thank you for your order')} <b>${fakes.order(rng)}</b>. ${t(lang, 'De monteur komt op', 'The engineer will visit on')} ${fakes.date(clock.plusDays(rng.int(5, 30)), lang, rng)}.</p>\n`;
  b.add`<table cellpadding="0" cellspacing="0">\n`;
  b.add`<tr><td${td}>${t(lang, 'Naam', 'Name')}</td><td${td}>${plant.name(c.person, rng, rng.pick(['initials', 'full'] as const))}</td></tr>\n`;
  b.add`<tr><td${td}>${t(lang, 'Installatieadres', 'Installation address')}</td><td${td}>${plant.street(c.address, rng)}<br>${plant.postcode(c.address, rng)} ${cityName(c.address, rng)}</td></tr>\n`;
  b.add`<tr><td${td}>${t(lang, 'Telefoon', 'Phone')}</td><td${td}><a href="tel:${pii('phone', e164(c.mobile))}">${plant.phone(c.mobile, rng)}</a></td></tr>\n`;
  b.add`<tr><td${td}>E-mail</td><td${td}><a href="mailto:${plant.email(c.email)}">${plant.email(c.email)}</a></td></tr>\n`;
  b.add`<tr><td${td}>${t(lang, 'Rekeningnummer', 'Bank account')}</td><td${td}>${plant.iban(c.iban, rng)}</td></tr>\n`;
  if (rng.chance(0.4))
    b.add`<tr><td${td}>${t(lang, 'Geboortedatum', 'Date of birth')}</td><td${td}>${plant.dob(c.dob, lang, rng)}</td></tr>\n`;
  b.add`<tr><td${td}>${t(lang, 'Maandbedrag', 'Monthly fee')}</td><td${td}>${fakes.amount(rng, lang)}</td></tr>\n`;
  b.add`<tr><td${td}>${t(lang, 'Databundel', 'Data bundle')}</td><td${td}>${fakes.volume(rng)}</td></tr>\n`;
  if (rng.chance(0.5))
    b.add`<tr><td${td}>${t(lang, 'Modem verzonden', 'Modem shipped')}</td><td${td}>Track &amp; Trace ${fakes.tracking(rng)}</td></tr>\n`;
  b.add`</table>\n`;
  b.add`<p>${t(lang, 'Vragen? Bel', 'Questions? Call')} <a href="tel:${decoy('company_phone', '+31887654300')}">${companyPhone(rng)}</a> ${t(lang, 'of mail', 'or write to')} <a href="mailto:${companyEmail(rng, 'service')}">${t(lang, 'klantenservice', 'customer service')}</a>.</p>\n`;
  b.add`<p style="font-size:10px;color:#888">${legalName} · ${decoy('company_address', office.street)} · ${decoy('company_address', office.postcode)} ${office.city} · KvK ${decoy('kvk_number', companyKvk)}<br>`;
  b.add`${t(lang, 'Deze e-mail is verstuurd naar', 'This e-mail was sent to')} ${plant.email(c.email)}. <a href="https://${domain}/afmelden?e=${plant.email(c.email)}&amp;id=${fakes.uuid(rng)}">${t(lang, 'Afmelden', 'Unsubscribe')}</a></p>\n`;
  b.add`</body></html>\n`;
  return b.build(id, 'email', lang);
};

/** An internal escalation written in Markdown (the ticket tool renders it), with a details table. */
export const markdownMail: Genre = (rng, lang, id) => {
  const b = new DocumentBuilder();
  const c = newProfile(rng);
  const lead = newPerson(rng);
  const author = newPerson(rng);
  const clock = new Clock(rng);
  b.add`## ${t(lang, 'Escalatie', 'Escalation')} ${fakes.ticket(rng)}: ${t(lang, rng.pick(['klant al 5 dagen zonder internet', 'dubbele incasso', 'nummerbehoud mislukt']), rng.pick(['customer offline for 5 days', 'double direct debit', 'number port failed']))}\n\n`;
  b.add`@${pii('person_name', `${lead.given}`)} ${t(lang, 'kun jij hiernaar kijken?', 'can you take a look?')}\n\n`;
  b.add`| ${t(lang, 'Veld', 'Field')} | ${t(lang, 'Waarde', 'Value')} |\n|---|---|\n`;
  b.add`| ${t(lang, 'Klant', 'Customer')} | **${plant.name(c.person, rng)}** |\n`;
  b.add`| ${t(lang, 'Klantnummer', 'Customer no.')} | ${fakes.customer(rng)} |\n`;
  b.add`| ${t(lang, 'Adres', 'Address')} | ${plant.street(c.address, rng)}, ${plant.postcode(c.address, rng)} |\n`;
  b.add`| Tel | \`${plant.anyPhone(c, rng)}\` |\n`;
  b.add`| E-mail | <${plant.email(c.email)}> |\n`;
  if (rng.chance(0.5)) b.add`| IP (${t(lang, 'laatste sessie', 'last session')}) | ${plant.ip(c.ipv4)} |\n`;
  if (rng.chance(0.5)) b.add`| IBAN | ${plant.iban(c.iban, rng)} |\n`;
  b.add`| ${t(lang, 'Modem', 'Modem')} | ${fakes.serial(rng)} (fw ${fakes.version(rng)}) |\n\n`;
  b.add`### ${t(lang, 'Tijdlijn', 'Timeline')}\n`;
  for (let i = rng.int(2, 4); i > 0; i--) {
    clock.nextWorkday(rng, 2);
    b.add`- ${fakes.timestamp(`${clock.nl()} ${clock.hm()}`)} — ${t(lang, rng.pick(['klant belt opnieuw', 'monteur niet verschenen', 'storing opnieuw gemeld', 'klant dreigt met opzegging']), rng.pick(['customer called again', 'engineer no-show', 'fault reported again', 'customer threatens to cancel']))}\n`;
  }
  b.add`\n> ${t(lang, 'Citaat klant', 'Customer quote')}: "${t(lang, 'Ik werk thuis en ben al een week onbereikbaar. Bel me op', 'I work from home and have been unreachable for a week. Call me on')} ${plant.phone(c.mobile, rng)}."\n\n`;
  b.add`- [ ] ${t(lang, 'monteur inplannen', 'book engineer')}\n- [ ] ${t(lang, 'compensatie', 'compensation')} ${fakes.amount(rng, lang)}\n\n`;
  b.add`_${pii('person_name', renderName(author, 'full'))}, ${t(lang, 'tweede lijn', 'second line')}_ · ${pii('email', workEmail(author, domain))}\n`;
  return b.build(id, 'email', lang);
};
