import { GrondslagError } from '../../errors.js';
import { scanText } from '../scan.js';
import { type IdCopyFinding, type IdCopyItem, maskedPreview } from './finding.js';
import { jpegSize } from './jpeg.js';
import { OcrEngine } from './ocr.js';
import { readPdf } from './pdf.js';
import { detectPhoto } from './photo.js';
import { decodePngToGrey, isPng } from './png.js';
import { findOnIdDocument } from './readable-text.js';

export interface IdCopyCheck {
  /** Which of the things the privacy statement asks to black out can still be read. */
  readable: { bsn: boolean; mrz: boolean; documentNumber: boolean; photo: boolean };
  findings: IdCopyFinding[];
  /** True only when nothing that must be masked is readable. */
  ok: boolean;
  /** `text-layer` when a PDF's own text decided it without OCR, `ocr` when any image was read. */
  method: 'text-layer' | 'ocr';
  /** Characters of text read in total: near zero means there was little to read at all. */
  recognisedCharacters: number;
}

export interface IdCopyOptions {
  /** The declared type (from an upload or e-mail); the file's own signature takes precedence. */
  mimeType?: string;
  /** A shared OCR engine when checking many files; otherwise one is started and stopped per call. */
  ocr?: OcrEngine;
}

type FileKind = 'pdf' | 'png' | 'jpeg';

function sniff(file: Buffer): FileKind | undefined {
  if (file.subarray(0, 1024).includes('%PDF-')) return 'pdf';
  if (isPng(file)) return 'png';
  if (file[0] === 0xff && file[1] === 0xd8 && file[2] === 0xff) return 'jpeg';
  return undefined;
}

const declaredKinds: Record<string, FileKind> = {
  'application/pdf': 'pdf',
  'image/png': 'png',
  'image/jpeg': 'jpeg',
  'image/jpg': 'jpeg',
};

/** The general scanner's view of the same text, limited to the four types an ID copy must hide. */
function scannerFindings(text: string, source: IdCopyFinding['source']): IdCopyFinding[] {
  const items: Partial<Record<string, IdCopyItem>> = {
    bsn: 'bsn',
    mrz: 'mrz',
    passport_number: 'document_number',
    id_card_number: 'document_number',
  };
  return scanText(text)
    .filter((f) => items[f.type] !== undefined)
    .map((f) => ({
      item: items[f.type]!,
      source,
      detector: `scan:${f.detector}`,
      preview: maskedPreview(text.slice(f.start, f.end)),
    }));
}

function textFindings(text: string, source: IdCopyFinding['source']): IdCopyFinding[] {
  return [...findOnIdDocument(text, source), ...scannerFindings(text, source)];
}

/**
 * Checks a copy of an identity document (PDF, PNG or JPEG) before it is stored: are the BSN, the
 * MRZ, the document number or the photo still readable? PDFs are read through their text layer
 * (which survives black boxes drawn on top of it) and their page images are OCR'd; images are
 * OCR'd with tesseract.js and the English model shipped by npm, offline.
 *
 * Throws GrondslagError `IDCOPY_UNSUPPORTED_TYPE` or `IDCOPY_UNREADABLE` (kind `input`) for files
 * that cannot be checked, so the caller can ask for another copy instead of accepting it.
 *
 * @example
 *   const check = await checkIdCopy(readFileSync('kopie-id.png'));
 *   if (!check.ok) console.log('still readable:', check.readable);
 */
export async function checkIdCopy(file: Buffer, options: IdCopyOptions = {}): Promise<IdCopyCheck> {
  const kind = sniff(file);
  if (!kind) {
    const declared = options.mimeType ? declaredKinds[options.mimeType.toLowerCase()] : undefined;
    throw declared
      ? new GrondslagError(
          'IDCOPY_UNREADABLE',
          `the file is declared as ${options.mimeType} but is not a readable ${declared.toUpperCase()}`,
        )
      : new GrondslagError('IDCOPY_UNSUPPORTED_TYPE', 'an ID copy must be a PDF, PNG or JPEG file');
  }
  const findings: IdCopyFinding[] = [];
  let recognised = 0;
  const images: { bytes: Buffer; png: boolean }[] = [];
  let usedOcr = false;
  if (kind === 'pdf') {
    const pdf = readPdf(file);
    recognised += pdf.text.replace(/\s/g, '').length;
    findings.push(...textFindings(pdf.text, 'text-layer'));
    for (const image of pdf.images) {
      if (image.format === 'jpeg') jpegSize(image.bytes);
      images.push({ bytes: image.bytes, png: image.format === 'png' });
    }
    if (images.length === 0 && recognised === 0) {
      throw new GrondslagError(
        'IDCOPY_UNREADABLE',
        'the PDF has neither a text layer nor a page image to check',
      );
    }
  } else {
    // Check the file ourselves first: a damaged one then fails with a clear message, not inside OCR.
    if (kind === 'png') decodePngToGrey(file);
    else jpegSize(file);
    images.push({ bytes: file, png: kind === 'png' });
  }
  if (images.length > 0) {
    usedOcr = true;
    const ocr = options.ocr ?? new OcrEngine();
    try {
      for (const image of images) {
        const read = await ocr.read(image.bytes);
        recognised += read.text.replace(/\s/g, '').length;
        findings.push(...textFindings(read.text, 'ocr'));
        const photo = detectPhoto(image.png ? decodePngToGrey(image.bytes) : read.grey);
        if (photo) {
          findings.push({
            item: 'photo',
            source: 'ocr',
            detector: 'photo-tones',
            preview: `${photo.width}×${photo.height} px at ${photo.x},${photo.y}`,
          });
        }
      }
    } finally {
      if (!options.ocr) await ocr.close();
    }
  }
  const has = (item: IdCopyItem) => findings.some((f) => f.item === item);
  const readable = {
    bsn: has('bsn'),
    mrz: has('mrz'),
    documentNumber: has('document_number'),
    photo: has('photo'),
  };
  return {
    readable,
    findings,
    ok: !readable.bsn && !readable.mrz && !readable.documentNumber && !readable.photo,
    method: usedOcr ? 'ocr' : 'text-layer',
    recognisedCharacters: recognised,
  };
}
