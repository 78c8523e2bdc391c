/**
 * Reads the cookie strings a page writes: a `Set-Cookie` header value, or what a script assigns to
 * `document.cookie` (the same syntax). Only what attribution needs: the name, the Domain attribute,
 * and whether the write deletes the cookie rather than setting it.
 */

export interface CookieWrite {
  name: string;
  /** The Domain attribute without its leading dot, lower case; undefined for a host-only cookie. */
  domain?: string;
  path?: string;
  /** An expiry in the past or Max-Age <= 0: the write removes the cookie. */
  deletes: boolean;
}

/**
 * @example
 *   parseCookieWrite('_ga=GA1.2.3; Domain=.example.com; Max-Age=63072000');
 *   // { name: '_ga', domain: 'example.com', deletes: false }
 */
export function parseCookieWrite(text: string, now: Date = new Date()): CookieWrite | undefined {
  const [pair, ...attributes] = text.split(';');
  if (pair === undefined) return undefined;
  const eq = pair.indexOf('=');
  // A write without "=" sets a cookie with an empty name and that value (RFC 6265bis); it has no name to report.
  if (eq <= 0) return undefined;
  const name = pair.slice(0, eq).trim();
  if (name === '') return undefined;
  const write: CookieWrite = { name, deletes: false };
  let maxAge: number | undefined;
  let expires: number | undefined;
  for (const attribute of attributes) {
    const i = attribute.indexOf('=');
    const key = (i < 0 ? attribute : attribute.slice(0, i)).trim().toLowerCase();
    const value = i < 0 ? '' : attribute.slice(i + 1).trim();
    if (key === 'domain' && value !== '') write.domain = value.replace(/^\./, '').toLowerCase();
    else if (key === 'path' && value !== '') write.path = value;
    else if (key === 'max-age' && /^-?\d+$/.test(value)) maxAge = Number(value);
    else if (key === 'expires') {
      const at = Date.parse(value);
      if (!Number.isNaN(at)) expires = at;
    }
  }
  // Max-Age wins over Expires when both are given.
  write.deletes = maxAge !== undefined ? maxAge <= 0 : expires !== undefined && expires <= now.getTime();
  return write;
}
