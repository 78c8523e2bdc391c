import { siteOf } from './site.js';

/**
 * Which links the audit follows: same site as the start page (breadth-first, so the pages most
 * visitors see come first), web pages only. Sign-out links are skipped because following one ends
 * the state the audit is observing; downloads are skipped because they are not pages.
 */

const fileExtensions =
  /\.(pdf|zip|gz|tgz|rar|7z|docx?|xlsx?|pptx?|odt|ods|csv|txt|xml|json|jpe?g|png|gif|svg|webp|ico|mp3|mp4|m4a|mov|avi|webm|wav|exe|dmg|msi|apk|iso|ics|vcf)$/i;
const signOut = /(log-?out|sign-?out|logoff|afmelden|uitloggen)/i;

/**
 * The page URL to visit for a link, or undefined when the audit must not follow it.
 *
 * @example
 *   followable('/over-ons#team', 'https://shop.example/', 'example'); // 'https://shop.example/over-ons'
 *   followable('mailto:info@shop.example', 'https://shop.example/', 'shop.example'); // undefined
 */
export function followable(href: string, base: string, site: string, text = ''): string | undefined {
  let u: URL;
  try {
    u = new URL(href, base);
  } catch {
    return undefined;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return undefined;
  if (siteOf(u.href) !== site) return undefined;
  if (fileExtensions.test(u.pathname)) return undefined;
  if (signOut.test(u.pathname) || signOut.test(u.search) || signOut.test(text)) return undefined;
  u.hash = '';
  return u.href;
}
