import { DocumentBuilder, pii } from '../../builder.js';
import type { Prng } from '../../prng.js';
import { companyEmail } from '../company.js';
import { Clock } from '../dates.js';
import { compressV6, linkLocal, mappedV4, newIpv4, newUserAgent } from '../network.js';
import { newPerson, renderName } from '../people.js';
import { fakes, newProfile, type Profile, plant, t } from '../profile.js';
import type { Genre } from './genre.js';

/** A subscriber's login history as the fraud tooling prints it: stamp, address, agent, outcome. */
function loginHistory(
  b: DocumentBuilder,
  rng: Prng,
  c: Profile,
  clock: Clock,
  attacker: { ip: string; ua: string },
): void {
  const rows = rng.int(3, 7);
  for (let i = 0; i < rows; i++) {
    clock.tick(rng, 30, 20000);
    const bad = rng.chance(0.4);
    const ipPlanted = bad
      ? pii('ip_address', attacker.ip)
      : rng.chance(0.3)
        ? plant.ipv6(c.ipv6, rng)
        : rng.chance(0.2)
          ? pii('ip_address', mappedV4(rng))
          : plant.ip(c.ipv4);
    b.add`${fakes.timestamp(clock.iso())}  ${ipPlanted}  "${plant.ua(bad ? attacker.ua : c.ua)}"  ${bad ? rng.pick(['FAIL pw', 'FAIL 2fa', 'OK']) : 'OK'}\n`;
  }
}

/**
 * Reports of the abuse and fraud desk: complaints about a subscriber's IP address, suspected SIM
 * swaps and account takeovers, card fraud on orders. They name victims and suspects alike.
 */
export const abuseReport: Genre = (rng, lang, id) => {
  const b = new DocumentBuilder();
  const c = newProfile(rng);
  const clock = new Clock(rng);
  const analyst = newPerson(rng);
  const kind = rng.weighted([
    ['abuse', 3],
    ['simswap', 3],
    ['card', 2],
  ] as const);
  const attacker = { ip: newIpv4(rng), ua: newUserAgent(rng) };
  b.add`${t(lang, 'Dossier', 'Case')} ${fakes.ticket(rng)} | ${t(lang, 'behandelaar', 'analyst')}: ${pii('person_name', renderName(analyst, rng.pick(['full', 'initials'] as const)))} | ${t(lang, 'aangemaakt', 'opened')} ${fakes.timestamp(clock.sql())}\n\n`;
  if (kind === 'abuse') {
    const category = rng.pick([
      'botnet (Mirai)',
      'open DNS resolver',
      'phishing kit',
      'SSH brute force',
      'spam',
    ]);
    b.add`${t(lang, 'Bron', 'Source')}: ${rng.pick(['Shadowserver', 'SpamCop', 'AbuseIX', 'NCSC', 'CERT-Bund'])}  ${t(lang, 'categorie', 'category')}: ${category}\n`;
    b.add`Reported-IP: ${plant.ip(c.ipv4)}\n`;
    if (rng.chance(0.5)) b.add`Reported-IPv6: ${plant.ipv6(c.ipv6, rng)}\n`;
    b.add`Date: ${fakes.timestamp(clock.iso())}\n`;
    b.add`Evidence:\n`;
    for (let i = rng.int(2, 4); i > 0; i--) {
      clock.tick(rng, 1, 30);
      b.add`  ${clock.syslog()} honeypot sshd[${rng.int(1000, 65000)}]: Failed password for root from ${plant.ip(c.ipv4)} port ${rng.int(30000, 65000)} ssh2\n`;
    }
    b.add`\n${t(lang, 'RADIUS-koppeling: IP op dat moment uitgegeven aan klant', 'RADIUS lookup: address assigned at that time to customer')} ${fakes.customer(rng)}\n`;
    b.add`${t(lang, 'Naam', 'Name')}: ${plant.name(c.person, rng)}\n`;
    b.add`${t(lang, 'Adres', 'Address')}: ${plant.street(c.address, rng)}, ${plant.postcode(c.address, rng)} ${c.address.city.name}\n`;
    const v6 = c.ipv6.groups;
    b.add`${t(lang, 'Gedelegeerd prefix', 'Delegated prefix')}: ${pii('ip_address', `${compressV6([...v6.slice(0, 3), '0', '0', '0', '0', '0'])}`)}/48\n`;
    if (rng.chance(0.3))
      b.add`${t(lang, 'CPE link-local', 'CPE link-local')}: ${pii('ip_address', linkLocal(rng))}\n`;
    b.add`\n${t(lang, 'Actie', 'Action')}: ${t(lang, 'klant gemaild op', 'customer e-mailed at')} ${plant.email(c.email)}, ${t(lang, 'aansluiting in quarantaine tot schoon', 'line quarantined until clean')}. ${t(lang, 'Reactie naar melder via', 'Reply to reporter via')} ${companyEmail(rng, 'abuse')}.\n`;
  } else if (kind === 'simswap') {
    const caller = newProfile(rng);
    b.add`${t(lang, 'Melding: verdachte aanvraag vervangende simkaart voor', 'Alert: suspicious replacement SIM request for')} ${plant.phone(c.mobile, rng)}\n`;
    b.add`${t(lang, 'Beller', 'Caller')} ${t(lang, 'belde vanaf', 'called from')} ${plant.phone(caller.mobile, rng)} ${t(lang, 'en gaf zich uit voor', 'and claimed to be')} ${plant.name(c.person, rng, 'full')}.\n`;
    b.add`${t(lang, 'Beller noemde geboortedatum', 'Caller gave date of birth')} ${plant.dob(c.dob, lang, rng)} ${t(lang, '(juist) en adres', '(correct) and address')} ${plant.street(c.address, rng)} ${t(lang, '(juist), maar niet het IBAN.', '(correct) but not the IBAN.')}\n`;
    b.add`${t(lang, 'Op het dossier staat', 'On file')}: IBAN ${plant.iban(c.iban, rng)}, ${t(lang, 'ID-kaart', 'ID card')} ${plant.idCard(c.idCard)}.\n\n`;
    b.add`${t(lang, 'Inloggeschiedenis Mijn Polderlink', 'My Polderlink login history')}:\n`;
    loginHistory(b, rng, c, clock, attacker);
    if (rng.chance(0.6))
      b.add`${t(lang, 'Geo-IP van de verdachte login', 'Geo-IP of the suspect login')}: ${plant.geo(c.home, rng)} (${t(lang, 'wijkt af van woonadres', 'differs from home address')})\n`;
    b.add`\n${t(lang, 'Besluit: aanvraag geblokkeerd, klant geïnformeerd op', 'Decision: request blocked, customer informed at')} ${plant.email(c.email)} ${t(lang, 'en via sms naar', 'and by text to')} ${plant.phone(c.mobile, rng)}.\n`;
  } else {
    b.add`${t(lang, 'Melding: drie bestellingen met dezelfde creditcard, verschillende afleveradressen', 'Alert: three orders paid with the same card, different delivery addresses')}\n`;
    b.add`${t(lang, 'Kaart', 'Card')}: ${plant.card(c.card, rng)} (${c.card.brand})\n`;
    for (let i = 0; i < 3; i++) {
      const d = newProfile(rng);
      clock.tick(rng, 60, 7200);
      b.add`- ${fakes.order(rng)} ${fakes.timestamp(clock.iso())} ${plant.name(d.person, rng, 'full')}, ${plant.street(d.address, rng)}, ${plant.postcode(d.address, rng)} — IP ${plant.ip(i === 0 ? attacker.ip : newIpv4(rng))}\n`;
    }
    b.add`${t(lang, 'Kaarthouder volgens issuer', 'Cardholder per issuer')}: ${plant.name(c.person, rng, 'upper')}, ${t(lang, 'geboren', 'born')} ${plant.dob(c.dob, lang, rng)}\n`;
    b.add`User-Agent (${t(lang, 'alle drie', 'all three')}): ${plant.ua(attacker.ua)}\n`;
    b.add`${t(lang, 'Totaal', 'Total')}: ${fakes.amount(rng, lang)}. ${t(lang, 'Orders geannuleerd, chargeback verwacht.', 'Orders cancelled, chargeback expected.')}\n`;
  }
  return b.build(id, 'ticket', lang);
};
