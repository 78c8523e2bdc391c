import type { Activity, Category, LocalizedText, Policy } from '../schema.js';

/**
 * How findings name things. Messages are in English, so English labels are preferred when the
 * statement has them; otherwise the statement's original language. Long purposes are shortened so a
 * finding stays one readable line.
 */

const maxLabelLength = 60;

/**
 * The text in the language findings are written in.
 *
 * @example
 *   textOf(policy, { nl: 'Telefoonnummer', en: 'Phone number' }); // 'Phone number'
 */
export function textOf(policy: Policy, text: LocalizedText | undefined): string {
  if (text === undefined) return '';
  const lang = policy.meta.languages.includes('en') ? 'en' : policy.meta.languages[0];
  return (lang !== undefined ? text[lang] : undefined) ?? Object.values(text)[0] ?? '';
}

function shorten(text: string): string {
  const clean = text.trim().replace(/\.$/, '');
  if (clean.length <= maxLabelLength) return clean;
  const cut = clean.slice(0, maxLabelLength);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > 30 ? cut.slice(0, lastSpace) : cut).replace(/[,;:]$/, '')}…`;
}

/**
 * How findings name a purpose: its (shortened) wording and its id.
 *
 * @example
 *   purposeName(policy, activity); // 'purpose "Handling your payment" (payment)'
 */
export function purposeName(policy: Policy, activity: Activity): string {
  return `purpose "${shorten(textOf(policy, activity.purpose))}" (${activity.id})`;
}

/**
 * How findings name a category: its label and id, or the bare id for one the policy does not define.
 *
 * @example
 *   categoryName(policy, 'phone'); // '"Phone number" (phone)'
 */
export function categoryName(policy: Policy, id: string): string {
  const category: Category | undefined = policy.categories.find((c) => c.id === id);
  return category ? `"${shorten(textOf(policy, category.label))}" (${id})` : id;
}

/**
 * An English enumeration.
 *
 * @example
 *   listing(['a', 'b', 'c']); // 'a, b and c'
 */
export function listing(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
