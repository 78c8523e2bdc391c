import { inflateSync } from 'node:zlib';
import { GrondslagError } from '../../errors.js';

/**
 * Just enough of PDF's object syntax (ISO 32000-1 §7.3) to find a document's pages, their text and
 * their images: a tokenizer for the object grammar, the objects of the file (including those packed
 * in object streams), and the Flate filter. Enough for scanner output and typical generators; not a
 * full PDF implementation (no repair of broken cross-reference tables is needed, objects are found
 * by scanning, so a damaged xref does not matter).
 */

export type PdfValue = number | boolean | null | PdfName | PdfRef | PdfString | PdfValue[] | PdfDict;
export interface PdfName {
  kind: 'name';
  name: string;
}
export interface PdfRef {
  kind: 'ref';
  num: number;
}
export interface PdfString {
  kind: 'string';
  bytes: Buffer;
}
export interface PdfDict {
  kind: 'dict';
  entries: Map<string, PdfValue>;
}

export interface PdfObject {
  value: PdfValue;
  /** Raw (still encoded) stream bytes, for stream objects. */
  stream?: Buffer;
}

export function unreadablePdf(message: string, cause?: unknown): GrondslagError {
  return new GrondslagError('IDCOPY_UNREADABLE', `PDF: ${message}`, { cause });
}

const isWhite = (c: number) =>
  c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09 || c === 0x0c || c === 0x00;
const isDelimiter = (c: number) =>
  c === 0x28 ||
  c === 0x29 ||
  c === 0x3c ||
  c === 0x3e ||
  c === 0x5b ||
  c === 0x5d ||
  c === 0x7b ||
  c === 0x7d ||
  c === 0x2f ||
  c === 0x25;

/** Reads PDF tokens and values from a byte buffer; also used for content streams. */
export class PdfLexer {
  pos: number;
  constructor(
    readonly buf: Buffer,
    start = 0,
  ) {
    this.pos = start;
  }

  skipWhite(): void {
    const { buf } = this;
    while (this.pos < buf.length) {
      const c = buf[this.pos]!;
      if (isWhite(c)) this.pos++;
      else if (c === 0x25) {
        while (this.pos < buf.length && buf[this.pos] !== 0x0a && buf[this.pos] !== 0x0d) this.pos++;
      } else break;
    }
  }

  /** A bare word: number, keyword or operator. */
  word(): string {
    const start = this.pos;
    while (this.pos < this.buf.length && !isWhite(this.buf[this.pos]!) && !isDelimiter(this.buf[this.pos]!))
      this.pos++;
    return this.buf.toString('latin1', start, this.pos);
  }

  /**
   * The next value, or a keyword (returned as `{ keyword }`) when the next token is not a value,
   * e.g. an operator in a content stream. `undefined` at the end of input.
   */
  next(): PdfValue | { keyword: string } | undefined {
    this.skipWhite();
    const { buf } = this;
    if (this.pos >= buf.length) return undefined;
    const c = buf[this.pos]!;
    if (c === 0x2f) {
      this.pos++;
      const raw = this.word();
      return {
        kind: 'name',
        name: raw.replace(/#([0-9A-Fa-f]{2})/g, (_, h: string) =>
          String.fromCharCode(Number.parseInt(h, 16)),
        ),
      };
    }
    if (c === 0x28) return this.#literalString();
    if (c === 0x3c && buf[this.pos + 1] === 0x3c) {
      this.pos += 2;
      return this.#dict();
    }
    if (c === 0x3c) return this.#hexString();
    if (c === 0x5b) {
      this.pos++;
      const items: PdfValue[] = [];
      for (;;) {
        this.skipWhite();
        if (this.pos >= buf.length) throw unreadablePdf('unterminated array');
        if (buf[this.pos] === 0x5d) {
          this.pos++;
          return items;
        }
        const v = this.next();
        if (v === undefined) throw unreadablePdf('unterminated array');
        if (isKeyword(v)) continue;
        items.push(v);
      }
    }
    if (c === 0x5d || c === 0x3e || c === 0x29 || c === 0x7b || c === 0x7d) {
      this.pos++;
      return { keyword: String.fromCharCode(c) };
    }
    const word = this.word();
    if (/^[+-]?(\d+\.?\d*|\.\d+)$/.test(word)) {
      // "12 0 R" is a reference: look ahead without consuming unless it matches.
      if (/^\d+$/.test(word)) {
        const save = this.pos;
        this.skipWhite();
        const gen = this.word();
        this.skipWhite();
        if (
          /^\d+$/.test(gen) &&
          buf[this.pos] === 0x52 &&
          (this.pos + 1 >= buf.length || isWhite(buf[this.pos + 1]!) || isDelimiter(buf[this.pos + 1]!))
        ) {
          this.pos++;
          return { kind: 'ref', num: Number(word) };
        }
        this.pos = save;
      }
      return Number(word);
    }
    if (word === 'true') return true;
    if (word === 'false') return false;
    if (word === 'null') return null;
    if (word === '') {
      this.pos++;
      return { keyword: String.fromCharCode(c) };
    }
    return { keyword: word };
  }

  #dict(): PdfDict {
    const entries = new Map<string, PdfValue>();
    for (;;) {
      this.skipWhite();
      if (this.pos >= this.buf.length) throw unreadablePdf('unterminated dictionary');
      if (this.buf[this.pos] === 0x3e && this.buf[this.pos + 1] === 0x3e) {
        this.pos += 2;
        return { kind: 'dict', entries };
      }
      const key = this.next();
      if (key === undefined) throw unreadablePdf('unterminated dictionary');
      if (
        isKeyword(key) ||
        typeof key !== 'object' ||
        key === null ||
        Array.isArray(key) ||
        key.kind !== 'name'
      )
        continue;
      const value = this.next();
      if (value === undefined) throw unreadablePdf('unterminated dictionary');
      if (!isKeyword(value)) entries.set(key.name, value);
    }
  }

  #literalString(): PdfString {
    const { buf } = this;
    const out: number[] = [];
    let depth = 1;
    this.pos++;
    while (this.pos < buf.length) {
      const c = buf[this.pos++]!;
      if (c === 0x5c) {
        const e = buf[this.pos++]!;
        const simple: Record<number, number> = {
          110: 10,
          114: 13,
          116: 9,
          98: 8,
          102: 12,
          40: 0x28,
          41: 0x29,
          92: 0x5c,
        };
        if (e in simple) out.push(simple[e]!);
        else if (e >= 0x30 && e <= 0x37) {
          let oct = e - 0x30;
          for (let k = 0; k < 2 && buf[this.pos]! >= 0x30 && buf[this.pos]! <= 0x37; k++)
            oct = oct * 8 + (buf[this.pos++]! - 0x30);
          out.push(oct & 0xff);
        } else if (e === 0x0d) {
          if (buf[this.pos] === 0x0a) this.pos++;
        } else if (e !== 0x0a) out.push(e);
      } else if (c === 0x28) {
        depth++;
        out.push(c);
      } else if (c === 0x29) {
        if (--depth === 0) return { kind: 'string', bytes: Buffer.from(out) };
        out.push(c);
      } else out.push(c);
    }
    throw unreadablePdf('unterminated string');
  }

  #hexString(): PdfString {
    const end = this.buf.indexOf(0x3e, this.pos);
    if (end < 0) throw unreadablePdf('unterminated hex string');
    let hex = this.buf.toString('latin1', this.pos + 1, end).replace(/[^0-9A-Fa-f]/g, '');
    if (hex.length % 2) hex += '0';
    this.pos = end + 1;
    return { kind: 'string', bytes: Buffer.from(hex, 'hex') };
  }
}

export function isKeyword(v: unknown): v is { keyword: string } {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && 'keyword' in v;
}

export function isDict(v: PdfValue | undefined): v is PdfDict {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && v.kind === 'dict';
}

export function nameOf(v: PdfValue | undefined): string | undefined {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && v.kind === 'name' ? v.name : undefined;
}

/** All objects of a PDF file by number; later definitions (incremental updates) win. */
export class PdfFile {
  readonly objects = new Map<number, PdfObject>();

  constructor(readonly bytes: Buffer) {
    const head = bytes.subarray(0, 1024).toString('latin1');
    if (!head.includes('%PDF-')) throw unreadablePdf('not a PDF file (no %PDF- header)');
    const text = bytes.toString('latin1');
    if (/\/Encrypt\s*(\d+\s+\d+\s+R|<<)/.test(text))
      throw unreadablePdf('the file is encrypted; send an unprotected copy');
    const header = /(\d+)\s+\d+\s+obj\b/g;
    for (let m = header.exec(text); m; m = header.exec(text)) {
      const num = Number(m[1]);
      const lexer = new PdfLexer(bytes, m.index + m[0].length);
      let value: PdfValue | { keyword: string } | undefined;
      try {
        value = lexer.next();
      } catch {
        continue;
      }
      if (value === undefined || isKeyword(value)) continue;
      const object: PdfObject = { value };
      lexer.skipWhite();
      if (isDict(value) && text.startsWith('stream', lexer.pos)) {
        let start = lexer.pos + 6;
        if (bytes[start] === 0x0d) start++;
        if (bytes[start] === 0x0a) start++;
        const declared = value.entries.get('Length');
        let end =
          typeof declared === 'number' &&
          start + declared <= bytes.length &&
          text.startsWith('endstream', skipWhiteFrom(bytes, start + declared))
            ? start + declared
            : -1;
        if (end < 0) {
          end = text.indexOf('endstream', start);
          if (end < 0) end = bytes.length;
          // Trim the end-of-line that precedes "endstream".
          while (end > start && (bytes[end - 1] === 0x0a || bytes[end - 1] === 0x0d)) end--;
        }
        object.stream = bytes.subarray(start, end);
        header.lastIndex = end;
      } else {
        header.lastIndex = Math.max(header.lastIndex, lexer.pos);
      }
      this.objects.set(num, object);
      if (isDict(value) && nameOf(value.entries.get('Type')) === 'ObjStm' && object.stream)
        this.#unpackObjectStream(object);
    }
    if (this.objects.size === 0) throw unreadablePdf('no objects found; the file is damaged');
  }

  #unpackObjectStream(objStm: PdfObject): void {
    let data: Buffer;
    try {
      data = this.decodeStream(objStm);
    } catch {
      return;
    }
    const dict = objStm.value as PdfDict;
    const n = dict.entries.get('N');
    const first = dict.entries.get('First');
    if (typeof n !== 'number' || typeof first !== 'number') return;
    const lexer = new PdfLexer(data);
    const pairs: [number, number][] = [];
    for (let i = 0; i < n; i++) {
      const num = lexer.next();
      const off = lexer.next();
      if (typeof num !== 'number' || typeof off !== 'number') return;
      pairs.push([num, off]);
    }
    for (const [num, off] of pairs) {
      // An object in a stream is overridden by a later direct definition, not the other way round.
      if (this.objects.has(num)) continue;
      try {
        const v = new PdfLexer(data, first + off).next();
        if (v !== undefined && !isKeyword(v)) this.objects.set(num, { value: v });
      } catch {
        // One damaged packed object should not hide the others.
      }
    }
  }

  /** Follows references; `undefined` for a dangling one. */
  resolve(v: PdfValue | undefined, depth = 0): PdfValue | undefined {
    if (depth > 16) return undefined;
    if (typeof v === 'object' && v !== null && !Array.isArray(v) && v.kind === 'ref')
      return this.resolve(this.objects.get(v.num)?.value, depth + 1);
    return v;
  }

  /** The object a value refers to, when it is a reference. */
  objectOf(v: PdfValue | undefined): PdfObject | undefined {
    return typeof v === 'object' && v !== null && !Array.isArray(v) && v.kind === 'ref'
      ? this.objects.get(v.num)
      : undefined;
  }

  /** The names of a stream's filters, in order. */
  filters(object: PdfObject): string[] {
    const f = this.resolve((object.value as PdfDict).entries.get('Filter'));
    if (Array.isArray(f)) return f.map((x) => nameOf(this.resolve(x)) ?? '?');
    const name = nameOf(f);
    return name ? [name] : [];
  }

  /**
   * Decodes a stream through its filters, stopping before `keep` (e.g. DCTDecode, whose output we
   * hand to OCR as a JPEG file). Only FlateDecode is implemented; others throw.
   */
  decodeStream(object: PdfObject, keep?: string): Buffer {
    let data = object.stream ?? Buffer.alloc(0);
    for (const filter of this.filters(object)) {
      if (filter === keep) break;
      if (filter === 'FlateDecode' || filter === 'Fl') {
        try {
          data = inflateSync(data, { finishFlush: 2 /* Z_SYNC_FLUSH: tolerate a missing end marker */ });
        } catch (e) {
          throw unreadablePdf('a compressed stream is corrupt', e);
        }
      } else {
        throw unreadablePdf(`stream filter ${filter} is not supported`);
      }
    }
    return data;
  }
}

function skipWhiteFrom(bytes: Buffer, at: number): number {
  while (at < bytes.length && isWhite(bytes[at]!)) at++;
  return at;
}
