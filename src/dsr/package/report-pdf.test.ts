import { describe, expect, it } from 'vitest';
import { demoPolicyPath } from '../../paths.js';
import { loadPolicyFile } from '../../policy/load.js';
import { accessReport } from './access-report.js';
import { reportFontsShared, reportPdf } from './report-pdf.js';

describe('the report as a PDF', () => {
  it('is byte for byte the same with the fonts shared between documents as with fonts of its own', async () => {
    // A pdfkit whose font objects differ would make both the same by sharing nothing: say so.
    expect(reportFontsShared()).toBe(true);
    const { policy } = await loadPolicyFile(demoPolicyPath);
    const at = new Date('2026-06-01T00:00:00Z');
    const categories = [...new Set(policy.activities.flatMap((a) => a.categories))];
    const docs = (['nl', 'en'] as const).map((lang, i) =>
      accessReport({
        policy,
        lang,
        reference: `DSR-2026-00${i + 1}`,
        generatedAt: at,
        collections: [
          { system: 'crm', collection: 'customers', rows: 1 },
          { system: 'billing', collection: 'invoices', rows: 12 + i },
          { system: 'support', collection: 'support_messages', rows: 6 },
        ],
        // Kerning pairs and accents: "AVAT", "Wij", "café".
        categories: i === 0 ? categories : categories.slice(0, 2),
        redactedTexts: i,
      }),
    );
    docs[1]!.sections.push({ blocks: [{ kind: 'paragraph', text: 'AVAT Wij Tâche café — “Yes”, 1.0%' }] });
    // Twice each, so the second round measures words the first one remembered.
    for (let round = 0; round < 2; round++) {
      for (const doc of docs) {
        const own = await reportPdf(doc, at, { shareFonts: false });
        const shared = await reportPdf(doc, at);
        expect(Buffer.from(shared).equals(Buffer.from(own))).toBe(true);
      }
    }
  });
});
