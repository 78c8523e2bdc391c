import { GrondslagError } from '../../errors.js';
import type { LocalizedText, Policy } from '../schema.js';
import type { Inline } from './document.js';
import { durationWording, type NumberStyle } from './duration-wording.js';
import { type Phrases, phrasesFor } from './phrases.js';

/**
 * What every section builder needs: the policy, the language, its phrases, and the small language-aware
 * helpers (lists, countries, durations) that keep the builders free of locale details.
 */
export interface RenderContext {
  policy: Policy;
  lang: string;
  phrases: Phrases;
  /** The name the statement uses for the organisation: the trade name, else the legal name. */
  org: string;
  /** The policy's text in this language, whitespace collapsed. */
  t(text: LocalizedText): string;
  /** "a, b en c" / "a, b and c". */
  and(items: string[]): string;
  /** "a, b of c" / "a, b or c". */
  or(items: string[]): string;
  /** Like `or`, for items that contain links. */
  orInline(items: Inline[][]): Inline[];
  duration(iso: string, style?: NumberStyle): string;
  /** Country name in this language, from an ISO 3166-1 code. */
  country(code: string): string;
}

/**
 * Builds the context for one language; refuses a language the policy is not published in or the
 * renderer has no phrases for.
 *
 * @example
 *   renderContext(policy, 'nl').duration('P4W', 'words') // 'vier weken'
 */
export function renderContext(policy: Policy, lang: string): RenderContext {
  if (!policy.meta.languages.includes(lang)) {
    throw new GrondslagError(
      'RENDER_UNKNOWN_LANGUAGE',
      `the policy is not published in "${lang}"; meta.languages is ${policy.meta.languages.join(', ')}`,
    );
  }
  const phrases = phrasesFor(lang);
  const conjunction = new Intl.ListFormat(phrases.locale, { type: 'conjunction' });
  const disjunction = new Intl.ListFormat(phrases.locale, { type: 'disjunction' });
  const regions = new Intl.DisplayNames([phrases.locale], { type: 'region', fallback: 'code' });
  return {
    policy,
    lang,
    phrases,
    org: policy.controller.tradeName ?? policy.controller.legalName,
    t: (text) => {
      const value = text[lang];
      // The loader guarantees every language; a policy built in code may still lack one.
      if (value === undefined) {
        throw new GrondslagError(
          'RENDER_MISSING_TRANSLATION',
          `a text has no "${lang}" version: ${JSON.stringify(text)}`,
        );
      }
      return value.replace(/\s+/g, ' ').trim();
    },
    and: (items) => conjunction.format(items),
    or: (items) => disjunction.format(items),
    orInline: (items) => {
      // Format placeholders, then put the inline content back where each placeholder was.
      const parts = disjunction.formatToParts(items.map((_, i) => String(i)));
      return parts.flatMap((p) => (p.type === 'element' ? (items[Number(p.value)] ?? []) : [p.value]));
    },
    duration: (iso, style) => durationWording(iso, phrases, style),
    country: (code) => regions.of(code) ?? code,
  };
}

/** Lower-cases the first letter of a label used inside a sentence, but leaves "IP-adres" alone. */
export function lowerFirst(label: string): string {
  const [first, second] = label;
  if (first === undefined || (second !== undefined && second !== second.toLowerCase())) return label;
  return first.toLowerCase() + label.slice(1);
}

/** Ends free text as a sentence, so that a policy text without a final full stop reads right. */
export function sentence(text: string): string {
  return /[.!?:…]$/.test(text) ? text : `${text}.`;
}

/** Where people write about their data: the request address, else the DPO's, else the controller's. */
export function contactEmail(policy: Policy): string {
  return (
    policy.requests.channels.email ?? (policy.dpo !== 'unstated' ? policy.dpo.email : policy.controller.email)
  );
}
