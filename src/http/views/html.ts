/**
 * HTML by tagged template with escaping by default: every interpolated value is escaped unless it is
 * already `Html` (built by this same template, or passed through `trustedHtml` by code that produced
 * it safely). A view cannot forget to escape; it can only deliberately opt out.
 */

const escapes: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for element content and for quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => escapes[ch] as string);
}

/** Markup that is safe to emit as is. */
export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

/** A value a template accepts: text (escaped), markup, lists of either, or nothing. */
export type HtmlValue = Html | string | number | boolean | null | undefined | readonly HtmlValue[];

function render(value: HtmlValue): string {
  if (value instanceof Html) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  // false/null/undefined render as nothing, so that `${cond && html`…`}` reads naturally.
  if (value === null || value === undefined || value === false) return '';
  return escapeHtml(String(value));
}

/**
 * @example
 *   html`<p title="${title}">${name}</p>`.value; // name and title escaped
 *   html`<ul>${items.map((i) => html`<li>${i}</li>`)}</ul>`;
 */
export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): Html {
  let out = strings[0] ?? '';
  for (let i = 0; i < values.length; i++) out += render(values[i] as HtmlValue) + (strings[i + 1] ?? '');
  return new Html(out);
}

/**
 * Markup produced elsewhere by code that escapes its own text (the statement renderer). Never pass
 * anything that came from a request.
 */
export function trustedHtml(markup: string): Html {
  return new Html(markup);
}
