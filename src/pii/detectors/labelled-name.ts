import type { Detector } from '../detector.js';
import type { PiiFinding } from '../finding.js';

/**
 * Names in capitals after the field labels of identity documents and forms, as OCR of an ID copy
 * and some registration systems write them: "Naam / Surname: VAN DER MEER", "Voornamen / Given
 * names: SJOERD", "SURNAME: O'BRIEN", "Naam (document): ROELOFS, EMMA", "Name: MALIKA AZZOUZI". The
 * prose name detector reads capitalised words only; an all-capitals word is a name here because
 * the label says so. A short note in brackets may stand between label and colon. The value runs to
 * the end of the line and must be capitals, spaces, commas (register order), hyphens and
 * apostrophes only.
 */
const LABELLED =
  /(?:^|[\n/])[ \t]*(?:naam|achternaam|voornamen|voornaam|surname|given names?|first names?|last name|name of holder|name)(?:[ \t]*\([^()\n]{1,20}\))?[ \t]*:[ \t]*([A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’ ,-]{0,60}[A-ZÀ-ÖØ-Þ])[ \t]*\r?(?=\n|$)/dgimu;

/** "naam", "name", "surname", "voornamen": a text without any of them is not searched. */
const LABEL_HINT = /na(?:am|me)/i;

/** All capitals, so that a label followed by ordinary text ("Naam: Jan de Vries") is left to the prose detector. */
const isAllCapitals = (value: string) => value === value.toUpperCase() && /\p{Lu}{2}/u.test(value);

/** Values systems write in a name field that name nobody. */
const NOT_NAMES = new Set([
  'UNKNOWN',
  'ONBEKEND',
  'NONE',
  'NULL',
  'NVT',
  'TEST',
  'ADMIN',
  'ROOT',
  'SYSTEM',
  'ANONIEM',
  'ANONYMOUS',
  'TBD',
]);

export const labelledNameDetector: Detector = {
  name: 'person-name-labelled',
  type: 'person_name',
  find(text) {
    if (!LABEL_HINT.test(text)) return [];
    const out: PiiFinding[] = [];
    LABELLED.lastIndex = 0;
    for (let m = LABELLED.exec(text); m !== null; m = LABELLED.exec(text)) {
      if (!isAllCapitals(m[1]!) || NOT_NAMES.has(m[1]!)) continue;
      const [start, end] = m.indices![1]!;
      out.push({ type: 'person_name', start, end, score: 0.9, detector: 'person-name-labelled' });
    }
    return out;
  },
};
