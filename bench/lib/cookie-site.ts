import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A local multi-page web site for the cookie audit benchmark, on 127.0.0.1 with two ports: the site
 * itself and a third party standing for an analytics vendor.
 *
 * Every page sets `last_page` by a Set-Cookie header and `lang` from the site's own /js/prefs.js,
 * every fifth page sets `seen_<n>` from an inline script, and every page loads the third party's
 * analytics.js, which writes `_ga` into the site's cookies and fetches a pixel whose response sets
 * the third-party cookie `uid`. The home page carries a consent banner; accepting it sets `consent`
 * and makes /js/consent.js load the third party's ads.js (`_fbp`). Each page links to the home page
 * and to the next three pages, so a breadth-first crawl reaches all `pages` of them.
 *
 * The test sites in test/helpers/ are not reused: they are three fixed pages built for assertions,
 * and the benchmark needs a site whose size it chooses.
 */
export interface BenchSite {
  /** The home page, e.g. http://127.0.0.1:40123/. */
  home: string;
  /** Every page of the site, home first. */
  urls: string[];
  close(): Promise<void>;
}

const GIF = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');

function send(res: ServerResponse, type: string, body: string | Buffer, cookies: string[] = []): void {
  res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store', 'set-cookie': cookies });
  res.end(body);
}

async function listen(
  handler: (res: ServerResponse, path: string) => void,
): Promise<{ server: Server; origin: string }> {
  const server = createServer((req, res) => {
    req.resume();
    handler(res, new URL(req.url ?? '/', 'http://x').pathname);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

function notFound(res: ServerResponse): void {
  res.writeHead(404, { 'content-type': 'text/plain' });
  res.end('not found');
}

/**
 * Starts the site with `pages` linked pages (home included).
 *
 * @example
 *   const site = await startBenchSite(10);
 *   await auditSite(site.home, policy, { maxPages: site.urls.length - 1 });
 *   await site.close();
 */
export async function startBenchSite(pages: number): Promise<BenchSite> {
  let thirdParty = '';
  const vendor = await listen((res, path) => {
    if (path === '/analytics.js') {
      return send(
        res,
        'text/javascript',
        `document.cookie = '_ga=GA1.1.1234567.89; path=/; max-age=63072000';
new Image().src = '${thirdParty}/collect?cid=1234567.89&p=' + encodeURIComponent(location.pathname);`,
      );
    }
    if (path === '/ads.js') {
      return send(
        res,
        'text/javascript',
        `document.cookie = '_fbp=fb.1.1700000000000.42; path=/; max-age=7776000';`,
      );
    }
    if (path === '/collect') return send(res, 'image/gif', GIF, ['uid=AHWqTUk; Path=/; Max-Age=34128000']);
    notFound(res);
  });
  thirdParty = vendor.origin;

  const pathOf = (n: number) => (n === 0 ? '/' : `/pagina-${n}`);
  const site = await listen((res, path) => {
    if (path === '/js/prefs.js') {
      return send(res, 'text/javascript', `document.cookie = 'lang=nl; path=/; max-age=31536000';`);
    }
    if (path === '/js/consent.js') {
      return send(
        res,
        'text/javascript',
        `(function () {
  function ads() {
    var s = document.createElement('script');
    s.src = '${thirdParty}/ads.js';
    document.head.appendChild(s);
  }
  if (document.cookie.indexOf('consent=yes') >= 0) ads();
  document.addEventListener('DOMContentLoaded', function () {
    var banner = document.getElementById('banner');
    if (!banner) return;
    if (document.cookie.indexOf('consent=') >= 0) banner.hidden = true;
    document.getElementById('accept').addEventListener('click', function () {
      document.cookie = 'consent=yes; path=/; max-age=15552000';
      banner.hidden = true;
      ads();
    });
  });
})();`,
      );
    }
    const n = path === '/' ? 0 : Number(/^\/pagina-(\d+)$/.exec(path)?.[1] ?? Number.NaN);
    if (!(Number.isInteger(n) && n >= 0 && n < pages)) return notFound(res);
    const links = [0, n + 1, n + 2, n + 3]
      .filter((m) => m < pages && m !== n)
      .map((m) => `<a href="${pathOf(m)}">Pagina ${m}</a>`)
      .join(' ');
    const banner =
      n === 0
        ? `<div id="banner" role="dialog" aria-label="Cookies"><p>Wij gebruiken cookies.</p>
<button id="accept">Alle cookies accepteren</button></div>`
        : '';
    const inline =
      n % 5 === 0 ? `<script>document.cookie = 'seen_${n}=1; path=/; max-age=86400';</script>` : '';
    send(
      res,
      'text/html',
      `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Pagina ${n}</title>
<script src="/js/prefs.js"></script><script src="/js/consent.js"></script>${inline}
<script src="${thirdParty}/analytics.js"></script></head>
<body>${banner}<h1>Pagina ${n}</h1><p>${'Tekst over onze diensten. '.repeat(40)}</p><nav>${links}</nav></body></html>`,
      [`last_page=${n}; Path=/; Max-Age=86400`],
    );
  });

  return {
    home: `${site.origin}/`,
    urls: Array.from({ length: pages }, (_, n) => `${site.origin}${pathOf(n)}`),
    async close() {
      for (const s of [site.server, vendor.server]) {
        s.closeAllConnections();
        await new Promise<void>((resolve) => s.close(() => resolve()));
      }
    },
  };
}
