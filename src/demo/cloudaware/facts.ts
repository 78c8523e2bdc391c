import { mod97 } from '../../pii/checksums.js';
import {
  bankCodes,
  cities,
  cityPostcodePrefixes,
  companySuffixes,
  emailDomains,
  givenNames,
  givenSlugs,
  ipFirstOctets,
  postcodeLetters,
  products,
  streets,
  surnameSlugs,
  surnames,
} from './lexicon.js';
import { type DrawSet, mix32 } from './random.js';
import type { DemoDialect } from './sql-dialect.js';

/**
 * The facts of the demo world as SQL expressions of a customer id (and slot numbers for the rows a
 * customer has several of). Each table's statement recomputes the facts it needs, so the customer's
 * name in a support message, the number in a call record and the IBAN of a payment agree with the
 * customer row without any join.
 *
 * Row ids are derived from the customer id (`contact = customer·4 + slot`), which keeps them unique
 * and ascending per chunk without coordination.
 */

/** Salts: one per independent draw, so that no two facts are correlated. Never renumber (data changes). */
export const S = {
  kind: 1,
  given: 2,
  surname: 3,
  street: 4,
  houseNumber: 5,
  houseSuffix: 6,
  city: 7,
  postcodeDigits: 8,
  postcodeLetters: 9,
  domain: 10,
  birth: 11,
  company: 12,
  bank: 13,
  bank2: 14,
  nContracts: 15,
  contractStart: 16,
  contractDuration: 17,
  contractEnded: 18,
  product: 19,
  lastBill: 20,
  paid: 21,
  payDelay: 22,
  method: 23,
  secondContact: 24,
  thirdContact: 25,
  contactGiven: 26,
  contactSurname: 27,
  contactCreated: 28,
  ticket: 29,
  ticketAgo: 30,
  ticketOpen: 31,
  ticketClose: 32,
  topic: 33,
  messages: 34,
  messageDelay: 35,
  agentTemplate: 36,
  nCalls: 37,
  callAgo: 38,
  otherKind: 39,
  otherCustomer: 40,
  areaCode: 41,
  landline: 42,
  direction: 43,
  duration: 44,
  lac: 45,
  cell: 46,
  nLocations: 47,
  locationAgo: 48,
  latitude: 49,
  longitude: 50,
  accuracy: 51,
  anonymousSession: 52,
  nSessions: 53,
  sessionAgo: 54,
  sessionLength: 55,
  homeIp: 56,
  ip1: 57,
  ip2: 58,
  ip3: 59,
  ip4: 60,
  userAgent: 61,
  pageViews: 62,
  emailOptIn: 63,
  smsOptIn: 64,
  phoneOptIn: 65,
  consentSource: 66,
  consentAgo: 67,
  withdrawn: 68,
  statViews: 69,
  statVisitors: 70,
  createdSeconds: 71,
  locationLac: 72,
  locationCell: 73,
  payTime: 74,
  withdrawnAgo: 75,
} as const;

export interface DemoWorld {
  d: DemoDialect;
  seed: number;
  /** The instant the data is generated for; every date is counted back from it. */
  now: Date;
  /** How many customers the store gets in total (other parties of calls are drawn from them). */
  customers: number;
}

/** The world as one statement sees it: with the draws its rows are computed from. */
export interface RowScope extends DemoWorld {
  draws: DrawSet;
}

const DAY = 86_400;

/**
 * Phone number digits after "+316" for a contact id: a bijection onto 10000000…59999999 (valid 06
 * numbers) for ids below 5·10^7, so no two contacts share a number and call records find their owner.
 */
export function phoneDigitsSql(w: RowScope, contactId: string): string {
  return `(10000000 + (${w.d.bigint(contactId)} * 31415927) % 50000000)`;
}

/** The same in JavaScript. */
export function phoneDigits(contactId: number): number {
  return 10_000_000 + Number((BigInt(contactId) * 31_415_927n) % 50_000_000n);
}

export const e164 = (w: RowScope, contactId: string) => `concat('+316', ${phoneDigitsSql(w, contactId)})`;
export const national = (w: RowScope, contactId: string) => `concat('06-', ${phoneDigitsSql(w, contactId)})`;

/** A customer's primary contact (slot 1): the subscriber of the mobile line the call records are about. */
export const primaryContactId = (c: string) => `(${c} * 4 + 1)`;

// IBAN NLkk BBBB AAAAAAAAAA: kk = 98 − (BBBB·10^16 + A·10^6 + "NL00") mod 97, computed piecewise so
// every intermediate stays small. bankPart is the bank's share including "NL00", per bank code.
const bankPart = bankCodes.map((b) => mod97(`${b}0000000000NL00`));
const accountWeight = mod97('1000000');

/** A valid Dutch IBAN for the customer; `variant` 2 is a second account (some pay from another one). */
export function ibanSql(w: RowScope, c: string, variant: 1 | 2): string {
  const { d } = w;
  const r = w.draws.rng(c);
  const bank = r.int(variant === 1 ? S.bank : S.bank2, bankCodes.length);
  const account = `((${d.bigint(c)} * 3141592653 + ${variant === 1 ? 4_607_182_419 : 9_120_557_731}) % 10000000000)`;
  const check = `(98 - (${d.pickInt(bankPart, bank)} + (${account} % 97) * ${accountWeight}) % 97)`;
  return `concat('NL', ${d.zeroPad(check, 2)}, ${d.pick(bankCodes, bank)}, ${d.zeroPad(account, 10)})`;
}

/** An IBAN as people type it: groups of four. */
export function spacedIbanSql(iban: string): string {
  const part = (from: number, n: number) => `substr(${iban}, ${from}, ${n})`;
  return `concat(${part(1, 4)}, ' ', ${part(5, 4)}, ' ', ${part(9, 4)}, ' ', ${part(13, 4)}, ' ', ${part(17, 2)})`;
}

export interface PersonFacts {
  given: string;
  surname: string;
  fullName: string;
  email: string;
}

/**
 * A person's name and e-mail address from a row id (customers, and contacts other than the customer).
 * The id in the address keeps it unique; `separator` keeps a contact's address from ever equalling
 * a customer's (jan.jansen12@ is customer 12, jan.jansen.12@ contact 12).
 */
function person(
  w: RowScope,
  id: string,
  salts: { given: number; surname: number },
  separator: '' | '.' = '',
): PersonFacts {
  const r = w.draws.rng(id);
  const gi = r.int(salts.given, givenNames.length);
  const si = r.int(salts.surname, surnames.length);
  const given = w.d.pick(givenNames, gi);
  const surname = w.d.pick(surnames, si);
  return {
    given,
    surname,
    fullName: `concat(${given}, ' ', ${surname})`,
    email: `concat(${w.d.pick(givenSlugs, gi)}, '.', ${w.d.pick(surnameSlugs, si)}, '${separator}', ${id}, '@', ${r.pick(S.domain, emailDomains)})`,
  };
}

/** A contact person other than the customer (billing, technical contacts), from the contact id. */
export function contactPersonFacts(w: RowScope, contactId: string): PersonFacts {
  return person(w, contactId, { given: S.contactGiven, surname: S.contactSurname }, '.');
}

export interface CustomerFacts extends PersonFacts {
  business: string;
  company: string;
  /** The name on invoices: the company for business customers. */
  billingName: string;
  street: string;
  houseNumber: string;
  postcode: string;
  city: string;
  address: string;
  birthDate: string;
  customerNumber: string;
  nContracts: string;
  createdAt: string;
  closedAt: string;
}

export function customerFacts(w: RowScope, c: string): CustomerFacts {
  const { d } = w;
  const r = w.draws.rng(c);
  const p = person(w, c, { given: S.given, surname: S.surname });
  const business = `(${r.int(S.kind, 10)} = 0)`;
  const company = `concat(${p.surname}, ' ', ${r.pick(S.company, companySuffixes)})`;
  const ci = r.int(S.city, cities.length);
  const street = r.pick(S.street, streets);
  const houseNumber = `concat(1 + ${r.int(S.houseNumber, 180)}, case when ${r.int(S.houseSuffix, 12)} = 0 then 'A' else '' end)`;
  const postcode = `concat(${d.pick(cityPostcodePrefixes, ci)}, ${d.zeroPad(r.int(S.postcodeDigits, 100), 2)}, ' ', ${r.pick(S.postcodeLetters, postcodeLetters)})`;
  const city = d.pick(cities, ci);
  const nContracts = `(1 + case when ${r.int(S.nContracts, 4)} = 0 then 1 else 0 end)`;
  const c1 = contractFacts(w, c, '1');
  const c2 = contractFacts(w, c, '2');
  const firstStart = `case when ${nContracts} = 1 then ${c1.startAgo} else greatest(${c1.startAgo}, ${c2.startAgo}) end`;
  // The account closes when the last contract ends; while one runs it stays open (NULL).
  const closedAgo = `case when ${nContracts} = 1 then case when ${c1.ended} then ${c1.endAgo} end
    else case when ${c1.ended} and ${c2.ended} then least(${c1.endAgo}, ${c2.endAgo}) end end`;
  return {
    ...p,
    business,
    company,
    billingName: `case when ${business} then ${company} else ${p.fullName} end`,
    street,
    houseNumber,
    postcode,
    city,
    address: `concat(${street}, ' ', ${houseNumber}, ', ', ${postcode}, ' ', ${city})`,
    birthDate: `case when ${business} then null else ${d.daysBefore(w.now, `${18 * 365} + ${r.int(S.birth, 67 * 365)}`)} end`,
    customerNumber: `concat('CA', ${d.zeroPad(c, 8)})`,
    nContracts,
    createdAt: d.secondsBefore(w.now, `(${firstStart}) * ${DAY} + ${r.int(S.createdSeconds, DAY)}`),
    closedAt: `case when (${closedAgo}) is not null then ${d.daysBefore(w.now, closedAgo)} end`,
  };
}

export interface ContractFacts {
  id: string;
  /** Days before now the contract started (30 days to 15 years). */
  startAgo: string;
  /** Days before now it ended, when `ended`. */
  endAgo: string;
  ended: string;
  productIndex: string;
  /** Monthly fee in cents. */
  feeCents: string;
}

/** Contract `k` (1 or 2) of customer `c`; 55% have ended, some more than seven years ago. */
export function contractFacts(w: RowScope, c: string, k: string): ContractFacts {
  const id = `(${c} * 4 + ${k})`;
  const r = w.draws.rng(id);
  const startAgo = `(30 + ${r.int(S.contractStart, 15 * 365)})`;
  const endAgo = `(${startAgo} - 180 - ${r.int(S.contractDuration, 8 * 365)})`;
  const productIndex = r.int(S.product, products.length);
  return {
    id,
    startAgo,
    endAgo,
    ended: `(${r.chance(S.contractEnded, 55)} and ${endAgo} >= 1)`,
    productIndex,
    feeCents: w.d.pickInt(
      products.map(([, cents]) => cents),
      productIndex,
    ),
  };
}

export interface InvoiceFacts {
  id: string;
  /** Days before now it was issued. */
  issuedAgo: string;
  /** Whether slot `j` holds an invoice: it falls inside the contract's life. */
  exists: string;
  amountCents: string;
}

/** Quarterly invoice `j` (1…6, counting back from the last) of a contract. */
export function invoiceFacts(w: RowScope, contract: ContractFacts, j: string): InvoiceFacts {
  const r = w.draws.rng(contract.id);
  const lastBillAgo = `case when ${contract.ended} then ${contract.endAgo} else ${r.int(S.lastBill, 91)} end`;
  const issuedAgo = `(${lastBillAgo} + (${j} - 1) * 91)`;
  return {
    id: `(${contract.id} * 8 + ${j})`,
    issuedAgo,
    exists: `(${issuedAgo} <= ${contract.startAgo})`,
    amountCents: `(${contract.feeCents} * 3)`,
  };
}

/** The home IP address of a customer, in SQL. */
export function ipSql(w: RowScope, id: string, salts: readonly [number, number, number, number]): string {
  const r = w.draws.rng(id);
  return `concat(${r.pick(salts[0], ipFirstOctets)}, '.', ${r.int(salts[1], 256)}, '.', ${r.int(salts[2], 256)}, '.', 1 + ${r.int(salts[3], 254)})`;
}

/** The same address in JavaScript, for the web-server logs. */
export function ip(seed: number, id: number, salts: readonly [number, number, number, number]): string {
  const pick = (salt: number, n: number) => mix32(id, salt, seed) % n;
  return `${ipFirstOctets[pick(salts[0], ipFirstOctets.length)]}.${pick(salts[1], 256)}.${pick(salts[2], 256)}.${1 + pick(salts[3], 254)}`;
}

/** Salts of a customer's home address; sessions from elsewhere use the session id with other salts. */
export const homeIpSalts = [S.homeIp, S.ip2, S.ip3, S.ip4] as const;
export const otherIpSalts = [S.ip1, S.ip3, S.ip4, S.ip2] as const;

/** A customer's e-mail address in JavaScript: the same as the `email` column the SQL writes. */
export function customerEmail(seed: number, c: number): string {
  const g = givenSlugs[mix32(c, S.given, seed) % givenNames.length];
  const s = surnameSlugs[mix32(c, S.surname, seed) % surnames.length];
  return `${g}.${s}${c}@${emailDomains[mix32(c, S.domain, seed) % emailDomains.length]}`;
}
