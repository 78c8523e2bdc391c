import { createHmac } from 'node:crypto';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { GrondslagError } from '../errors.js';
import { isAlnum } from './chars.js';
import { truncateDateToMonth } from './dates.js';
import type { PiiType } from './finding.js';

/**
 * How a found value is replaced:
 * - `mask`: every letter and digit becomes `*`; spaces and punctuation stay. The length and shape
 *   survive (fixed-width columns and log parsers keep working, "****.***.***.**" still reads as an
 *   address) while no character of the value does.
 * - `tag`: the type in angle brackets, `<email>`.
 * - `hmac`: `<email:3f9a1c2b>`, the first 8 hex digits of HMAC-SHA256 over the normalised value
 *   with a secret key: the same value gives the same token in every record and file, so records
 *   can still be joined, but the value cannot be recovered without the key.
 * - `truncate`: keep the coarse part: IPv4 to its /24 (`192.168.1.0`), IPv6 to its /48
 *   (`2001:db8:85a3::`), dates to the month (`03-1985`). Other types get the tag.
 * - `drop`: the value is removed.
 */
export type Operator = 'mask' | 'tag' | 'hmac' | 'truncate' | 'drop';
export const operators: readonly Operator[] = ['mask', 'tag', 'hmac', 'truncate', 'drop'];

/** A key for the `hmac` operator: a secret string (UTF-8) or raw bytes. */
export type HmacKey = string | Uint8Array;

/** Throws a clear input error when `op` is not a known operator. */
export function checkOperator(op: string): Operator {
  if (!(operators as readonly string[]).includes(op)) {
    throw new GrondslagError(
      'PII_UNKNOWN_OPERATOR',
      `unknown operator "${op}"; use one of ${operators.join(', ')}`,
    );
  }
  return op as Operator;
}

/** The error for `hmac` without a key; shared so every surface words it the same way. */
export function missingKeyError(): GrondslagError {
  return new GrondslagError(
    'PII_HMAC_KEY_MISSING',
    'the hmac operator needs a secret key (library: the `key` option; CLI: the GRONDSLAG_PII_KEY environment variable)',
  );
}

const ALNUM = /[\p{L}\p{N}]/u;

/** Every letter and digit replaced by `*` (one per character, also outside Latin script). */
export function mask(value: string): string {
  let out = '';
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c < 0x250) out += isAlnum(c) ? '*' : value[i];
    else {
      const ch = String.fromCodePoint(value.codePointAt(i)!);
      out += ALNUM.test(ch) ? '*' : ch;
      i += ch.length - 1;
    }
  }
  return out;
}

/**
 * The form of a value that the HMAC is computed over, so that the same identifier written two ways
 * gets one token: separators and case out of identifiers ("NL91 ABNA…" = "nl91abna…"), phone numbers
 * in E.164, e-mail addresses and names in lower case with single spaces.
 */
export function normalise(value: string, type: PiiType): string {
  const v = value.trim();
  switch (type) {
    case 'iban':
    case 'bsn':
    case 'credit_card':
    case 'passport_number':
    case 'id_card_number':
    case 'licence_plate':
    case 'postcode':
      return v.replace(/[^\p{L}\p{N}]/gu, '').toUpperCase();
    case 'mrz':
      return v.replace(/\s/g, '');
    case 'phone':
      return parsePhoneNumberFromString(v, 'NL')?.number ?? v.replace(/[^\d+]/g, '');
    case 'email':
    case 'ip_address':
      return v.toLowerCase();
    case 'person_name':
    case 'postal_address':
      return v.replace(/\s+/g, ' ').toLowerCase();
    default:
      return v.replace(/\s+/g, ' ');
  }
}

function hmacToken(value: string, type: PiiType, key: HmacKey): string {
  const digest = createHmac('sha256', key).update(normalise(value, type)).digest('hex');
  return `<${type}:${digest.slice(0, 8)}>`;
}

/** IPv4 to its /24, IPv6 to its /48 (RFC 6302's advice for logging granularity). */
export function truncateIp(value: string): string | undefined {
  const v = value.trim();
  const v4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(v);
  if (v4) return `${v4[1]}.${v4[2]}.${v4[3]}.0`;
  const addr = v.replace(/%.*$/, '').toLowerCase();
  if (!addr.includes(':')) return undefined;
  // IPv4-mapped (::ffff:a.b.c.d): truncate the IPv4 part, which is what identifies the client.
  const mapped = /^(.*:)(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.\d{1,3}$/.exec(addr);
  if (mapped) return `${mapped[1]}${mapped[2]}.${mapped[3]}.${mapped[4]}.0`;
  const groups = expandIpv6(addr);
  if (!groups) return undefined;
  const kept = groups.slice(0, 3).map((g) => g.replace(/^0+(?=.)/, ''));
  return compressIpv6([...kept, '0', '0', '0', '0', '0']);
}

/** RFC 5952 text form: the longest run of two or more zero groups becomes `::`. */
function compressIpv6(groups: string[]): string {
  let best = -1;
  let bestLen = 1;
  for (let i = 0; i < groups.length; ) {
    if (groups[i] !== '0') {
      i++;
      continue;
    }
    let j = i;
    while (j < groups.length && groups[j] === '0') j++;
    if (j - i > bestLen) {
      best = i;
      bestLen = j - i;
    }
    i = j;
  }
  if (best < 0) return groups.join(':');
  return `${groups.slice(0, best).join(':')}::${groups.slice(best + bestLen).join(':')}`;
}

function expandIpv6(addr: string): string[] | undefined {
  const dbl = addr.indexOf('::');
  const head = (dbl === -1 ? addr : addr.slice(0, dbl)).split(':').filter(Boolean);
  const tail =
    dbl === -1
      ? []
      : addr
          .slice(dbl + 2)
          .split(':')
          .filter(Boolean);
  const missing = 8 - head.length - tail.length;
  if (missing < 0 || (dbl === -1 && missing !== 0)) return undefined;
  return [...head, ...Array<string>(missing).fill('0'), ...tail];
}

/**
 * Applies one operator to one value of a known type. Used by `redactText` for each finding and by
 * other modules on database fields (anonymisation), where the whole field is the value.
 *
 * @example
 *   applyOperator('192.168.12.34', 'ip_address', 'truncate'); // '192.168.12.0'
 *   applyOperator('jan@example.nl', 'email', 'hmac', key);     // '<email:…>' (8 hex digits)
 */
export function applyOperator(value: string, type: PiiType, operator: Operator, key?: HmacKey): string {
  switch (operator) {
    case 'mask':
      return mask(value);
    case 'tag':
      return `<${type}>`;
    case 'drop':
      return '';
    case 'hmac':
      if (key === undefined || key.length === 0) throw missingKeyError();
      return hmacToken(value, type, key);
    case 'truncate': {
      const truncated =
        type === 'ip_address'
          ? truncateIp(value)
          : type === 'date_of_birth'
            ? truncateDateToMonth(value)
            : undefined;
      return truncated ?? `<${type}>`;
    }
    default:
      return checkOperator(operator as string);
  }
}
