import type { Prng } from '../prng.js';
import { eanDigit, elevenProofDigit, ibanCheck, icaoDigit, luhnDigit, mod97Of } from './check-digits.js';
import { localPart, type Person } from './people.js';

const monthsNl = [
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
const monthsEn = [
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
/** As Dutch forms abbreviate them: "mrt.", and "mei" never shortened. */
const monthsNlShort = [
  'jan.',
  'feb.',
  'mrt.',
  'apr.',
  'mei',
  'jun.',
  'jul.',
  'aug.',
  'sep.',
  'okt.',
  'nov.',
  'dec.',
];
const pad = (n: number, w = 2) => String(n).padStart(w, '0');

export interface Day {
  y: number;
  m: number;
  d: number;
}

export function day(rng: Prng, fromYear: number, toYear: number): Day {
  return { y: rng.int(fromYear, toYear), m: rng.int(1, 12), d: rng.int(1, 28) };
}

/** A date as people and systems write it: in words, ISO, day-month-year with -, / or . */
export function writeDay(rng: Prng, t: Day, lang: 'nl' | 'en'): string {
  return rng.weighted([
    [lang === 'nl' ? `${t.d} ${monthsNl[t.m - 1]} ${t.y}` : `${t.d} ${monthsEn[t.m - 1]} ${t.y}`, 3],
    [`${t.y}-${pad(t.m)}-${pad(t.d)}`, 2],
    [`${pad(t.d)}-${pad(t.m)}-${t.y}`, 2],
    [`${t.d}-${t.m}-${t.y}`, 1],
    [`${pad(t.d)}/${pad(t.m)}/${t.y}`, 1],
    [`${pad(t.d)}.${pad(t.m)}.${t.y}`, 1],
    [lang === 'en' ? `${monthsEn[t.m - 1]} ${t.d}, ${t.y}` : `${t.d} ${monthsNlShort[t.m - 1]} ${t.y}`, 1],
  ]);
}

/** A Dutch, Belgian, German or British number that the national numbering plan issues. */
export function phone(rng: Prng): string {
  const mobile = `6${rng.int(1, 5)}${rng.digits(7)}`; // 06-1… to 06-5…, eight digits after the 6
  const areas3 = [
    '20',
    '10',
    '30',
    '40',
    '50',
    '70',
    '13',
    '15',
    '24',
    '26',
    '35',
    '38',
    '43',
    '45',
    '53',
    '55',
    '58',
    '71',
    '72',
    '73',
    '76',
    '79',
  ];
  const areas4 = ['294', '297', '314', '413', '486', '522', '591', '229', '251', '172'];
  const fixed = rng.chance(0.6)
    ? `${rng.pick(areas3)}${rng.int(2, 9)}${rng.digits(6)}`
    : `${rng.pick(areas4)}${rng.int(2, 9)}${rng.digits(5)}`;
  const m = mobile;
  const f = fixed;
  const area = f.length === 9 && areas3.includes(f.slice(0, 2)) ? 2 : 3;
  return rng.weighted([
    [`06-${m.slice(1)}`, 2],
    [`06 ${m.slice(1, 5)} ${m.slice(5)}`, 1],
    [`06 ${m.slice(1, 3)} ${m.slice(3, 5)} ${m.slice(5, 7)} ${m.slice(7)}`, 1],
    [`+31 6 ${m.slice(1, 5)} ${m.slice(5)}`, 2],
    [`+31 (0)6 ${m.slice(1)}`, 1],
    [`+316${m.slice(1)}`, 1],
    [`0031 6 ${m.slice(1, 5)} ${m.slice(5)}`, 1],
    [`0031-6-${m.slice(1)}`, 1],
    [`0${f.slice(0, area)}-${f.slice(area)}`, 2],
    [`0${f.slice(0, area)} ${f.slice(area, area + 3)} ${f.slice(area + 3)}`, 1],
    [`+31 (0)${f.slice(0, area)} ${f.slice(area, area + 3)} ${f.slice(area + 3)}`, 2],
    [`(0${f.slice(0, area)}) ${f.slice(area)}`, 1],
    [`+32 4${rng.int(70, 99)} ${rng.digits(2)} ${rng.digits(2)} ${rng.digits(2)}`, 1],
    [`+49 15${rng.pick(['1', '2', '7', '9'])} ${rng.int(2, 9)}${rng.digits(7)}`, 1],
    [`+44 7${rng.pick(['4', '5', '7', '8', '9'])}${rng.digits(2)} ${rng.int(1, 9)}${rng.digits(5)}`, 1],
  ]);
}

const nlBanks = ['ABNA', 'INGB', 'RABO', 'SNSB', 'TRIO', 'ASNB', 'KNAB', 'BUNQ', 'RBRB'];

function group4(s: string): string {
  return s.replace(/(.{4})(?=.)/g, '$1 ');
}

/** An IBAN with a valid mod-97 check, printed grouped, compact, or in lower case. */
export function iban(rng: Prng): string {
  const kind = rng.weighted([
    ['NL', 6],
    ['BE', 1],
    ['DE', 1],
  ] as const);
  const bban =
    kind === 'NL'
      ? `${rng.pick(nlBanks)}${rng.digits(10)}`
      : kind === 'BE'
        ? belgianBban(rng)
        : `${rng.digits(8, true)}${rng.digits(10)}`;
  const value = `${kind}${ibanCheck(kind, bban)}${bban}`;
  return rng.weighted([
    [group4(value), 3],
    [value, 2],
    [value.toLowerCase(), 1],
    [group4(value).toLowerCase(), 1],
  ]);
}

/** Belgian BBAN: 3-digit bank, 7-digit account, 2-digit national check (mod 97, 97 for 0). */
function belgianBban(rng: Prng): string {
  const first = `${rng.digits(3, true)}${rng.digits(7)}`;
  const key = Number(BigInt(first) % 97n) || 97;
  return `${first}${pad(key)}`;
}

/** A nine-digit number passing the 11-proof, written as people write BSNs. */
export function elevenProofNumber(rng: Prng): string {
  for (;;) {
    const eight = `${rng.int(1, 6)}${rng.digits(7)}`;
    const last = elevenProofDigit(eight);
    if (last !== undefined) return `${eight}${last}`;
  }
}

export function writeBsn(rng: Prng, nine: string): string {
  return rng.weighted([
    [nine, 4],
    [`${nine.slice(0, 4)}.${nine.slice(4, 6)}.${nine.slice(6)}`, 2],
    [`${nine.slice(0, 3)} ${nine.slice(3, 6)} ${nine.slice(6)}`, 2],
    [`${nine.slice(0, 3)}.${nine.slice(3, 6)}.${nine.slice(6)}`, 1],
  ]);
}

const providers = [
  'gmail.com',
  'hotmail.com',
  'outlook.com',
  'live.nl',
  'ziggo.nl',
  'kpnmail.nl',
  'planet.nl',
  'xs4all.nl',
  'icloud.com',
  'home.nl',
  'telfort.nl',
  'hetnet.nl',
];
const subdomains = [
  'student.uva.nl',
  'mail.ru.nl',
  'ziggo.nl',
  'amsterdamumc.nl',
  'zuyd.nl',
  'eu.example-corp.com',
  'nl.bosch.com',
  'mail.gemeente-ede.nl',
  'students.uu.nl',
  'live.tudelft.nl',
];

export function email(rng: Prng, p: Person): string {
  const local = localPart(p, rng);
  return rng.weighted([
    [`${local}@${rng.pick(providers)}`, 4],
    [
      `${local}+${rng.pick(['telecom', 'ziggo', 'facturen', 'kpn', 'spam', 'odido', 'abonnement'])}@${rng.pick(['gmail.com', 'fastmail.com', 'proton.me'])}`,
      2,
    ],
    [`${local}@${rng.pick(subdomains)}`, 2],
    [
      `${local.replace(/^./, (c) => c.toUpperCase())}@${rng.pick(['Hotmail.com', 'Gmail.com', 'KPNMail.nl'])}`,
      1,
    ],
  ]);
}

/** Public addresses only: documentation and private ranges would be decoys of their own. */
export function ipv4(rng: Prng): string {
  const first = rng.pick([
    31, 37, 62, 77, 80, 81, 82, 83, 84, 85, 86, 87, 89, 94, 143, 145, 178, 188, 194, 212, 213, 217,
  ]);
  return `${first}.${rng.int(0, 255)}.${rng.int(0, 255)}.${rng.int(1, 254)}`;
}

const hex = '0123456789abcdef';
const hextet = (rng: Prng) => rng.chars(rng.int(1, 4), hex).replace(/^0+(?=.)/, '');

/** IPv6 the way logs write it: compressed, with `::` runs, EUI-64 link-local, or IPv4-mapped. */
export function ipv6(rng: Prng): string {
  const isp = rng.pick(['2a02:a44', '2001:1c0', '2a02:a46', '2a01:7c8', '2a10:378', '2001:984', '2a02:58']);
  return rng.weighted([
    [`${isp}${rng.chars(1, hex)}:${hextet(rng)}:${hextet(rng)}::${hextet(rng)}`, 3],
    [`${isp}${rng.chars(1, hex)}:${hextet(rng)}::${hextet(rng)}:${hextet(rng)}`, 2],
    [
      `${isp}${rng.chars(1, hex)}:${hextet(rng)}:${hextet(rng)}:${hextet(rng)}:${hextet(rng)}:${hextet(rng)}:${hextet(rng)}`,
      2,
    ],
    [`fe80::${hextet(rng)}:${rng.chars(2, hex)}ff:fe${rng.chars(2, hex)}:${hextet(rng)}`, 1],
    [`::ffff:${ipv4(rng)}`, 1],
    [`${isp}${rng.chars(1, hex)}::${hextet(rng)}`, 1],
  ]);
}

const nonVowel = 'BDFGHJKLNPRSTVXZ';

/** A Dutch plate in one of sidecodes 1–14, dashes as on the plate. */
export function licencePlate(rng: Prng): string {
  const L = (n: number) => rng.chars(n, nonVowel);
  const D = (n: number) => rng.digits(n, true);
  const shapes = [
    () => `${L(2)}-${D(2)}-${D(2)}`,
    () => `${D(2)}-${D(2)}-${L(2)}`,
    () => `${D(2)}-${L(2)}-${D(2)}`,
    () => `${L(2)}-${D(2)}-${L(2)}`,
    () => `${L(2)}-${L(2)}-${D(2)}`,
    () => `${D(2)}-${L(2)}-${L(2)}`,
    () => `${D(2)}-${L(3)}-${D(1)}`,
    () => `${D(1)}-${L(3)}-${D(2)}`,
    () => `${L(2)}-${D(3)}-${L(1)}`,
    () => `${L(1)}-${D(3)}-${L(2)}`,
    () => `${L(3)}-${D(2)}-${L(1)}`,
    () => `${L(1)}-${D(2)}-${L(3)}`,
    () => `${D(1)}-${L(2)}-${D(3)}`,
    () => `${D(3)}-${L(2)}-${D(1)}`,
  ];
  return rng.pick(shapes)();
}

/** Visa, Mastercard (51–55 and 2221–2720) or Amex with a Luhn digit, grouped as on the card. */
export function creditCard(rng: Prng): string {
  const brand = rng.weighted([
    ['visa', 3],
    ['mc', 3],
    ['mc2', 1],
    ['amex', 1],
  ] as const);
  if (brand === 'amex') {
    const body = `3${rng.pick(['4', '7'])}${rng.digits(12)}`;
    const n = `${body}${luhnDigit(body)}`;
    return `${n.slice(0, 4)} ${n.slice(4, 10)} ${n.slice(10)}`;
  }
  const prefix = brand === 'visa' ? '4' : brand === 'mc' ? `5${rng.int(1, 5)}` : String(rng.int(2221, 2720));
  const body = `${prefix}${rng.digits(15 - prefix.length)}`;
  const n = `${body}${luhnDigit(body)}`;
  const sep = rng.weighted([
    [' ', 4],
    ['-', 1],
    ['', 1],
  ] as const);
  return n.replace(/(\d{4})(?=\d)/g, `$1${sep}`);
}

/** Somewhere in the Netherlands, written as a phone app, Google Maps or a GPS unit does. */
export function geo(rng: Prng): string {
  const lat = 50.8 + rng.next() * 2.6;
  const lon = 3.4 + rng.next() * 3.6;
  const dms = (v: number, pos: string) => {
    const d = Math.floor(v);
    const m = Math.floor((v - d) * 60);
    const s = ((v - d) * 60 - m) * 60;
    return `${d}°${pad(m)}'${s.toFixed(1).padStart(4, '0')}"${pos}`;
  };
  return rng.weighted([
    [`${lat.toFixed(6)}, ${lon.toFixed(6)}`, 3],
    [`${lat.toFixed(5)},${lon.toFixed(5)}`, 2],
    [`${dms(lat, 'N')} ${dms(lon, 'E')}`, 2],
    [`N ${lat.toFixed(5)} E ${lon.toFixed(5)}`, 1],
  ]);
}

export function userAgent(rng: Prng): string {
  const ios = `${rng.int(15, 18)}_${rng.int(0, 6)}`;
  const chrome = `${rng.int(118, 131)}.0.${rng.int(5000, 6800)}.${rng.int(10, 200)}`;
  const android = rng.int(11, 15);
  const firefox = rng.int(115, 132);
  return rng.weighted([
    [
      `Mozilla/5.0 (iPhone; CPU iPhone OS ${ios} like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/${ios.replace('_', '.')} Mobile/15E148 Safari/604.1`,
      3,
    ],
    [
      `Mozilla/5.0 (Linux; Android ${android}; ${rng.pick(['SM-S911B', 'Pixel 8', 'SM-A546B', 'moto g54 5G', 'CPH2581'])}) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${chrome} Mobile Safari/537.36`,
      3,
    ],
    [`Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:${firefox}.0) Gecko/20100101 Firefox/${firefox}.0`, 2],
    [
      `Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${chrome} Safari/537.36 Edg/${chrome}`,
      1,
    ],
    [
      `Dalvik/2.1.0 (Linux; U; Android ${android}; ${rng.pick(['SM-G991B', 'Pixel 7', 'Nokia G21'])} Build/${rng.chars(4, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789')}.${rng.digits(6)}.${rng.digits(3)})`,
      1,
    ],
    [
      `MijnTelecom/${rng.int(3, 9)}.${rng.int(0, 20)}.${rng.int(0, 9)} (iPhone; iOS ${ios.replace('_', '.')}; Scale/3.00)`,
      1,
    ],
  ]);
}

const docAlphabet = 'ABCDEFGHIJKLMNPQRSTUVWXYZ'; // no letter O on Dutch documents
const docAlnum = `${docAlphabet}0123456789`;

/** Dutch passport or ID-card number: two letters, six letters or digits, one digit. */
export function documentNumber(rng: Prng): string {
  return `${rng.chars(2, docAlphabet)}${rng.chars(6, docAlnum)}${rng.digits(1)}`;
}

const mrzName = (s: string) =>
  s
    .toUpperCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f']/g, '')
    .replace(/ı/g, 'I')
    .replace(/[^A-Z]/g, '<');

/** ICAO 9303 TD3 (passport, 2×44) with valid check digits, lines joined by "\n". */
export function mrzTd3(p: Person, birth: Day, bsn: string, docNo: string, female: boolean): string {
  const names = `${mrzName(p.prefix ? `${p.prefix} ${p.surname}` : p.surname)}<<${mrzName(p.given)}`;
  const line1 = `P<NLD${names}`.padEnd(44, '<').slice(0, 44);
  const dob = `${String(birth.y).slice(2)}${pad(birth.m)}${pad(birth.d)}`;
  const expiry = `${pad(expiryYear(birth))}${pad(birth.m)}${pad(birth.d)}`;
  const personal = bsn.padEnd(14, '<');
  const doc = `${docNo}${icaoDigit(docNo)}`;
  const body = `${doc}NLD${dob}${icaoDigit(dob)}${female ? 'F' : 'M'}${expiry}${icaoDigit(expiry)}${personal}${icaoDigit(personal)}`;
  const composite = icaoDigit(`${doc}${body.slice(13, 20)}${body.slice(21, 43)}`);
  return `${line1}\n${body}${composite}`;
}

/** ICAO 9303 TD1 (ID card, 3×30) with valid check digits; the BSN sits in the optional field. */
export function mrzTd1(p: Person, birth: Day, bsn: string, docNo: string, female: boolean): string {
  const line1 = `I<NLD${docNo}${icaoDigit(docNo)}${bsn}${icaoDigit(bsn)}`.padEnd(30, '<');
  const dob = `${String(birth.y).slice(2)}${pad(birth.m)}${pad(birth.d)}`;
  const expiry = `${pad(expiryYear(birth))}${pad(birth.m)}${pad(birth.d)}`;
  const line2start = `${dob}${icaoDigit(dob)}${female ? 'F' : 'M'}${expiry}${icaoDigit(expiry)}NLD`.padEnd(
    29,
    '<',
  );
  const composite = icaoDigit(
    `${line1.slice(5, 30)}${line2start.slice(0, 7)}${line2start.slice(8, 15)}${line2start.slice(18, 29)}`,
  );
  const names = `${mrzName(p.prefix ? `${p.prefix} ${p.surname}` : p.surname)}<<${mrzName(p.given)}`;
  const line3 = names.padEnd(30, '<').slice(0, 30);
  return `${line1}\n${line2start}${composite}\n${line3}`;
}

/** Two-digit expiry year between 2027 and 2034, varied but fixed per holder. */
function expiryYear(birth: Day): number {
  return 27 + (birth.d % 8);
}

// ---- look-alikes -------------------------------------------------------------------------------

export function kvk(rng: Prng): string {
  return `${rng.pick(['0', '1', '2', '3', '5', '6', '7', '8', '9'])}${rng.digits(7)}`;
}

/** An RSIN: a legal entity's nine digits, passing the same 11-proof as a BSN. */
export function rsin(rng: Prng): string {
  for (;;) {
    const eight = `8${rng.digits(7)}`;
    const last = elevenProofDigit(eight);
    if (last !== undefined) return `${eight}${last}`;
  }
}

/** Dutch VAT id "NL…B01" whose letters-as-numbers pass mod 97, as the post-2020 ids do. */
export function vatNumber(rng: Prng): string {
  for (;;) {
    const core = rng.digits(9, true);
    const suffix = pad(rng.int(1, 99));
    const id = `NL${core}B${suffix}`;
    if (mod97Of(id) === 1)
      return rng.chance(0.3) ? `NL ${core.slice(0, 4)}.${core.slice(4, 6)}.${core.slice(6)}.B${suffix}` : id;
  }
}

export function ean13(rng: Prng): string {
  const twelve = `87${rng.digits(10)}`;
  return `${twelve}${eanDigit(twelve)}`;
}

export function amount(rng: Prng): string {
  const whole = rng.int(1, 4999);
  const euros = whole >= 1000 ? `${Math.floor(whole / 1000)}.${pad(whole % 1000, 3)}` : String(whole);
  const cents = pad(rng.int(0, 99));
  return rng.weighted([
    [`€ ${euros},${cents}`, 3],
    [`€${euros},${cents}`, 2],
    [`EUR ${euros},${cents}`, 1],
    [`€ ${euros},-`, 1],
    [`${euros},${cents} euro`, 1],
  ]);
}

export function version(rng: Prng): string {
  return rng.weighted([
    [`${rng.int(1, 12)}.${rng.int(0, 30)}.${rng.int(0, 9)}`, 3],
    [`${rng.int(1, 9)}.${rng.int(0, 9)}.${rng.int(0, 9)}.${rng.int(10, 250)}`, 2],
    [`v${rng.int(1, 5)}.${rng.int(0, 40)}.${rng.int(0, 20)}-rc.${rng.int(1, 4)}`, 1],
    [`${rng.int(100, 140)}.0.${rng.int(1000, 7000)}.${rng.int(10, 300)}`, 1],
  ]);
}

export function isoTimestamp(rng: Prng): string {
  return `2024-${pad(rng.int(1, 12))}-${pad(rng.int(1, 28))}T${pad(rng.int(0, 23))}:${pad(rng.int(0, 59))}:${pad(rng.int(0, 59))}.${rng.digits(3)}Z`;
}

export function tracking(rng: Prng): string {
  return rng.weighted([
    [`3S${rng.chars(4, 'ABCDEFGHJKLMNPRSTUVWXYZ')}${rng.digits(9, true)}`, 3],
    [`JVGL${rng.digits(16)}`, 1],
    [`1Z${rng.chars(6, '0123456789ABCDEFGHJKLMNPRSTVWXYZ')}${rng.digits(10)}`, 1],
  ]);
}

export function hash(rng: Prng): string {
  return rng.weighted([
    [rng.chars(40, hex), 2],
    [rng.chars(64, hex), 1],
    [rng.chars(7, hex), 1],
    [
      `${rng.chars(8, hex)}-${rng.chars(4, hex)}-4${rng.chars(3, hex)}-${rng.pick(['8', '9', 'a', 'b'])}${rng.chars(3, hex)}-${rng.chars(12, hex)}`,
      2,
    ],
  ]);
}
