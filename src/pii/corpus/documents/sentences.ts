import type { PiiType } from '../../../policy/schema.js';
import { type DocumentBuilder, decoy, pii } from '../builder.js';
import type { Prng } from '../prng.js';
import { dutchAddress } from '../values/address.js';
import { bsn } from '../values/bsn.js';
import { creditCard } from '../values/card.js';
import { type Language, writtenDate } from '../values/dates.js';
import {
  amount,
  customerNumber,
  eanCode,
  hexHash,
  invoiceNumber,
  kvkNumber,
  orderNumber,
  plainDate,
  ticketId,
  version,
} from '../values/decoys.js';
import { geoCoordinates } from '../values/geo.js';
import { iban } from '../values/iban.js';
import { dutchDocumentNumber } from '../values/identity-document.js';
import { mrzHolder, td1, td3 } from '../values/mrz.js';
import { ipv4, ipv6, userAgent } from '../values/network.js';
import { emailAddress, fullName, type Person, person } from '../values/person.js';
import { phoneNumber } from '../values/phone.js';
import { licencePlate } from '../values/vehicle.js';

/** What a sentence needs: where to write, randomness, and the person who writes. */
export interface SentenceContext {
  b: DocumentBuilder;
  rng: Prng;
  lang: Language;
  customer: Person;
}

type Sentence = (c: SentenceContext) => void;

/** One sentence per call, in the customer's language, that plants one or more items of `type`. */
export const piiSentences: Record<PiiType, Sentence> = {
  person_name: ({ b, rng, lang }) => {
    // A third party (partner, engineer), so names vary within a document.
    const other = fullName(person(rng, lang));
    if (lang === 'nl') {
      rng.pick([
        () => b.add`Mijn partner ${pii('person_name', other)} staat ook op het contract. `,
        () => b.add`Eerder heb ik hierover gesproken met uw collega ${pii('person_name', other)}. `,
        () => b.add`De monteur, ${pii('person_name', other)}, kon de storing niet vinden. `,
      ])();
    } else {
      rng.pick([
        () => b.add`My partner ${pii('person_name', other)} is also on the contract. `,
        () => b.add`I already spoke to your colleague ${pii('person_name', other)} about this. `,
        () => b.add`The engineer, ${pii('person_name', other)}, could not find the fault. `,
      ])();
    }
  },
  email: ({ b, rng, lang, customer }) => {
    const email = pii('email', emailAddress(rng, customer));
    if (lang === 'nl') {
      rng.pick([
        () => b.add`Mijn nieuwe e-mailadres is ${email}. `,
        () => b.add`Stuurt u de factuur voortaan naar ${email}? `,
        () => b.add`U kunt mij ook mailen op ${email}. `,
      ])();
    } else {
      rng.pick([
        () => b.add`My new e-mail address is ${email}. `,
        () => b.add`Please send invoices to ${email} from now on. `,
        () => b.add`You can also reach me at ${email}. `,
      ])();
    }
  },
  phone: ({ b, rng, lang }) => {
    const phone = pii('phone', phoneNumber(rng));
    if (lang === 'nl') {
      rng.pick([
        () => b.add`U kunt mij bereiken op ${phone}. `,
        () => b.add`Bel me gerust terug op ${phone}, liefst na vijf uur. `,
        () => b.add`Telefoon: ${phone}\n`,
        () => b.add`Mijn mobiele nummer is gewijzigd in ${phone}. `,
      ])();
    } else {
      rng.pick([
        () => b.add`You can reach me on ${phone}. `,
        () => b.add`Please call me back at ${phone}, preferably after five. `,
        () => b.add`Phone: ${phone}\n`,
      ])();
    }
  },
  postal_address: (c) => addressSentence(c, true),
  postcode: (c) => addressSentence(c, false),
  iban: ({ b, rng, lang, customer }) => {
    const account = pii('iban', iban(rng));
    const holder = pii('person_name', fullName(customer));
    if (lang === 'nl') {
      rng.pick([
        () => b.add`Wilt u het teveel betaalde terugstorten op ${account} t.n.v. ${holder}? `,
        () => b.add`Mijn rekeningnummer is gewijzigd naar ${account}. `,
        () => b.add`IBAN: ${account}\n`,
      ])();
    } else {
      rng.pick([
        () => b.add`Please refund the overpayment to ${account} in the name of ${holder}. `,
        () => b.add`My bank account has changed to ${account}. `,
        () => b.add`IBAN: ${account}\n`,
      ])();
    }
  },
  bsn: ({ b, rng, lang }) => {
    const n = pii('bsn', bsn(rng));
    if (lang === 'nl') {
      rng.pick([
        () => b.add`Mijn BSN is ${n}. `,
        () => b.add`Burgerservicenummer: ${n}\n`,
        () => b.add`Ter verificatie stuur ik mijn BSN mee: ${n}. `,
        () => b.add`Voor de gemeente heeft u mijn burgerservicenummer ${n} nodig. `,
      ])();
    } else {
      rng.pick([
        () => b.add`My BSN is ${n}. `,
        () => b.add`For verification, my citizen service number (BSN): ${n}. `,
        () => b.add`BSN: ${n}\n`,
      ])();
    }
  },
  passport_number: ({ b, rng, lang }) => {
    const doc = pii('passport_number', dutchDocumentNumber(rng));
    if (lang === 'nl') {
      rng.pick([
        () => b.add`Mijn paspoortnummer is ${doc}. `,
        () => b.add`Paspoort nr. ${doc}\n`,
        () => b.add`Ik heb mij gelegitimeerd met paspoort ${doc}. `,
      ])();
    } else {
      rng.pick([() => b.add`My passport number is ${doc}. `, () => b.add`Passport no. ${doc}\n`])();
    }
  },
  id_card_number: ({ b, rng, lang }) => {
    const doc = pii('id_card_number', dutchDocumentNumber(rng));
    if (lang === 'nl') {
      rng.pick([
        () => b.add`Het documentnummer van mijn identiteitskaart is ${doc}. `,
        () => b.add`ID-kaart nummer: ${doc}\n`,
        () => b.add`Ik heb mij gelegitimeerd met mijn ID-kaart (${doc}). `,
      ])();
    } else {
      rng.pick([() => b.add`My ID card number is ${doc}. `, () => b.add`Identity card no. ${doc}\n`])();
    }
  },
  mrz: ({ b, rng, lang, customer }) => {
    const holder = mrzHolder(
      rng,
      [customer.prefix, customer.surname].filter(Boolean).join(' '),
      customer.given,
    );
    const lines = rng.chance(0.5) ? td3(holder) : td1(holder);
    b.put(
      lang === 'nl'
        ? rng.pick(['De code onderaan mijn paspoort:\n', 'Hierbij de regels uit mijn ID-bewijs:\n'])
        : rng.pick(['The code at the bottom of my passport:\n', 'Here are the lines from my ID:\n']),
    );
    b.put(pii('mrz', lines.join('\n')));
    b.put('\n');
  },
  credit_card: ({ b, rng, lang }) => {
    const card = pii('credit_card', creditCard(rng));
    if (lang === 'nl') {
      rng.pick([
        () => b.add`Ik heb betaald met creditcard ${card}, maar zie de betaling niet terug. `,
        () => b.add`Kaartnummer: ${card}\n`,
      ])();
    } else {
      rng.pick([
        () => b.add`I paid with card ${card} but the payment does not show. `,
        () => b.add`Card number: ${card}\n`,
      ])();
    }
  },
  ip_address: ({ b, rng, lang }) => {
    const ip = pii('ip_address', rng.chance(0.6) ? ipv4(rng) : ipv6(rng));
    if (lang === 'nl') {
      rng.pick([
        () => b.add`Mijn IP-adres is ${ip}. `,
        () => b.add`De router meldt als WAN-adres ${ip}. `,
        () => b.add`Volgens speedtest kom ik binnen via ${ip}. `,
      ])();
    } else {
      rng.pick([
        () => b.add`My IP address is ${ip}. `,
        () => b.add`The router shows ${ip} as its WAN address. `,
      ])();
    }
  },
  date_of_birth: ({ b, rng, lang }) => {
    const dob = pii('date_of_birth', writtenDate(rng, lang, 1940, 2006));
    if (lang === 'nl') {
      rng.pick([
        () => b.add`Geboortedatum: ${dob}\n`,
        () => b.add`Ik ben geboren op ${dob}. `,
        () => b.add`Ter controle mijn geboortedatum: ${dob}. `,
      ])();
    } else {
      rng.pick([
        () => b.add`Date of birth: ${dob}\n`,
        () => b.add`I was born on ${dob}. `,
        () => b.add`For verification, my date of birth is ${dob}. `,
      ])();
    }
  },
  geo_coordinates: ({ b, rng, lang }) => {
    const pos = pii('geo_coordinates', geoCoordinates(rng));
    if (lang === 'nl') {
      rng.pick([
        () => b.add`De storing is op deze locatie: ${pos}. `,
        () => b.add`Mijn GPS-positie op dat moment: ${pos}\n`,
      ])();
    } else {
      rng.pick([
        () => b.add`The outage is at this location: ${pos}. `,
        () => b.add`My GPS position at the time: ${pos}\n`,
      ])();
    }
  },
  user_agent: ({ b, rng, lang }) => {
    const ua = pii('user_agent', userAgent(rng));
    b.add`${lang === 'nl' ? 'Browser' : 'Browser used'}: ${ua}\n`;
  },
  licence_plate: ({ b, rng, lang }) => {
    const plate = pii('licence_plate', licencePlate(rng));
    if (lang === 'nl') {
      rng.pick([
        () => b.add`De monteur mag parkeren op mijn plek, mijn auto heeft kenteken ${plate}. `,
        () => b.add`Kenteken: ${plate}\n`,
      ])();
    } else {
      rng.pick([
        () => b.add`The engineer can park in my spot; my car's registration is ${plate}. `,
        () => b.add`Licence plate: ${plate}\n`,
      ])();
    }
  },
};

function addressSentence({ b, rng, lang }: SentenceContext, withStreet: boolean): void {
  const a = dutchAddress(rng);
  const street = pii('postal_address', a.street);
  const postcode = pii('postcode', a.postcode);
  if (!withStreet) {
    b.add`${lang === 'nl' ? 'Heeft u al glasvezel op postcode' : 'Is fibre available at postcode'} ${postcode}? `;
    return;
  }
  if (lang === 'nl') {
    rng.pick([
      () => b.add`Mijn nieuwe adres is ${street}, ${postcode} ${a.city}. `,
      () => b.add`Per 1 mei woon ik op ${street}, ${postcode} ${a.city}. `,
      () => b.add`Adres:\n${street}\n${postcode} ${a.city}\n`,
    ])();
  } else {
    rng.pick([
      () => b.add`My new address is ${street}, ${postcode} ${a.city}. `,
      () => b.add`Address:\n${street}\n${postcode} ${a.city}\n`,
    ])();
  }
}

/** Sentences that plant look-alikes only. */
export const decoySentences: Sentence[] = [
  ({ b, rng, lang }) =>
    lang === 'nl'
      ? b.add`Het gaat om bestelling ${decoy('order_number', orderNumber(rng))}. `
      : b.add`This is about order ${decoy('order_number', orderNumber(rng))}. `,
  ({ b, rng, lang }) =>
    lang === 'nl'
      ? b.add`Factuur ${decoy('invoice_number', invoiceNumber(rng))} van ${decoy('date', plainDate(rng, lang))} bedraagt ${decoy('amount', amount(rng, lang))}. `
      : b.add`Invoice ${decoy('invoice_number', invoiceNumber(rng))} of ${decoy('date', plainDate(rng, lang))} is for ${decoy('amount', amount(rng, lang))}. `,
  ({ b, rng, lang }) =>
    lang === 'nl'
      ? b.add`Factuurnummer: ${decoy('invoice_number', invoiceNumber(rng))}\n`
      : b.add`Invoice number: ${decoy('invoice_number', invoiceNumber(rng))}\n`,
  ({ b, rng, lang }) =>
    lang === 'nl'
      ? b.add`Wij zijn een eenmanszaak, KvK-nummer ${decoy('kvk_number', kvkNumber(rng))}. `
      : b.add`We are a small business, KvK number ${decoy('kvk_number', kvkNumber(rng))}. `,
  ({ b, rng, lang }) =>
    lang === 'nl'
      ? b.add`Op de doos van het modem staat EAN ${decoy('ean', eanCode(rng))}. `
      : b.add`The modem box says EAN ${decoy('ean', eanCode(rng))}. `,
  ({ b, rng, lang }) =>
    lang === 'nl'
      ? b.add`Het modem draait firmware ${decoy('version', version(rng))}. `
      : b.add`The modem runs firmware ${decoy('version', version(rng))}. `,
  ({ b, rng, lang }) =>
    lang === 'nl'
      ? b.add`Ik betaal nu ${decoy('amount', amount(rng, lang))} per maand in plaats van ${decoy('amount', amount(rng, lang))}. `
      : b.add`I now pay ${decoy('amount', amount(rng, lang))} a month instead of ${decoy('amount', amount(rng, lang))}. `,
  ({ b, rng, lang }) =>
    lang === 'nl'
      ? b.add`Sinds ${decoy('date', plainDate(rng, lang))} werkt het niet meer. `
      : b.add`It stopped working on ${decoy('date', plainDate(rng, lang))}. `,
  ({ b, rng, lang }) =>
    lang === 'nl'
      ? b.add`Zie ook ticket ${decoy('ticket_id', ticketId(rng))}. `
      : b.add`See also ticket ${decoy('ticket_id', ticketId(rng))}. `,
  ({ b, rng, lang }) =>
    lang === 'nl'
      ? b.add`Checksum van de download: ${decoy('hash', hexHash(rng))}\n`
      : b.add`Checksum of the download: ${decoy('hash', hexHash(rng))}\n`,
  ({ b, rng, lang }) =>
    lang === 'nl'
      ? b.add`Klantnummer ${decoy('customer_number', customerNumber(rng))}. `
      : b.add`Customer number ${decoy('customer_number', customerNumber(rng))}. `,
  ({ b, rng, lang }) =>
    lang === 'nl'
      ? b.add`Windows meldt versie ${decoy('version', `10.0.${rng.int(17000, 26100)}`)}, de app ${decoy('version', version(rng))}. `
      : b.add`Windows reports version ${decoy('version', `10.0.${rng.int(17000, 26100)}`)}, the app ${decoy('version', version(rng))}. `,
];

const fillerNl = [
  'Sinds gisteren valt mijn internet steeds weg.',
  'De wifi is erg traag op de bovenverdieping.',
  'Ik heb het modem al drie keer opnieuw opgestart.',
  'Tv-zenders haperen vooral in de avond.',
  'Ik wil graag mijn abonnement omzetten naar glasvezel.',
  'Ook na de update blijft het probleem bestaan.',
  'Het lampje op het modem knippert oranje.',
  'Graag hoor ik wanneer er een monteur langs kan komen.',
  'Ik ben hier niet blij mee, dit is al de tweede keer deze maand.',
  'Kunt u ook kijken waarom de factuur hoger is dan normaal?',
  'Bellen via de vaste lijn lukt ook niet meer.',
  'Alvast bedankt voor de moeite.',
];

const fillerEn = [
  'My internet connection keeps dropping since yesterday.',
  'The wifi is very slow upstairs.',
  'I have restarted the modem three times already.',
  'TV channels stutter mostly in the evening.',
  'I would like to switch my subscription to fibre.',
  'The problem is still there after the update.',
  'The light on the modem is blinking orange.',
  'Please let me know when an engineer can visit.',
  'I am not happy about this; it is the second time this month.',
  'Could you also check why the invoice is higher than usual?',
  'Calls on the landline do not work either.',
  'Thanks in advance.',
];

/** A sentence with no personal data and no look-alikes. */
export function filler({ b, rng, lang }: SentenceContext): void {
  b.put(`${rng.pick(lang === 'nl' ? fillerNl : fillerEn)} `);
}

/** How often each type appears in free text; structured, high-risk types are common on purpose. */
export const piiTypeWeights: readonly (readonly [PiiType, number])[] = [
  ['person_name', 3],
  ['email', 3],
  ['phone', 4],
  ['postal_address', 3],
  ['postcode', 1],
  ['iban', 3],
  ['bsn', 2],
  ['passport_number', 1],
  ['id_card_number', 1],
  ['mrz', 1],
  ['credit_card', 1],
  ['ip_address', 2],
  ['date_of_birth', 2],
  ['geo_coordinates', 1],
  ['user_agent', 1],
  ['licence_plate', 1],
];
