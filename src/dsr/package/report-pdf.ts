import PDFDocument from 'pdfkit';
import type { ReportDocument } from './report-document.js';

/**
 * The same report as a PDF (pdfkit, its built-in Helvetica: no font files to ship). The creation
 * date is the report's own date, so the same answer renders to the same document.
 *
 * @example
 *   const bytes = await reportPdf(doc, new Date());
 */
export function reportPdf(doc: ReportDocument, createdAt: Date): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const pdf = new PDFDocument({
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
