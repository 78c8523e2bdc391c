import { passesElevenProof } from '../checksums.js';
import { type IdCopyFinding, maskedPreview } from './finding.js';

/**
 * Rules for text read off an identity document. They are stricter about what counts as readable
 * than the general scanner, on purpose: on an ID copy every nine-digit number that passes the
 * 11-proof is the BSN (no context words needed), every run of MRZ characters with `<` fillers is
 * the machine readable zone even when OCR broke a check digit (a partly legible MRZ still exposes
 * the holder), and the document number and BSN are read from inside the MRZ too.
 */

/** OCR of the MRZ font often turns `<<` into `«` and drops into lower case; undo that. */
function normaliseMrzLine(line: string): string {
  return line
    .toUpperCase()
    .replace(/«/g, '<<')
    .replace(/[‹〈＜]/g, '<')
    .replace(/\s+/g, '');
}

function isMrzLine(line: string): boolean {
  return line.length >= 20 && /^[A-Z0-9<]+$/.test(line) && (line.match(/</g)?.length ?? 0) >= 2;
}

const documentNumberPattern = /^[A-Z]{2}[A-Z0-9]{6}\d$/;

/** Labels printed next to the BSN on Dutch documents and in letters about them. */
const bsnLabel = /persoonsnummer|personal\s*n(?:o|umber)|burgerservicenummer|\bbsn\b/i;

interface MrzFields {
  documentNumber?: string;
  /** Personal number (TD3) or optional data (TD1), where Dutch documents carry the BSN. */
  personal?: string;
}

/** Reads document number and personal number by ICAO position (TD3: 2×44, TD1: 3×30). */
function mrzFields(lines: string[]): MrzFields[] {
  const out: MrzFields[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.length >= 40 && /^P/.test(line) && lines[i + 1]) {
      const next = lines[i + 1]!;
      out.push({ documentNumber: next.slice(0, 9), personal: next.slice(28, 42) });
    } else if (line.length >= 27 && line.length <= 34 && /^[IAC]/.test(line)) {
      out.push({ documentNumber: line.slice(5, 14), personal: line.slice(15, 30) });
    }
  }
  return out;
}

/**
 * Finds a readable BSN, MRZ and document number in text read off an ID document.
 *
 * @example
 *   findOnIdDocument('PERSOONSNUMMER\n999999990', 'ocr').map((f) => f.item); // ['bsn']
 */
export function findOnIdDocument(text: string, source: IdCopyFinding['source']): IdCopyFinding[] {
  const findings: IdCopyFinding[] = [];
  const lines = text.split(/\r?\n/);
  const mrzLines: string[] = [];
  const freeText: string[] = [];
  for (const raw of lines) {
    const line = normaliseMrzLine(raw);
    if (isMrzLine(line)) mrzLines.push(line);
    else freeText.push(raw);
  }
  for (const line of mrzLines)
    findings.push({ item: 'mrz', source, detector: 'mrz-line', preview: maskedPreview(line) });
  for (const fields of mrzFields(mrzLines)) {
    const doc = fields.documentNumber?.replace(/</g, '') ?? '';
    if (doc.length >= 6 && /\d/.test(doc)) {
      findings.push({
        item: 'document_number',
        source,
        detector: 'mrz-document-number',
        preview: maskedPreview(doc),
      });
    }
    const personal = fields.personal?.match(/^\d{9}/)?.[0];
    if (personal && passesElevenProof(personal)) {
      findings.push({
        item: 'bsn',
        source,
        detector: 'mrz-personal-number',
        preview: maskedPreview(personal),
      });
    }
  }
  const rest = freeText.join('\n');
  for (const m of rest.matchAll(
    /(?<![\dA-Za-z])(\d{4}[.\s]?\d{2}[.\s]?\d{3}|\d{3}[.\s]\d{3}[.\s]\d{3})(?![\dA-Za-z])/g,
  )) {
    const digits = m[0].replace(/\D/g, '');
    if (passesElevenProof(digits)) {
      findings.push({ item: 'bsn', source, detector: 'bsn-11-proof', preview: maskedPreview(digits) });
    } else if (bsnLabel.test(rest.slice(Math.max(0, m.index - 40), m.index))) {
      // OCR misreads a digit now and then (9 for 3); a person still reads the number, so a
      // nine-digit number under a BSN label counts even when the 11-proof fails.
      findings.push({ item: 'bsn', source, detector: 'bsn-label', preview: maskedPreview(digits) });
    }
  }
  for (const m of rest.toUpperCase().matchAll(/(?<![A-Z0-9])[A-Z0-9]{9}(?![A-Z0-9])/g)) {
    if (documentNumberPattern.test(m[0])) {
      findings.push({
        item: 'document_number',
        source,
        detector: 'dutch-document-number',
        preview: maskedPreview(m[0]),
      });
    }
  }
  return findings;
}
