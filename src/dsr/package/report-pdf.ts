import PDFDocument from 'pdfkit';
import type { ReportDocument } from './report-document.js';

/*
 * pdfkit parses a standard font's metrics, and builds its table of kerning pairs, anew for every
 * document — and measures every word glyph by glyph, looking each pair of glyphs up by a string it
 * builds for it. For a report of a page or two that is about 40 % of its time. So the two fonts the
 * report uses are loaded once per process, in a template document, and each report gets its own
 * copies of them (bound to it, as pdfkit would make them: same names, same ids, in the same order),
 * which share the parsed metrics, look them up in maps and remember the widths of words they
 * measured. The bytes are the same as without (src/dsr/package/report-pdf.test.ts). pdfkit does not
 * offer this, so it reaches into its font objects; when they are not as expected (another pdfkit
 * version) every document loads its fonts itself, as before.
 */

/** The fonts in the order the report first uses them: pdfkit's default, then the headings'. */
const FONTS = ['Helvetica', 'Helvetica-Bold'] as const;

/** Distinct words remembered per font before the memory starts over (the report's vocabulary is small). */
const MAX_REMEMBERED_WIDTHS = 20_000;

/** What of pdfkit's standard font objects this relies on. */
interface PdfkitFont {
  document: unknown;
  name: string;
  id: string;
  font: AfmMetrics;
  widthOfString(s: string, size: number): number;
}

/** pdfkit's parsed metrics of a standard font: widths by glyph name, kerning by `left\0right`. */
interface AfmMetrics {
  glyphWidths: Record<string, number>;
  kernPairs: Record<string, number>;
  glyphsForString(s: string): string[];
  advancesForGlyphs(glyphs: string[]): number[];
  widthOfGlyph(glyph: string): number;
}

interface PdfkitFonts {
  _fontFamilies?: Record<string, PdfkitFont>;
  _fontCount?: number;
}

let templates: PdfkitFont[] | null | undefined;

/** The fonts of the template document, or null when pdfkit's font objects are not as expected. */
function fontTemplates(): PdfkitFont[] | null {
  if (templates !== undefined) return templates;
  templates = null;
  try {
    const t = new PDFDocument({ autoFirstPage: false });
    for (const name of FONTS) t.font(name);
    const { _fontFamilies: families, _fontCount: count } = t as unknown as PdfkitFonts;
    const fonts = FONTS.map((name) => families?.[name]);
    const usable = (f: PdfkitFont | undefined, i: number): f is PdfkitFont =>
      f !== undefined &&
      f.name === FONTS[i] &&
      f.id === `F${i + 1}` &&
      f.document === t &&
      typeof f.widthOfString === 'function' &&
      typeof f.font?.glyphsForString === 'function' &&
      typeof f.font?.advancesForGlyphs === 'function' &&
      typeof f.font?.widthOfGlyph === 'function' &&
      typeof f.font?.glyphWidths === 'object' &&
      typeof f.font?.kernPairs === 'object';
    if (count === FONTS.length && fonts.every(usable)) {
      templates = fonts.map((f) => rememberingWidths(withLookupTables(f)));
    }
  } catch {
    templates = null;
  }
  return templates;
}

/** Whether reports share their fonts (false: this pdfkit's font objects are not as expected). */
export function reportFontsShared(): boolean {
  return fontTemplates() !== null;
}

/**
 * The font's metrics looked up in maps, a map of right glyphs per left one for kerning, where pdfkit
 * builds a `left\0right` string for every pair of glyphs it measures. Same values: a glyph or pair
 * that is not there counts 0, as in pdfkit.
 */
function withLookupTables(font: PdfkitFont): PdfkitFont {
  const metrics = font.font;
  const widths = new Map(Object.entries(metrics.glyphWidths));
  const kerning = new Map<string, Map<string, number>>();
  for (const [pair, amount] of Object.entries(metrics.kernPairs)) {
    const [left, right] = pair.split('\0') as [string, string];
    const row = kerning.get(left) ?? new Map<string, number>();
    row.set(right, amount);
    kerning.set(left, row);
  }
  metrics.widthOfGlyph = (glyph) => widths.get(glyph) || 0;
  metrics.advancesForGlyphs = (glyphs) => {
    const advances: number[] = [];
    for (let i = 0; i < glyphs.length; i++) {
      const left = glyphs[i]!;
      const right = glyphs[i + 1];
      const kern = right === undefined ? 0 : kerning.get(left)?.get(right) || 0;
      advances.push((widths.get(left) || 0) + kern);
    }
    return advances;
  };
  return font;
}

/**
 * The font with a memory of word widths: the sum of the word's advances, computed as pdfkit does
 * (glyph by glyph, in order), then scaled to the size — the same number as pdfkit's own.
 */
function rememberingWidths(font: PdfkitFont): PdfkitFont {
  const widths = new Map<string, number>();
  const metrics = font.font;
  font.widthOfString = (text: string, size: number) => {
    let width = widths.get(text);
    if (width === undefined) {
      width = 0;
      for (const advance of metrics.advancesForGlyphs(metrics.glyphsForString(`${text}`))) width += advance;
      if (widths.size >= MAX_REMEMBERED_WIDTHS) widths.clear();
      widths.set(text, width);
    }
    return width * (size / 1000);
  };
  return font;
}

/** Gives a document without fonts (`font: null`) copies of the template fonts, then selects the default one. */
function adoptFonts(pdf: PDFKit.PDFDocument, fonts: PdfkitFont[]): void {
  const internals = pdf as unknown as PdfkitFonts;
  const families: Record<string, PdfkitFont> = {};
  for (const f of fonts) {
    families[f.name] = Object.assign(Object.create(Object.getPrototypeOf(f)) as PdfkitFont, f, {
      document: pdf,
    });
  }
  internals._fontFamilies = families;
  internals._fontCount = fonts.length;
  pdf.font(FONTS[0]);
}

/**
 * The same report as a PDF (pdfkit, its built-in Helvetica: no font files to ship). The creation
 * date is the report's own date, so the same answer renders to the same document.
 *
 * `shareFonts: false` loads the fonts in the document itself, as pdfkit does by default (tests
 * compare the two).
 *
 * @example
 *   const bytes = await reportPdf(doc, new Date());
 */
export function reportPdf(
  doc: ReportDocument,
  createdAt: Date,
  options: { shareFonts?: boolean } = {},
): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const shared = options.shareFonts === false ? null : fontTemplates();
    const pdf = new PDFDocument({
      // Without fonts of its own when it adopts the shared ones.
      ...(shared ? { font: null } : {}),
      size: 'A4',
      margin: 56,
      info: {
        Title: doc.title,
        CreationDate: createdAt,
        ModDate: createdAt,
        Producer: 'Grondslag',
        Creator: 'Grondslag',
      },
      lang: doc.lang,
    } as PDFKit.PDFDocumentOptions);
    if (shared) adoptFonts(pdf, shared);
    const chunks: Buffer[] = [];
    pdf.on('data', (c: Buffer) => chunks.push(c));
    pdf.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    pdf.on('error', reject);

    const width = pdf.page.width - 112;
    pdf.font('Helvetica-Bold').fontSize(16).text(doc.title, { width });
    for (const section of doc.sections) {
      pdf.moveDown(0.8);
      if (section.heading)
        pdf.font('Helvetica-Bold').fontSize(12).text(section.heading, { width }).moveDown(0.3);
      for (const block of section.blocks) {
        pdf.font('Helvetica').fontSize(10);
        if (block.kind === 'paragraph') pdf.text(block.text, { width }).moveDown(0.4);
        else if (block.kind === 'list') pdf.list(block.items, { width, bulletRadius: 1.5 }).moveDown(0.4);
        else {
          // A plain table: one line per row, columns at fixed stops.
          const cols = block.header.length;
          const colWidth = width / cols;
          const row = (cells: string[], bold: boolean) => {
            const y = pdf.y;
            pdf.font(bold ? 'Helvetica-Bold' : 'Helvetica');
            let maxY = y;
            cells.forEach((c, i) => {
              pdf.text(c, 56 + i * colWidth, y, { width: colWidth - 6 });
              maxY = Math.max(maxY, pdf.y);
            });
            pdf.x = 56;
            pdf.y = maxY + 2;
          };
          row(block.header, true);
          for (const r of block.rows) row(r, false);
          pdf.moveDown(0.4);
        }
      }
    }
    pdf.end();
  });
}
