/**
 * The statement as a document: sections with headings and blocks of inline content. It knows no output
 * format; the Markdown and HTML writers turn the same document into text, so both say the same things.
 * Strings in the document are plain text (never markup): each writer escapes them for its format.
 */

export interface Link {
  kind: 'link';
  text: string;
  /** Always http(s), mailto or tel: other schemes never become links (see `link`). */
  href: string;
}

/** Plain text, a link, emphasis, a literal name (cookie names), or a hard line break. */
export type Inline =
  | string
  | Link
  | { kind: 'strong'; text: string }
  | { kind: 'code'; text: string }
  | Break;

export interface Break {
  kind: 'break';
}

export type Block =
  | { kind: 'paragraph'; content: Inline[] }
  /** Postal contact details: one line per `break`. */
  | { kind: 'address'; content: Inline[] }
  | { kind: 'list'; items: Inline[][] }
  | { kind: 'table'; header: string[]; rows: Inline[][][] };

export interface Section {
  /** Stable, language-independent id, used as the HTML anchor (`#retention`). */
  id: string;
  /** Absent for the opening block (website, controller, DPO), which has no heading in the seed. */
  heading?: string;
  blocks: Block[];
}

export interface StatementDocument {
  lang: string;
  title: string;
  description: string;
  /** YYYY-MM-DD, the date the statement last changed. */
  date: string;
  /** The same date as readers of the language write it ("21 december 2023"). */
  dateText: string;
  /** Label before the date in the HTML header ("Laatst gewijzigd:"). */
  updatedLabel: string;
  aliases: string[];
  author: string;
  sections: Section[];
}

export const lineBreak: Break = { kind: 'break' };

const safeSchemes = new Set(['http:', 'https:', 'mailto:', 'tel:']);

/**
 * A link, or plain text when the target is not http(s), mailto or tel: a policy is input, and a
 * `javascript:` website must not become a clickable link in the published statement.
 *
 * @example
 *   link('privacy@cloudaware.eu', 'mailto:privacy@cloudaware.eu') // { kind: 'link', ... }
 *   link('click', 'javascript:alert(1)') // 'click'
 */
export function link(text: string, href: string): Inline {
  try {
    if (safeSchemes.has(new URL(href).protocol)) return { kind: 'link', text, href };
  } catch {
    // not a URL at all: fall through to plain text
  }
  return text;
}

export const mailLink = (email: string): Inline => link(email, `mailto:${email}`);

/** Phone numbers as written, linked without the spaces and dashes people write in them. */
export const phoneLink = (phone: string): Inline => link(phone, `tel:${phone.replace(/[^\d+]/g, '')}`);

// E-mail addresses and web addresses inside policy sentences ("… of via privacy@cloudaware.eu.") become
// links, as in the seed; trailing sentence punctuation is left outside the link.
const autolink =
  /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}|https?:\/\/[^\s<>"]*[^\s<>".,;:!?)]/g;

/**
 * Turns free text into inline content: runs of whitespace (YAML block scalars carry newlines) become one
 * space, and e-mail and web addresses become links.
 *
 * @example
 *   richText('mail privacy@cloudaware.eu.') // ['mail ', { kind: 'link', text: 'privacy@…', … }, '.']
 */
export function richText(text: string): Inline[] {
  const flat = text.replace(/\s+/g, ' ');
  const out: Inline[] = [];
  let last = 0;
  for (const m of flat.matchAll(autolink)) {
    const at = m.index ?? 0;
    if (at > last) out.push(flat.slice(last, at));
    out.push(/^https?:\/\//.test(m[0]) ? link(m[0], m[0]) : mailLink(m[0]));
    last = at + m[0].length;
  }
  if (last < flat.length) out.push(flat.slice(last));
  return out;
}

export type InlinePart = string | Inline | Inline[];

/** Flattens parts into inline content, running every plain string through `richText`. */
export function inlines(...parts: InlinePart[]): Inline[] {
  const out: Inline[] = [];
  for (const part of parts) {
    if (typeof part === 'string') out.push(...richText(part));
    else if (Array.isArray(part)) out.push(...inlines(...part));
    else out.push(part);
  }
  return out;
}

export const paragraph = (...parts: InlinePart[]): Block => ({
  kind: 'paragraph',
  content: inlines(...parts),
});

export const list = (items: InlinePart[][]): Block => ({
  kind: 'list',
  items: items.map((parts) => inlines(...parts)),
});
