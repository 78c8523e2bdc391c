import type { Block, Inline, StatementDocument } from './document.js';

/**
 * Writes the statement as HTML: a fragment for a page that brings its own layout (the privacy portal),
 * or a standalone page. Every string from the policy is escaped; links are only ever http(s), mailto
 * or tel (the document model refuses other schemes).
 */

/** Escapes text for element content and for double-quoted attribute values alike. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => entities[c] ?? c);
}

const entities: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * The statement as one `<article>`, with a heading, the date it last changed and one `<section>` per
 * part. Section ids are prefixed (`privacy-retention`) so that they do not collide with the host page's.
 *
 * @example
 *   writeHtmlFragment(buildStatement(policy, 'en')).startsWith('<article class="privacy-statement" lang="en">')
 */
export function writeHtmlFragment(doc: StatementDocument): string {
  const out = [
    `<article class="privacy-statement" lang="${escapeHtml(doc.lang)}">`,
    '<header>',
    `<h1>${escapeHtml(doc.title)}</h1>`,
    `<p class="updated">${escapeHtml(doc.updatedLabel)} <time datetime="${escapeHtml(doc.date)}">${escapeHtml(doc.dateText)}</time></p>`,
    '</header>',
  ];
  for (const section of doc.sections) {
    out.push(`<section id="privacy-${escapeHtml(section.id)}">`);
    if (section.heading) out.push(`<h2>${escapeHtml(section.heading)}</h2>`);
    for (const block of section.blocks) out.push(writeBlock(block));
    out.push('</section>');
  }
  out.push('</article>');
  return `${out.join('\n')}\n`;
}

// Small and readable on a phone and on paper; nothing loaded from elsewhere.
const css = `
body { margin: 0; padding: 1.5rem 1rem 3rem; font: 1rem/1.6 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1d1d1f; background: #fff; }
.privacy-statement { max-width: 46rem; margin: 0 auto; }
h1 { font-size: 2rem; line-height: 1.2; margin: 0 0 .25rem; }
h2 { font-size: 1.3rem; line-height: 1.3; margin: 2rem 0 .5rem; }
.updated { color: #555; margin-top: 0; }
address { font-style: normal; }
a { color: #0b57d0; }
li { margin: .25rem 0; }
.table-wrap { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; font-size: .95rem; }
th, td { border: 1px solid #d0d0d0; padding: .4rem .6rem; text-align: left; vertical-align: top; }
th { background: #f4f4f4; }
code { font-size: .9em; }
@media print { a { color: inherit; } }
`.trim();

/**
 * A complete HTML page: doctype, language, character set, viewport, title, embedded styles.
 *
 * @example
 *   writeHtmlPage(buildStatement(policy, 'nl')).startsWith('<!doctype html>') // true
 */
export function writeHtmlPage(doc: StatementDocument): string {
  return [
    '<!doctype html>',
    `<html lang="${escapeHtml(doc.lang)}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(doc.title)}</title>`,
    `<meta name="description" content="${escapeHtml(doc.description)}">`,
    `<meta name="author" content="${escapeHtml(doc.author)}">`,
    `<style>\n${css}\n</style>`,
    '</head>',
    '<body>',
    writeHtmlFragment(doc).trimEnd(),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function writeBlock(block: Block): string {
  switch (block.kind) {
    case 'paragraph':
      return `<p>${writeInlines(block.content)}</p>`;
    case 'address':
      return `<address>${writeInlines(block.content)}</address>`;
    case 'list':
      return ['<ul>', ...block.items.map((item) => `<li>${writeInlines(item)}</li>`), '</ul>'].join('\n');
    case 'table':
      return [
        '<div class="table-wrap">',
        '<table>',
        `<thead><tr>${block.header.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join('')}</tr></thead>`,
        '<tbody>',
        ...block.rows.map(
          (row) => `<tr>${row.map((cell) => `<td>${writeInlines(cell)}</td>`).join('')}</tr>`,
        ),
        '</tbody>',
        '</table>',
        '</div>',
      ].join('\n');
  }
}

function writeInlines(content: Inline[]): string {
  return content.map(writeInline).join('');
}

function writeInline(inline: Inline): string {
  if (typeof inline === 'string') return escapeHtml(inline);
  switch (inline.kind) {
    case 'break':
      return '<br>\n';
    case 'link':
      return `<a href="${escapeHtml(inline.href)}">${escapeHtml(inline.text)}</a>`;
    case 'strong':
      return `<strong>${escapeHtml(inline.text)}</strong>`;
    case 'code':
      return `<code>${escapeHtml(inline.text)}</code>`;
  }
}
