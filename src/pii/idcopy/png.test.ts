import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { GrondslagError } from '../../errors.js';
import { decodePngToGrey, encodePng } from './png.js';

/** Re-encodes grey pixels with a chosen PNG row filter, as other encoders would write them. */
function pngWithFilter(width: number, height: number, pixels: Uint8Array, filter: number): Buffer {
  const plain = encodePng({ width, height, pixels });
  const raw = Buffer.alloc((width + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width + 1)] = filter;
    for (let x = 0; x < width; x++) {
      const v = pixels[y * width + x]!;
      const a = x > 0 ? pixels[y * width + x - 1]! : 0;
      const b = y > 0 ? pixels[(y - 1) * width + x]! : 0;
      const c = x > 0 && y > 0 ? pixels[(y - 1) * width + x - 1]! : 0;
      const p = a + b - c;
      const paeth =
        Math.abs(p - a) <= Math.abs(p - b) && Math.abs(p - a) <= Math.abs(p - c)
          ? a
          : Math.abs(p - b) <= Math.abs(p - c)
            ? b
            : c;
      const predicted = [0, a, b, (a + b) >> 1, paeth][filter]!;
      raw[y * (width + 1) + 1 + x] = (v - predicted) & 0xff;
    }
  }
  // Swap the IDAT chunk of the plain encoding for one with the filtered rows.
  const ihdrEnd = 8 + 25;
  const data = deflateSync(raw);
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write('IDAT', 4, 'latin1');
  const crc = Buffer.alloc(4); // decoders (ours included) do not verify CRCs
  return Buffer.concat([plain.subarray(0, ihdrEnd), head, data, crc, plain.subarray(plain.length - 12)]);
}

describe('PNG', () => {
  const width = 7;
  const height = 5;
  const pixels = Uint8Array.from({ length: width * height }, (_, i) => (i * 37 + 11) % 256);

  it('decodes what it encodes, in grey and in RGB', () => {
    expect(decodePngToGrey(encodePng({ width, height, pixels }))).toEqual({ width, height, pixels });
    const rgb = new Uint8Array(width * height * 3);
    for (let i = 0; i < width * height; i++) rgb.fill(pixels[i]!, i * 3, i * 3 + 3);
    expect(decodePngToGrey(encodePng({ width, height, pixels: rgb }, 3)).pixels).toEqual(pixels);
  });

  it('undoes every PNG row filter (sub, up, average, paeth)', () => {
    for (const filter of [1, 2, 3, 4]) {
      expect(
        decodePngToGrey(pngWithFilter(width, height, pixels, filter)).pixels,
        `filter ${filter}`,
      ).toEqual(pixels);
    }
  });

  it('rejects damaged files with IDCOPY_UNREADABLE', () => {
    const png = encodePng({ width, height, pixels });
    for (const bad of [
      png.subarray(0, 40),
      Buffer.from('not a png at all'),
      Buffer.concat([png.subarray(0, 41), Buffer.alloc(20, 7)]),
    ]) {
      expect(() => decodePngToGrey(bad)).toThrow(GrondslagError);
    }
  });
});
