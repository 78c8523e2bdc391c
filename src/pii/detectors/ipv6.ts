import { COLON, codeAt, DOT, isAlnum, isDigit } from '../chars.js';
import type { Detector } from '../detector.js';
import type { PiiFinding } from '../finding.js';

const isHex = (c: number) => isDigit(c) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
const PERCENT = 37;
const DOTTED_QUAD = /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/;
const HEX_GROUP = /^[0-9A-Fa-f]{1,4}$/;

/**
 * Parses the address part of an IPv6 literal (RFC 4291 §2.2: full, `::`-compressed, with an
 * embedded dotted IPv4 tail). Returns how many groups were written out, or -1 when it is not an
 * address.
 *
 * @example
 *   writtenGroups('2001:db8::1'); // 3
 *   writtenGroups('12:30:45');    // -1
 */
export function writtenGroups(addr: string): number {
  const dbl = addr.indexOf('::');
  if (dbl !== -1 && addr.indexOf('::', dbl + 1) !== -1) return -1;
  const parts = dbl === -1 ? addr.split(':') : [...split(addr.slice(0, dbl)), ...split(addr.slice(dbl + 2))];
  let groups = 0;
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i]!;
    if (i === parts.length - 1 && p.includes('.')) {
      if (!DOTTED_QUAD.test(p)) return -1;
      groups += 2;
    } else if (HEX_GROUP.test(p)) groups++;
    else return -1;
  }
  if (dbl === -1 ? groups !== 8 : groups > 7) return -1;
  return groups;
}

function split(s: string): string[] {
  return s === '' ? [] : s.split(':');
}

/**
 * IPv6 addresses in every written form: full, compressed (`2001:db8::1`, `::ffff:192.0.2.1`), with
 * a zone id (`fe80::1%eth0`), in brackets with a port. Found from each colon outwards, so text
 * without colons costs one `indexOf`. Times ("10:11:12") and MAC addresses (six groups, no `::`)
 * fail the grammar; very short forms such as `a::b` score low unless an IP context word is near,
 * because C++ (`std::x`) and other notations produce them.
 */
export const ipv6Detector: Detector = {
  name: 'ipv6',
  type: 'ip_address',
  find(text, ctx) {
    const out: PiiFinding[] = [];
    const n = text.length;
    let lastEnd = 0;
    let c = text.indexOf(':');
    while (c !== -1) {
      let s = c;
      while (s > lastEnd && c - s < 40 && (isHex(text.charCodeAt(s - 1)) || text.charCodeAt(s - 1) === COLON))
        s--;
      let colons = 0;
      for (let k = s; k < c; k++) if (text.charCodeAt(k) === COLON) colons++;
      let e = c;
      let compressed = false;
      while (e < n && e - s < 46) {
        const ch = text.charCodeAt(e);
        if (ch === COLON) {
          colons++;
          if (text.charCodeAt(e - 1) === COLON) compressed = true;
        } else if (!isHex(ch) && ch !== DOT) break;
        e++;
      }
      // An address has "::" or seven colons; times ("10:11:12") and MACs stop here, unsliced.
      if (!compressed && colons < 6) {
        c = text.indexOf(':', Math.max(e, c + 1));
        continue;
      }
      while (e > c + 1 && text.charCodeAt(e - 1) === DOT) e--;
      if (text.charCodeAt(e - 1) === COLON && text.charCodeAt(e - 2) !== COLON) e--;
      let end = e;
      if (text.charCodeAt(e) === PERCENT) {
        let z = e + 1;
        while (z < n && z - e < 16 && (isAlnum(text.charCodeAt(z)) || text.charCodeAt(z) === 95)) z++;
        if (z > e + 1) end = z;
      }
      const before = codeAt(text, s - 1);
      const after = codeAt(text, end);
      const groups =
        isAlnum(before) || before === DOT || isAlnum(after) ? -1 : writtenGroups(text.slice(s, e));
      if (groups > 0) {
        const score = ctx.hasContext('ip_address', s)
          ? 0.95
          : groups >= 3
            ? 0.85
            : end > e || text.lastIndexOf('.', e) > s
              ? 0.8
              : 0.45;
        out.push({ type: 'ip_address', start: s, end, score, detector: 'ipv6' });
        lastEnd = end;
      }
      c = text.indexOf(':', Math.max(e, c + 1));
    }
    return out;
  },
};
