import { Transform, type TransformCallback } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import { GrondslagError } from '../errors.js';
import type { PiiFinding, PiiType } from './finding.js';
import { applyFindings, operatorFor, type RedactOptions } from './redact.js';
import { scanTextWith } from './scan.js';
import { parseHeader, type TableHeader } from './table-header.js';

/** A finding in a stream: `line` is 1-based, `start`/`end` are UTF-16 offsets within that line. */
export interface LineFinding extends PiiFinding {
  line: number;
}

export interface RedactStreamOptions extends RedactOptions {
  /** Write the redacted text to the readable side (default true); false scans only. */
  redact?: boolean;
  /**
   * Called for every finding, in order, as soon as its line is scanned, with the found text (for a
   * caller that shows it masked; the stream itself keeps nothing).
   */
  onFinding?: (finding: LineFinding, value: string) => void;
  /** Name of the input for error messages ("customers.log", "stdin"). */
  source?: string;
  /**
   * Longest line held in memory (UTF-16 units, default 1 Mi). A longer line is scanned in pieces cut
   * at whitespace, so memory stays bounded even for a file without line breaks.
   */
  maxLineLength?: number;
}

/** What a stream saw, for the summary line or document. */
export interface StreamSummary {
  lines: number;
  findings: number;
  byType: Partial<Record<PiiType, number>>;
}

const DEFAULT_MAX_LINE = 1 << 20;

/**
 * A Transform that scans (and by default redacts) text line by line: bytes or strings in, redacted
 * UTF-8 text out, line endings kept. Memory is bounded by the longest line (and `maxLineLength`),
 * never by the input. When the first line is a table header (CSV, TSV), its column names serve as
 * context for the rows. Binary input (a NUL byte) fails the stream with a clear error naming the
 * line.
 *
 * @example
 *   await pipeline(createReadStream('app.log'), createRedactStream({ operator: 'mask' }), process.stdout);
 */
export function createRedactStream(options: RedactStreamOptions = {}): RedactStream {
  return new RedactStream(options);
}

export class RedactStream extends Transform {
  readonly summary: StreamSummary = { lines: 0, findings: 0, byType: {} };
  private readonly options: RedactStreamOptions;
  private readonly decoder = new StringDecoder('utf8');
  private readonly operator: ReturnType<typeof operatorFor>;
  private readonly maxLine: number;
  private pending = '';
  /** Offset within the current line of `pending` (non-zero after a long line was cut). */
  private pendingOffset = 0;
  private line = 1;
  private header: TableHeader | undefined;

  constructor(options: RedactStreamOptions) {
    super({ readableObjectMode: false, decodeStrings: true });
    this.options = options;
    // Fail before reading anything when the operator or key is wrong.
    this.operator = operatorFor(options);
    this.maxLine = options.maxLineLength ?? DEFAULT_MAX_LINE;
  }

  override _transform(chunk: Buffer | string, _encoding: BufferEncoding, callback: TransformCallback): void {
    try {
      const text = typeof chunk === 'string' ? chunk : this.decoder.write(chunk);
      const out = this.consume(text, false);
      if (out) this.push(out);
      callback();
    } catch (e) {
      callback(e as Error);
    }
  }

  override _flush(callback: TransformCallback): void {
    try {
      const out = this.consume(this.decoder.end(), true);
      if (out) this.push(out);
      callback();
    } catch (e) {
      callback(e as Error);
    }
  }

  private binaryError(text: string, nul: number): GrondslagError {
    let line = this.line;
    for (let i = text.indexOf('\n'); i !== -1 && i < nul; i = text.indexOf('\n', i + 1)) line++;
    const file = this.options.source ?? 'input';
    return new GrondslagError(
      'PII_BINARY_INPUT',
      `${file}:${line}: binary data (a NUL byte); this reads text only`,
      {
        details: [
          {
            location: { file, line, column: nul - text.lastIndexOf('\n', nul) },
            message: 'NUL byte in text input',
          },
        ],
      },
    );
  }

  /**
   * Processes every complete line of `pending + text` in one scan (a batch, usually one input
   * chunk): scanning many lines at once costs far less than a scan per line. At the end also the
   * unterminated rest.
   */
  private consume(text: string, end: boolean): string {
    let data = this.pending + text;
    const nul = data.indexOf('\0');
    if (nul !== -1) throw this.binaryError(data, nul);
    let out = '';
    const lastNl = data.lastIndexOf('\n');
    if (lastNl !== -1) {
      out += this.processBatch(data.slice(0, lastNl + 1));
      data = data.slice(lastNl + 1);
    }
    while (data.length > this.maxLine) {
      // A line too long to hold: scan a piece ending at whitespace, keep counting offsets.
      let cut = data.lastIndexOf(' ', this.maxLine);
      if (cut <= 0) cut = this.maxLine;
      out += this.processBatch(data.slice(0, cut));
      data = data.slice(cut);
    }
    this.pending = data;
    if (end && (data.length > 0 || this.pendingOffset > 0)) {
      if (data.length > 0) out += this.processBatch(data);
      // The last line had no line break: count it once, however many pieces it was scanned in.
      this.summary.lines++;
      this.pending = '';
    }
    return this.options.redact === false ? '' : out;
  }

  /**
   * Scans and redacts `batch`: whole lines (ending in `\n`), or a piece of one long line. Findings
   * are reported per line; one that spans a line break (an MRZ) is reported and replaced per line,
   * so the output keeps every line break of the input.
   */
  private processBatch(batch: string): string {
    const firstLine = this.line;
    const headerInText = firstLine === 1 && this.pendingOffset === 0;
    if (headerInText) {
      const nl = batch.indexOf('\n');
      this.header = parseHeader(nl === -1 ? batch : batch.slice(0, nl));
    }
    const findings = scanTextWith(batch, this.options, headerInText ? undefined : this.header);
    const pieces: PiiFinding[] = [];
    let line = firstLine;
    let lineStart = 0;
    let offset = this.pendingOffset;
    let nextNl = batch.indexOf('\n');
    const advanceTo = (pos: number) => {
      while (nextNl !== -1 && nextNl < pos) {
        line++;
        lineStart = nextNl + 1;
        offset = 0;
        nextNl = batch.indexOf('\n', lineStart);
      }
    };
    for (const f of findings) {
      let start = f.start;
      while (start < f.end) {
        advanceTo(start);
        const pieceEnd = nextNl !== -1 && nextNl < f.end ? nextNl : f.end;
        const piece = { ...f, start, end: pieceEnd };
        pieces.push(piece);
        this.summary.findings++;
        this.summary.byType[f.type] = (this.summary.byType[f.type] ?? 0) + 1;
        this.options.onFinding?.(
          { ...f, line, start: start - lineStart + offset, end: pieceEnd - lineStart + offset },
          batch.slice(start, pieceEnd),
        );
        start = pieceEnd === nextNl ? pieceEnd + 1 : pieceEnd;
      }
    }
    // Count the lines of the batch (and keep the offset when it ends inside a long line).
    advanceTo(batch.length);
    this.summary.lines += line - firstLine;
    this.line = line;
    this.pendingOffset = batch.endsWith('\n') ? 0 : offset + batch.length - lineStart;
    if (this.options.redact === false || pieces.length === 0) return batch;
    return applyFindings(batch, pieces, this.operator, this.options.key);
  }
}
