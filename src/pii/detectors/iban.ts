import { codeAt, isAlnum, isDigit, isLetter, isLowerAscii, isUpperAscii, SPACE } from '../chars.js';
import { isValidIbanChecksum } from '../checksums.js';
import type { Detector } from '../detector.js';
import type { PiiFinding } from '../finding.js';

/**
 * IBAN length per country (ISO 13616 registry, SWIFT release of 2024). A candidate must have
 * exactly this many characters, which rules out most accidental letter-digit strings before the
 * checksum is even computed.
 */
export const ibanLengths: ReadonlyMap<string, number> = new Map(
  (
    'AD24 AE23 AL28 AT20 AZ28 BA20 BE16 BG22 BH22 BI27 BR29 BY28 CH21 CR22 CY28 CZ24 DE22 DJ27 DK18 ' +
    'DO28 EE20 EG29 ES24 FI18 FK18 FO18 FR27 GB22 GE22 GI23 GL18 GR27 GT28 HN28 HR21 HU28 IE22 IL23 ' +
    'IQ23 IS26 IT27 JO30 KW30 KZ20 LB28 LC32 LI21 LT20 LU20 LV21 LY25 MC27 MD24 ME22 MK19 MN20 MR27 ' +
    'MT31 MU30 NI28 NL18 NO15 OM23 PK24 PL28 PS29 PT25 QA29 RO24 RS22 RU33 SA24 SC31 SD18 SE24 SI19 ' +
    'SK24 SM27 SO23 ST25 SV28 TL23 TN24 TR26 UA29 VA22 VG24 XK20 YE30'
  )
    .split(' ')
    .map((e): [string, number] => [e.slice(0, 2), Number(e.slice(2))]),
);

/**
 * Reads an IBAN of `length` characters from `start`, compact ("NL91ABNA0417164300") or in groups
 * of four separated by single spaces ("NL91 ABNA 0417 1643 00"). Returns the end offset and the
 * compact upper-case form, or undefined when the text does not have that shape.
 */
function readIban(text: string, start: number, length: number): { end: number; compact: string } | undefined {
  let compact = '';
  let i = start;
  while (compact.length < length && i < text.length) {
    const c = text.charCodeAt(i);
    if (isAlnum(c) && c < 128) {
      compact += text[i];
      i++;
    } else if (c === SPACE && compact.length % 4 === 0 && isAlnum(codeAt(text, i + 1))) i++;
    else break;
  }
  if (compact.length !== length || isAlnum(codeAt(text, i))) return undefined;
  return { end: i, compact: compact.toUpperCase() };
}

/**
 * IBANs of every country in the registry: country code, two check digits, the country's BBAN
 * length, and the ISO 7064 MOD 97-10 checksum. A compact all-lower-case IBAN without a cue is
 * accepted at a lower score (it is unusual, and more often a coincidence in identifiers).
 */
export const ibanDetector: Detector = {
  name: 'iban',
  type: 'iban',
  find(text, ctx) {
    const runs = ctx.digitRuns();
    const out: PiiFinding[] = [];
    let lastEnd = 0;
    for (let r = 0; r < runs.length; r += 2) {
      const s = runs[r]!;
      // The first digit run of an IBAN is its check digits, right after the two-letter country code.
      if (s < 2 || s < lastEnd || runs[r + 1]! - s < 2) continue;
      const a = text.charCodeAt(s - 2);
      const b = text.charCodeAt(s - 1);
      const upper = isUpperAscii(a) && isUpperAscii(b);
      if (!upper && !(isLowerAscii(a) && isLowerAscii(b))) continue;
      if (isLetter(codeAt(text, s - 3)) || isDigit(codeAt(text, s - 3))) continue;
      const country = text.slice(s - 2, s).toUpperCase();
      const length = ibanLengths.get(country);
      if (length === undefined) continue;
      const found = readIban(text, s - 2, length);
      if (!found || !isValidIbanChecksum(found.compact)) continue;
      // In lower case only written in groups of four ("nl47 asnb 0154 9779 92") or after a cue is it
      // as sure as in capitals; compact lower case is rarer and more often a coincidence.
      const grouped = found.end - (s - 2) > length;
      const verdict = ctx.verdict('iban', s - 2);
      const score = upper ? (verdict > 0 ? 1 : 0.95) : grouped || verdict > 0 ? 0.9 : 0.75;
      out.push({ type: 'iban', start: s - 2, end: found.end, score, detector: 'iban' });
      lastEnd = found.end;
    }
    return out;
  },
};
