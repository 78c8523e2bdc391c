/**
 * Which "party" a URL belongs to. Browsers draw the line at the registrable domain (example.co.uk,
 * shop.example.com → example.com), so that is the site here too. IP addresses and `localhost` have
 * no registrable domain; for them the port tells sites apart, which is how local development and the
 * test sites (several ports on 127.0.0.1 standing for first and third parties) are told apart.
 */

/**
 * Two-label public suffixes under which a registrable domain has three labels. A short list of the
 * common ones instead of the full Public Suffix List: an audit that misjudges `foo.blogspot.com` as
 * first party of `bar.blogspot.com` errs towards fewer findings, never towards wrong evidence.
 */
const twoLabelSuffixes = new Set([
  'co.uk',
  'org.uk',
  'ac.uk',
  'gov.uk',
  'me.uk',
  'ltd.uk',
  'plc.uk',
  'com.au',
  'net.au',
  'org.au',
  'co.nz',
  'org.nz',
  'co.jp',
  'ne.jp',
  'or.jp',
  'com.br',
  'com.cn',
  'com.mx',
  'com.tr',
  'co.za',
  'co.in',
  'co.kr',
  'com.sg',
  'com.hk',
  'com.tw',
  'co.il',
  'com.ar',
  'com.pl',
  'co.at',
  'or.at',
  'gv.at',
  'com.es',
  'com.pt',
  'co.id',
]);

function isIpHost(host: string): boolean {
  return /^\d{1,3}(\.\d{1,3}){3}$/.test(host) || host.startsWith('[') || host.includes(':');
}

function defaultPort(protocol: string): string {
  return protocol === 'https:' ? '443' : protocol === 'http:' ? '80' : '';
}

/**
 * The site of a URL: its registrable domain, or `host:port` for an IP address or localhost.
 * Returns undefined for URLs without a host (data:, blob:, about:).
 *
 * @example
 *   siteOf('https://www.shop.example.co.uk/a'); // 'example.co.uk'
 *   siteOf('http://127.0.0.1:8081/pixel.gif');  // '127.0.0.1:8081'
 */
export function siteOf(url: string): string | undefined {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return undefined;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:' && u.protocol !== 'ws:' && u.protocol !== 'wss:') {
    return undefined;
  }
  const host = u.hostname.toLowerCase().replace(/\.$/, '');
  if (host === 'localhost' || isIpHost(host)) {
    const port =
      u.port || defaultPort(u.protocol === 'wss:' ? 'https:' : u.protocol === 'ws:' ? 'http:' : u.protocol);
    return `${host}:${port}`;
  }
  return registrableDomain(host);
}

/**
 * The registrable domain of a host name (no port): the last two labels, or three under a known
 * two-label public suffix.
 *
 * @example
 *   registrableDomain('a.b.example.com'); // 'example.com'
 */
export function registrableDomain(host: string): string {
  const labels = host.toLowerCase().replace(/^\./, '').split('.');
  if (labels.length <= 2) return labels.join('.');
  const lastTwo = labels.slice(-2).join('.');
  return labels.slice(twoLabelSuffixes.has(lastTwo) ? -3 : -2).join('.');
}

/**
 * The site a cookie's Domain belongs to, given the page it was seen on: for an IP address or
 * localhost the cookie jar ignores ports, so the domain alone cannot name a party — undefined then.
 */
export function cookieDomainSite(domain: string): string | undefined {
  const host = domain.replace(/^\./, '').toLowerCase();
  if (host === 'localhost' || isIpHost(host)) return undefined;
  return registrableDomain(host);
}

/** `host:port` as people read it: the port only when it is not the scheme's default. */
export function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}
