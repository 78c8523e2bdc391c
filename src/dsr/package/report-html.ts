import { html } from '../../http/views/html.js';
import type { ReportBlock, ReportDocument } from './report-document.js';

/**
 * A report as a standalone HTML page: no scripts, no external resources, readable offline from the
 * ZIP and printable. Every text is escaped.
 *
 * @example
 *   const page = reportHtml(accessReport({ … })); // '<!doctype html><html lang="nl">…'
 */
export function reportHtml(doc: ReportDocument): string {
  const block = (b: ReportBlock) => {
    if (b.kind === 'paragraph') return html`<p>${b.text}</p>`;
    if (b.kind === 'list') return html`<ul>${b.items.map((i) => html`<li>${i}</li>`)}</ul>`;
    return html`<table><thead><tr>${b.header.map((h) => html`<th>${h}</th>`)}</tr></thead><tbody>${b.rows.map(
      (r) => html`<tr>${r.map((c) => html`<td>${c}</td>`)}</tr>`,
    )}</tbody></table>`;
  };
  return html`<!doctype html>
<html lang="${doc.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${doc.title}</title>
<style>
body { font: 15px/1.5 system-ui, sans-serif; max-width: 48rem; margin: 2rem auto; padding: 0 1rem; color: #1a1a1a; }
h1 { font-size: 1.5rem; } h2 { font-size: 1.15rem; margin-top: 1.6rem; }
table { border-collapse: collapse; } th, td { border: 1px solid #bbb; padding: 0.25rem 0.6rem; text-align: left; }
td:last-child { text-align: right; }
</style>
</head>
<body>
<h1>${doc.title}</h1>
${doc.sections.map(
  (s) => html`<section>${s.heading ? html`<h2>${s.heading}</h2>` : ''}${s.blocks.map(block)}</section>
`,
)}</body>
</html>
`.value;
}
