import { Prng } from '../../src/pii/corpus/prng.js';
import { td1 } from '../../src/pii/corpus/values/mrz.js';
import { encodePng, type GreyImage } from '../../src/pii/idcopy/png.js';
import { strokeGlyphs } from './stroke-font.js';

/** A white canvas to draw a fake identity card on. */
export class Canvas implements GreyImage {
  readonly pixels: Uint8Array;
  constructor(
    readonly width: number,
    readonly height: number,
  ) {
    this.pixels = new Uint8Array(width * height).fill(255);
  }

  rect(x: number, y: number, w: number, h: number, grey: number): void {
    for (let j = Math.max(0, y); j < Math.min(this.height, y + h); j++)
      this.pixels.fill(grey, j * this.width + Math.max(0, x), j * this.width + Math.min(this.width, x + w));
  }

  /** Darkens one pixel towards black by `ink` (0–1), keeping the darker of old and new. */
  #ink(x: number, y: number, ink: number): void {
    if (x < 0 || y < 0 || x >= this.width || y >= this.height || ink <= 0) return;
    const i = y * this.width + x;
    this.pixels[i] = Math.min(this.pixels[i]!, Math.round(255 - Math.min(1, ink) * 235));
  }

  /** An anti-aliased line of the given width: ink falls off over the last pixel at the edge. */
  line(x0: number, y0: number, x1: number, y1: number, width: number): void {
    const half = width / 2;
    const dx = x1 - x0;
    const dy = y1 - y0;
    const len2 = dx * dx + dy * dy || 1;
    for (let y = Math.floor(Math.min(y0, y1) - half - 1); y <= Math.ceil(Math.max(y0, y1) + half + 1); y++) {
      for (
        let x = Math.floor(Math.min(x0, x1) - half - 1);
        x <= Math.ceil(Math.max(x0, x1) + half + 1);
        x++
      ) {
        const t = Math.max(0, Math.min(1, ((x - x0) * dx + (y - y0) * dy) / len2));
        const dist = Math.hypot(x - (x0 + t * dx), y - (y0 + t * dy));
        this.#ink(x, y, half + 0.5 - dist);
      }
    }
  }

  /** Text in the stroke font; `size` is the cap height in pixels. Returns the drawn width. */
  text(x: number, y: number, text: string, size = 30): number {
    const unit = size / 6;
    let cx = x;
    for (const ch of text) {
      for (const stroke of strokeGlyphs[ch] ?? []) {
        for (let i = 1; i < stroke.length; i++) {
          const [ax, ay] = stroke[i - 1]!;
          const [bx, by] = stroke[i]!;
          this.line(cx + ax * unit, y + ay * unit, cx + bx * unit, y + by * unit, Math.max(2, unit * 0.7));
        }
      }
      cx += 6 * unit;
    }
    return cx - x;
  }

  /**
   * A portrait-like region: a smooth background gradient, an oval "face" and "shoulders" in
   * mid-tones, with seeded noise — the continuous tones a photo has and printed text has not.
   */
  photo(x: number, y: number, w: number, h: number, seed = 1): void {
    const rng = new Prng(seed);
    for (let j = 0; j < h; j++) {
      for (let i = 0; i < w; i++) {
        const fx = (i - w / 2) / (w * 0.28);
        const fy = (j - h * 0.4) / (h * 0.3);
        const shoulders = j > h * 0.72 && Math.abs(i - w / 2) < w * (0.2 + (j / h - 0.72) * 1.2);
        let v = 200 - (j / h) * 60;
        if (fx * fx + fy * fy < 1) v = 165 - 25 * (fx * fx + fy * fy);
        if (shoulders) v = 90;
        v += rng.int(-18, 18);
        this.pixels[(y + j) * this.width + x + i] = Math.max(0, Math.min(255, Math.round(v)));
      }
    }
  }

  png(): Buffer {
    return encodePng(this);
  }
}

export interface SpecimenOptions {
  /** Black bars over these parts, as a careful customer would draw them. */
  mask?: { photo?: boolean; documentNumber?: boolean; bsn?: boolean; mrz?: boolean };
  /** Leave the photo area empty (no portrait at all). */
  noPhoto?: boolean;
}

export const specimen = {
  surname: 'DE BRUIJN',
  givenNames: 'WILLEKE LISELOTTE',
  documentNumber: 'SPECI2014',
  // 9·9+8·9+7·9+6·9+5·9+4·9+3·9+2·9−0 = 396 = 36·11: passes the 11-proof.
  bsn: '999999990',
};

/**
 * A fake Dutch identity card in the layout of the real one (photo left, fields right, TD1 machine
 * readable zone at the bottom), as a PNG, optionally with parts blacked out.
 */
export function renderIdCard(options: SpecimenOptions = {}): Buffer {
  const c = new Canvas(1000, 640);
  const mask = options.mask ?? {};
  c.text(40, 30, 'KONINKRIJK DER NEDERLANDEN', 28);
  c.text(40, 72, 'IDENTITEITSKAART', 20);
  if (!options.noPhoto) c.photo(40, 120, 260, 330, 7);
  if (mask.photo) c.rect(30, 110, 280, 350, 0);
  const fx = 340;
  c.text(fx, 130, 'NAAM', 18);
  c.text(fx, 158, specimen.surname, 28);
  c.text(fx, 210, 'VOORNAMEN', 18);
  c.text(fx, 238, specimen.givenNames, 28);
  c.text(fx, 290, 'DOCUMENTNUMMER', 18);
  const docWidth = c.text(fx, 318, specimen.documentNumber, 28);
  if (mask.documentNumber) c.rect(fx - 8, 312, docWidth + 16, 44, 0);
  c.text(fx, 370, 'PERSOONSNUMMER', 18);
  const bsnWidth = c.text(fx, 398, specimen.bsn, 28);
  if (mask.bsn) c.rect(fx - 8, 392, bsnWidth + 16, 44, 0);
  const mrz = td1({
    surname: specimen.surname,
    givenNames: specimen.givenNames,
    birth: '650310',
    sex: 'F',
    expiry: '310310',
    documentNumber: specimen.documentNumber,
    bsn: specimen.bsn,
  });
  for (const [i, line] of mrz.entries()) c.text(40, 486 + i * 46, line, 30);
  if (mask.mrz) c.rect(30, 470, 940, 150, 0);
  return c.png();
}
