import {
  codeAt,
  DOT,
  isAlnum,
  isAsciiAlnum,
  isAsciiLetter,
  isDigit,
  isLetter,
  isLowerLetter,
  isUpperAscii,
  isUpperLetter,
  SPACE,
  startsWithAsciiFolded,
} from '../chars.js';
import { monthNumber, readDate } from '../dates.js';
import type { Detector } from '../detector.js';
import type { PiiFinding } from '../finding.js';
import type { ScanContext } from '../scan-context.js';

/**
 * Endings of Dutch (and German) street names ("Kerkstraat", "Stationsweg", "Lindenlaan"). "dam",
 * "berg" and "wijk" are left out on purpose: they end more city names (Rotterdam, Heemskerk…) than
 * streets.
 */
const DUTCH_SUFFIXES = [
  'straat',
  'straatje',
  'weg',
  'laan',
  'laantje',
  'plein',
  'pleintje',
  'gracht',
  'kade',
  'singel',
  'dijk',
  'dreef',
  'hof',
  'park',
  'pad',
  'steeg',
  'markt',
  'baan',
  'ring',
  'wal',
  'haven',
  'veld',
  'boulevard',
  'allee',
  'plantsoen',
  'erf',
  'oord',
  'poort',
  'kanaal',
  'vaart',
  'brink',
  'promenade',
  'vest',
  'veste',
  'weide',
  'akker',
  'hoeve',
  'kamp',
  'wetering',
  'zoom',
  'horst',
  'gang',
  'hoek',
  'kant',
  // Groningen's canal streets ("Boterdiep", "Zuiderdiep").
  'diep',
  // German streets, for customers across the border ("Hauptstraße", "Ubbo-Emmius-Straße").
  'straße',
  'strasse',
  'platz',
  'gasse',
  'damm',
];
const SUFFIX_RE = new RegExp(`(?:${DUTCH_SUFFIXES.join('|')})$`);

/** Street words that are a street name on their own or head one: "Singel 12", "Laan van …". */
const STANDALONE = new Set([
  'singel',
  'dam',
  'brink',
  'markt',
  'laan',
  'plein',
  'kade',
  'gracht',
  'weg',
  'straat',
  'dijk',
  'dreef',
  'ring',
  'vest',
  'wal',
  'burgwal',
  'hof',
  'park',
  'boulevard',
  'plantsoen',
  'haven',
]);

/** English street types, written as a separate word after the name: "Baker Street", "Main St.". */
const ENGLISH_FULL = [
  'Street',
  'Road',
  'Avenue',
  'Lane',
  'Drive',
  'Close',
  'Court',
  'Way',
  'Place',
  'Square',
  'Boulevard',
  'Terrace',
  'Crescent',
  'Gardens',
  'Grove',
  'Row',
  'Mews',
  'Parkway',
  'Hill',
  'Walk',
];
const ENGLISH_ABBREVIATED = ['St', 'Rd', 'Ave', 'Ln', 'Dr', 'Ct', 'Pl', 'Sq', 'Blvd'];
const ENGLISH_TYPES = new Set([...ENGLISH_FULL, ...ENGLISH_ABBREVIATED]);
const ENGLISH_ADDRESS = new RegExp(
  `\\d{1,5}[A-Za-z]?(?:-\\d{1,5})? (?:[A-Z][a-z'’]+ ){1,3}(?:${ENGLISH_FULL.join('|')}|(?:${ENGLISH_ABBREVIATED.join('|')})\\.?)(?![A-Za-z])`,
  'y',
);

/** Lower-case name particles that can sit inside a street name ("Laan van Meerdervoort"). */
const PARTICLES = new Set([
  'van',
  'de',
  'der',
  'den',
  'het',
  "'t",
  'op',
  'aan',
  'ter',
  'ten',
  'te',
  'la',
  'le',
  'du',
]);
/**
 * Abbreviated titles that head a street named after someone: "Burg. Roelenweg", "Kon.
 * Wilhelminaweg", "Dr. Schaepmanstraat". Part of the street's name, so part of the address.
 */
const STREET_TITLES = new Set([
  'Burg.',
  'Kon.',
  'Weth.',
  'Past.',
  'Dr.',
  'Prof.',
  'Pr.',
  'St.',
  'Mr.',
  'Gen.',
  'Ds.',
  'Mgr.',
  'Jhr.',
  'Adm.',
  'Luit.',
  'Kard.',
  'Gebr.',
  'Pres.',
  'Ir.',
  'Burgem.',
]);

/** Capitalised words that make the next one a street without a street ending: "Korte Poten", "Lange Voorhout". */
const STREET_HEADS = new Set(['Korte', 'Lange', 'Achter', 'KORTE', 'LANGE', 'ACHTER']);

/**
 * Prepositions that head a street name before its particles: "In de Kamp", "Op de Berg", "Aan de
 * Maas", "Onder de Linden". Taken only before particles, and only where the rest is no street word
 * of its own ("In de Kerkstraat 12" opens a sentence; the street is "Kerkstraat").
 */
const PREPOSITION_HEADS = new Set([
  'In',
  'Op',
  'Aan',
  'Onder',
  'Over',
  'Bij',
  'Tussen',
  'Langs',
  'Naast',
  'Voor',
  'Boven',
  'Buiten',
  'Binnen',
]);

/** Capitalised particles that begin a street name ("Van Baerlestraat", "De Ruijterkade"). */
const LEADING_PARTICLES = new Set(['Van', 'De', 'Den', 'Het', "'t", 'Ter', 'Ten']);

/** Capitalised words that begin sentences or label fields, never a street name. */
const STOP = new Set([
  'Een',
  'In',
  'Op',
  'Aan',
  'Bij',
  'Naar',
  'Voor',
  'Met',
  'Uit',
  'Om',
  'Te',
  'Tot',
  'Over',
  'Onder',
  'Mijn',
  'Uw',
  'Ons',
  'Onze',
  'Zijn',
  'Haar',
  'Hun',
  'Ik',
  'Wij',
  'We',
  'Je',
  'U',
  'Dit',
  'Dat',
  'Deze',
  'Die',
  'Wat',
  'Waar',
  'Woon',
  'Woont',
  'Nieuw',
  'The',
  'A',
  'An',
  'At',
  'On',
  'To',
  'From',
  'Of',
  'And',
  'Or',
  'My',
  'Our',
  'Your',
  'Is',
  'Was',
  'Please',
  'Dear',
  'Beste',
  'Geachte',
  'Adres',
  'Address',
  'Woonadres',
  'Postadres',
  'Bezoekadres',
  'Factuuradres',
  'Bezorgadres',
  'Huisnummer',
  'Nummer',
  'Number',
  'Straat',
  'Street',
]);

/** Words that follow a house number as its addition, in either case: "12 bis", "120 BG", "99 rd". */
const ADDITION_WORDS = new Set([
  'bis',
  'hs',
  'huis',
  'bg',
  'bv',
  'rd',
  'zw',
  'hg',
  'boven',
  'zwart',
  'rood',
  'beneden',
]);
/** Roman floor numbers, upper case only: "12 II". */
const ROMAN_ADDITIONS = new Set(['II', 'III', 'IV']);

/**
 * The length of the house-number addition at `e` (right after the number), or 0: "12a", "12-3",
 * "12-II", "12-hs", "19/3", "12 A", "12 bis", "120 BG", "38 B10", "14 2-hoog", "7 4HG", "12 II",
 * "10 2e verd.", "577 1de verdieping", "209hs", "189II", "176Azw"; a letter and a further part
 * ("120B rd", "235c-rd", "25b III", "201A-A"); a floor or unit number where the line or cell ends
 * ("Noorderstraat 162 2,"). Every form ends where a run of letters and digits ends.
 */
export function additionLength(text: string, e: number): number {
  const first = firstAdditionLength(text, e);
  // A letter right after the number may have a further part: "120B rd", "235c-rd", "25b III".
  if (first === 1 && isAsciiLetter(codeAt(text, e))) return 1 + furtherAdditionLength(text, e + 1);
  return first;
}

/** Whether `word` (as written) is an addition word or a Roman floor number. */
const isAdditionWord = (word: string) => ADDITION_WORDS.has(word.toLowerCase()) || ROMAN_ADDITIONS.has(word);

/**
 * Where a floor or unit number ends a line or a cell: its end, a line break, a separator, a quote
 * or a closing bracket.
 */
function endsCell(c: number): boolean {
  return (
    c === -1 ||
    c === 10 ||
    c === 13 ||
    c === 44 ||
    c === 59 ||
    c === 124 ||
    c === 9 ||
    c === 34 ||
    c === 39 ||
    c === 41
  );
}

function firstAdditionLength(text: string, e: number): number {
  const c = codeAt(text, e);
  if (isAsciiLetter(c)) {
    // Letters right after the number: one ("12a"), an addition word ("209hs", "189II"), or a letter
    // and an addition word ("176Azw").
    let k = e + 1;
    while (isAsciiLetter(codeAt(text, k))) k++;
    if (isAlnum(codeAt(text, k))) return 0;
    if (k === e + 1) return 1;
    const word = text.slice(e, k);
    return isAdditionWord(word) || (k - e > 2 && isAdditionWord(word.slice(1))) ? k - e : 0;
  }
  if (c === 45 || c === 47) {
    // "-3", "-hs", "-II" (up to four); "/3" (up to three).
    const max = c === 45 ? 4 : 3;
    let k = e + 1;
    while (k <= e + max && isAsciiAlnum(codeAt(text, k))) k++;
    return k === e + 1 || isAsciiAlnum(codeAt(text, k)) ? 0 : k - e;
  }
  if (c !== SPACE) return 0;
  const from = e + 1;
  let k = from;
  while (isAsciiLetter(codeAt(text, k))) k++;
  const len = k - from;
  const next = codeAt(text, k);
  if (len === 1 && isDigit(next)) {
    // A letter and a floor or unit number: "B10", "A07".
    let d = k;
    while (d < k + 3 && isDigit(codeAt(text, d))) d++;
    return isAsciiAlnum(codeAt(text, d)) ? 0 : d - e;
  }
  if (len === 0) {
    // A floor: "2-hoog", "3hoog", "4hg".
    let d = from;
    while (d < from + 2 && isDigit(codeAt(text, d))) d++;
    if (d === from) return 0;
    const word = codeAt(text, d) === 45 ? d + 1 : d;
    for (const floor of ['hoog', 'hg']) {
      if (startsWithAsciiFolded(text, word, floor) && !isAsciiAlnum(codeAt(text, word + floor.length)))
        return word + floor.length - e;
    }
    const ordinal = ordinalFloorEnd(text, d);
    if (ordinal >= 0) return ordinal - e;
    // A floor or unit number alone, where the line or cell ends: "Noorderstraat 162 2;".
    return endsCell(codeAt(text, d)) ? d - e : 0;
  }
  if (isDigit(next) || next === 39 || next === 0x2019 || next === 45) return 0;
  // A Belgian box number: "52 bus 8", "14 Bus 103".
  if (
    len === 3 &&
    next === SPACE &&
    startsWithAsciiFolded(text, from, 'bus') &&
    isDigit(codeAt(text, k + 1))
  ) {
    let d = k + 1;
    while (d < k + 5 && isDigit(codeAt(text, d))) d++;
    if (!isAsciiAlnum(codeAt(text, d))) return d - e;
  }
  if (len === 1) return 2;
  return isAdditionWord(text.slice(from, k)) ? 1 + len : 0;
}

/**
 * After a letter addition at `p`: "-rd", "-A", "-II", "-2" (up to four), " rd", " III", " A", or
 * " 1" where the cell ends; or 0.
 */
function furtherAdditionLength(text: string, p: number): number {
  const c = codeAt(text, p);
  if (c === 45) {
    let k = p + 1;
    while (k <= p + 4 && isAsciiAlnum(codeAt(text, k))) k++;
    return k === p + 1 || isAlnum(codeAt(text, k)) ? 0 : k - p;
  }
  if (c !== SPACE) return 0;
  let k = p + 1;
  // A floor or unit number where the line or cell ends: "108B 1,", "52B 2'".
  while (k < p + 3 && isDigit(codeAt(text, k))) k++;
  if (k > p + 1) return endsCell(codeAt(text, k)) ? k - p : 0;
  while (isAsciiLetter(codeAt(text, k))) k++;
  const after = codeAt(text, k);
  if (k === p + 1 || isAlnum(after) || after === 45 || after === 39 || after === 0x2019) return 0;
  // An entrance letter ("82c A") or an addition word ("120B rd").
  return (k === p + 2 && isUpperAscii(codeAt(text, p + 1))) || isAdditionWord(text.slice(p + 1, k))
    ? k - p
    : 0;
}

/** Ordinal suffixes and the floor words after them: "2e verd.", "1de verdieping", "3e etage". */
const ORDINALS = ['ste', 'de', 'e'];
const FLOOR_WORDS = ['verdieping', 'verd.', 'etage'];

/** After a floor's digits at `d`: where "e verd." / "de verdieping" / "e etage" ends, or -1. */
function ordinalFloorEnd(text: string, d: number): number {
  for (const ordinal of ORDINALS) {
    if (!startsWithAsciiFolded(text, d, ordinal) || codeAt(text, d + ordinal.length) !== SPACE) continue;
    const w = d + ordinal.length + 1;
    for (const floor of FLOOR_WORDS) {
      const end = w + floor.length;
      if (startsWithAsciiFolded(text, w, floor) && (floor.endsWith('.') || !isAsciiAlnum(codeAt(text, end))))
        return end;
    }
    return -1;
  }
  return -1;
}

/** Titles typed in lower case before a street named after someone: "burg. pabstlaan", "graaf florisstraat". */
const LOWER_TITLES = new Set([
  'graaf',
  'gravin',
  'koning',
  'koningin',
  'prins',
  'prinses',
  'burg.',
  'burgem.',
  'burgemeester',
  'wethouder',
  'weth.',
  'dokter',
  'dr.',
  'mr.',
  'prof.',
  'professor',
  'generaal',
  'gen.',
  'admiraal',
  'adm.',
  'kon.',
  'sint',
  'st.',
  'v.',
]);
/** Particles inside such a name ("adm. de ruijterweg"); "van" also opens one ("van speijkstraat"). */
const LOWER_PARTICLES = new Set(['van', 'de', 'der', 'den', 'het', "'t", 'ter', 'ten']);
/** Words that make the next one a street without a street ending: "korte poten", "lange voorhout". */
const LOWER_STREET_HEADS = new Set(['korte', 'lange', 'achter']);

/** The lower-case word (letters, an apostrophe, a trailing dot) ending right before the space at `p - 1`. */
function lowerWordBefore(text: string, p: number): { start: number; word: string } | undefined {
  if (codeAt(text, p - 1) !== SPACE) return undefined;
  const end = p - 1;
  let w = end;
  if (codeAt(text, w - 1) === 46) w--;
  while (w > 0 && end - w <= 14 && (isLowerLetter(text.charCodeAt(w - 1)) || text.charCodeAt(w - 1) === 39))
    w--;
  if (w === end || isLetter(codeAt(text, w - 1)) || isDigit(codeAt(text, w - 1))) return undefined;
  return { start: w, word: text.slice(w, end) };
}

/**
 * A street name in lower case ending right before `end`, as people type it in notes and chats
 * ("nw adres koolmeeslaan 19-2"): a word of lower-case letters, seven at least, with a street
 * ending, or any word after "korte", "lange", "achter"; with the titles and particles before it
 * ("burg. de withstraat", "van speijkstraat"). Its start, or -1.
 */
function lowerStreetStart(text: string, end: number): number {
  let w = end;
  while (w > 0 && end - w <= 40 && isLowerLetter(text.charCodeAt(w - 1))) w--;
  if (end - w < 3) return -1;
  const b = codeAt(text, w - 1);
  if (isLetter(b) || isDigit(b) || b === 45 || b === 46 || b === 39 || b === 0x2019) return -1;
  let start = -1;
  if (end - w >= 7 && isStreetWord(text.slice(w, end))) start = w;
  else {
    // The heads end in "e" or "r": most words before a number are past this at one character.
    const last = codeAt(text, w - 2);
    if (last !== 101 && last !== 114) return -1;
    const head = lowerWordBefore(text, w);
    if (!head || !LOWER_STREET_HEADS.has(head.word)) return -1;
    start = head.start;
  }
  for (let n = 0; n < 3; n++) {
    const before = lowerWordBefore(text, start);
    if (!before) break;
    if (LOWER_TITLES.has(before.word)) start = before.start;
    else if (before.word === 'van') start = before.start;
    else if (LOWER_PARTICLES.has(before.word)) {
      // Another particle only behind a title: "adm. de ruijterweg", not "naar de kerkstraat".
      const title = lowerWordBefore(text, before.start);
      if (!title || !LOWER_TITLES.has(title.word)) break;
      start = title.start;
    } else break;
  }
  return start;
}

/** `[1-9]\d{3} ?[A-Za-z]{2}` (not followed by a letter) at `p`: a postcode in either case. */
function postcodeAnyCaseAt(text: string, p: number): boolean {
  const c = codeAt(text, p);
  if (c < 49 || c > 57 || !isDigit(codeAt(text, p + 1)) || !isDigit(codeAt(text, p + 2))) return false;
  if (!isDigit(codeAt(text, p + 3))) return false;
  let q = p + 4;
  if (codeAt(text, q) === SPACE) q++;
  const a = codeAt(text, q);
  const b = codeAt(text, q + 1);
  return isAsciiLetter(a) && isAsciiLetter(b) && !isLetter(codeAt(text, q + 2));
}

/** How close an address cue must stand before a street without a street word: "wonende ", "adres: ". */
const NEAR_CUE = 20;

/**
 * An address cue right before `start`, in the same clause and outside a table: "wonende De Wieken
 * 145", "Huidig adres: Tjalk 25b" — not "Ons adres is gewijzigd; Windows 10", and not a table's
 * header for its other columns ("street,product\n…,Fiber 1000").
 */
function addressCueRightBefore(ctx: ScanContext, start: number): boolean {
  const d = ctx.contextDistance('postal_address', start, NEAR_CUE);
  if (d < 0 || ctx.columnHeader(start) !== undefined) return false;
  for (let i = start - d; i < start; i++) {
    const c = ctx.text.charCodeAt(i);
    if (c === 59 || c === 46 || c === 33 || c === 63 || c === 10) return false;
  }
  return true;
}

/**
 * Two lower-case letters after four digits that are a word or a unit, not a postcode's letters:
 * "2019 en", "1500 ms", "2048 mb".
 */
const NOT_POSTCODE_LETTERS = new Set(
  `en in op de is te ik om er al nu zo of an at be by do go he if it me my no on or so to up us we am as ja je ze
na uw da kb mb gb tb ms km kg mg ml cm mm px pt hz kw mw gw`.split(/\s+/),
);

/**
 * A postcode with lower-case letters right after a capitalised street's number, past a comma or a
 * space or at the start of the next line (indented or not): "Zuiderdiep 50, 2570 tp", "Tjalk
 * 12\n9101 bt".
 */
function lowerPostcodeAfter(text: string, p: number): boolean {
  let q = p;
  if (codeAt(text, q) === 44) q++;
  if (codeAt(text, q) === SPACE) q++;
  else if (q === p) {
    if (codeAt(text, q) === 13) q++;
    if (codeAt(text, q) !== 10) return false;
    q++;
    while (codeAt(text, q) === SPACE || codeAt(text, q) === 9) q++;
  }
  const c = codeAt(text, q);
  if (c < 49 || c > 57 || !isDigit(codeAt(text, q + 1)) || !isDigit(codeAt(text, q + 2))) return false;
  if (!isDigit(codeAt(text, q + 3))) return false;
  let l = q + 4;
  if (codeAt(text, l) === SPACE) l++;
  const a = codeAt(text, l);
  const b = codeAt(text, l + 1);
  if (!(a >= 97 && a <= 122 && b >= 97 && b <= 122) || isLetter(codeAt(text, l + 2))) return false;
  return !NOT_POSTCODE_LETTERS.has(text.slice(l, l + 2));
}

/**
 * A postcode after a lower-case street's number, in either case and past a separator of notes and
 * lists: "koolmeeslaan 19-2 3708 xj", "rozenstraat 122b | 6135SV", "oudegracht 157\n3844 WT".
 */
function postcodeAfterLowerStreet(text: string, p: number): boolean {
  let q = p;
  for (let n = 0; n < 2 && codeAt(text, q) === SPACE; n++) q++;
  const sep = codeAt(text, q);
  if (sep === 44 || sep === 124 || sep === 59) {
    q++;
    for (let n = 0; n < 2 && codeAt(text, q) === SPACE; n++) q++;
  } else if (sep === 13 || sep === 10) {
    if (sep === 13) q++;
    if (codeAt(text, q) !== 10) return false;
    q++;
  }
  return postcodeAnyCaseAt(text, q);
}

/** Keys of a house number in a URL's query or a key=value log line: "huisnummer=13". */
const HOUSE_NUMBER_KEYS = ['huisnummer', 'housenumber', 'house_number', 'huisnr', 'hnr', 'housenr'];

/**
 * Words right before a house number standing alone: a work order's "bellen bij 15" / "ring at
 * 13a", an address check's "(pc+hnr 13 A)".
 */
const HOUSE_NUMBER_CUES = [
  'bellen bij',
  'ring at',
  'pc+hnr',
  'pc+no',
  'hnr',
  'huisnr',
  'huisnr.',
  'huisnummer',
  'house number',
  'house no',
  'house no.',
];

/** Whether `word` (lower-case ASCII) ends right before `end`, in either case, as a whole word. */
function endsWithWordLower(text: string, end: number, word: string): boolean {
  const start = end - word.length;
  if (start < 0 || isAsciiAlnum(codeAt(text, start - 1))) return false;
  return startsWithAsciiFolded(text, start, word);
}

/** Characters that end a house number given on its own: a line's or a text's end, punctuation. */
function endsHouseNumber(c: number): boolean {
  return (
    c === -1 ||
    c === 10 ||
    c === 13 ||
    c === 44 ||
    c === 46 ||
    c === 41 ||
    c === 59 ||
    c === 63 ||
    c === 33 ||
    c === 124
  );
}

/**
 * Whether a postcode stands right before the number at `s` — "9728 WL nr 5", "4001 EJ, 17-H",
 * "2024HG 29 huis", as people answer "postcode and house number?" — with the number (digits
 * `[s, e)` and their addition) ending where its line or clause does.
 */
function afterPostcode(text: string, s: number, e: number): boolean {
  let k = s - 1;
  while (codeAt(text, k) === SPACE) k--;
  if (endsWithWordLower(text, k + 1, 'nr.')) k -= 3;
  else if (endsWithWordLower(text, k + 1, 'nr')) k -= 2;
  else if (codeAt(text, k) === 44) k--;
  else if (k === s - 1) return false;
  while (codeAt(text, k) === SPACE) k--;
  // The postcode's last letter is at k: "1234AB" starts five before it, "1234 AB" six.
  if (!postcodeStartsAt(text, k - 5, false) && !postcodeStartsAt(text, k - 6, true)) return false;
  return endsHouseNumber(codeAt(text, e + additionLength(text, e)));
}

/** Whether a postcode starts at `p`, compact or with its space as `spaced` says, on its own. */
function postcodeStartsAt(text: string, p: number, spaced: boolean): boolean {
  return (
    postcodeAnyCaseAt(text, p) &&
    !isAsciiAlnum(codeAt(text, p - 1)) &&
    (codeAt(text, p + 4) === SPACE) === spaced
  );
}

/**
 * Whether a cue before the digits `[s, e)` makes them a house number on their own (see the lists
 * above).
 */
function houseNumberCue(text: string, s: number, e: number): boolean {
  const b = codeAt(text, s - 1);
  if (b === 61) return HOUSE_NUMBER_KEYS.some((key) => endsWithWordLower(text, s - 1, key));
  if (b !== SPACE) return false;
  // Every cue ends in r, j, t, o or a dot: most numbers are past the cues at one character.
  const last = codeAt(text, s - 2) | 32;
  if (
    (last === 114 || last === 106 || last === 116 || last === 111 || last === 46) &&
    HOUSE_NUMBER_CUES.some((cue) => endsWithWordLower(text, s - 1, cue))
  )
    return true;
  return afterPostcode(text, s, e);
}

/** A Dutch postcode right after the house number: the street of a one-line address. */
const POSTCODE_AFTER = /(?:,? ?|\r?\n[ \t]*)[1-9]\d{3} ?[A-Z]{2}(?![A-Za-z])/y;

export function isStreetWord(word: string): boolean {
  const lower = word.toLowerCase();
  const m = SUFFIX_RE.exec(lower);
  // "-ering" ends Dutch nouns (vergadering, regering), not streets ending in "ring" (Stadsring).
  if (m?.[0] === 'ring' && lower.endsWith('ering')) return false;
  // "Spring", "Ipad": a suffix needs a real first part, unless the word is a street on its own.
  return m !== null && (lower.length - m[0].length >= 3 || STANDALONE.has(lower));
}

/** The word that ends right before `end` (letters, apostrophes, hyphens, a trailing dot), or undefined. */
function wordBefore(text: string, end: number): { start: number; word: string } | undefined {
  let s = end;
  while (s > 0) {
    const c = text.charCodeAt(s - 1);
    if (isLetter(c) || c === 39 || c === 0x2019 || (c === 45 && s < end) || (c === 46 && s === end)) s--;
    else break;
  }
  if (s === end) return undefined;
  return { start: s, word: text.slice(s, end) };
}

/** Whether the word ending at `end` starts with a capital: checked on char codes before any slicing. */
function capitalisedBefore(text: string, end: number): boolean {
  let s = end;
  while (s > 0 && end - s < 40) {
    const c = text.charCodeAt(s - 1);
    if (isLetter(c) || c === 39 || c === 0x2019 || c === 45 || c === 46) s--;
    else break;
  }
  const first = codeAt(text, s);
  if (first === 39 || first === 0x2019) return true; // 's-Gravenhage
  // A capital and then a small letter: "Kerkstraat", not "NT 10" or "ABNA 0417" (user agents, IBANs).
  if (!isUpperLetter(first)) return false;
  if (!isUpperLetter(codeAt(text, s + 1))) return true;
  // In capitals only a street word: "KIEVITSTRAAT 120", as labels and forms print addresses.
  return end - s >= 6 && isStreetWord(text.slice(s, end));
}

const isCapitalised = (w: string) => isUpperLetter(w.charCodeAt(0)) || w.startsWith("'t");

/** The sides of a canal in Groningen street names: "Vaart ZZ", "Kerkpad NZ", "Boterdiep WZ". */
const WATER_SIDES = new Set(['NZ', 'ZZ', 'OZ', 'WZ']);

/**
 * Where a side of the water ending at `end` starts, when a capitalised word and a space stand
 * before it ("Vaart ZZ" before " 230B"); -1 otherwise.
 */
function waterSideBefore(text: string, end: number): number {
  const s = end - 2;
  if (s < 2 || codeAt(text, s - 1) !== SPACE || !WATER_SIDES.has(text.slice(s, end))) return -1;
  return isLetter(codeAt(text, s - 2)) && capitalisedBefore(text, s - 1) ? s : -1;
}

/**
 * Where the initials ending right before `end` start ("A.F." of "Dr. A.F. Philipsweg", "J. P."),
 * or -1 when there are none.
 */
function initialsRunStart(text: string, end: number): number {
  let start = -1;
  let k = end;
  while (
    codeAt(text, k - 1) === DOT &&
    isUpperLetter(codeAt(text, k - 2)) &&
    !isLetter(codeAt(text, k - 3))
  ) {
    start = k - 2;
    k = start;
    if (codeAt(text, k - 1) === SPACE && codeAt(text, k - 2) === DOT) k--;
  }
  return start;
}

interface Chain {
  start: number;
  /** Whether some word of the chain is a street word ("Laan" in "Laan van Meerdervoort"). */
  hasStreetWord: boolean;
  words: number;
}

/**
 * Walks back from the word before a house number over the rest of a street name: capitalised
 * words, and particles between capitalised words. Stops at sentence words and field labels.
 */
function chainBack(text: string, last: { start: number; word: string }): Chain {
  let start = last.start;
  let hasStreetWord = isStreetWord(last.word) || ENGLISH_TYPES.has(last.word);
  let words = 1;
  let at = last.start;
  let pendingParticles = 0;
  while (words + pendingParticles < 6 && codeAt(text, at - 1) === SPACE) {
    const prev = wordBefore(text, at - 1);
    if (!prev) break;
    const w = prev.word;
    if (PARTICLES.has(w)) {
      pendingParticles++;
      at = prev.start;
      continue;
    }
    if (STREET_TITLES.has(w)) {
      // The title heads the name: it and the particles after it join, and the name starts there.
      words += pendingParticles + 1;
      start = prev.start;
      break;
    }
    if (w.endsWith('.') && hasStreetWord) {
      // The initials of the street's namesake, and a title before them: "Dr. A.F. Philipsweg".
      const i = initialsRunStart(text, at - 1);
      if (i < 0) break;
      words += pendingParticles + 1;
      start = i;
      const title = codeAt(text, i - 1) === SPACE ? wordBefore(text, i - 1) : undefined;
      if (title && STREET_TITLES.has(title.word)) start = title.start;
      break;
    }
    if (pendingParticles > 0 && !hasStreetWord && PREPOSITION_HEADS.has(w)) {
      words += pendingParticles + 1;
      start = prev.start;
      break;
    }
    // A label heads the line, not the street: "Aansluitadres Zuiderdiep 43", "Factuuradres …".
    if (!isCapitalised(w) || STOP.has(w) || w.endsWith('.') || w.toLowerCase().endsWith('adres')) break;
    words += pendingParticles + 1;
    pendingParticles = 0;
    start = prev.start;
    at = prev.start;
    if (STANDALONE.has(w.toLowerCase()) || isStreetWord(w) || STREET_HEADS.has(w)) hasStreetWord = true;
    if (LEADING_PARTICLES.has(w)) break;
  }
  return { start, hasStreetWord, words };
}

/**
 * Street addresses: street name, house number and addition. Dutch streets are recognised by their
 * endings (-straat, -weg, -laan, -plein, -gracht, -kade, -singel, -dijk, …) or a heading street word
 * ("Laan van Meerdervoort 52"), any other capitalised name when a postcode follows ("Noordeinde 68,
 * 2514 GL"); English ones by the street type after the name ("221B Baker Street", "Baker Street
 * 221B"). The city is not part of the finding: on its own it identifies no one.
 */
export const postalAddressDetector: Detector = {
  name: 'street-address',
  type: 'postal_address',
  find(text, ctx) {
    const runs = ctx.digitRuns();
    const out: PiiFinding[] = [];
    let lastEnd = 0;
    for (let r = 0; r < runs.length; r += 2) {
      const s = runs[r]!;
      const e = runs[r + 1]!;
      if (s < lastEnd || e - s > 5 || text.charCodeAt(s) === 48) continue;
      const before = codeAt(text, s - 1);
      let start = -1;
      let end = e;
      const side = before === SPACE ? waterSideBefore(text, s - 1) : -1;
      if (
        before === SPACE &&
        isLetter(codeAt(text, s - 2)) &&
        (side >= 0 || capitalisedBefore(text, s - 1))
      ) {
        // "Vaart ZZ 230B": the side of the water belongs to the street; its name stands before it.
        const last = wordBefore(text, side >= 0 ? side - 1 : s - 1);
        if (last && isCapitalised(last.word) && !STOP.has(last.word) && !isDigit(codeAt(text, e))) {
          end = e + additionLength(text, e);
          const chain = chainBack(text, last);
          if (chain.hasStreetWord) start = chain.start;
          else if (chain.words <= 3) {
            // Any other name: with a postcode after it ("Zuiderdiep 50, 2570 tp") or an address
            // cue before it ("wonende De Wieken 145", "Huidig adres: Tjalk 25b") — but not a date
            // near the cue ("Previous address: … (until February 6, 2024)", "Sinds 15-09-2023").
            POSTCODE_AFTER.lastIndex = end;
            if (POSTCODE_AFTER.test(text)) start = chain.start;
            else if (
              monthNumber(last.word) === undefined &&
              readDate(text, s) === undefined &&
              (lowerPostcodeAfter(text, end) || addressCueRightBefore(ctx, chain.start))
            )
              start = chain.start;
          }
        }
      } else if (before === SPACE && isLowerLetter(codeAt(text, s - 2)) && !isDigit(codeAt(text, e))) {
        // A street typed in lower case counts with a postcode after it or an address cue before.
        const lower = lowerStreetStart(text, s - 1);
        if (lower >= 0) {
          const addEnd = e + additionLength(text, e);
          if (postcodeAfterLowerStreet(text, addEnd) || ctx.verdict('postal_address', lower) > 0) {
            start = lower;
            end = addEnd;
          }
        }
      }
      if (start < 0 && !isLetter(before) && !isDigit(before)) {
        // "221B Baker Street": the number first, English style.
        const next = codeAt(text, e);
        const nameAt = next === SPACE ? e + 1 : e + 2;
        if (
          (next === SPACE || (isLetter(next) && codeAt(text, e + 1) === SPACE)) &&
          isUpperLetter(codeAt(text, nameAt))
        ) {
          ENGLISH_ADDRESS.lastIndex = s;
          const m = ENGLISH_ADDRESS.exec(text);
          if (m) {
            start = s;
            end = s + m[0].length;
          }
        }
      }
      if (start < 0 && (before === SPACE || before === 61) && !isDigit(codeAt(text, e))) {
        // A house number on its own, where a key, a cue or a postcode says it is one.
        if (houseNumberCue(text, s, e)) {
          start = s;
          end = e + additionLength(text, e);
        }
      }
      if (start < 0 || start < lastEnd) continue;
      const score = ctx.verdict('postal_address', start) > 0 ? 0.95 : 0.85;
      out.push({ type: 'postal_address', start, end, score, detector: 'street-address' });
      lastEnd = end;
    }
    return out;
  },
};
