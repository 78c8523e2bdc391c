/** What the ID-copy check can find readable: the four things the privacy statement asks to black out. */
export type IdCopyItem = 'bsn' | 'mrz' | 'document_number' | 'photo';

/**
 * One readable item on an ID copy. The value itself is never returned (the point of the check is
 * that it should not be readable); `preview` shows its shape with the middle hidden.
 */
export interface IdCopyFinding {
  item: IdCopyItem;
  /** Where it was read: the PDF's text layer or OCR of an image. */
  source: 'text-layer' | 'ocr';
  /** The rule that fired, e.g. `mrz-line`, `bsn-11-proof`, `scan:passport_number`, `photo-tones`. */
  detector: string;
  preview: string;
}

/** "999999990" → "99•••••90"; short values are hidden entirely, long ones (an MRZ) shortened. */
export function maskedPreview(value: string): string {
  if (value.length <= 4) return '•'.repeat(value.length);
  if (value.length > 24) return `${value.slice(0, 2)}••••••${value.slice(-2)} (${value.length} characters)`;
  return `${value.slice(0, 2)}${'•'.repeat(value.length - 4)}${value.slice(-2)}`;
}
