import { deflateSync, inflateSync } from 'node:zlib';
import { GrondslagError } from '../../errors.js';

/** An 8-bit greyscale raster: `pixels[y * width + x]`, 0 black … 255 white. */
export interface GreyImage {
  width: number;
  height: number;
  pixels: Uint8Array;
}

const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** True when the bytes start with the PNG signature. */
export function isPng(bytes: Uint8Array): boolean {
  return bytes.length >= 8 && Buffer.from(bytes.subarray(0, 8)).equals(signature);
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = crcTable[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/**
 * Encodes 8-bit grey (1 channel) or RGB (3 channels) pixels as a PNG, filter type 0 on every row.
 * Used to hand raw PDF images to OCR, and by tests to draw specimen ID cards.
 *
 * @example
 *   encodePng({ width: 2, height: 1, pixels: Uint8Array.of(0, 255) }); // a 2×1 black-white PNG
 */
export function encodePng(image: GreyImage, channels: 1 | 3 = 1): Buffer {
  const { width, height, pixels } = image;
  const stride = width * channels;
  const raw = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (stride + 1)] = 0;
    raw.set(pixels.subarray(y * stride, (y + 1) * stride), y * (stride + 1) + 1);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8;
  ihdr[9] = channels === 1 ? 0 : 2;
  return Buffer.concat([
    signature,
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', new Uint8Array()),
  ]);
}

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

function unreadable(message: string, cause?: unknown): GrondslagError {
  return new GrondslagError('IDCOPY_UNREADABLE', `PNG image: ${message}`, { cause });
}

/**
 * Decodes a non-interlaced PNG (grey, grey+alpha, RGB, RGBA or palette; 1–8 bits, or 16 bits) to
 * 8-bit grey. Alpha is composed over white, as a viewer shows it.
 *
 * @example
 *   decodePngToGrey(encodePng(img)).pixels; // the same grey values
 */
export function decodePngToGrey(bytes: Uint8Array): GreyImage {
  if (!isPng(bytes)) throw unreadable('not a PNG file');
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let width = 0;
  let height = 0;
  let depth = 0;
  let colour = 0;
  let palette: Buffer | undefined;
  let transparency: Buffer | undefined;
  const idat: Buffer[] = [];
  for (let at = 8; at + 8 <= buf.length; ) {
    const length = buf.readUInt32BE(at);
    const type = buf.toString('latin1', at + 4, at + 8);
    const data = buf.subarray(at + 8, at + 8 + length);
    if (data.length < length) throw unreadable('file is truncated');
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      depth = data[8]!;
      colour = data[9]!;
      if (data[12] !== 0) throw unreadable('interlaced PNGs are not supported');
    } else if (type === 'PLTE') palette = data;
    else if (type === 'tRNS') transparency = data;
    else if (type === 'IDAT') idat.push(data);
    else if (type === 'IEND') break;
    at += 12 + length;
  }
  const channels = ({ 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 } as Record<number, number>)[colour];
  if (!width || !height || !channels || ![1, 2, 4, 8, 16].includes(depth))
    throw unreadable('unsupported or missing header');
  if (width * height > 80_000_000) throw unreadable(`image of ${width}×${height} pixels is too large`);
  let raw: Buffer;
  try {
    raw = inflateSync(Buffer.concat(idat));
  } catch (e) {
    throw unreadable('image data is corrupt', e);
  }
  const bitsPerPixel = channels * depth;
  const stride = Math.ceil((width * bitsPerPixel) / 8);
  const bpp = Math.max(1, bitsPerPixel >> 3);
  if (raw.length < (stride + 1) * height) throw unreadable('image data is truncated');
  const rows = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    if (filter > 4) throw unreadable(`unknown row filter ${filter}`);
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    const out = rows.subarray(y * stride, (y + 1) * stride);
    const prev = y > 0 ? rows.subarray((y - 1) * stride, y * stride) : undefined;
    for (let x = 0; x < stride; x++) {
      const a = x >= bpp ? out[x - bpp]! : 0;
      const b = prev ? prev[x]! : 0;
      const c = prev && x >= bpp ? prev[x - bpp]! : 0;
      const v = line[x]!;
      // Uint8Array assignment wraps modulo 256, which is exactly PNG's filter arithmetic.
      out[x] =
        filter === 0
          ? v
          : filter === 1
            ? v + a
            : filter === 2
              ? v + b
              : filter === 3
                ? v + ((a + b) >> 1)
                : v + paeth(a, b, c);
    }
  }
  const pixels = new Uint8Array(width * height);
  const sample = (row: number, index: number): number => {
    // Index counts samples of `depth` bits within the row; scale to 0–255.
    if (depth === 8) return rows[row * stride + index]!;
    if (depth === 16) return rows[row * stride + index * 2]!;
    const bit = index * depth;
    const byte = rows[row * stride + (bit >> 3)]!;
    const value = (byte >> (8 - depth - (bit & 7))) & ((1 << depth) - 1);
    return colour === 3 ? value : Math.round((value * 255) / ((1 << depth) - 1));
  };
  const luma = (r: number, g: number, b: number) => Math.round(0.299 * r + 0.587 * g + 0.114 * b);
  const overWhite = (v: number, alpha: number) => Math.round((v * alpha + 255 * (255 - alpha)) / 255);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      let v: number;
      if (colour === 0) v = sample(y, x);
      else if (colour === 4) v = overWhite(sample(y, x * 2), sample(y, x * 2 + 1));
      else if (colour === 2) v = luma(sample(y, x * 3), sample(y, x * 3 + 1), sample(y, x * 3 + 2));
      else if (colour === 6)
        v = overWhite(
          luma(sample(y, x * 4), sample(y, x * 4 + 1), sample(y, x * 4 + 2)),
          sample(y, x * 4 + 3),
        );
      else {
        const i = sample(y, x);
        if (!palette || i * 3 + 2 >= palette.length) throw unreadable('palette index out of range');
        v = luma(palette[i * 3]!, palette[i * 3 + 1]!, palette[i * 3 + 2]!);
        if (transparency && i < transparency.length) v = overWhite(v, transparency[i]!);
      }
      pixels[y * width + x] = v;
    }
  }
  return { width, height, pixels };
}
