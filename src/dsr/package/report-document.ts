/**
 * A report as a format-free document, so that the HTML and the PDF of one answer say the same
 * things: sections of paragraphs, lists and tables of plain text (each writer escapes for its format).
 */
export type ReportBlock =
  | { kind: 'paragraph'; text: string }
  | { kind: 'list'; items: string[] }
  | { kind: 'table'; header: string[]; rows: string[][] };

export interface ReportSection {
  heading?: string;
  blocks: ReportBlock[];
}

export interface ReportDocument {
  lang: string;
  title: string;
  sections: ReportSection[];
}

export const paragraph = (text: string): ReportBlock => ({ kind: 'paragraph', text });
export const list = (items: string[]): ReportBlock => ({ kind: 'list', items });
export const table = (header: string[], rows: string[][]): ReportBlock => ({ kind: 'table', header, rows });
