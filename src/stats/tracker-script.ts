import { createHash } from 'node:crypto';

/**
 * The tracker a site includes with `<script defer src="https://<grondslag>/stats/t.js"></script>`
 * (add `data-spa` to count navigation in a single-page application). It is served as a static file
 * from /stats/t.js and written for a strict Content Security Policy: no eval, no inline code, no
 * injected elements. It sets no cookie and writes nothing to localStorage, sessionStorage or
 * IndexedDB; it sends one small event per page view — the page's address and the referrer — to the
 * /stats/event endpoint next to itself, with `fetch(keepalive)` without credentials, or
 * `navigator.sendBeacon` where fetch is missing. Browsers that announce automation (webdriver,
 * PhantomJS, Nightmare, Cypress) send nothing.
 *
 * Kept small by hand (a test holds it under 2 KB gzipped) and in ES5, so that every browser still
 * in use parses it.
 */
export const trackerScript = `/* Grondslag cookieless statistics: no cookies, no storage, no identifiers. */
(function (w, d, n) {
  'use strict';
  var me = d.currentScript;
  if (!me || !me.src) return;
  if (n.webdriver || w._phantom || w.callPhantom || w.__nightmare || w.Cypress) return;
  var endpoint = new URL('event', me.src).href;
  var last = null;

  function post(body) {
    if (w.fetch) {
      w.fetch(endpoint, {
        method: 'POST',
        body: body,
        keepalive: true,
        credentials: 'omit',
        headers: { 'Content-Type': 'text/plain' }
      })['catch'](function () {});
    } else if (n.sendBeacon) {
      n.sendBeacon(endpoint, body);
    }
  }

  function pageview(referrer) {
    var l = w.location;
    if (l.protocol !== 'http:' && l.protocol !== 'https:') return;
    // A history change that keeps the address (replaceState, a repeated push) is no new view.
    if (l.href === last) return;
    last = l.href;
    post(JSON.stringify({ name: 'pageview', url: l.href, referrer: referrer }));
  }

  function start() {
    pageview(d.referrer || '');
    if (me.hasAttribute('data-spa') && w.history && w.history.pushState) {
      var push = w.history.pushState;
      w.history.pushState = function () {
        var r = push.apply(this, arguments);
        pageview('');
        return r;
      };
      w.addEventListener('popstate', function () { pageview(''); });
    }
  }

  // A prerendered page is counted when someone actually looks at it.
  if (d.visibilityState === 'prerender') {
    d.addEventListener('visibilitychange', function once() {
      if (d.visibilityState === 'prerender') return;
      d.removeEventListener('visibilitychange', once);
      start();
    });
  } else {
    start();
  }
})(window, document, navigator);
`;

/** A strong validator for caching: the script changes only with a new release. */
export const trackerEtag = `"${createHash('sha256').update(trackerScript).digest('base64url').slice(0, 16)}"`;
