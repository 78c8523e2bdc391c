import type { Register } from '../../policy/register.js';
import { type RegisterColumn, registerLabels } from '../../policy/register-labels.js';
import { registerTable, VALUE_SEPARATOR } from '../../policy/register-table.js';
import { type Html, html } from './html.js';

// Said once for the whole register rather than once per activity.
const controllerColumns: readonly RegisterColumn[] = [
  'controller',
  'controllerContact',
  'jointControllers',
  'representative',
  'dpo',
];

function cell(text: string): Html {
  const parts = text.split(VALUE_SEPARATOR);
  return parts.length > 1 ? html`<ul>${parts.map((p) => html`<li>${p}</li>`)}</ul>` : html`${text}`;
}

/** The record of processing as headings and fact lists, in the register's language. */
export function registerView(register: Register): Html {
  const table = registerTable(register);
  const index = (c: RegisterColumn) => table.columns.indexOf(c);
  const first = table.rows[0] ?? [];
  const l = registerLabels(register.language);
  return html`<div lang="${register.language}">
<div class="card"><dl class="facts">${controllerColumns.map(
    (c) => html`<dt>${l.columns[c]}</dt><dd>${cell(first[index(c)] ?? '')}</dd>`,
  )}</dl></div>
${register.activities.map((a, i) => {
  const row = table.rows[i] ?? [];
  return html`<section class="card" aria-labelledby="act-${a.id}">
  <h3 id="act-${a.id}">${a.purpose}</h3>
  <dl class="facts">${table.columns
    .filter((c) => !controllerColumns.includes(c) && c !== 'purpose')
    .map((c) => html`<dt>${l.columns[c]}</dt><dd>${cell(row[index(c)] ?? '')}</dd>`)}</dl>
</section>`;
})}
</div>`;
}

/** A compact overview: purpose, legal basis, personal data and retention per activity. */
export function registerSummary(register: Register): Html {
  const table = registerTable(register);
  const cols: RegisterColumn[] = ['purpose', 'legalBasis', 'personalData', 'erasure'];
  const l = registerLabels(register.language);
  return html`<table lang="${register.language}">
  <caption class="skip">Record of processing, summary</caption>
  <thead><tr>${cols.map((c) => html`<th scope="col">${l.columns[c]}</th>`)}</tr></thead>
  <tbody>${table.rows.map(
    (row) =>
      html`<tr>${cols.map((c) => html`<td class="${c === 'purpose' ? '' : 'small'}">${cell(row[table.columns.indexOf(c)] ?? '')}</td>`)}</tr>`,
  )}</tbody>
</table>`;
}
