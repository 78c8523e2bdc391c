import {
  dutchGivenNamesFemale,
  dutchGivenNamesMale,
  dutchSurnamesPlain,
  dutchSurnamesWithPrefix,
  englishGivenNames,
  englishSurnames,
} from '../../pii/corpus/lexicon/names.js';
import { dutchCities, dutchStreets } from '../../pii/corpus/lexicon/places.js';

/**
 * Word lists of the CloudAware demo store. Names and places come from the PII corpus lexicon (written
 * for this project); the rest is CloudAware's world: products, ticket topics, web pages.
 */

export const givenNames: readonly string[] = [
  ...dutchGivenNamesMale,
  ...dutchGivenNamesFemale,
  ...englishGivenNames,
];
export const surnames: readonly string[] = [
  ...dutchSurnamesPlain,
  ...dutchSurnamesWithPrefix.map(([prefix, name]) => `${prefix} ${name}`),
  ...englishSurnames,
];

/** A name as it appears in an e-mail address: lower case, no accents, spaces or apostrophes. */
export function slug(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '');
}

export const givenSlugs = givenNames.map(slug);
export const surnameSlugs = surnames.map(slug);

export const streets: readonly string[] = dutchStreets;
export const cities: readonly string[] = dutchCities.map(([name]) => name);
/** First two postcode digits per city (the lowest of its range): the postcode agrees with the city. */
export const cityPostcodePrefixes: readonly string[] = dutchCities.map(([, from]) => String(from));

/** Postcode letter pairs; SA, SD and SS are never issued. */
// biome-ignore format: a word list reads better packed
export const postcodeLetters = [
  'AA', 'AB', 'AC', 'AH', 'AK', 'AL', 'AZ', 'BB', 'BD', 'BG', 'BK', 'BR', 'CA', 'CD', 'CJ', 'CX',
  'DA', 'DE', 'DH', 'EA', 'EK', 'ET', 'GA', 'GL', 'HB', 'HG', 'JA', 'JK', 'KL', 'KS', 'LA', 'LM',
  'MN', 'NA', 'NP', 'PB', 'PR', 'RA', 'RG', 'SB', 'TA', 'TL', 'VA', 'VK', 'WA', 'WB', 'XA', 'ZB',
] as const;

/**
 * Reserved example domains (RFC 2606): the demo store must never hold an address that reaches a real
 * mailbox, because Grondslag sends mail to data subjects once mail is configured.
 */
export const emailDomains = ['example.com', 'example.net', 'example.org'] as const;

/** Bank codes of Dutch banks, for IBANs of the form NLkk BBBB 0123456789. */
export const bankCodes = ['INGB', 'ABNA', 'RABO', 'SNSB', 'TRIO', 'ASNB', 'KNAB', 'BUNQ', 'RBRB'] as const;

export const companySuffixes = ['B.V.', 'Installatietechniek', 'Advies', 'Bouw', 'Logistiek', 'ICT'] as const;

/** Products: code, monthly fee in cents. Codes and fees carry no personal data (discovery must agree). */
export const products = [
  ['MOB-5GB', 1250],
  ['MOB-20GB', 1850],
  ['MOB-UNL', 3000],
  ['FIB-500', 4995],
  ['FIB-1000', 5995],
  ['CLOUD-S', 1500],
  ['CLOUD-M', 4500],
  ['VOIP-BIZ', 2250],
] as const;

export const contactRoles = ['primary', 'billing', 'technical'] as const;
export const paymentMethods = [
  'direct_debit',
  'direct_debit',
  'direct_debit',
  'ideal',
  'ideal',
  'transfer',
] as const;
export const consentSources = ['signup', 'portal', 'phone', 'shop'] as const;

/** Ticket subjects; the first customer message of a ticket is written for its subject (same index). */
export const ticketSubjects = [
  'Storing internet',
  'Adreswijziging',
  'Dubbele afschrijving',
  'Nieuw e-mailadres',
  'Geen bereik',
] as const;

export const pages = [
  '/',
  '/mobiel',
  '/mobiel/sim-only',
  '/glasvezel',
  '/glasvezel/postcodecheck',
  '/cloud',
  '/cloud/servers',
  '/zakelijk',
  '/support',
  '/support/storingen',
  '/mijn-cloudaware',
  '/mijn-cloudaware/facturen',
  '/login',
  '/contact',
  '/privacy',
] as const;

// biome-ignore format: a word list reads better packed
export const userAgents = [
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36',
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15',
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1',
  'Mozilla/5.0 (Linux; Android 14; SM-S911B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Mobile Safari/537.36',
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:125.0) Gecko/20100101 Firefox/125.0',
  'Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0',
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36 Edg/124.0.0.0',
  'Mozilla/5.0 (iPad; CPU OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1',
] as const;

/** First octets of address blocks of Dutch access providers, for customers' home addresses. */
export const ipFirstOctets = [
  '31',
  '62',
  '77',
  '80',
  '82',
  '84',
  '85',
  '86',
  '89',
  '94',
  '145',
  '178',
  '188',
  '212',
  '213',
  '217',
] as const;
