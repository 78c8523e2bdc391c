import { DocumentBuilder, type Planted, pii } from '../../builder.js';
import type { Prng } from '../../prng.js';
import { houseNumber, postcode, streetLine } from '../addresses.js';
import { companyPhone, donors } from '../company.js';
import { Clock, compactDate, formatDate, type Ymd } from '../dates.js';
import { formatBsn, formatIban } from '../identifiers.js';
import { newPerson } from '../people.js';
import { formatPhone } from '../phones.js';
import { fakes, newProfile, type Profile, plant } from '../profile.js';
import type { Genre } from './genre.js';

const pad = (n: number) => String(n).padStart(2, '0');

/** Birth dates as agents type them mid-call: two-digit years, no separators, whatever is fastest. */
function hurriedDob(d: Ymd, rng: Prng, lang: 'nl' | 'en'): Planted {
  const yy = String(d.y).slice(2);
  return pii(
    'date_of_birth',
    rng.weighted<string>([
      [formatDate(d, lang, rng), 4],
      [`${pad(d.d)}-${pad(d.m)}-${yy}`, 2],
      [`${d.d}/${d.m}/${yy}`, lang === 'nl' ? 1 : 0],
      [`${d.m}/${d.d}/${yy}`, lang === 'en' ? 1 : 0],
      [compactDate(d), 1],
    ]),
  );
}

const lower = (p: Planted): Planted => ({ ...p, value: p.value.toLowerCase() });

/**
 * Contact-centre notes: one customer's contact history as the CRM shows it, each entry typed during
 * or right after a call, lower case, abbreviated ("kl. belt ivm", "tel. nr.", "geb. datum", "cb").
 */
export const callNotes: Genre = (rng, lang, id) => {
  const b = new DocumentBuilder();
  const c = newProfile(rng);
  const clock = new Clock(rng);
  const nl = lang === 'nl';
  b.add`${nl ? 'Klantnr' : 'Cust. no'}: ${fakes.customer(rng)} | ${plant.name(c.person, rng, rng.pick(['sorted', 'initials', 'sortedPrefixLast'] as const))}\n`;
  if (rng.chance(0.5))
    b.add`${nl ? 'Contract' : 'Contract'}: ${fakes.contract(rng)}  (${rng.pick(['Glasvezel 1000', 'Internet+TV Compleet', 'Sim Only 20GB', 'Zakelijk VoIP 5 lijnen', 'Cloud Backup 2TB'])})\n`;
  b.put('='.repeat(rng.int(20, 50)));
  b.put('\n');

  const entries = rng.int(3, 6);
  // Each entry is a different reason for contact: the same note twice reads like a copy.
  const kinds = [0, 1, 2, 3, 4, 5, 6, 7];
  for (let e = 0; e < entries; e++) {
    clock.nextWorkday(rng, 9);
    const agent = newPerson(rng);
    const direction = rng.pick(
      nl ? ['inbound', 'uitgaand', 'inb.', 'chat→tel'] : ['inbound', 'outbound', 'callback'],
    );
    b.add`${fakes.timestamp(`${clock.nl()} ${clock.hm()}`)} | ${direction} | ${nl ? 'medew.' : 'agent'} ${pii('person_name', `${agent.given} ${agent.surname.charAt(0)}.`)}\n`;
    note(b, rng, c, nl, kinds.splice(rng.int(0, kinds.length - 1), 1)[0]!);
    b.put(rng.chance(0.5) ? '\n-----\n' : '\n\n');
  }
  return b.build(id, 'ticket', lang);
};

function note(b: DocumentBuilder, rng: Prng, c: Profile, nl: boolean, kind: number): void {
  const lang = nl ? 'nl' : 'en';
  switch (kind) {
    case 0:
      b.add`${nl ? 'kl. belt ivm storing tv/internet. geb. datum' : 'cust called re outage. verified dob'} ${hurriedDob(c.dob, rng, lang)} ${nl ? 'gecontr.' : 'ok'}, ${nl ? 'tel. nr.' : 'tel no'} ${plant.anyPhone(c, rng)} ${nl ? 'klopt' : 'confirmed'}. ${nl ? 'modem' : 'modem'} ${fakes.serial(rng)} ${nl ? 'herstart, sync ok. cb als t morgen nog speelt' : 'rebooted, sync ok. cb if still an issue tmrw'}`;
      break;
    case 1:
      b.add`${nl ? 'klant wil iban wijzigen naar' : 'cust wants dd changed to'} ${plant.iban(c.iban, rng)} ${nl ? 'tnv' : 'acct holder'} ${lower(plant.name(c.person, rng, 'initials'))}. ${nl ? 'nieuwe machtiging verstuurd naar' : 'new mandate sent to'} ${plant.email(c.email)}`;
      break;
    case 2:
      b.add`${nl ? 'verhuist per' : 'moving on'} ${fakes.date(new Clock(rng).plusDays(30), lang, rng)}, ${nl ? 'nw adres' : 'new addr'} ${pii('postal_address', streetLine(c.address).toLowerCase())} ${pii('postcode', postcode(c.address, rng).toLowerCase())} ${c.address.city.name.toLowerCase()}. ${nl ? 'adrescheck ok (pc+hnr' : 'address check ok (pc+no'} ${pii('postal_address', houseNumber(c.address))}). ${nl ? 'monteur inplannen' : 'book engineer'}`;
      break;
    case 3: {
      const rep = newPerson(rng);
      b.add`${nl ? 'zoon/dochter belt namens klant:' : 'relative calling on behalf:'} ${lower(plant.name(rep, rng, 'full'))}, ${nl ? 'tel' : 'ph'} ${plant.phone(newProfile(rng).mobile, rng)}. ${nl ? 'geen machtiging op dossier, niets gewijzigd. geb.dat. klant gevraagd:' : 'no authorisation on file, nothing changed. asked cust dob:'} ${hurriedDob(c.dob, rng, lang)}`;
      break;
    }
    case 4:
      b.add`${nl ? 'nummerbehoud van' : 'port-in from'} ${rng.pick(donors)}: ${plant.phone(c.mobile, rng)}, ${nl ? 'overstapdatum' : 'port date'} ${fakes.date(new Clock(rng).plusDays(10), lang, rng)}. ${nl ? 'sms-code' : 'sms code'} ${fakes.code(rng)} ${nl ? 'verstuurd, klant bevestigt' : 'sent, cust confirmed'}`;
      break;
    case 5:
      b.add`${nl ? 'klant noemt ongevraagd bsn' : 'cust gave bsn unprompted'} ${pii('bsn', formatBsn(c.bsn, rng))} — ${nl ? 'NIET vastgelegd, klant gewezen op privacy' : 'NOT stored, advised cust'}. ${nl ? 'factuur' : 'invoice'} ${fakes.invoice(rng)} ${nl ? 'van' : 'of'} ${fakes.amount(rng, lang)} ${nl ? 'nagelopen, klopt' : 'checked, correct'}`;
      break;
    case 6:
      b.add`${nl ? 'betalingsregeling afgesproken, 3x' : 'payment plan agreed, 3x'} ${fakes.amount(rng, lang)}. ${nl ? 'incasso van' : 'dd from'} ${pii('iban', formatIban(c.iban, rng).toLowerCase())}. ${nl ? 'bevestiging naar' : 'confirmation to'} ${plant.email(c.email)} ${nl ? 'en per post naar' : 'and by post to'} ${plant.street(c.address, rng)}, ${plant.postcode(c.address, rng)}`;
      break;
    default:
      b.add`${nl ? 'terugbelverzoek op' : 'callback requested on'} ${pii('phone', formatPhone(c.landline, rng))} ${nl ? 'of' : 'or'} ${plant.phone(c.mobile, rng)}${nl ? ', liefst na 17u. klant ontevreden, verwees naar' : ', pref after 5pm. unhappy, referred to'} ${companyPhone(rng, 'outage')}`;
  }
  if (rng.chance(0.3)) b.add`${nl ? ' — mail van klant:' : ' — cust email:'} ${lower(pii('email', c.email))}`;
  if (rng.chance(0.2)) b.add` ${nl ? 'roepnaam' : 'goes by'} ${plant.name(c.person, rng, 'given')}`;
}
