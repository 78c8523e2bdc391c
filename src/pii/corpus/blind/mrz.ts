import { icaoDigit } from './check-digits.js';
import { type Person, toAscii } from './people.js';

/**
 * Machine-readable zones of Dutch travel documents (ICAO 9303): the passport's two lines of 44
 * (TD3) and the identity card's three lines of 30 (TD1). Dutch documents carry the BSN in the
 * optional field. A planted MRZ is one item covering its lines joined by '\n'.
 */
export interface MrzInput {
  person: Person;
  documentNumber: string;
  bsn: string;
  /** YYMMDD. */
  birth: string;
  expiry: string;
}

/** Name field: SURNAME<<GIVEN<NAMES, spaces and hyphens as '<', apostrophes dropped, cut to fit. */
function nameField(p: Person, width: number): string {
  const clean = (s: string) =>
    toAscii(s)
      .toUpperCase()
      .replace(/'/g, '')
      .replace(/[^A-Z]+/g, '<');
  const surname = clean(p.prefix ? `${p.prefix} ${p.surname}` : p.surname);
  const given = clean([p.given, ...p.middle].join(' '));
  return `${surname}<<${given}`.slice(0, width).padEnd(width, '<');
}

const sex = (p: Person) => (p.gender === 'm' ? 'M' : 'F');

export function td3(m: MrzInput): string {
  const line1 = `P<NLD${nameField(m.person, 39)}`;
  const doc = `${m.documentNumber}${icaoDigit(m.documentNumber)}`;
  const birth = `${m.birth}${icaoDigit(m.birth)}`;
  const expiry = `${m.expiry}${icaoDigit(m.expiry)}`;
  const personal = m.bsn.padEnd(14, '<');
  const personalField = `${personal}${icaoDigit(personal)}`;
  const composite = icaoDigit(doc + birth + expiry + personalField);
  const line2 = `${doc}NLD${birth}${sex(m.person)}${expiry}${personalField}${composite}`;
  return `${line1}\n${line2}`;
}

export function td1(m: MrzInput): string {
  const doc = `${m.documentNumber}${icaoDigit(m.documentNumber)}`;
  const optional1 = m.bsn.padEnd(15, '<');
  const line1 = `I<NLD${doc}${optional1}`;
  const birth = `${m.birth}${icaoDigit(m.birth)}`;
  const expiry = `${m.expiry}${icaoDigit(m.expiry)}`;
  const optional2 = '<'.repeat(11);
  const composite = icaoDigit(doc + optional1 + birth + expiry + optional2);
  const line2 = `${birth}${sex(m.person)}${expiry}NLD${optional2}${composite}`;
  const line3 = nameField(m.person, 30);
  return `${line1}\n${line2}\n${line3}`;
}
