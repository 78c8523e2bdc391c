import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * Local web sites for the cookie audit, all on 127.0.0.1, one port per party:
 *
 * - `shop`: the audited site. Its home page sets `sessionid` by a Set-Cookie header, `lang`, a
 *   localStorage `cart` and a sessionStorage `checkout_step` from its own script /js/prefs.js,
 *   `theme` from an inline script; it loads
 *   `tracker`'s analytics.js, which writes `_ga` into the shop's cookies and sends a beacon; it embeds
 *   `widget`'s iframe, whose response sets `fr` and whose inline script writes localStorage
 *   `widget_seen`; and it shows a consent banner. Only after "Alle cookies accepteren" does
 *   /js/consent.js load `ads`' fbevents.js, which writes `_fbp` and fetches a pixel whose response
 *   sets `IDE`. /over-ons sets `last_page` by header. Links: two pages, a sign-out link, a mailto:
 *   link, a PDF and an external link, of which the audit may follow only the two pages.
 * - `clean`: a site that keeps the CloudAware promise: `sessionid` by header, `lang` and `cart` from
 *   its own script, and first-party statistics without cookies (a beacon to its own /stats), until
 *   `addTrackerToClean()` makes it load `tracker`'s analytics.js too.
 *
 * Every request is counted per server and path, so tests can prove what was (not) visited.
 */

export interface CookieSites {
  shop: string;
  tracker: string;
  ads: string;
  widget: string;
  clean: string;
  /** Requests per server origin and path, e.g. hits.get(`${shop}/account/uitloggen`). */
  hits: Map<string, number>;
  /** Makes `clean` load `tracker`'s analytics.js from now on (a release that adds a tracker). */
  addTrackerToClean(): void;
  close(): Promise<void>;
}

type Handler = (req: IncomingMessage, res: ServerResponse, path: string) => void;

const GIF = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');

function send(res: ServerResponse, type: string, body: string | Buffer, cookies: string[] = []): void {
  res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store', 'set-cookie': cookies });
  res.end(body);
}

function page(title: string, head: string, body: string): string {
  return `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>${title}</title>${head}</head><body>${body}</body></html>`;
}

async function listen(
  handler: Handler,
  hits: Map<string, number>,
): Promise<{ server: Server; origin: string }> {
  let origin = '';
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const key = `${origin}${path}`;
    hits.set(key, (hits.get(key) ?? 0) + 1);
    handler(req, res, path);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { server, origin };
}

function notFound(res: ServerResponse): void {
  res.writeHead(404, { 'content-type': 'text/plain' });
  res.end('not found');
}

export async function startCookieSites(): Promise<CookieSites> {
  const hits = new Map<string, number>();
  const origins = { shop: '', tracker: '', ads: '', widget: '', clean: '' };

  const tracker = await listen((_req, res, path) => {
    if (path === '/analytics.js') {
      return send(
        res,
        'text/javascript',
        `document.cookie = '_ga=GA1.1.1234567.89; path=/; max-age=63072000';
new Image().src = '${origins.tracker}/collect?v=2&tid=G-TEST&cid=1234567.89';`,
      );
    }
    if (path === '/collect') return send(res, 'image/gif', GIF);
    notFound(res);
  }, hits);
  origins.tracker = tracker.origin;

  const ads = await listen((_req, res, path) => {
    if (path === '/fbevents.js') {
      return send(
        res,
        'text/javascript',
        `document.cookie = '_fbp=fb.1.1700000000000.42; path=/; max-age=7776000';
new Image().src = '${origins.ads}/pixel.gif?ev=PageView';`,
      );
    }
    if (path === '/pixel.gif') return send(res, 'image/gif', GIF, ['IDE=AHWqTUk; Path=/; Max-Age=34128000']);
    notFound(res);
  }, hits);
  origins.ads = ads.origin;

  const widget = await listen((_req, res, path) => {
    if (path === '/widget') {
      return send(
        res,
        'text/html',
        page('Reviews', '', `<p>4,5 sterren</p><script>localStorage.setItem('widget_seen', '1');</script>`),
        ['fr=0AbCdEf; Path=/; Max-Age=7776000'],
      );
    }
    notFound(res);
  }, hits);
  origins.widget = widget.origin;

  const nav = (o: string) => `<nav>
<a href="/over-ons">Over ons</a> <a href="/contact#formulier">Contact</a>
<a href="/account/uitloggen">Uitloggen</a> <a href="mailto:info@winkel.example">Mail ons</a>
<a href="/files/brochure.pdf">Brochure</a> <a href="${o}/elders">Elders</a></nav>`;

  const shop = await listen((_req, res, path) => {
    const head = `<script src="/js/prefs.js"></script><script src="/js/consent.js"></script>`;
    switch (path) {
      case '/':
        return send(
          res,
          'text/html',
          page(
            'Winkel',
            `${head}<script>document.cookie = 'theme=dark; path=/; max-age=2592000';</script>
<script src="${origins.tracker}/analytics.js"></script>`,
            `<div id="banner" role="dialog" aria-label="Cookies"><p>Wij gebruiken cookies.</p>
<button id="refuse">Alleen noodzakelijke cookies</button> <button id="accept">Alle cookies accepteren</button></div>
<h1>Winkel</h1>${nav(origins.tracker)}
<iframe src="${origins.widget}/widget" title="Reviews"></iframe>`,
          ),
          ['sessionid=s3ss10n; Path=/; HttpOnly; SameSite=Lax'],
        );
      case '/over-ons':
        return send(res, 'text/html', page('Over ons', head, `<h1>Over ons</h1>${nav(origins.tracker)}`), [
          'last_page=over-ons; Path=/; Max-Age=86400',
        ]);
      case '/contact':
        return send(res, 'text/html', page('Contact', head, `<h1>Contact</h1><a href="/">Home</a>`));
      case '/account/uitloggen':
        return send(res, 'text/html', page('Uitgelogd', '', '<p>Uitgelogd</p>'), ['logged_out=1; Path=/']);
      case '/js/prefs.js':
        return send(
          res,
          'text/javascript',
          `document.cookie = 'lang=nl; path=/; max-age=31536000';
if (!localStorage.getItem('cart')) localStorage.setItem('cart', '[]');
sessionStorage.setItem('checkout_step', '1');`,
        );
      case '/js/consent.js':
        return send(
          res,
          'text/javascript',
          `(function () {
  function marketing() {
    var s = document.createElement('script');
    s.src = '${origins.ads}/fbevents.js';
    document.head.appendChild(s);
  }
  if (document.cookie.indexOf('consent=yes') >= 0) marketing();
  document.addEventListener('DOMContentLoaded', function () {
    var banner = document.getElementById('banner');
    if (!banner) return;
    if (document.cookie.indexOf('consent=') >= 0) banner.hidden = true;
    document.getElementById('accept').addEventListener('click', function () {
      document.cookie = 'consent=yes; path=/; max-age=15552000';
      banner.hidden = true;
      marketing();
    });
    document.getElementById('refuse').addEventListener('click', function () {
      document.cookie = 'consent=no; path=/; max-age=15552000';
      banner.hidden = true;
    });
  });
})();`,
        );
      default:
        return notFound(res);
    }
  }, hits);
  origins.shop = shop.origin;

  let cleanLoadsTracker = false;
  const clean = await listen((req, res, path) => {
    const head = `<script src="/js/prefs.js"></script><script src="/js/stats.js" defer></script>${
      cleanLoadsTracker ? `<script src="${origins.tracker}/analytics.js"></script>` : ''
    }`;
    switch (path) {
      case '/':
        return send(
          res,
          'text/html',
          page('CloudAware', head, `<h1>CloudAware</h1><a href="/diensten">Diensten</a>`),
          ['sessionid=s3ss10n; Path=/; HttpOnly; SameSite=Lax'],
        );
      case '/diensten':
        return send(res, 'text/html', page('Diensten', head, `<h1>Diensten</h1><a href="/">Home</a>`));
      case '/js/prefs.js':
        return send(
          res,
          'text/javascript',
          `document.cookie = 'lang=nl; path=/; max-age=31536000';
if (!localStorage.getItem('cart')) localStorage.setItem('cart', '[]');`,
        );
      case '/js/stats.js':
        return send(
          res,
          'text/javascript',
          `navigator.sendBeacon('/stats', JSON.stringify({ path: location.pathname }));`,
        );
      case '/stats':
        req.resume();
        res.writeHead(204);
        return res.end();
      default:
        return notFound(res);
    }
  }, hits);
  origins.clean = clean.origin;

  const servers = [tracker.server, ads.server, widget.server, shop.server, clean.server];
  return {
    ...origins,
    hits,
    addTrackerToClean() {
      cleanLoadsTracker = true;
    },
    async close() {
      for (const s of servers) {
        s.closeAllConnections();
        await new Promise<void>((resolve) => s.close(() => resolve()));
      }
    },
  };
}
