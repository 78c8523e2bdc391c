import { describe, expect, it } from 'vitest';
import { onePagePdf, PdfWriter } from '../../../test/helpers/pdf-writer.js';
import { GrondslagError } from '../../errors.js';
import { readPdf } from './pdf.js';
import { decodePngToGrey } from './png.js';

describe('readPdf', () => {
  it('reads the text layer of a page, line by line', () => {
    const pdf = readPdf(
      onePagePdf({ lines: ['Paspoort van J. (Jan) de Vries', 'Persoonsnummer 999999990'] }),
    );
    expect(pdf.pages).toBe(1);
    expect(pdf.text).toBe('Paspoort van J. (Jan) de Vries\nPersoonsnummer 999999990');
  });

  it('still reads text that has black boxes drawn over it', () => {
    // The classic failed redaction: a rectangle on top hides the number on screen only.
    const pdf = readPdf(onePagePdf({ lines: ['BSN 999999990'], boxes: [[50, 750, 300, 30]] }));
    expect(pdf.text).toContain('999999990');
  });

  it('extracts a Flate-compressed grey page image as a PNG with its pixels intact', () => {
    const grey = Uint8Array.from({ length: 80 * 70 }, (_, i) => i % 256);
    const pdf = readPdf(onePagePdf({ image: { width: 80, height: 70, grey } }));
    expect(pdf.images).toHaveLength(1);
    expect(pdf.images[0]!.format).toBe('png');
    expect(decodePngToGrey(pdf.images[0]!.bytes)).toEqual({ width: 80, height: 70, pixels: grey });
  });

  it('passes JPEG page images through unchanged', () => {
    const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 0xff, 0xd9]);
    const pdf = readPdf(onePagePdf({ jpeg: { width: 300, height: 200, bytes: jpeg } }));
    expect(pdf.images).toEqual([{ format: 'jpeg', bytes: jpeg, width: 300, height: 200 }]);
  });

  it('decodes text through a ToUnicode map, as subset fonts require', () => {
    const w = new PdfWriter();
    const catalog = w.reserve();
    const pages = w.reserve();
    // Codes 1, 2, 3 stand for "B", "S", "N"; codes 0x10–0x19 for the digits 0–9 (a bfrange).
    const cmap =
      '/CIDInit /ProcSet findresource begin 12 dict begin begincmap 1 begincodespacerange <00> <FF> endcodespacerange ' +
      '3 beginbfchar <01> <0042> <02> <0053> <03> <004E> endbfchar 1 beginbfrange <10> <19> <0030> endbfrange endcmap end end';
    const toUnicode = w.stream('', cmap);
    const font = w.add(
      `<< /Type /Font /Subtype /TrueType /BaseFont /ABCDEF+Arial /ToUnicode ${toUnicode} 0 R >>`,
    );
    const content = w.stream('', 'BT /F7 12 Tf 10 10 Td <010203> Tj [(\x20)-250 <191919191919191910>] TJ ET');
    const page = w.add(
      `<< /Type /Page /Parent ${pages} 0 R /Contents ${content} 0 R /Resources << /Font << /F7 ${font} 0 R >> >> >>`,
    );
    w.set(pages, `<< /Type /Pages /Kids [${page} 0 R] /Count 1 >>`);
    w.set(catalog, `<< /Type /Catalog /Pages ${pages} 0 R >>`);
    expect(readPdf(w.build(catalog)).text).toBe('BSN 999999990');
  });

  it('finds pages whose resources are inherited from the page tree and objects packed in object streams', () => {
    const w = new PdfWriter();
    const catalog = w.reserve();
    const pages = w.reserve();
    const content = w.stream('', 'BT /F1 12 Tf 10 10 Td (Documentnummer SPECI2014) Tj ET');
    // Page and font live inside an object stream, as PDF 1.5+ writers do.
    const fontNum = 90;
    const pageNum = 91;
    const packed = `<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> << /Type /Page /Parent ${pages} 0 R /Contents ${content} 0 R >>`;
    const header = `${fontNum} 0 ${pageNum} ${packed.indexOf('<< /Type /Page')} `;
    w.stream(`/Type /ObjStm /N 2 /First ${header.length}`, header + packed);
    w.set(
      pages,
      `<< /Type /Pages /Kids [${pageNum} 0 R] /Count 1 /Resources << /Font << /F1 ${fontNum} 0 R >> >> >>`,
    );
    w.set(catalog, `<< /Type /Catalog /Pages ${pages} 0 R >>`);
    expect(readPdf(w.build(catalog)).text).toBe('Documentnummer SPECI2014');
  });

  it('refuses encrypted, damaged and non-PDF files with a typed error', () => {
    const encrypted = onePagePdf({ lines: ['x'] }, { trailerExtra: ' /Encrypt 99 0 R' });
    expect(() => readPdf(encrypted)).toThrow(/encrypted/);
    expect(() => readPdf(Buffer.from('%PDF-1.7\nthis is not a pdf body'))).toThrow(GrondslagError);
    expect(() => readPdf(Buffer.from('hello'))).toThrow(/not a PDF/);
  });

  it('refuses a page image in a format it cannot decode instead of passing it unchecked', () => {
    const w = new PdfWriter();
    const catalog = w.reserve();
    const pages = w.reserve();
    const img = w.add(
      '<< /Type /XObject /Subtype /Image /Width 500 /Height 300 /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /JPXDecode /Length 3 >>\nstream\nabc\nendstream',
    );
    const content = w.stream('', 'q 500 0 0 300 0 0 cm /Im0 Do Q');
    const page = w.add(
      `<< /Type /Page /Parent ${pages} 0 R /Contents ${content} 0 R /Resources << /XObject << /Im0 ${img} 0 R >> >> >>`,
    );
    w.set(pages, `<< /Type /Pages /Kids [${page} 0 R] /Count 1 >>`);
    w.set(catalog, `<< /Type /Catalog /Pages ${pages} 0 R >>`);
    expect(() => readPdf(w.build(catalog))).toThrow(/JPXDecode/);
  });
});
