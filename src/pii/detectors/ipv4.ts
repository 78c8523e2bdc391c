import { codeAt, DOT, isAlnum, isDigit } from '../chars.js';
import type { Detector } from '../detector.js';
import type { PiiFinding } from '../finding.js';

const OCTET = '(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';
/** Four decimal octets without leading zeros ("01.02.03.04" is not written for addresses). */
const IPV4 = new RegExp(`${OCTET}\\.${OCTET}\\.${OCTET}\\.${OCTET}`, 'y');

/*
 * Decided: "version 1.2.3.4", "firmware 10.0.0.1", "artikel 1.2.3.4" are left alone when such a word
 * (context-words.ts, versionWords) stands right before the number and no IP context word is nearer;
 * a bare "1.2.3.4" is taken as an address, as it is in logs.
 */

/** Addresses that identify no one: unspecified, loopback, broadcast and netmask-like. */
function isNonPersonal(a: number, b: number): boolean {
  // 0.0.0.0/8 unspecified, 127/8 loopback, 255.x netmasks and broadcast.
  return a === 0 || a === 127 || (a === 255 && b === 255);
}

/**
 * IPv4 addresses, with a version/section-number guard (see above) and lower scores for
 * loopback, unspecified and netmask values.
 */
export const ipv4Detector: Detector = {
  name: 'ipv4',
  type: 'ip_address',
  find(text, ctx) {
    const runs = ctx.digitRuns();
    const out: PiiFinding[] = [];
    let lastEnd = 0;
    for (let r = 0; r < runs.length; r += 2) {
      const s = runs[r]!;
      const len = runs[r + 1]! - s;
      if (s < lastEnd || len > 3 || text.charCodeAt(s + len) !== DOT) continue;
      const b = codeAt(text, s - 1);
      if (isAlnum(b) || (b === DOT && isDigit(codeAt(text, s - 2)))) continue;
      IPV4.lastIndex = s;
      const m = IPV4.exec(text);
      if (!m) continue;
      const end = s + m[0].length;
      const a = codeAt(text, end);
      if (isAlnum(a) || (a === DOT && isDigit(codeAt(text, end + 1)))) continue;
      const dot = m[0].indexOf('.');
      const first = Number(m[0].slice(0, dot));
      const second = Number(m[0].slice(dot + 1, m[0].indexOf('.', dot + 1)));
      // Only version cues count against an address, and only right before it ("versie 1.2.3.4"):
      // order or ticket words elsewhere in the sentence say nothing about a dotted quad.
      const version = ctx.cueDistance('version', s, 14);
      const positive = ctx.contextDistance('ip_address', s);
      let score = positive >= 0 && (version < 0 || positive < version) ? 0.95 : version >= 0 ? 0.2 : 0.85;
      if (isNonPersonal(first, second)) score = Math.min(score, 0.3);
      out.push({ type: 'ip_address', start: s, end, score, detector: 'ipv4' });
      lastEnd = end;
    }
    return out;
  },
};
