import { GrondslagError } from '../../errors.js';

/** One CSV record and the line it starts on (1-based), for error messages. */
export interface CsvRecord {
  fields: string[];
  line: number;
}

/** Picks the delimiter of a header line: the most frequent of `,` `;` tab `|` outside quotes. */
export function detectDelimiter(headerLine: string): string {
  const counts = new Map<string, number>();
  let quoted = false;
  for (const ch of headerLine) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === ',' || ch === ';' || ch === '\t' || ch === '|'))
      counts.set(ch, (counts.get(ch) ?? 0) + 1);
  }
  let best = ',';
  let max = 0;
  for (const [d, n] of counts) {
    if (n > max) {
      best = d;
      max = n;
    }
  }
  return best;
}

/**
 * An incremental RFC 4180 parser: quoted fields with `""` escapes and line breaks, CRLF or LF. Feed
 * it chunks as they arrive; it returns the records completed so far and holds only the unfinished
 * one. The delimiter is taken from the first line unless given.
 *
 * @example
 *   const p = new CsvParser('export.csv');
 *   p.push('naam;email\nJan;jan@example.nl\n'); // [{ fields: ['naam','email'], line: 1 }, …]
 *   p.end();
 */
export class CsvParser {
  private delimiter: string | undefined;
  private field = '';
  private fields: string[] = [];
  private quoted = false;
  /** Just after a closing quote: only a delimiter, a line end or another quote may follow. */
  private afterQuote = false;
  private line = 1;
  private recordLine = 1;
  private firstLine = '';
  private atFieldStart = true;
  /** A chunk ended on CR: a LF at the start of the next one belongs to it. */
  private skipLf = false;
  private started = false;
  /**
   * Whether the input began with a byte-order mark (Excel's "CSV UTF-8" writes one). It is not
   * part of the first column's name; a writer of the same table may want to write it again.
   */
  hadBom = false;

  constructor(
    private readonly file: string,
    delimiter?: string,
  ) {
    this.delimiter = delimiter;
  }

  /** The delimiter in use: the one given, or the one read from the first line once it has come. */
  get delimiterInUse(): string | undefined {
    return this.delimiter;
  }

  private fail(message: string): GrondslagError {
    return new GrondslagError('PII_MALFORMED_CSV', `${this.file}:${this.line}: ${message}`, {
      details: [{ location: { file: this.file, line: this.line, column: 1 }, message }],
    });
  }

  push(chunk: string): CsvRecord[] {
    let text = chunk;
    if (!this.started && text.length > 0) {
      this.started = true;
      if (text.charCodeAt(0) === 0xfeff) {
        this.hadBom = true;
        text = text.slice(1);
      }
    }
    if (this.delimiter === undefined) {
      // Wait for the first line to choose the delimiter.
      this.firstLine += text;
      const nl = this.firstLine.indexOf('\n');
      if (nl === -1 && this.firstLine.length < 1 << 20) return [];
      this.delimiter = detectDelimiter(nl === -1 ? this.firstLine : this.firstLine.slice(0, nl));
      text = this.firstLine;
      this.firstLine = '';
    }
    return this.parse(text);
  }

  end(): CsvRecord[] {
    const out = this.delimiter === undefined ? this.push('\n') : [];
    if (this.quoted) {
      throw this.fail(`a quoted field opened on line ${this.recordLine} is never closed`);
    }
    if (this.field !== '' || this.fields.length > 0 || this.afterQuote) {
      this.fields.push(this.field);
      out.push({ fields: this.fields, line: this.recordLine });
      this.fields = [];
      this.field = '';
    }
    return out;
  }

  private parse(text: string): CsvRecord[] {
    const out: CsvRecord[] = [];
    const d = this.delimiter!;
    let i = 0;
    const n = text.length;
    if (this.skipLf && text[0] === '\n') i = 1;
    this.skipLf = false;
    while (i < n) {
      const ch = text[i]!;
      if (this.quoted) {
        if (ch === '"') {
          if (i + 1 < n && text[i + 1] === '"') {
            this.field += '"';
            i += 2;
            continue;
          }
          if (i + 1 === n) {
            // The chunk ends on a quote: decide with the next chunk.
            this.quoted = false;
            this.afterQuote = true;
            i++;
            continue;
          }
          this.quoted = false;
          this.afterQuote = true;
        } else {
          if (ch === '\n') this.line++;
          this.field += ch;
        }
        i++;
        continue;
      }
      if (ch === '"') {
        if (this.afterQuote) {
          // "" split over two chunks: an escaped quote.
          this.field += '"';
          this.quoted = true;
          this.afterQuote = false;
          i++;
          continue;
        }
        if (!this.atFieldStart) throw this.fail('a quote inside an unquoted field');
        this.quoted = true;
        this.atFieldStart = false;
        i++;
        continue;
      }
      if (ch === d) {
        this.fields.push(this.field);
        this.field = '';
        this.afterQuote = false;
        this.atFieldStart = true;
        i++;
        continue;
      }
      if (ch === '\n' || ch === '\r') {
        if (ch === '\r' && text[i + 1] === '\n') i++;
        else if (ch === '\r' && i + 1 === n) this.skipLf = true;
        this.fields.push(this.field);
        out.push({ fields: this.fields, line: this.recordLine });
        this.fields = [];
        this.field = '';
        this.afterQuote = false;
        this.atFieldStart = true;
        this.line++;
        this.recordLine = this.line;
        i++;
        continue;
      }
      if (this.afterQuote) throw this.fail(`text after the closing quote of a field ("${ch}")`);
      this.field += ch;
      this.atFieldStart = false;
      i++;
    }
    return out;
  }
}
