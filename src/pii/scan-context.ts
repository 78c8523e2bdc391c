import { piiTypes } from '../policy/schema.js';
import { type ContextLanguage, contextLanguages, defaultContextWords } from './context-words.js';
import { type CueIndex, type CueKind, CueMatcher, cueBit } from './cue-index.js';
import type { PiiType } from './finding.js';
import { cellStarts, parseHeader, type TableHeader } from './table-header.js';
import { inferHeader } from './table-inference.js';
import { buildTextIndex, type TextIndex } from './text-index.js';

/** Context words per type for the languages in use, lower case, ready for matching. */
export type ResolvedContextWords = ReadonlyMap<PiiType, readonly string[]>;

/** Per-language overrides of the context words of some types (see ScanOptions.context). */
export type ContextOverrides = Partial<Record<ContextLanguage, Partial<Record<PiiType, string[]>>>>;

/** How far before a candidate context words count: about one short phrase ("Uw BSN is: "). */
export const CONTEXT_WINDOW = 40;

const resolvedCache = new WeakMap<object, ResolvedContextWords>();
const matcherCache = new WeakMap<ResolvedContextWords, CueMatcher>();
let defaultResolved: ResolvedContextWords | undefined;

/**
 * Merges the context words of the chosen languages; an override replaces the default list of that
 * type in that language (so a word can also be taken out). Cached per overrides object, because the
 * stream scanner resolves once per line.
 *
 * @example
 *   resolveContextWords(['nl'], { nl: { bsn: ['bsn', 'persoonsnummer'] } }).get('bsn');
 */
export function resolveContextWords(
  languages: readonly ContextLanguage[] = contextLanguages,
  overrides?: ContextOverrides,
): ResolvedContextWords {
  // scanText resolves once per text: the default languages answer without building a Set.
  if (languages === contextLanguages && overrides === undefined && defaultResolved) return defaultResolved;
  const isDefault = overrides === undefined && new Set(languages).size === contextLanguages.length;
  if (isDefault && defaultResolved) return defaultResolved;
  const cacheKey = overrides ?? languages;
  const cached = resolvedCache.get(cacheKey);
  if (cached) return cached;
  const map = new Map<PiiType, string[]>();
  for (const type of piiTypes) {
    const words = new Set<string>();
    for (const lang of languages) {
      const list = overrides?.[lang]?.[type] ?? defaultContextWords[lang][type] ?? [];
      for (const w of list) if (w.trim()) words.add(w.trim().toLowerCase());
    }
    map.set(type, [...words]);
  }
  if (isDefault) defaultResolved = map;
  else resolvedCache.set(cacheKey, map);
  return map;
}

let lastWords: ResolvedContextWords | undefined;
let lastMatcher: CueMatcher | undefined;

function matcherFor(words: ResolvedContextWords): CueMatcher {
  // Nearly every scan uses the same words as the one before: skip the WeakMap.
  if (words === lastWords) return lastMatcher!;
  let m = matcherCache.get(words);
  if (!m) {
    m = new CueMatcher(words);
    matcherCache.set(words, m);
  }
  lastWords = words;
  lastMatcher = m;
  return m;
}

/**
 * What the detectors share while scanning one text: the context cues and anchors computed once and
 * reused by every detector that needs them, so that the text is walked once for all number-shaped
 * types (the digit runs) and once for all context words (the cue index), instead of once per type
 * or once per candidate.
 *
 * @example
 *   const ctx = new ScanContext('BSN: 111222333');
 *   ctx.hasContext('bsn', 5); // true
 */
export class ScanContext {
  readonly text: string;
  private readonly matcher: CueMatcher;
  private index: TextIndex | undefined;
  /** Made on first use, like `cellCues`: most texts need neither, and a Map per text adds up. */
  private memo: Map<string, unknown> | undefined;
  /** The table header, when the text (or the stream it comes from) is tabular; null when not. */
  private header: TableHeader | null | undefined;
  private cellCues: Map<string, CueIndex> | undefined;

  /**
   * @param header the header row of the table this text is a row of (the stream scanner passes
   *   it for each line); when absent, the text's own first line is tried.
   */
  constructor(text: string, words: ResolvedContextWords = resolveContextWords(), header?: TableHeader) {
    this.text = text;
    this.matcher = matcherFor(words);
    this.header = header;
    this.headerInText = header === undefined;
  }

  /**
   * Whether the header is the text's own first line (else the caller passed it, or it was
   * inferred from the rows: every line is a row).
   */
  private headerInText: boolean;

  private textIndex(): TextIndex {
    this.index ??= buildTextIndex(this.text, this.matcher);
    return this.index;
  }

  /**
   * Maximal runs of ASCII digits as flat pairs `[start0, end0, start1, end1, …]`, in text order.
   * Every detector of a number-shaped type starts from these instead of searching the text itself.
   */
  digitRuns(): Int32Array {
    return this.textIndex().runs;
  }

  /** Starts of capitalised words, in text order (the person-name detector's anchors). */
  capitals(): Int32Array {
    return this.textIndex().capitals;
  }

  /** Where the cue words of `kind` end, in text order (for detectors that start from their cue). */
  cueEnds(kind: CueKind): number[] {
    return this.textIndex().cues.endsOf(cueBit(kind));
  }

  /** Computes a value once per text and detector group (e.g. Dutch document-number candidates). */
  memoize<T>(key: string, compute: () => T): T {
    this.memo ??= new Map();
    if (this.memo.has(key)) return this.memo.get(key) as T;
    const value = compute();
    this.memo.set(key, value);
    return value;
  }

  private cueIndex(): CueIndex {
    return this.textIndex().cues;
  }

  /**
   * The table this text is (rows of), with where its first row starts — after the header line when
   * the header is the text's own first line; null when the text is not tabular.
   */
  table(): { header: TableHeader; firstRow: number } | null {
    const header = this.tableHeader();
    if (!header) return null;
    return { header, firstRow: this.headerInText ? this.text.indexOf('\n') + 1 : 0 };
  }

  /**
   * Whether the text is a comma-separated table (its first line a header of comma-separated
   * labels): a comma between two numbers then separates cells — a decimal comma inside a cell of
   * such an export is quoted.
   */
  commaCells(): boolean {
    return this.tableHeader()?.delimiter === ',';
  }

  private tableHeader(): TableHeader | null {
    if (this.header === undefined) {
      const nl = this.text.indexOf('\n');
      this.header = nl > 0 ? (parseHeader(this.text.slice(0, nl)) ?? null) : null;
      if (this.header === null && nl > 0) {
        // An export without a header row: its columns named from their values (table-inference.ts).
        this.header = inferHeader(this.text) ?? null;
        if (this.header) this.headerInText = false;
      }
    }
    return this.header;
  }

  /**
   * The header cell of the column `pos` is in, when the text is a table and `pos` lies in one of
   * its rows (not in the header itself).
   */
  columnHeader(pos: number): string | undefined {
    const header = this.tableHeader();
    if (!header) return undefined;
    if (pos < this.rowStart || pos > this.rowEnd) {
      // Detectors ask about many positions of one row in a row, and each detector walks the rows
      // again: split each row once per text and keep it.
      const text = this.text;
      this.rowStart = text.lastIndexOf('\n', pos - 1) + 1;
      const end = text.indexOf('\n', pos);
      this.rowEnd = end === -1 ? text.length : end;
      if (this.rowStart === 0 && this.headerInText) this.rowCells = undefined;
      else {
        // Only a row that holds `pos` is kept: its start then decides its end.
        const keep = this.rowStart <= pos;
        this.splitRows ??= new Map();
        const known = keep ? this.splitRows.get(this.rowStart) : undefined;
        if (known !== undefined) this.rowCells = known ?? undefined;
        else {
          this.rowCells = cellStarts(header, text, this.rowStart, this.rowEnd);
          if (keep) this.splitRows.set(this.rowStart, this.rowCells ?? null);
        }
      }
    }
    const cells = this.rowCells;
    if (!cells) return undefined;
    let column = cells.length - 1;
    while (column > 0 && cells[column]! > pos) column--;
    return header.cells[column];
  }

  private rowStart = 1;
  private rowEnd = 0;
  private rowCells: number[] | undefined;
  /** Cell starts of the rows split so far, by row start; null for a line that is not a row of the table. */
  private splitRows: Map<number, number[] | null> | undefined;

  /** The cues of a header cell, found once per cell. */
  private cellIndex(cell: string): CueIndex {
    this.cellCues ??= new Map();
    let index = this.cellCues.get(cell);
    if (!index) {
      index = buildTextIndex(cell, this.matcher).cues;
      this.cellCues.set(cell, index);
    }
    return index;
  }

  /**
   * Distance from the nearest cue of `kind` in the `size` characters before `start` to `start`,
   * or -1. The text itself only, not the column header.
   */
  cueDistance(kind: CueKind, start: number, size = CONTEXT_WINDOW): number {
    return this.cueIndex().distance(cueBit(kind), start, size);
  }

  /** Whether the text is a table with a column whose header has a cue of `type`. */
  tableHasContext(type: PiiType): boolean {
    return this.tableHeader()?.cells.some((cell) => this.cellIndex(cell).has(cueBit(type))) ?? false;
  }

  /** Whether the text is a table and the header of the column `pos` is in has a cue of `type`. */
  columnHasContext(type: PiiType, pos: number): boolean {
    const column = this.columnHeader(pos);
    return (
      column !== undefined && this.cellIndex(column).distance(cueBit(type), column.length, column.length) >= 0
    );
  }

  /**
   * Distance from the nearest context word of `type` before `start` to `start`, or -1 when none is
   * in the window. In a table, a context word in the column header counts as distance 0.
   */
  contextDistance(type: PiiType, start: number, size = CONTEXT_WINDOW): number {
    const d = this.cueDistance(type, start, size);
    if (d >= 0) return d;
    return this.columnHasContext(type, start) ? 0 : -1;
  }

  hasContext(type: PiiType, start: number, size = CONTEXT_WINDOW): boolean {
    return this.contextDistance(type, start, size) >= 0;
  }

  /**
   * The context verdict most detectors need: 1 when a context word of `type` is nearer than any
   * not-personal word (order, invoice, KvK, version…), -1 when a not-personal word is nearer, 0 when
   * neither is in the window. Not-personal words count only within `negativeReach` characters, for
   * types whose validation is strong enough that only a cue right before the value overrules it.
   * In a table the column header decides first: it labels the value, neighbouring cells do not.
   */
  verdict(type: PiiType, start: number, negativeReach = CONTEXT_WINDOW): -1 | 0 | 1 {
    const positiveBit = cueBit(type);
    const negativeBit = cueBit('not_personal');
    if (this.tableHeader()) {
      const column = this.columnHeader(start);
      if (column !== undefined) {
        const cell = this.cellIndex(column);
        const byHeader = judge(
          cell.distance(positiveBit, column.length, column.length),
          cell.distance(negativeBit, column.length, column.length),
        );
        if (byHeader !== 0) return byHeader;
      }
    }
    const cues = this.cueIndex();
    if (cues.length === 0) return 0;
    const negative = cues.distance(negativeBit, start, CONTEXT_WINDOW);
    return judge(cues.distance(positiveBit, start, CONTEXT_WINDOW), negative > negativeReach ? -1 : negative);
  }
}

function judge(positive: number, negative: number): -1 | 0 | 1 {
  if (positive < 0 && negative < 0) return 0;
  if (negative < 0) return 1;
  if (positive < 0) return -1;
  return positive <= negative ? 1 : -1;
}
