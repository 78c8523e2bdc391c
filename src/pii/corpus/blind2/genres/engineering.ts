import { Clock } from '../../blind/dates.js';
import type { Genre } from '../../blind/genres/genre.js';
import { DocumentBuilder, pii } from '../../builder.js';
import { fake } from '../decoys.js';
import { company } from '../operator.js';
import { ascii, newPerson } from '../people.js';
import { townName } from '../places.js';
import { newProfile, plant } from '../profile.js';
import { newStaff, staffMail, t } from './common.js';

/**
 * What engineers write: configuration snippets with a business customer's contact people, and
 * issue-tracker reports with a stack trace and the reporter's device.
 */

/** A YAML or INI provisioning snippet for a business line, with contacts and a static address. */
export const configSnippet: Genre = (rng, lang, id) => {
  const b = new DocumentBuilder();
  const tech = newProfile(rng, lang);
  const admin = newProfile(rng, lang);
  const owner = newStaff(rng, lang);
  const site = admin.address;
  if (rng.chance(0.5)) {
    b.add`# ${t(lang, 'zakelijke lijn, beheerd door', 'business line, maintained by')} ${plant.name(owner.person, rng, 'initials')} (${staffMail(owner)})\n`;
    b.add`circuit: ${fake.line(rng)}\ncustomer_id: ${fake.customer(rng)}\nsite:\n  street: "${plant.street(site, rng)}"\n  postcode: "${plant.postcode(site, rng)}"\n  city: ${site.town.name}\n`;
    b.add`  location: [${pii('geo_coordinates', admin.home.lat.toFixed(6))}, ${pii('geo_coordinates', admin.home.lon.toFixed(6))}]\n`;
    b.add`contacts:\n  technical:\n    name: ${plant.name(tech.person, rng, 'full')}\n    phone: "${plant.phone(tech.mobile, rng)}"\n    email: ${plant.email(tech.email)}\n`;
    b.add`  admin:\n    name: "${plant.name(admin.person, rng, rng.chance(0.5) ? 'full' : 'initials')}"\n    email: ${plant.email(admin.email)}\n`;
    b.add`cpe:\n  model: ${rng.pick(['FortiGate 60F', 'MikroTik RB5009', 'Zyxel VMG8825'])}\n  serial: ${fake.serial(rng)}\n  firmware: ${fake.version(rng)}\n  wan_mac: ${fake.mac(rng)}\n`;
    b.add`addressing:\n  wan_v4: ${plant.ip(tech.ipv4)}/29\n  gateway: ${fake.infra(rng)}\n  v6_prefix: ${plant.prefix6(tech.ipv6)}/48\n  resolvers: [${fake.infra(rng)}, ${fake.infra(rng)}]\n`;
  } else {
    b.add`; ${t(lang, 'colocatie', 'colocation')} ${company.street('dc')}, ${t(lang, 'rek', 'rack')} ${rng.chars(1, 'ABCDE')}${rng.int(1, 30)}\n[customer]\nid = ${fake.customer(rng)}\nname = ${plant.name(admin.person, rng, 'full')}\n`;
    b.add`billing_iban = ${plant.iban(admin.iban, rng)}\nvat = ${fake.vat(rng)}\n\n[contact.noc]\nname = ${plant.name(tech.person, rng, 'full')}\nmobile = ${plant.phone(tech.mobile, rng)}\nmail = ${plant.email(tech.email)}\n\n`;
    b.add`[power]\nmeter = ${fake.meter(rng)}\nfeed_a = ${fake.line(rng)}\n\n[network]\nuplink_ip = ${plant.ip(tech.ipv4)}\nnext_hop = ${fake.infra(rng)}\nswitch_port = ${fake.line(rng)}\n\n[access]\n; ${t(lang, 'toegangspas voor', 'access badge for')} ${plant.name(tech.person, rng, 'given')}, ${t(lang, 'kenteken parkeerplaats', 'car park plate')} ${plant.plate(tech.plate, rng)}\nbadge = ${fake.serial(rng)}\n`;
  }
  return b.build(id, 'log', lang);
};

/** An issue in the tracker: a reporter, steps, a stack trace and the app's device details. */
export const issueReport: Genre = (rng, lang, id) => {
  const b = new DocumentBuilder();
  const reporter = newStaff(rng, lang);
  const assignee = newStaff(rng, lang);
  const c = newProfile(rng, lang);
  const clock = new Clock(rng);
  const user = ascii(reporter.person.given) + ascii(reporter.person.surname).slice(0, 3);
  b.add`${fake.ticket(rng)}: ${t(lang, 'App crasht bij openen factuur', 'App crashes when opening an invoice')}\n`;
  b.add`Reporter: ${plant.name(reporter.person, rng, 'full')} (@${pii('person_name', user)})   Assignee: ${plant.name(assignee.person, rng, rng.chance(0.5) ? 'full' : 'lower')}\n`;
  b.add`Labels: bug, app, ${rng.pick(['p1', 'p2', 'p3'])}   Created: ${fake.timestamp(clock.iso())}   Fix version: ${fake.version(rng)}\n\n`;
  b.add`${t(lang, 'Klant', 'Customer')} ${plant.name(c.person, rng, 'full')} (${fake.customer(rng)}) ${t(lang, 'meldt dat de app crasht sinds versie', 'reports the app crashes since version')} ${fake.version(rng)}. ${t(lang, 'Te bereiken op', 'Reachable on')} ${plant.anyPhone(c, rng)}.\n\n`;
  b.add`${t(lang, 'Apparaat', 'Device')}:\n- User-Agent: ${plant.ua(c.ua)}\n- IP: ${rng.chance(0.5) ? plant.ip(c.ipv4) : plant.ipv6(c.ipv6, rng)}\n- ${t(lang, 'laatste locatie (app)', 'last location (app)')}: ${plant.geo(c.home, rng)}\n\n`;
  b.add`\`\`\`\njava.lang.NullPointerException: Attempt to invoke virtual method 'java.lang.String nl.eemsvezel.app.model.Invoice.getNumber()' on a null object reference\n`;
  b.add`    at nl.eemsvezel.app.invoices.InvoiceDetailFragment.bind(InvoiceDetailFragment.kt:${rng.int(40, 400)})\n    at nl.eemsvezel.app.invoices.InvoiceRepository$load$2.invokeSuspend(InvoiceRepository.kt:${rng.int(20, 200)})\n`;
  b.add`    request_id=${fake.uuid(rng)} invoice=${fake.invoice(rng)} account_email=${plant.email(c.email)}\n\`\`\`\n\n`;
  b.add`${t(lang, 'Reactie van', 'Comment by')} ${plant.name(assignee.person, rng, 'given')}: ${t(lang, 'reproduceerbaar met testaccount, build', 'reproducible with a test account, build')} ${fake.version(rng)}. ${t(lang, 'Commit', 'Commit')} ${fake.hash(rng)}. cc ${plant.name(newPerson(rng, 'nl'), rng, 'given')}\n`;
  if (rng.chance(0.3))
    b.add`${t(lang, 'Adres klant voor eventuele hardware-ruil', 'Customer address for a hardware swap')}: ${plant.street(c.address, rng)}, ${plant.postcode(c.address, rng)} ${townName(c.address, rng)}\n`;
  return b.build(id, 'ticket', lang);
};
