import type { GreyImage } from './png.js';

export interface PhotoRegion {
  x: number;
  y: number;
  width: number;
  height: number;
  /** Share of the image the region covers. */
  share: number;
}

/**
 * Is there still a portrait photo on this ID copy? A heuristic, and only that:
 *
 * Printed text and black bars are nearly two-tone (white paper, black ink); a photograph is made of
 * continuous mid-tones with texture. The image is cut into small cells; a cell is "photo-like" when
 * at least 60% of its pixels are mid-tones (50–205) and it is not flat (standard deviation ≥ 4).
 * The largest 4-connected group of such cells is a photo when it covers at least 1% of the image,
 * is at least 6% of the image high and wide, fills at least half its bounding box, and its cells
 * span a tonal range (face, hair, background) of at least 25 grey levels.
 *
 * What it gets wrong: a card photographed on a wooden table or with a strongly tinted security
 * background has large mid-tone areas and may be reported as a photo (safe side: the check then
 * refuses the copy); a photo printed in pure black-and-white halftone, or one so small that it spans
 * fewer cells than the thresholds, is missed; a blurred or pixelated face still counts as a photo.
 *
 * @example
 *   detectPhoto(grey)?.share; // e.g. 0.13 for the portrait on an ID card scan
 */
export function detectPhoto(image: GreyImage): PhotoRegion | undefined {
  const { width, height, pixels } = image;
  const cell = Math.max(4, Math.round(Math.min(width, height) / 80));
  const cols = Math.floor(width / cell);
  const rows = Math.floor(height / cell);
  if (cols < 4 || rows < 4) return undefined;
  const photoLike = new Uint8Array(cols * rows);
  const means = new Float32Array(cols * rows);
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      let sum = 0;
      let sumSq = 0;
      let mid = 0;
      for (let y = r * cell; y < (r + 1) * cell; y++) {
        for (let x = c * cell; x < (c + 1) * cell; x++) {
          const v = pixels[y * width + x]!;
          sum += v;
          sumSq += v * v;
          if (v >= 50 && v <= 205) mid++;
        }
      }
      const n = cell * cell;
      const mean = sum / n;
      const sd = Math.sqrt(Math.max(0, sumSq / n - mean * mean));
      means[r * cols + c] = mean;
      photoLike[r * cols + c] = mid / n >= 0.6 && sd >= 4 ? 1 : 0;
    }
  }
  // Largest 4-connected component of photo-like cells.
  const seen = new Uint8Array(cols * rows);
  let best: { cells: number[]; minC: number; maxC: number; minR: number; maxR: number } | undefined;
  for (let start = 0; start < photoLike.length; start++) {
    if (!photoLike[start] || seen[start]) continue;
    const cells: number[] = [];
    const stack = [start];
    seen[start] = 1;
    let minC = cols;
    let maxC = 0;
    let minR = rows;
    let maxR = 0;
    while (stack.length > 0) {
      const i = stack.pop()!;
      cells.push(i);
      const r = Math.floor(i / cols);
      const c = i % cols;
      minC = Math.min(minC, c);
      maxC = Math.max(maxC, c);
      minR = Math.min(minR, r);
      maxR = Math.max(maxR, r);
      for (const [dr, dc] of [
        [1, 0],
        [-1, 0],
        [0, 1],
        [0, -1],
      ] as const) {
        const rr = r + dr;
        const cc = c + dc;
        if (rr < 0 || cc < 0 || rr >= rows || cc >= cols) continue;
        const j = rr * cols + cc;
        if (photoLike[j] && !seen[j]) {
          seen[j] = 1;
          stack.push(j);
        }
      }
    }
    if (!best || cells.length > best.cells.length) best = { cells, minC, maxC, minR, maxR };
  }
  if (!best) return undefined;
  const boxCols = best.maxC - best.minC + 1;
  const boxRows = best.maxR - best.minR + 1;
  const share = best.cells.length / (cols * rows);
  const tones = best.cells.map((i) => means[i]!).sort((a, b) => a - b);
  const range = tones[Math.floor(tones.length * 0.95)]! - tones[Math.floor(tones.length * 0.05)]!;
  const isPhoto =
    share >= 0.01 &&
    boxCols >= cols * 0.06 &&
    boxRows >= rows * 0.06 &&
    best.cells.length >= boxCols * boxRows * 0.5 &&
    range >= 25;
  if (!isPhoto) return undefined;
  return { x: best.minC * cell, y: best.minR * cell, width: boxCols * cell, height: boxRows * cell, share };
}
