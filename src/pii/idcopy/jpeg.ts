import { GrondslagError } from '../../errors.js';

/**
 * Walks a JPEG's marker segments up to the start of scan and returns the frame size. A damaged
 * file fails here with a clear error, before it reaches the OCR engine (whose WebAssembly decoder
 * aborts noisily on such input).
 *
 * @example
 *   jpegSize(readFileSync('scan.jpg')); // { width: 2480, height: 3508 }
 */
export function jpegSize(bytes: Uint8Array): { width: number; height: number } {
  const fail = (why: string) => new GrondslagError('IDCOPY_UNREADABLE', `JPEG image: ${why}`);
  if (bytes[0] !== 0xff || bytes[1] !== 0xd8) throw fail('not a JPEG file');
  let size: { width: number; height: number } | undefined;
  for (let at = 2; ; ) {
    while (bytes[at] === 0xff && bytes[at + 1] === 0xff) at++; // fill bytes
    if (at + 4 > bytes.length || bytes[at] !== 0xff) throw fail('the file is damaged or truncated');
    const marker = bytes[at + 1]!;
    if (marker === 0xd9) throw fail('no image data');
    const length = (bytes[at + 2]! << 8) | bytes[at + 3]!;
    if (length < 2 || at + 2 + length > bytes.length) throw fail('the file is damaged or truncated');
    // SOF0–SOF15 except DHT (C4), JPG (C8) and DAC (CC) carry the frame size.
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      size = {
        height: (bytes[at + 5]! << 8) | bytes[at + 6]!,
        width: (bytes[at + 7]! << 8) | bytes[at + 8]!,
      };
      if (size.width === 0 || size.height === 0) throw fail('the frame has no size');
    }
    if (marker === 0xda) {
      if (!size) throw fail('image data before the frame header');
      if (at + 2 + length >= bytes.length) throw fail('the image data is missing');
      return size;
    }
    at += 2 + length;
  }
}
