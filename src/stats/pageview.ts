import { redactText } from '../pii/redact.js';

/**
 * What of a page view is kept: the path, the host that referred the visitor, and the campaign tags
 * — nothing else of the URL. Query strings (search terms, tokens, e-mail addresses in reset links)
 * and fragments are dropped; only `utm_source`, `utm_medium` and `utm_campaign` survive. Personal
 * data that sits in a path or a tag (`/klant/jan@example.nl`) is replaced by its type through the
 * PII engine, so the statistics never hold it.
 */

/** Longest path kept; longer ones are cut (they are generated, not pages people name). */
export const MAX_PAGE_LENGTH = 300;
/** Longest campaign tag kept. */
export const MAX_TAG_LENGTH = 100;
/** The only query parameters that are kept, in this order. */
export const campaignParameters = ['utm_source', 'utm_medium', 'utm_campaign'] as const;

export interface PageviewFacts {
  /** The path, e.g. `/tarieven`. */
  page: string;
  /** The referring host (`www.` removed) when the visitor came from another site. */
  referrer?: string;
  /** The campaign tags as a query string, e.g. `utm_source=nieuwsbrief&utm_campaign=lente`. */
  campaign?: string;
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : text.slice(0, max);
}

/**
 * The path of a page URL: decoded for reading, one trailing slash removed (`/tarieven/` and
 * `/tarieven` are one page), personal data replaced, at most MAX_PAGE_LENGTH characters.
 *
 * @example
 *   pagePath(new URL('https://cloudaware.nl/klant/jan@example.nl/?q=x#top')); // '/klant/<email>'
 */
export function pagePath(url: URL): string {
  let path = url.pathname;
  try {
    path = decodeURIComponent(path);
  } catch {
    // A malformed escape stays as it was sent.
  }
  if (path.length > 1 && path.endsWith('/')) path = path.slice(0, -1);
  return clip(redactText(path), MAX_PAGE_LENGTH) || '/';
}

/**
 * The campaign tags of a page URL, or undefined when it has none.
 *
 * @example
 *   campaignTags(new URL('https://x.nl/?utm_campaign=Lente&utm_source=nieuwsbrief&id=7'));
 *   // 'utm_source=nieuwsbrief&utm_campaign=Lente'
 */
export function campaignTags(url: URL): string | undefined {
  const kept = new URLSearchParams();
  for (const name of campaignParameters) {
    const value = url.searchParams.get(name)?.trim();
    if (value) kept.set(name, clip(redactText(value), MAX_TAG_LENGTH));
  }
  const text = kept.toString();
  return text === '' ? undefined : text;
}

/**
 * The host that referred the visitor, when it is another site: `www.google.com` → `google.com`.
 * Links within the site (its own origins, or the page's own host) are navigation, not referrals.
 *
 * @example
 *   referrerHost('https://www.google.com/search?q=cloud', new URL('https://cloudaware.nl/'), []); // 'google.com'
 */
export function referrerHost(
  referrer: string | undefined,
  page: URL,
  siteOrigins: readonly string[],
): string | undefined {
  if (!referrer) return undefined;
  let ref: URL;
  try {
    ref = new URL(referrer);
  } catch {
    return undefined;
  }
  if (ref.protocol !== 'http:' && ref.protocol !== 'https:') return undefined;
  if (ref.host === page.host || siteOrigins.includes(ref.origin)) return undefined;
  const host = ref.hostname.toLowerCase().replace(/^www\./, '');
  return host === '' ? undefined : host;
}

/**
 * Everything kept of one page view.
 *
 * @example
 *   describePageview(new URL('https://cloudaware.nl/tarieven?utm_source=x#prijs'), 'https://duckduckgo.com/', []);
 *   // { page: '/tarieven', referrer: 'duckduckgo.com', campaign: 'utm_source=x' }
 */
export function describePageview(
  page: URL,
  referrer: string | undefined,
  siteOrigins: readonly string[],
): PageviewFacts {
  const facts: PageviewFacts = { page: pagePath(page) };
  const host = referrerHost(referrer, page, siteOrigins);
  if (host) facts.referrer = host;
  const campaign = campaignTags(page);
  if (campaign) facts.campaign = campaign;
  return facts;
}
