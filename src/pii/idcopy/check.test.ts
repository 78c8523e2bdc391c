import { afterAll, describe, expect, it } from 'vitest';
import { renderIdCard } from '../../../test/helpers/id-specimen.js';
import { encodeGreyJpeg } from '../../../test/helpers/jpeg-writer.js';
import { onePagePdf } from '../../../test/helpers/pdf-writer.js';
import { GrondslagError } from '../../errors.js';
import { checkIdCopy } from './check.js';
import { OcrEngine } from './ocr.js';
import { decodePngToGrey, encodePng } from './png.js';

// One OCR worker for the whole file: starting tesseract costs about half a second.
const ocr = new OcrEngine();
afterAll(() => ocr.close());

describe('checkIdCopy on images (OCR)', () => {
  it('reports BSN, MRZ, document number and photo readable on an unmasked card', async () => {
    const check = await checkIdCopy(renderIdCard(), { ocr });
    expect(check.readable).toEqual({ bsn: true, mrz: true, documentNumber: true, photo: true });
    expect(check.ok).toBe(false);
    expect(check.method).toBe('ocr');
    expect(JSON.stringify(check.findings)).not.toContain('999999990');
  });

  it('accepts a card with photo, document number, BSN and MRZ blacked out', async () => {
    const masked = renderIdCard({ mask: { photo: true, documentNumber: true, bsn: true, mrz: true } });
    const check = await checkIdCopy(masked, { ocr });
    expect(check.readable).toEqual({ bsn: false, mrz: false, documentNumber: false, photo: false });
    expect(check.ok).toBe(true);
    // The card was still read: the name and labels are there, only the masked parts are gone.
    expect(check.recognisedCharacters).toBeGreaterThan(30);
  });

  it('notices the BSN left readable when only photo, MRZ and document number were masked', async () => {
    const check = await checkIdCopy(
      renderIdCard({ mask: { photo: true, mrz: true, documentNumber: true } }),
      { ocr },
    );
    expect(check.readable).toEqual({ bsn: true, mrz: false, documentNumber: false, photo: false });
    expect(check.ok).toBe(false);
  });

  it('notices a readable MRZ (and the document number and BSN inside it) when the fields were masked', async () => {
    const check = await checkIdCopy(
      renderIdCard({ mask: { photo: true, documentNumber: true, bsn: true } }),
      { ocr },
    );
    expect(check.readable).toEqual({ bsn: true, mrz: true, documentNumber: true, photo: false });
    expect(
      check.findings
        .filter((f) => f.item === 'bsn')
        .every((f) => f.detector.startsWith('mrz') || f.detector.startsWith('scan:')),
    ).toBe(true);
  });

  it('reads JPEG photos of a card as well, photo included', async () => {
    const check = await checkIdCopy(encodeGreyJpeg(decodePngToGrey(renderIdCard())), { ocr });
    expect(check.readable).toEqual({ bsn: true, mrz: true, documentNumber: true, photo: true });
    const masked = encodeGreyJpeg(
      decodePngToGrey(renderIdCard({ mask: { photo: true, documentNumber: true, bsn: true, mrz: true } })),
    );
    expect((await checkIdCopy(masked, { ocr })).ok).toBe(true);
  });

  it('reads an RGB PNG the same way as a grey one', async () => {
    const grey = decodePngToGrey(
      renderIdCard({ mask: { photo: true, documentNumber: true, bsn: true, mrz: true } }),
    );
    const rgb = new Uint8Array(grey.pixels.length * 3);
    for (const [i, v] of grey.pixels.entries()) rgb.fill(v, i * 3, i * 3 + 3);
    const check = await checkIdCopy(encodePng({ ...grey, pixels: rgb }, 3), { ocr });
    expect(check.ok).toBe(true);
  });
});

describe('checkIdCopy on PDFs', () => {
  it('finds a BSN in the text layer even under a black box, without OCR', async () => {
    const pdf = onePagePdf({
      lines: ['Kopie identiteitskaart', 'Persoonsnummer 999999990'],
      boxes: [[55, 730, 250, 24]],
    });
    const check = await checkIdCopy(pdf);
    expect(check.method).toBe('text-layer');
    expect(check.readable.bsn).toBe(true);
    expect(check.findings[0]?.source).toBe('text-layer');
    expect(check.ok).toBe(false);
  });

  it('OCRs a scanned page (an image in the PDF) and finds what is readable on it', async () => {
    const card = decodePngToGrey(renderIdCard({ mask: { photo: true, mrz: true, bsn: true } }));
    const check = await checkIdCopy(
      onePagePdf({ image: { width: card.width, height: card.height, grey: card.pixels } }),
      { ocr },
    );
    expect(check.method).toBe('ocr');
    expect(check.readable).toEqual({ bsn: false, mrz: false, documentNumber: true, photo: false });
  });

  it('refuses a PDF with nothing to check in it', async () => {
    await expect(checkIdCopy(onePagePdf({}))).rejects.toThrow(/neither a text layer nor a page image/);
  });
});

describe('checkIdCopy on unusable files', () => {
  it('rejects other file types and damaged images with typed input errors', async () => {
    await expect(checkIdCopy(Buffer.from('GIF89a....'))).rejects.toMatchObject({
      code: 'IDCOPY_UNSUPPORTED_TYPE',
      kind: 'input',
    });
    await expect(checkIdCopy(Buffer.from('GIF89a....'), { mimeType: 'image/png' })).rejects.toMatchObject({
      code: 'IDCOPY_UNREADABLE',
    });
    const truncated = renderIdCard().subarray(0, 5000);
    await expect(checkIdCopy(truncated, { ocr })).rejects.toBeInstanceOf(GrondslagError);
  });

  it('rejects a damaged or truncated JPEG with a typed error instead of crashing', async () => {
    const notReallyJpeg = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(200, 0x41)]);
    await expect(checkIdCopy(notReallyJpeg, { ocr })).rejects.toMatchObject({ code: 'IDCOPY_UNREADABLE' });
    const jpeg = encodeGreyJpeg(decodePngToGrey(renderIdCard()));
    await expect(checkIdCopy(jpeg.subarray(0, 300), { ocr })).rejects.toMatchObject({
      code: 'IDCOPY_UNREADABLE',
    });
  });
});
