import { type DocumentBuilder, decoy, pii } from '../builder.js';
import type { Prng } from '../prng.js';
import type { Language } from '../values/dates.js';
import { address } from './addresses.js';
import type { Customer } from './household.js';
import {
  amount,
  creditCard,
  day,
  ean13,
  elevenProofNumber,
  geo,
  ipv4,
  ipv6,
  kvk,
  licencePlate,
  mrzTd1,
  mrzTd3,
  phone,
  rsin,
  tracking,
  vatNumber,
  version,
  writeBsn,
  writeDay,
} from './identifiers.js';
import { familyName, familyNameCapital, fullName, honorific, initialsName, person } from './people.js';

/** One paragraph of a ticket or e-mail body about customer `c`. */
export type Fragment = (b: DocumentBuilder, rng: Prng, lang: Language, c: Customer) => void;

const name = (v: string) => pii('person_name', v);

/** A date that is not anyone's birth date: an appointment, a contract start, an invoice. */
export function eventDate(rng: Prng, lang: Language) {
  return decoy('date', writeDay(rng, day(rng, 2019, 2025), lang));
}

/** Nine digits that pass the 11-proof, used as a case or order number. */
export function elevenProofReference(rng: Prng, kind: 'order_number' | 'ticket_id') {
  return decoy(kind, elevenProofNumber(rng));
}

export const callerFragment: Fragment = (b, rng, lang, c) => {
  const h = honorific(c.who, lang, rng);
  const tel = pii('phone', c.phone);
  if (lang === 'nl') {
    rng.pick([
      () =>
        b.add`Klant belde vanaf (${tel}), ${h} ${name(familyName(c.who))} wil weten waarom de factuur hoger is.\n`,
      () => b.add`Terugbelverzoek van ${h} ${name(familyName(c.who))}, tel.: ${tel}, liefst na 17:00.\n`,
      () =>
        b.add`${name(familyNameCapital(c.who))} (${tel}) meldt dat de storing sinds ${eventDate(rng, lang)} aanhoudt.\n`,
      () => b.add`Gesproken met ${name(initialsName(c.who))} op ${tel}; kreeg geen bevestigingsmail.\n`,
    ])();
  } else {
    rng.pick([
      () =>
        b.add`Customer called from (${tel}); ${h} ${name(familyNameCapital(c.who))} says the bill went up again.\n`,
      () => b.add`Callback requested by ${name(fullName(c.who))}, tel: ${tel}, after 5pm please.\n`,
      () => b.add`Spoke to ${name(initialsName(c.who))} on ${tel}, still no confirmation e-mail.\n`,
    ])();
  }
};

export const verificationFragment: Fragment = (b, rng, lang, c) => {
  const dob = pii('date_of_birth', writeDay(rng, c.birth, lang));
  const pc = pii('postcode', c.home.postcode);
  if (lang === 'nl') {
    rng.pick([
      () => b.add`Identiteit gecontroleerd: geboren op ${dob}, postcode ${pc}.\n`,
      () => b.add`Verificatie ok (geb. ${dob}) — klant sinds ${eventDate(rng, lang)}.\n`,
      () =>
        b.add`Geboortedatum ${dob} klopt niet met ons systeem, klant gevraagd om kopie ID (zonder BSN!).\n`,
      () => {
        const child = person(rng);
        const born = pii('date_of_birth', writeDay(rng, day(rng, 2007, 2014), lang));
        b.add`Haar ${child.female ? 'dochter' : 'zoon'} ${name(child.given)} is geboren op ${born}; ${child.female ? 'zij' : 'hij'} krijgt het jongerenabonnement.\n`;
      },
    ])();
  } else {
    rng.pick([
      () => b.add`ID check passed, DOB: ${dob}, postcode ${pc}.\n`,
      () => b.add`Verified with date of birth ${dob}; customer since ${eventDate(rng, lang)}.\n`,
      () => b.add`Caller gave born ${dob} which matches the account.\n`,
    ])();
  }
};

export const addressFragment: Fragment = (b, rng, lang, c) => {
  const h = c.home;
  const line = pii('postal_address', h.line);
  const pc = pii('postcode', h.postcode);
  const moved = address(rng);
  if (lang === 'nl') {
    rng.pick([
      () =>
        b.add`Adreswijziging per ${eventDate(rng, lang)}: ${pii('postal_address', moved.line)}, ${pii('postcode', moved.postcode)} ${moved.city}.\n`,
      () =>
        b.add`Nieuw modem verstuurd naar:\n${name(fullName(c.who))}\n${line}\n${pc}  ${h.city.toUpperCase()}\n`,
      () => b.add`Monteur kon niet binnen op ${line} te ${h.city}, niemand thuis.\n`,
      () => b.add`Aansluitadres ${line} (${pc}) ${h.city}: glasvezel is actief.\n`,
    ])();
  } else {
    rng.pick([
      () => b.add`Please ship the replacement router to ${line}, ${pc} ${h.city}, Netherlands.\n`,
      () => b.add`Address on file: ${line}; ${pc} ${h.city}.\n`,
    ])();
  }
};

export const paymentFragment: Fragment = (b, rng, lang, c) => {
  const acct = pii('iban', c.iban);
  if (lang === 'nl') {
    rng.pick([
      () =>
        b.add`Incasso van ${decoy('amount', amount(rng))} gestorneerd op rekening ${acct} t.n.v. ${name(initialsName(c.who))}.\n`,
      () =>
        b.add`Klant wil voortaan betalen van ${acct} (rekening van partner ${name(fullName(person(rng)))}).\n`,
      () =>
        b.add`Terugbetaling ${decoy('amount', amount(rng))} naar IBAN: ${acct}, factuur ${decoy('invoice_number', `F${rng.digits(8, true)}`)}.\n`,
    ])();
  } else {
    rng.pick([
      () =>
        b.add`Direct debit of ${decoy('amount', amount(rng))} bounced, account ${acct} (holder ${name(fullName(c.who))}).\n`,
      () => b.add`Refund ${decoy('amount', amount(rng))} to ${acct} approved.\n`,
    ])();
  }
};

export const bsnFragment: Fragment = (b, rng, lang, c) => {
  const bsn = pii('bsn', writeBsn(rng, c.bsn));
  if (lang === 'nl') {
    rng.pick([
      () =>
        b.add`Let op: klant noemde aan de telefoon zijn burgerservicenummer ${bsn}, niet vastgelegd in CRM.\n`,
      () => b.add`Oude aanvraag bevat nog een sofinummer (${bsn}); verwijderd conform AVG.\n`,
      () => b.add`BSN-nummer: ${bsn} stond in de bijlage, bijlage vernietigd.\n`,
      () => b.add`Op de scan staat Persoonsnummer ${bsn} niet afgeschermd.\n`,
    ])();
  } else {
    rng.pick([
      () => b.add`Customer read out her citizen service number (BSN) ${bsn} unprompted; not stored.\n`,
      () => b.add`Attachment showed the BSN ${bsn}, deleted.\n`,
    ])();
  }
};

export const idDocumentFragment: Fragment = (b, rng, lang, c) => {
  const female = c.who.female;
  if (rng.chance(0.5)) {
    b.add`${lang === 'nl' ? 'OCR van kopie identiteitskaart' : 'OCR of ID card copy'}:\nIDENTITEITSKAART / IDENTITY CARD\nNaam / Surname: ${name(familyNameCapital(c.who).toUpperCase())}\nVoornamen / Given names: ${name(c.who.given.toUpperCase())}\nDocumentnr.: ${pii('id_card_number', c.docNo)}\nPersoonsnummer: ${pii('bsn', `${c.bsn.slice(0, 4)}.${c.bsn.slice(4, 6)}.${c.bsn.slice(6)}`)}\nGeboortedatum / Date of birth: ${pii('date_of_birth', writeDay(rng, c.birth, 'nl'))}\n${pii('mrz', mrzTd1(c.who, c.birth, c.bsn, c.docNo, female))}\n`;
  } else {
    b.add`${lang === 'nl' ? 'Paspoort klant (paspoortnummer' : 'Passport (passport no.'} ${pii('passport_number', c.docNo)}), ${lang === 'nl' ? 'machineleesbare zone' : 'machine readable zone'}:\n${pii('mrz', mrzTd3(c.who, c.birth, c.bsn, c.docNo, female))}\n`;
  }
};

export const visitFragment: Fragment = (b, rng, lang) => {
  const plate = pii('licence_plate', licencePlate(rng));
  const where = pii('geo_coordinates', geo(rng));
  const tech = person(rng);
  if (lang === 'nl') {
    rng.pick([
      () =>
        b.add`Monteur ${name(tech.given)} parkeert bus ${plate} bij de kast; GPS-locatie kast: ${where}.\n`,
      () => b.add`Klant klaagt over de auto met kenteken ${plate} die de oprit blokkeert (${where}).\n`,
      () =>
        b.add`Locatie storing volgens app: ${where}. Dienstauto ${plate}, afspraak ${eventDate(rng, lang)}.\n`,
    ])();
  } else {
    rng.pick([
      () => b.add`Engineer ${name(fullName(tech))} (van ${plate}) on site at ${where}.\n`,
      () => b.add`Customer shared location ${where} from the app; neighbour's car ${plate} in the way.\n`,
    ])();
  }
};

export const deviceFragment: Fragment = (b, rng, lang) => {
  const fw = decoy('version', version(rng));
  const ean = decoy('ean', ean13(rng));
  if (lang === 'nl') {
    rng.pick([
      () => b.add`Modem draait firmware ${fw}, artikelcode ${ean}, geen update nodig.\n`,
      () => b.add`Vervangende set-top box (EAN ${ean}) uitgeleverd, software ${fw}.\n`,
      () =>
        b.add`Router gereset naar fabrieksinstellingen, versie ${fw}; verzending met ${decoy('tracking_code', tracking(rng))}.\n`,
    ])();
  } else {
    rng.pick([
      () => b.add`Router on firmware ${fw}; barcode ${ean}.\n`,
      () =>
        b.add`Replacement shipped with tracking ${decoy('tracking_code', tracking(rng))}, box ${ean}, firmware ${fw}.\n`,
    ])();
  }
};

export const orderFragment: Fragment = (b, rng, lang) => {
  const ref = elevenProofReference(rng, 'order_number');
  if (lang === 'nl') {
    rng.pick([
      () => b.add`Bestelling ${ref} van ${eventDate(rng, lang)}: totaal ${decoy('amount', amount(rng))}.\n`,
      () => b.add`Zie ook ${elevenProofReference(rng, 'ticket_id')} en ${ref}, beide afgesloten.\n`,
      () =>
        b.add`Pakket ${decoy('tracking_code', tracking(rng))} is op ${eventDate(rng, lang)} afgeleverd; referentie ${ref}.\n`,
    ])();
  } else {
    rng.pick([
      () => b.add`Order ${ref} placed ${eventDate(rng, lang)}, total ${decoy('amount', amount(rng))}.\n`,
      () => b.add`Related: ${elevenProofReference(rng, 'ticket_id')}, ${ref}.\n`,
    ])();
  }
};

export const cardFragment: Fragment = (b, rng, lang, c) => {
  const card = pii('credit_card', creditCard(rng));
  const exp = `${String(rng.int(1, 12)).padStart(2, '0')}/${rng.int(26, 30)}`;
  if (lang === 'nl') {
    rng.pick([
      () => b.add`Klant gaf creditcard ${card} (geldig t/m ${exp}) door via de chat — NIET opslaan.\n`,
      () => b.add`Betaald met kaart ${card} op naam van ${name(initialsName(c.who))}.\n`,
    ])();
  } else {
    b.add`Customer pasted card number ${card} exp ${exp} into the chat, removed.\n`;
  }
};

export const businessFragment: Fragment = (b, rng, lang) => {
  const trade = rng.pick([
    'Bakkerij Het Wapen',
    'Installatiebedrijf Noord B.V.',
    'Fysio Centrum Oost',
    'Kapsalon Knipwerk',
    'Transport & Logistiek Zuid B.V.',
  ]);
  if (lang === 'nl') {
    rng.pick([
      () =>
        b.add`Zakelijk account ${trade}, KvK ${decoy('kvk_number', kvk(rng))}, btw-id ${decoy('vat_number', vatNumber(rng))}.\n`,
      () =>
        b.add`Uittreksel ${trade}: KvK-nummer ${decoy('kvk_number', kvk(rng))}, RSIN ${decoy('rsin', rsin(rng))}.\n`,
    ])();
  } else {
    b.add`Business account ${trade}, Chamber of Commerce ${decoy('kvk_number', kvk(rng))}, VAT ${decoy('vat_number', vatNumber(rng))}.\n`;
  }
};

export const emailMentionFragment: Fragment = (b, rng, lang, c) => {
  const mail = pii('email', c.email);
  if (lang === 'nl') {
    rng.pick([
      () => b.add`Bevestiging gaat naar ${mail} (klant gebruikt een alias).\n`,
      () => b.add`E-mailadres gewijzigd in <${mail}>.\n`,
      () =>
        b.add`Klant mailt ook vanaf ${pii('email', `${c.email.split('@')[0]}@${rng.pick(['me.com', 'ziggo.nl', 'upcmail.nl'])}`)}, graag samenvoegen.\n`,
    ])();
  } else {
    b.add`Contact e-mail updated to ${mail}.\n`;
  }
};

export const otherPartyFragment: Fragment = (b, rng, lang) => {
  const other = person(rng);
  const tel = pii('phone', phone(rng));
  if (lang === 'nl') {
    rng.pick([
      () =>
        b.add`Gemachtigde: ${honorific(other, lang, rng)} ${name(familyName(other))} (dochter), bereikbaar op ${tel}.\n`,
      () => b.add`Overleden: de heer ${name(initialsName(other))}; nabestaande belt terug op ${tel}.\n`,
      () => b.add`Buurman ${name(fullName(other))} heeft de sleutel, nummer ${tel}.\n`,
    ])();
  } else {
    b.add`Authorised contact: ${name(fullName(other))}, phone ${tel}.\n`;
  }
};

export const bodyFragments: Fragment[] = [
  callerFragment,
  verificationFragment,
  addressFragment,
  paymentFragment,
  bsnFragment,
  idDocumentFragment,
  visitFragment,
  deviceFragment,
  orderFragment,
  cardFragment,
  businessFragment,
  emailMentionFragment,
  otherPartyFragment,
];

/** Weights: the common paragraphs of a helpdesk more often, identity documents rarely. */
export const fragmentWeights = [5, 4, 4, 4, 1, 1, 1, 3, 3, 1, 2, 3, 2];

/** An IP address for a log line: IPv6 as often as IPv4, as on a modern access network. */
export function ipAddress(rng: Prng): string {
  return rng.chance(0.55) ? ipv6(rng) : ipv4(rng);
}
