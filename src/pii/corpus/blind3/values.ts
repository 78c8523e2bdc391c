import { elevenProofDigit, ibanCheckDigits, icaoDigit, luhnDigit } from '../blind/check-digits.js';
import type { Prng } from '../prng.js';
import type { Language } from '../values/dates.js';
import { ascii, type Person } from './people.js';
import type { Country, Town } from './places.js';

/**
 * Personal identifiers as they turn up in the operator's text. The check-digit arithmetic is the
 * corpus's own (blind/check-digits.ts), so every BSN, IBAN, card and MRZ is one a validating tool
 * would accept; how each is written varies the way people and systems write them.
 */

const group = (s: string, sizes: number[], sep = ' ') => {
  const out: string[] = [];
  let i = 0;
  for (const n of sizes) {
    out.push(s.slice(i, i + n));
    i += n;
  }
  if (i < s.length) out.push(s.slice(i));
  return out.filter(Boolean).join(sep);
};

/** A Dutch mobile number in one of the many ways it gets typed. */
export function nlMobile(rng: Prng): string {
  const n = `6${rng.int(1, 5)}${rng.digits(7)}`;
  const rest = n.slice(1);
  return rng.weighted<string>([
    [`06-${rest}`, 5],
    [`06 ${rest}`, 4],
    [`0${n}`, 3],
    [`06 ${group(rest, [4, 4])}`, 2],
    [`06-${group(rest, [2, 2, 2, 2])}`, 1],
    [`+31 6 ${rest}`, 3],
    [`+31${n}`, 2],
    [`+31 (0)6 ${rest}`, 1],
    [`0031 6 ${group(rest, [4, 4])}`, 1],
    [`+31 6 ${group(rest, [2, 2, 2, 2])}`, 1],
  ]);
}

/** A landline in the town's area: seven subscriber digits after a two-digit area code, else six. */
export function nlLandline(rng: Prng, area: string): string {
  const sub = rng.digits(9 - area.length).replace(/^[01]/, String(rng.int(2, 9)));
  const two = area.length === 2;
  return rng.weighted<string>([
    [`0${area} ${two ? group(sub, [3, 4]) : group(sub, [2, 2, 2])}`, 4],
    [`0${area}-${sub}`, 4],
    [`(0${area}) ${two ? group(sub, [3, 2, 2]) : sub}`, 2],
    [`+31 ${area} ${two ? group(sub, [3, 4]) : sub}`, 2],
    [`+31 (0)${area} ${sub}`, 1],
    [`0031 ${area} ${sub}`, 1],
  ]);
}

/** Numbers of customers across the border, expats and relatives abroad. */
export function foreignPhone(rng: Prng, country: Country, area?: string): string {
  switch (country) {
    case 'BE': {
      if (area && rng.chance(0.35)) {
        const sub = `${rng.int(2, 8)}${rng.digits(5)}`;
        return rng.chance(0.5) ? `0${area} ${group(sub, [2, 2, 2])}` : `+32 ${area} ${group(sub, [2, 2, 2])}`;
      }
      const m = `4${rng.pick(['70', '72', '75', '77', '78', '79', '84', '86', '93', '96'])}${rng.digits(6)}`;
      return rng.weighted<string>([
        [`0${m.slice(0, 3)} ${group(m.slice(3), [2, 2, 2])}`, 3],
        [`+32 ${m.slice(0, 3)} ${group(m.slice(3), [2, 2, 2])}`, 3],
        [`0032${m}`, 1],
      ]);
    }
    case 'DE': {
      if (area && rng.chance(0.4)) {
        const sub = `${rng.int(2, 9)}${rng.digits(area.length >= 4 ? 4 : 6)}`;
        return rng.weighted<string>([
          [`0${area} ${sub}`, 3],
          [`0${area}/${sub}`, 2],
          [`+49 ${area} ${sub}`, 3],
        ]);
      }
      const prefix = rng.pick([
        '151',
        '152',
        '160',
        '170',
        '171',
        '172',
        '173',
        '175',
        '176',
        '177',
        '178',
        '179',
      ]);
      const sub = rng.digits(prefix.startsWith('15') || prefix === '176' || prefix === '179' ? 8 : 7, true);
      return rng.weighted<string>([
        [`0${prefix} ${sub}`, 3],
        [`+49 ${prefix} ${sub}`, 3],
        [`0049 ${prefix} ${sub}`, 1],
        [`+49 (0)${prefix} ${sub}`, 1],
      ]);
    }
    case 'GB': {
      if (area && rng.chance(0.3)) {
        const sub = `${rng.int(2, 8)}${rng.digits(area.length === 2 ? 7 : 6)}`;
        return area.length === 2
          ? `0${area} ${group(sub, [4, 4])}`
          : rng.chance(0.5)
            ? `0${area} ${group(sub, [3, 4])}`
            : `+44 ${area} ${group(sub, [3, 4])}`;
      }
      const m = `7${rng.pick(['4', '5', '7', '8', '9'])}${rng.digits(8)}`;
      return rng.weighted<string>([
        [`0${m.slice(0, 4)} ${m.slice(4)}`, 3],
        [`+44 ${m.slice(0, 4)} ${m.slice(4)}`, 3],
        [`+44 (0)${m.slice(0, 4)} ${group(m.slice(4), [3, 3])}`, 1],
      ]);
    }
    case 'IE': {
      const m = `8${rng.pick(['3', '5', '6', '7', '9'])}${rng.int(2, 9)}${rng.digits(6)}`;
      return rng.chance(0.5)
        ? `0${m.slice(0, 2)} ${group(m.slice(2), [3, 4])}`
        : `+353 ${m.slice(0, 2)} ${group(m.slice(2), [3, 4])}`;
    }
    default:
      return nlMobile(rng);
  }
}

/** A relative's number in Turkey or Morocco, as family contacts get written down. */
export function familyAbroadPhone(rng: Prng): string {
  return rng.chance(0.5)
    ? `+90 5${rng.pick(['32', '33', '35', '42', '05', '55'])} ${rng.int(200, 999)} ${rng.digits(2)} ${rng.digits(2)}`
    : `+212 6${rng.pick(['61', '62', '66', '67', '70', '50'])}-${rng.digits(6)}`;
}

// biome-ignore format: a table reads better packed
const nlBanks = ['ABNA', 'INGB', 'RABO', 'SNSB', 'ASNB', 'TRIO', 'KNAB', 'BUNQ', 'RBRB', 'INGB', 'RABO', 'ABNA'];

function iban(country: string, bban: string): string {
  return `${country}${ibanCheckDigits(country, bban)}${bban}`;
}

/** Compact IBAN of an account in the customer's country, or a neobank's Lithuanian one. */
export function newIban(rng: Prng, country: Country = 'NL'): string {
  if (country === 'NL' && rng.chance(0.07)) return iban('LT', `32500${rng.digits(11)}`);
  switch (country) {
    case 'BE': {
      const ten = `${rng.pick(['001', '063', '068', '143', '735', '973'])}${rng.digits(7)}`;
      const check = Number(BigInt(ten) % 97n) || 97;
      return iban('BE', `${ten}${String(check).padStart(2, '0')}`);
    }
    case 'DE':
      return iban('DE', `${rng.pick(['39050000', '39060180', '31050000', '37040044'])}${rng.digits(10)}`);
    case 'GB':
      return iban('GB', `${rng.pick(['NWBK', 'BARC', 'LOYD', 'MIDL'])}${rng.digits(6)}${rng.digits(8)}`);
    case 'IE':
      return iban('IE', `${rng.pick(['AIBK', 'BOFI'])}${rng.digits(6)}${rng.digits(8)}`);
    default:
      return iban('NL', `${rng.pick(nlBanks)}0${rng.digits(9)}`);
  }
}

/** As printed on a card or statement (groups of four), compact, or in lower case from a form. */
export function writtenIban(compact: string, rng: Prng): string {
  const spaced = compact.replace(/(.{4})(?=.)/g, '$1 ');
  return rng.weighted<string>([
    [spaced, 5],
    [compact, 4],
    [compact.toLowerCase(), 1],
  ]);
}

/** Nine digits that pass the 11-proof; the first digit is never 0 in issued numbers. */
export function newBsn(rng: Prng): string {
  for (;;) {
    const head = `${rng.int(1, 6)}${rng.digits(7)}`;
    const d = elevenProofDigit(head);
    if (d !== undefined) return `${head}${d}`;
  }
}

export function writtenBsn(bsn: string, rng: Prng): string {
  return rng.weighted<string>([
    [bsn, 7],
    [`${bsn.slice(0, 4)}.${bsn.slice(4, 6)}.${bsn.slice(6)}`, 2],
    [`${bsn.slice(0, 3)} ${bsn.slice(3, 6)} ${bsn.slice(6)}`, 1],
  ]);
}

/** Dutch passport / identity card number: two letters, six letters or digits, a digit; no O. */
export function newDocumentNumber(rng: Prng): string {
  const letters = 'ABCDEFGHIJKLMNPQRSTUVWXYZ';
  return `${rng.chars(2, letters)}${rng.chars(6, `${letters}0123456789`)}${rng.digits(1)}`;
}

export type CardBrand = 'Visa' | 'Mastercard' | 'American Express';

export function newCard(rng: Prng): { brand: CardBrand; number: string } {
  const brand = rng.weighted<CardBrand>([
    ['Visa', 5],
    ['Mastercard', 4],
    ['American Express', 1],
  ]);
  const head =
    brand === 'Visa'
      ? `4${rng.digits(14)}`
      : brand === 'Mastercard'
        ? `${rng.chance(0.8) ? String(rng.int(51, 55)) : String(rng.int(2221, 2720))}`
        : `3${rng.pick(['4', '7'])}${rng.digits(12)}`;
  const body = brand === 'Mastercard' ? head + rng.digits(15 - head.length) : head;
  return { brand, number: `${body}${luhnDigit(body)}` };
}

export function writtenCard(card: { brand: CardBrand; number: string }, rng: Prng): string {
  const n = card.number;
  if (card.brand === 'American Express') return rng.chance(0.6) ? group(n, [4, 6, 5]) : n;
  return rng.weighted<string>([
    [group(n, [4, 4, 4, 4]), 5],
    [n, 3],
    [group(n, [4, 4, 4, 4], '-'), 1],
  ]);
}

export interface Ymd {
  y: number;
  m: number;
  d: number;
}

const nlMonths = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
];
const enMonths = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const p2 = (n: number) => String(n).padStart(2, '0');

export function newDate(rng: Prng, from: number, to: number): Ymd {
  const y = rng.int(from, to);
  const m = rng.int(1, 12);
  return { y, m, d: rng.int(1, new Date(Date.UTC(y, m, 0)).getUTCDate()) };
}

export const birthDate = (rng: Prng) => newDate(rng, 1938, 2006);

/** Any of the ways a date is written in the language; birth dates and ordinary dates alike. */
export function writtenDate(t: Ymd, lang: Language, rng: Prng): string {
  const { y, m, d } = t;
  if (lang === 'nl') {
    return rng.weighted<string>([
      [`${d} ${nlMonths[m - 1]} ${y}`, 4],
      [`${p2(d)}-${p2(m)}-${y}`, 4],
      [`${d}-${m}-${y}`, 2],
      [`${y}-${p2(m)}-${p2(d)}`, 2],
      [`${p2(d)}/${p2(m)}/${String(y).slice(2)}`, 1],
      [`${p2(d)}.${p2(m)}.${y}`, 1],
      [`${d} ${nlMonths[m - 1]!.slice(0, 3)} ${y}`, 1],
    ]);
  }
  return rng.weighted<string>([
    [`${d} ${enMonths[m - 1]} ${y}`, 4],
    [`${enMonths[m - 1]} ${d}, ${y}`, 2],
    [`${p2(d)}/${p2(m)}/${y}`, 3],
    [`${y}-${p2(m)}-${p2(d)}`, 3],
    [`${d} ${enMonths[m - 1]!.slice(0, 3)} ${y}`, 1],
  ]);
}

export const isoDate = (t: Ymd) => `${t.y}-${p2(t.m)}-${p2(t.d)}`;
export const nlDate = (t: Ymd) => `${p2(t.d)}-${p2(t.m)}-${t.y}`;
export const monthName = (m: number, lang: Language) => (lang === 'nl' ? nlMonths : enMonths)[m - 1]!;
const yymmdd = (t: Ymd) => `${String(t.y).slice(2)}${p2(t.m)}${p2(t.d)}`;

/** ICAO 9303 zones of a Dutch passport (two lines of 44) or identity card (three of 30). */
export function mrz(
  p: Person,
  dob: Ymd,
  docNo: string,
  bsn: string,
  kind: 'passport' | 'id',
  rng: Prng,
): string {
  const clean = (s: string) =>
    ascii(s)
      .toUpperCase()
      .replace(/'/g, '')
      .replace(/[^A-Z]+/g, '<');
  const name = (w: number) =>
    `${clean(p.prefix ? `${p.prefix} ${p.surname}` : p.surname)}<<${clean(p.given)}`
      .slice(0, w)
      .padEnd(w, '<');
  const cd = (s: string) => `${s}${icaoDigit(s)}`;
  const sex = p.gender === 'm' ? 'M' : 'F';
  const birth = cd(yymmdd(dob));
  const expiry = cd(yymmdd(newDate(rng, 2026, 2035)));
  const doc = cd(docNo);
  if (kind === 'passport') {
    const personal = cd(bsn.padEnd(14, '<'));
    const line2 = `${doc}NLD${birth}${sex}${expiry}${personal}`;
    return `P<NLD${name(39)}\n${line2}${icaoDigit(doc + birth + expiry + personal)}`;
  }
  const opt1 = bsn.padEnd(15, '<');
  const opt2 = '<'.repeat(11);
  const composite = icaoDigit(doc + opt1 + birth + expiry + opt2);
  return `I<NLD${doc}${opt1}\n${birth}${sex}${expiry}NLD${opt2}${composite}\n${name(30)}`;
}

/** A customer's public IPv4 address: the operator's own pool, mobile CGNAT exits, or elsewhere. */
export function newIpv4(rng: Prng): string {
  const [a, b] = rng.weighted<[number, number]>([
    [[rng.pick([84, 87, 145]), rng.int(0, 255)], 5],
    [[rng.pick([31, 62, 77, 80, 83, 89, 94, 141, 176, 188, 213]), rng.int(0, 255)], 5],
    [[rng.pick([5, 37, 46, 91, 178, 195]), rng.int(0, 255)], 2],
  ]);
  return `${a}.${b}.${rng.int(0, 255)}.${rng.int(1, 254)}`;
}

/** A customer's IPv6 address, from the operator's /29 or another provider's. */
export function newIpv6(rng: Prng): string {
  const hex = (n: number) => rng.int(0, n).toString(16);
  const head = rng.pick(['2a10:3781', '2a10:3787', '2a02:a46f', '2001:1c02', '2a01:4f8']);
  if (rng.chance(0.4)) return `${head}:${hex(0xffff)}:${hex(0xff)}00::${hex(0xffff)}`;
  return `${head}:${hex(0xffff)}:${hex(0xffff)}:${hex(0xffff)}:${hex(0xffff)}:${hex(0xffff)}:${hex(0xffff)}`;
}

/** Browsers and apps in a customer's requests; the operator's own app sends its version. */
export function newUserAgent(rng: Prng): string {
  const chrome = `${rng.int(118, 133)}.0.${rng.int(5000, 6900)}.${rng.int(10, 200)}`;
  const ios = `${rng.int(16, 18)}_${rng.int(0, 6)}`;
  return rng.weighted<string>([
    [
      `Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${chrome} Safari/537.36`,
      5,
    ],
    [
      `Mozilla/5.0 (iPhone; CPU iPhone OS ${ios} like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/${ios.split('_')[0]}.${rng.int(0, 5)} Mobile/15E148 Safari/604.1`,
      4,
    ],
    [
      `Mozilla/5.0 (Linux; Android ${rng.int(11, 15)}; ${rng.pick(['SM-S918B', 'SM-A546B', 'Pixel 7', 'M2101K6G', 'CPH2451'])}) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${chrome} Mobile Safari/537.36`,
      4,
    ],
    [
      `Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.${rng.int(0, 6)} Safari/605.1.15`,
      2,
    ],
    [
      `Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:${rng.int(115, 134)}.0) Gecko/20100101 Firefox/${rng.int(115, 134)}.0`,
      2,
    ],
    [`MijnMergel/${rng.int(2, 4)}.${rng.int(0, 19)}.${rng.int(0, 9)} (Android ${rng.int(11, 15)}; nl-NL)`, 2],
    [`MijnMergel/${rng.int(2, 4)}.${rng.int(0, 19)}.${rng.int(0, 9)} CFNetwork/1494.0.7 Darwin/23.4.0`, 1],
    [`okhttp/4.${rng.int(9, 12)}.${rng.int(0, 3)}`, 1],
  ]);
}

/** A private car's Dutch plate (never a V-plate: those are vans). */
export function newPlate(rng: Prng): string {
  const L = (n: number) => rng.chars(n, 'BDFGHJKLNPRSTXZ');
  const D = (n: number) => rng.digits(n, true);
  return rng.weighted<string>([
    [`${D(2)}-${L(3)}-${D(1)}`, 3],
    [`${D(1)}-${L(3)}-${D(2)}`, 3],
    [`${L(2)}-${D(3)}-${L(1)}`, 2],
    [`${L(1)}-${D(3)}-${L(2)}`, 2],
    [`${L(3)}-${D(2)}-${L(1)}`, 2],
    [`${D(2)}-${L(2)}-${L(2)}`, 1],
  ]);
}

export function writtenPlate(plate: string, rng: Prng): string {
  return rng.weighted<string>([
    [plate, 6],
    [plate.replace(/-/g, ''), 2],
    [plate.toLowerCase(), 1],
  ]);
}

/** A point near the town centre, in the notations installers and map links use. */
export function homeCoordinates(town: Town, rng: Prng): string {
  const lat = (town.at[0] + (rng.next() - 0.5) * 0.04).toFixed(rng.int(5, 6));
  const lon = (town.at[1] + (rng.next() - 0.5) * 0.06).toFixed(rng.int(5, 6));
  return rng.weighted<string>([
    [`${lat}, ${lon}`, 5],
    [`${lat},${lon}`, 3],
    [`N ${lat} E ${lon}`, 1],
  ]);
}
