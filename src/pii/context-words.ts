import type { PiiType } from './finding.js';

/** Languages whose context words the scanner knows. */
export type ContextLanguage = 'nl' | 'en';
export const contextLanguages: readonly ContextLanguage[] = ['nl', 'en'];

/** Context words per PII type, for one language. */
export type ContextWordList = Partial<Record<PiiType, string[]>>;

/**
 * Words that, shortly before a candidate, make it more likely to be personal data (Presidio's
 * "context enhancement"). Lower case. A word of four letters or more also matches as the start of
 * a compound ("telefoon" in "telefoonnummer"), which Dutch needs; shorter ones ("tel", "ip") must
 * stand alone so that "hotel" and "tip" do not count.
 */
export const defaultContextWords: Record<ContextLanguage, ContextWordList> = {
  nl: {
    person_name: [
      'naam',
      'voornaam',
      'achternaam',
      'klant',
      'contactpersoon',
      'aanvrager',
      'betrokkene',
      'medewerker',
      'behandelaar',
      'dhr',
      'mevr',
      'meneer',
      'mevrouw',
      'heer',
      'groet',
      'beste',
      'geachte',
      'ondergetekende',
      'rekeninghouder',
      'tenaamstelling',
      'ten name van',
      'patiënt',
      'van:',
      'aan:',
    ],
    email: ['e-mail', 'email', 'mail', 'mailadres'],
    phone: [
      'telefoon',
      'tel',
      'tel.',
      'mobiel',
      'gsm',
      'bel',
      'gebeld',
      'nummer',
      'fax',
      'whatsapp',
      'sms',
      'bereikbaar',
    ],
    postal_address: [
      'adres',
      'woonadres',
      'postadres',
      'bezorgadres',
      'factuuradres',
      'woonachtig',
      'wonende',
      'woont',
      'verhuisd',
      'verhuis',
      'woon op',
      'woon aan',
    ],
    postcode: ['postcode', 'adres', 'woonplaats'],
    iban: ['iban', 'rekening', 'rekeningnummer', 'bankrekening', 'bank', 'incasso', 'overmaken'],
    // "Persoonsnummer" is the BSN's label on Dutch passports and ID cards.
    bsn: ['bsn', 'burgerservicenummer', 'sofinummer', 'sofi-nummer', 'sofi', 'persoonsnummer'],
    passport_number: ['paspoort', 'paspoortnummer', 'paspoortnr', 'reisdocument'],
    id_card_number: [
      'identiteitskaart',
      'id-kaart',
      'idkaart',
      'identiteitsbewijs',
      'documentnummer',
      // The abbreviation printed on forms and in scans: "Documentnr.: SPECI2014".
      'documentnr',
      'legitimatie',
    ],
    mrz: ['mrz'],
    credit_card: [
      'creditcard',
      'kaartnummer',
      'betaalkaart',
      'visa',
      'mastercard',
      'amex',
      'american express',
    ],
    ip_address: ['ip', 'ip-adres', 'ipadres', 'ipv4', 'ipv6', 'client', 'vanaf'],
    // The keys of exports and API payloads too: `"geboorte_datum": "…"`, `geb_datum=…`.
    date_of_birth: [
      'geboren',
      'geboortedatum',
      'geb.',
      'geb',
      'geboorte',
      'verjaardag',
      'geboorte_datum',
      'geb_datum',
    ],
    geo_coordinates: [
      'locatie',
      'coördinaten',
      'coordinaten',
      'gps',
      'positie',
      'lat',
      'lon',
      'lng',
      'breedtegraad',
      'lengtegraad',
    ],
    user_agent: ['user-agent', 'useragent', 'browser', 'ua'],
    licence_plate: [
      'kenteken',
      'kentekenplaat',
      'nummerplaat',
      'auto',
      'leaseauto',
      'voertuig',
      'wagen',
      'bestelbus',
    ],
  },
  en: {
    person_name: [
      'name',
      'first name',
      'last name',
      'surname',
      'customer',
      'contact',
      'applicant',
      'employee',
      'mr',
      'mrs',
      'ms',
      'dear',
      'regards',
      'sincerely',
      'signed',
      'holder',
      'account holder',
      'cardholder',
      'patient',
      'from:',
      'to:',
    ],
    email: ['email', 'e-mail', 'mail'],
    phone: [
      'phone',
      'telephone',
      'tel',
      'tel.',
      'mobile',
      'cell',
      'call',
      'fax',
      'number',
      'sms',
      'reachable',
    ],
    postal_address: [
      'address',
      'street',
      'lives at',
      'living at',
      'live at',
      'residing',
      'ship to',
      'deliver to',
      'moved to',
    ],
    postcode: ['postcode', 'postal code', 'zip', 'address'],
    iban: ['iban', 'account', 'bank account', 'bank'],
    bsn: ['citizen service number', 'bsn', 'dutch social security number', 'sofi number'],
    passport_number: ['passport', 'passport number', 'passport no', 'travel document'],
    id_card_number: [
      'identity card',
      'id card',
      'id number',
      'document number',
      'document no',
      'national id',
      'identity document',
    ],
    mrz: ['mrz', 'machine readable zone'],
    credit_card: ['credit card', 'card number', 'card', 'visa', 'mastercard', 'amex', 'american express'],
    ip_address: ['ip', 'ip address', 'ipv4', 'ipv6', 'client', 'remote', 'from'],
    date_of_birth: [
      'date of birth',
      'dob',
      'd.o.b',
      'born',
      'birth date',
      'birthdate',
      'birthday',
      'bday',
      // Keys of JSON payloads, XML and logs: `"date_of_birth":"1985-03-12"`, `birth_date=…`.
      'date_of_birth',
      'date-of-birth',
      'dateofbirth',
      'birth_date',
    ],
    geo_coordinates: [
      'location',
      'coordinates',
      'gps',
      'position',
      'lat',
      'lon',
      'lng',
      'latitude',
      'longitude',
    ],
    user_agent: ['user-agent', 'user agent', 'useragent', 'browser', 'ua'],
    licence_plate: [
      'licence plate',
      'license plate',
      'number plate',
      'registration',
      'plate',
      'vehicle',
      'car',
    ],
  },
};

/**
 * Words that, nearer to a number than any positive context word, say it is *not* personal data:
 * order, invoice and article numbers, amounts, versions. Not configurable: they describe the
 * look-alikes the detectors must leave alone, in both languages at once.
 */
export const notPersonalWords: readonly string[] = [
  'order',
  'ordernummer',
  'bestelling',
  'bestelnummer',
  'factuur',
  'factuurnummer',
  'invoice',
  'artikel',
  'artikelnummer',
  'article',
  'kvk',
  'kvk-nummer',
  'chamber of commerce',
  'ean',
  'gtin',
  'sku',
  'btw',
  'vat',
  'referentie',
  'reference',
  'ref',
  'kenmerk',
  'ticket',
  'zending',
  'shipment',
  'tracking',
  'track',
  'pakket',
  'parcel',
  'versie',
  'version',
  'release',
  'build',
  'firmware',
  'bedrag',
  'amount',
  'totaal',
  'total',
  'prijs',
  'price',
  'serienummer',
  'serial',
  'klantnummer',
  'customer number',
  'contractnummer',
  'contract number',
  'transactie',
  'transaction',
];

/** Cues that a dotted number is a version or section number ("versie 2.4.1.3", "artikel 1.2.3.4"). */
export const versionWords: readonly string[] = [
  'versie',
  'version',
  'v',
  'v.',
  'build',
  'release',
  'firmware',
  'software',
  'update',
  'patch',
  'sectie',
  'section',
  'hoofdstuk',
  'chapter',
  'paragraaf',
  'artikel',
  'oid',
];

/** Money cues: decimal pairs after these are amounts, not coordinates. */
export const moneyWords: readonly string[] = [
  '€',
  'eur',
  'euro',
  'usd',
  '$',
  '£',
  'prijs',
  'price',
  'bedrag',
  'amount',
  'kosten',
  'cost',
];

/**
 * Cues after which a name follows that people type in lower case in hurried notes: the person
 * someone acts for or pays for ("belt namens klant: tim hoogendoorn", "tnv r. benali", "acct
 * holder m. liu"). See holderNames in labelled-name.ts.
 */
export const nameHolderWords: readonly string[] = [
  'namens',
  'namens klant',
  'namens de klant',
  'on behalf',
  'on behalf of',
  'tnv',
  't.n.v.',
  'ten name van',
  'in the name of',
  'acct holder',
  'account holder',
  'rekeninghouder',
];

/**
 * A caller introducing themselves, as a voicemail or call transcript writes it, without capitals
 * or punctuation ("goeiemorgen eh ja dit is wessel van wijngaarden van …"), and a writer signing a
 * chat line. See holderNames in labelled-name.ts.
 */
export const introductionWords: readonly string[] = [
  'dit is',
  'u spreekt met',
  'je spreekt met',
  'hallo met',
  'hoi met',
  'mijn naam is',
  'this is',
  "it's",
  'it is',
  'my name is',
  // A sign-off followed by the writer's name on the same line, as chats and quick replies write
  // it ("> cheers divya krishnamurthy", "gr anouar"): the lexicon must know the name, as above.
  'cheers',
  'groetjes',
  'groet',
  'gr',
  'mvg',
  'regards',
  'thanks',
  // Who called or wrote, in an agent's hurried note ("klant noor janssen belde", "cust harry
  // pemberton called", "dochter heike offermann belde namens …"): the lexicon must know the name.
  'klant',
  'cust',
  'dochter',
  'zoon',
  'daughter',
  'son',
  'buurvrouw',
  'buurman',
  'neighbour',
  'partner',
];

/**
 * Words for a network's own equipment in the street and on masts: coordinates after them locate a
 * street cabinet or an antenna, not a person's home ("cabinet at 50.85199, 6.04611", "kast bij
 * 51.09241, 5.72884"). See the geo-coordinates detector.
 */
export const equipmentWords: readonly string[] = [
  'cabinet',
  'street cabinet',
  'kast',
  'wijkkast',
  'straatkast',
  'mast',
  'zendmast',
  'antennemast',
  'opstelpunt',
  'datacenter',
];

/** Cues that name an identity document without saying which kind. */
export const documentWords: readonly string[] = [
  'documentnummer',
  'document number',
  'identiteitsbewijs',
  'identity document',
  'legitimatie',
  'id',
  'id-nummer',
  'id number',
  'nummer',
];
