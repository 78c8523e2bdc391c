import {
  isDict,
  isKeyword,
  nameOf,
  type PdfDict,
  PdfFile,
  PdfLexer,
  type PdfObject,
  type PdfValue,
  unreadablePdf,
} from './pdf-objects.js';
import { encodePng } from './png.js';

/** An image found on a page, re-packed as a file OCR can read. */
export interface PdfImage {
  format: 'jpeg' | 'png';
  bytes: Buffer;
  width: number;
  height: number;
}

export interface PdfContent {
  /** The text layer, page after page. */
  text: string;
  images: PdfImage[];
  pages: number;
}

/** Images smaller than this on both sides are logos or icons, not a scanned document. */
const minImageSide = 64;

type Decoder = (bytes: Buffer) => string;

/** A ToUnicode CMap: `bfchar` and `bfrange` entries (ISO 32000-1 §9.10.3). */
function toUnicodeDecoder(cmap: string): Decoder {
  const map = new Map<number, string>();
  const hex = (h: string) => Number.parseInt(h, 16);
  const utf16 = (h: string) =>
    Buffer.from(h.length % 4 ? h.padStart(h.length + (4 - (h.length % 4)), '0') : h, 'hex')
      .swap16()
      .toString('utf16le');
  const width = cmap.match(/begincodespacerange\s*<([0-9A-Fa-f]+)>/)?.[1]?.length ?? 4;
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const m of block[1]!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]*)>/g))
      map.set(hex(m[1]!), utf16(m[2]!));
  }
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const m of block[1]!.matchAll(
      /<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(<[0-9A-Fa-f]*>|\[[^\]]*\])/g,
    )) {
      const lo = hex(m[1]!);
      const hi = Math.min(hex(m[2]!), lo + 0xffff);
      if (m[3]!.startsWith('[')) {
        const targets = [...m[3]!.matchAll(/<([0-9A-Fa-f]*)>/g)].map((t) => utf16(t[1]!));
        for (let c = lo; c <= hi && c - lo < targets.length; c++) map.set(c, targets[c - lo]!);
      } else {
        const base = m[3]!.slice(1, -1);
        const start = utf16(base);
        for (let c = lo; c <= hi; c++) {
          map.set(c, start.slice(0, -1) + String.fromCharCode(start.charCodeAt(start.length - 1) + (c - lo)));
        }
      }
    }
  }
  const bytesPerCode = Math.max(1, width >> 1);
  return (bytes) => {
    let out = '';
    for (let i = 0; i + bytesPerCode <= bytes.length; i += bytesPerCode) {
      const code =
        bytesPerCode === 1
          ? bytes[i]!
          : bytesPerCode === 2
            ? bytes.readUInt16BE(i)
            : bytes.readUIntBE(i, bytesPerCode);
      out += map.get(code) ?? '';
    }
    return out;
  };
}

/** Simple fonts with a standard encoding: ASCII is exact, the rest close enough to Latin-1. */
const latin1: Decoder = (bytes) => bytes.toString('latin1');
/** Composite fonts without a ToUnicode map: UTF-16BE is the best guess (it is what many writers use). */
const utf16be: Decoder = (bytes) =>
  Buffer.from(bytes.subarray(0, bytes.length & ~1))
    .swap16()
    .toString('utf16le');

class ContentReader {
  readonly images = new Map<number, PdfImage>();
  readonly text: string[] = [];
  #fonts = new Map<PdfObject | PdfDict, Decoder>();

  constructor(readonly pdf: PdfFile) {}

  #fontDecoder(ref: PdfValue | undefined): Decoder {
    const font = this.pdf.resolve(ref);
    if (!isDict(font)) return latin1;
    const cached = this.#fonts.get(font);
    if (cached) return cached;
    let decoder = nameOf(font.entries.get('Subtype')) === 'Type0' ? utf16be : latin1;
    const toUnicode = this.pdf.objectOf(font.entries.get('ToUnicode'));
    if (toUnicode?.stream) {
      try {
        decoder = toUnicodeDecoder(this.pdf.decodeStream(toUnicode).toString('latin1'));
      } catch {
        // Keep the fallback decoder: a broken map should not make the page unreadable.
      }
    }
    this.#fonts.set(font, decoder);
    return decoder;
  }

  #resource(resources: PdfDict | undefined, category: string, name: string): PdfValue | undefined {
    const group = this.pdf.resolve(resources?.entries.get(category));
    return isDict(group) ? group.entries.get(name) : undefined;
  }

  /** Interprets a content stream: text operators, and `Do` for forms and images. */
  read(content: Buffer, resources: PdfDict | undefined, depth = 0): void {
    if (depth > 8) return;
    const lexer = new PdfLexer(content);
    const operands: PdfValue[] = [];
    let decode: Decoder = latin1;
    let line = '';
    const flush = () => {
      if (line.trim()) this.text.push(line.trim());
      line = '';
    };
    for (;;) {
      let token: ReturnType<PdfLexer['next']>;
      try {
        token = lexer.next();
      } catch {
        break;
      }
      if (token === undefined) break;
      if (!isKeyword(token)) {
        operands.push(token);
        continue;
      }
      const op = token.keyword;
      if (op === 'BI') {
        // Inline image: skip to its end marker; scans do not put the page image inline.
        const end = content.indexOf('EI', lexer.pos);
        lexer.pos = end < 0 ? content.length : end + 2;
      } else if (op === 'Tf') {
        decode = this.#fontDecoder(this.#resource(resources, 'Font', nameOf(operands[0]) ?? ''));
      } else if (op === 'Tj' || op === "'" || op === '"') {
        if (op !== 'Tj') flush();
        const s = operands[operands.length - 1];
        if (typeof s === 'object' && s !== null && !Array.isArray(s) && s.kind === 'string')
          line += decode(s.bytes);
      } else if (op === 'TJ') {
        const items = operands[0];
        if (Array.isArray(items)) {
          for (const item of items) {
            if (typeof item === 'number') {
              // A large negative adjustment is how many writers encode a word space.
              if (item < -200) line += ' ';
            } else if (
              typeof item === 'object' &&
              item !== null &&
              !Array.isArray(item) &&
              item.kind === 'string'
            ) {
              line += decode(item.bytes);
            }
          }
        }
      } else if (op === 'Td' || op === 'TD') {
        if (operands[1] !== 0) flush();
        else line += ' ';
      } else if (op === 'T*' || op === 'Tm' || op === 'ET') {
        flush();
      } else if (op === 'Do') {
        this.#xobject(this.#resource(resources, 'XObject', nameOf(operands[0]) ?? ''), resources, depth);
      }
      operands.length = 0;
    }
    flush();
  }

  #xobject(ref: PdfValue | undefined, parentResources: PdfDict | undefined, depth: number): void {
    const object = this.pdf.objectOf(ref);
    if (!object?.stream || !isDict(object.value)) return;
    const dict = object.value;
    const subtype = nameOf(dict.entries.get('Subtype'));
    if (subtype === 'Form') {
      const own = this.pdf.resolve(dict.entries.get('Resources'));
      this.read(this.pdf.decodeStream(object), isDict(own) ? own : parentResources, depth + 1);
    } else if (
      subtype === 'Image' &&
      ref &&
      typeof ref === 'object' &&
      !Array.isArray(ref) &&
      ref.kind === 'ref' &&
      !this.images.has(ref.num)
    ) {
      const image = this.#image(object, dict);
      if (image) this.images.set(ref.num, image);
    }
  }

  #image(object: PdfObject, dict: PdfDict): PdfImage | undefined {
    const width = this.pdf.resolve(dict.entries.get('Width'));
    const height = this.pdf.resolve(dict.entries.get('Height'));
    if (typeof width !== 'number' || typeof height !== 'number') return undefined;
    if (dict.entries.get('ImageMask') === true || (width < minImageSide && height < minImageSide))
      return undefined;
    const filters = this.pdf.filters(object);
    if (filters[filters.length - 1] === 'DCTDecode' || filters[filters.length - 1] === 'DCT') {
      return {
        format: 'jpeg',
        bytes: this.pdf.decodeStream(object, filters[filters.length - 1]),
        width,
        height,
      };
    }
    const unsupported = filters.find((f) => f !== 'FlateDecode' && f !== 'Fl');
    if (unsupported)
      throw unreadablePdf(
        `a page image uses ${unsupported}, which Grondslag cannot read; send a PNG or JPEG`,
      );
    const bits = this.pdf.resolve(dict.entries.get('BitsPerComponent'));
    const channels = this.#channels(dict.entries.get('ColorSpace'));
    if (!channels || (bits !== 8 && !(bits === 1 && channels === 1))) {
      throw unreadablePdf('a page image has a colour space Grondslag cannot read; send a PNG or JPEG');
    }
    const raw = this.pdf.decodeStream(object);
    const parms = this.pdf.resolve(dict.entries.get('DecodeParms'));
    const predictor = isDict(parms) ? this.pdf.resolve(parms.entries.get('Predictor')) : undefined;
    return {
      format: 'png',
      bytes: rasterToPng(
        raw,
        width,
        height,
        bits,
        channels,
        typeof predictor === 'number' && predictor >= 10,
      ),
      width,
      height,
    };
  }

  #channels(space: PdfValue | undefined): 1 | 3 | 4 | undefined {
    const resolved = this.pdf.resolve(space);
    const name = nameOf(resolved);
    if (name === 'DeviceGray' || name === 'CalGray' || name === 'G') return 1;
    if (name === 'DeviceRGB' || name === 'CalRGB' || name === 'RGB') return 3;
    if (name === 'DeviceCMYK' || name === 'CMYK') return 4;
    if (Array.isArray(resolved) && nameOf(resolved[0]) === 'ICCBased') {
      const profile = this.pdf.resolve(resolved[1]);
      const n = isDict(profile) ? profile.entries.get('N') : undefined;
      return n === 1 || n === 3 || n === 4 ? n : undefined;
    }
    if (Array.isArray(resolved) && (nameOf(resolved[0]) === 'CalGray' || nameOf(resolved[0]) === 'CalRGB')) {
      return nameOf(resolved[0]) === 'CalGray' ? 1 : 3;
    }
    return undefined;
  }
}

/** Raw PDF image samples to a PNG (grey or RGB; CMYK and 1-bit grey converted). */
function rasterToPng(
  raw: Buffer,
  width: number,
  height: number,
  bits: number,
  channels: 1 | 3 | 4,
  pngPredicted: boolean,
): Buffer {
  const stride = Math.ceil((width * channels * bits) / 8);
  // With PNG predictors every row already starts with its filter byte: undo them via a PNG decode.
  const rowBytes = pngPredicted ? stride + 1 : stride;
  if (raw.length < rowBytes * height) throw unreadablePdf('a page image is truncated');
  const rows = pngPredicted ? unpredict(raw, stride, height, Math.max(1, (channels * bits) >> 3)) : raw;
  const outChannels = channels === 1 ? 1 : 3;
  const pixels = new Uint8Array(width * height * outChannels);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const o = (y * width + x) * outChannels;
      if (bits === 1) {
        const byte = rows[y * stride + (x >> 3)]!;
        pixels[o] = (byte >> (7 - (x & 7))) & 1 ? 255 : 0;
      } else if (channels === 4) {
        const i = y * stride + x * 4;
        const k = rows[i + 3]! / 255;
        for (let c = 0; c < 3; c++) pixels[o + c] = Math.round(255 * (1 - rows[i + c]! / 255) * (1 - k));
      } else {
        pixels.set(rows.subarray(y * stride + x * channels, y * stride + (x + 1) * channels), o);
      }
    }
  }
  return encodePng({ width, height, pixels }, outChannels === 1 ? 1 : 3);
}

function unpredict(raw: Buffer, stride: number, height: number, bpp: number): Buffer {
  const out = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    for (let x = 0; x < stride; x++) {
      const v = raw[y * (stride + 1) + 1 + x]!;
      const a = x >= bpp ? out[y * stride + x - bpp]! : 0;
      const b = y > 0 ? out[(y - 1) * stride + x]! : 0;
      const c = x >= bpp && y > 0 ? out[(y - 1) * stride + x - bpp]! : 0;
      const p = a + b - c;
      const paeth =
        Math.abs(p - a) <= Math.abs(p - b) && Math.abs(p - a) <= Math.abs(p - c)
          ? a
          : Math.abs(p - b) <= Math.abs(p - c)
            ? b
            : c;
      out[y * stride + x] =
        filter === 1
          ? v + a
          : filter === 2
            ? v + b
            : filter === 3
              ? v + ((a + b) >> 1)
              : filter === 4
                ? v + paeth
                : v;
    }
  }
  return out;
}

/**
 * Reads a PDF's text layer and its page images. Pages are found by `/Type /Page`; resources are
 * inherited from parent page-tree nodes as the standard prescribes.
 *
 * Supported: Flate-compressed or plain content streams; simple fonts (text read as Latin-1) and
 * fonts with a ToUnicode map; JPEG (DCTDecode) images as they are, Flate images in grey, RGB or
 * CMYK. Not supported, reported as an unreadable file: encryption, JPEG 2000, CCITT and JBIG2
 * images, other filters.
 *
 * @example
 *   const { text, images } = readPdf(readFileSync('kopie-id.pdf'));
 */
export function readPdf(bytes: Buffer): PdfContent {
  const pdf = new PdfFile(bytes);
  const reader = new ContentReader(pdf);
  let pages = 0;
  for (const object of pdf.objects.values()) {
    const page = object.value;
    if (!isDict(page) || nameOf(page.entries.get('Type')) !== 'Page') continue;
    pages++;
    const resources = inherited(pdf, page, 'Resources');
    const contents = pdf.resolve(page.entries.get('Contents'));
    const parts = Array.isArray(contents) ? contents : [page.entries.get('Contents')];
    const streams = parts.map((p) => pdf.objectOf(p)).filter((o): o is PdfObject => o?.stream !== undefined);
    // Content split over several streams is one stream cut at arbitrary points: join before reading.
    const content = Buffer.concat(streams.flatMap((s) => [pdf.decodeStream(s), Buffer.from('\n')]));
    reader.read(content, isDict(resources) ? resources : undefined);
    reader.text.push('');
  }
  if (pages === 0) throw unreadablePdf('no pages found');
  return { text: reader.text.join('\n').trim(), images: [...reader.images.values()], pages };
}

function inherited(pdf: PdfFile, node: PdfDict, key: string): PdfValue | undefined {
  let current: PdfDict | undefined = node;
  for (let depth = 0; current && depth < 32; depth++) {
    const value = pdf.resolve(current.entries.get(key));
    if (value !== undefined) return value;
    const parent = pdf.resolve(current.entries.get('Parent'));
    current = isDict(parent) ? parent : undefined;
  }
  return undefined;
}
