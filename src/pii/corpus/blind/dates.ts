import type { Prng } from '../prng.js';
import type { Language } from '../values/dates.js';

/** Calendar dates, written the ways Dutch and English records write them. */
export interface Ymd {
  y: number;
  m: number;
  d: number;
}

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
const monthsNlShort = ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'];
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
const monthsEnShort = monthsEn.map((m) => m.slice(0, 3));
const pad = (n: number, w = 2) => String(n).padStart(w, '0');

export function daysIn(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function newDate(rng: Prng, fromYear: number, toYear: number): Ymd {
  const y = rng.int(fromYear, toYear);
  const m = rng.int(1, 12);
  return { y, m, d: rng.int(1, daysIn(y, m)) };
}

/** A birth date of an adult customer or employee. */
export function newBirthDate(rng: Prng): Ymd {
  return newDate(rng, 1938, 2006);
}

const ordinal = (d: number) =>
  `${d}${d % 10 === 1 && d !== 11 ? 'st' : d % 10 === 2 && d !== 12 ? 'nd' : d % 10 === 3 && d !== 13 ? 'rd' : 'th'}`;

/** A date in running text or on a form, in the notations of the language. */
export function formatDate(t: Ymd, lang: Language, rng: Prng): string {
  const { y, m, d } = t;
  if (lang === 'nl') {
    return rng.weighted<string>([
      [`${pad(d)}-${pad(m)}-${y}`, 8],
      [`${d}-${m}-${y}`, 3],
      [`${pad(d)}/${pad(m)}/${y}`, 2],
      [`${pad(d)}.${pad(m)}.${y}`, 1],
      [`${d} ${monthsNl[m - 1]} ${y}`, 4],
      [`${d} ${monthsNlShort[m - 1]} ${y}`, 1],
      [`${d} ${monthsNlShort[m - 1]}. ${y}`, 1],
      [`${y}-${pad(m)}-${pad(d)}`, 2],
    ]);
  }
  return rng.weighted<string>([
    [`${m}/${d}/${y}`, 4],
    [`${pad(m)}/${pad(d)}/${y}`, 2],
    [`${pad(d)}/${pad(m)}/${y}`, 2],
    [`${d} ${monthsEn[m - 1]} ${y}`, 4],
    [`${monthsEn[m - 1]} ${d}, ${y}`, 3],
    [`${d} ${monthsEnShort[m - 1]} ${y}`, 1],
    [`${ordinal(d)} ${monthsEn[m - 1]} ${y}`, 1],
    [`${y}-${pad(m)}-${pad(d)}`, 3],
  ]);
}

/** ISO date as APIs and databases keep it. */
export function isoDate(t: Ymd): string {
  return `${t.y}-${pad(t.m)}-${pad(t.d)}`;
}

/** "DDMMYY", how agents type a birth date in a hurry. */
export function compactDate(t: Ymd): string {
  return `${pad(t.d)}${pad(t.m)}${String(t.y).slice(2)}`;
}

/** YYMMDD for the MRZ. */
export function mrzDate(t: Ymd): string {
  return `${String(t.y).slice(2)}${pad(t.m)}${pad(t.d)}`;
}

export function nlDate(t: Ymd): string {
  return `${pad(t.d)}-${pad(t.m)}-${t.y}`;
}

/** A moment in a document's life: a base date and a running clock so log lines go forward. */
export class Clock {
  #ms: number;

  constructor(rng: Prng) {
    const start = Date.UTC(2023, 0, 1);
    const span = Date.UTC(2025, 5, 30) - start;
    this.#ms = start + Math.floor(rng.next() * span);
    // Working hours, mostly.
    const day = new Date(this.#ms);
    day.setUTCHours(rng.int(6, 20), rng.int(0, 59), rng.int(0, 59), rng.int(0, 999));
    this.#ms = day.getTime();
  }

  /** A later working day, between 1 and `maxDays` days on, at office hours. */
  nextWorkday(rng: Prng, maxDays: number): this {
    const d = new Date(this.#ms + rng.int(1, maxDays) * 86_400_000);
    d.setUTCHours(rng.int(8, 17), rng.int(0, 59), rng.int(0, 59), 0);
    this.#ms = d.getTime();
    return this;
  }

  /** The same day at `hour`:`minute`. */
  at(hour: number, minute: number): this {
    const d = new Date(this.#ms);
    d.setUTCHours(hour, minute, 0, 0);
    this.#ms = d.getTime();
    return this;
  }

  tick(rng: Prng, minSeconds: number, maxSeconds: number): this {
    this.#ms += rng.int(minSeconds * 1000, maxSeconds * 1000);
    return this;
  }

  get date(): Ymd {
    const d = new Date(this.#ms);
    return { y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate() };
  }

  /** The date `days` ahead (or back), for due dates and validity. */
  plusDays(days: number): Ymd {
    const d = new Date(this.#ms + days * 86_400_000);
    return { y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate() };
  }

  iso(ms = false): string {
    const s = new Date(this.#ms).toISOString();
    return ms ? s : `${s.slice(0, 19)}Z`;
  }

  /** "2024-03-12 14:02:11". */
  sql(): string {
    return new Date(this.#ms).toISOString().slice(0, 19).replace('T', ' ');
  }

  /** "Mar 12 14:02:11", the BSD syslog stamp. */
  syslog(): string {
    const d = new Date(this.#ms);
    return `${monthsEnShort[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2, ' ')} ${this.time()}`;
  }

  /** "12/Mar/2024:14:02:11 +0100", the common log format stamp. */
  clf(): string {
    const d = new Date(this.#ms);
    return `${pad(d.getUTCDate())}/${monthsEnShort[d.getUTCMonth()]}/${d.getUTCFullYear()}:${this.time()} +0000`;
  }

  /** "Tue Mar 12 14:02:11.123456 2024", Apache's error log stamp. */
  apache(rng: Prng): string {
    const d = new Date(this.#ms);
    const day = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'][d.getUTCDay()];
    return `${day} ${monthsEnShort[d.getUTCMonth()]} ${pad(d.getUTCDate())} ${this.time()}.${rng.digits(6)} ${d.getUTCFullYear()}`;
  }

  /** "2024/03/12 14:02:11", nginx's error log stamp. */
  nginx(): string {
    return this.sql().replace(/-/g, '/');
  }

  time(): string {
    return new Date(this.#ms).toISOString().slice(11, 19);
  }

  hm(): string {
    return this.time().slice(0, 5);
  }

  /** Seconds since the epoch, as Go and Python loggers print them. */
  epoch(): string {
    return (this.#ms / 1000).toFixed(3);
  }

  nl(): string {
    return nlDate(this.date);
  }
}
