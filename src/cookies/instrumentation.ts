/**
 * Runs in every document of the audited site before its own scripts (Playwright init script) and
 * reports each write to `document.cookie`, `cookieStore.set` and `Storage.setItem` with the call
 * stack, so that the audit can name the script that wrote it. It also reports the requests scripts
 * start the usual tracking ways (an image, script or iframe `src`, fetch, XMLHttpRequest,
 * sendBeacon): Chromium's own initiator blames the parser for an image a parser-blocking script
 * creates, which hides the tracker behind the page. It only observes: the originals run unchanged.
 */

/** Name of the binding the page calls; exposed by the audit on the browser context. */
export const RECORD_BINDING = '__grondslagRecord';

/** Marks the script's own stack frames, which are left out when finding the writer. */
const SOURCE_URL = 'grondslag-instrumentation.js';

export interface WriteReport {
  kind: 'cookie' | 'cookie-store' | 'storage' | 'request';
  /** The absolute URL a script asked for (request). */
  url?: string;
  /** The assigned cookie string (cookie), or the cookieStore cookie's name (cookie-store). */
  text?: string;
  name?: string;
  domain?: string;
  area?: 'localStorage' | 'sessionStorage';
  key?: string;
  stack: string;
  href: string;
  origin: string;
}

export const instrumentationScript = `(() => {
  const send = (report) => {
    try { const f = window[${JSON.stringify(RECORD_BINDING)}]; if (typeof f === 'function') f(report); } catch (e) {}
  };
  const stack = () => {
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 40;
    const s = new Error().stack || '';
    Error.stackTraceLimit = limit;
    return s;
  };
  const base = () => ({ href: String(location.href), origin: String(location.origin) });
  const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie');
  if (cookie && cookie.set && cookie.get) {
    Object.defineProperty(Document.prototype, 'cookie', {
      configurable: true,
      enumerable: cookie.enumerable,
      get() { return cookie.get.call(this); },
      set(value) {
        send(Object.assign(base(), { kind: 'cookie', text: String(value), stack: stack() }));
        return cookie.set.call(this, value);
      },
    });
  }
  if (typeof CookieStore !== 'undefined' && CookieStore.prototype.set) {
    const set = CookieStore.prototype.set;
    CookieStore.prototype.set = function (a, b) {
      const name = typeof a === 'string' ? a : a && a.name;
      const domain = typeof a === 'object' && a ? a.domain : undefined;
      send(Object.assign(base(), { kind: 'cookie-store', name: String(name), domain: domain || undefined, stack: stack() }));
      return set.apply(this, arguments);
    };
  }
  const absolute = (u) => { try { return new URL(String(u), document.baseURI).href; } catch (e) { return String(u); } };
  const request = (u) => { if (u) send(Object.assign(base(), { kind: 'request', url: absolute(u), stack: stack() })); };
  const hookSrc = (proto) => {
    const d = Object.getOwnPropertyDescriptor(proto, 'src');
    if (!d || !d.set || !d.get) return;
    Object.defineProperty(proto, 'src', {
      configurable: true,
      enumerable: d.enumerable,
      get() { return d.get.call(this); },
      set(value) { request(value); return d.set.call(this, value); },
    });
  };
  hookSrc(HTMLImageElement.prototype);
  hookSrc(HTMLScriptElement.prototype);
  hookSrc(HTMLIFrameElement.prototype);
  const setAttribute = Element.prototype.setAttribute;
  Element.prototype.setAttribute = function (name, value) {
    if (String(name).toLowerCase() === 'src' && /^(IMG|SCRIPT|IFRAME)$/.test(this.tagName)) request(value);
    return setAttribute.apply(this, arguments);
  };
  if (typeof fetch === 'function') {
    const f = fetch;
    window.fetch = function (input) {
      request(typeof input === 'string' || input instanceof URL ? input : input && input.url);
      return f.apply(this, arguments);
    };
  }
  const open = XMLHttpRequest.prototype.open;
  XMLHttpRequest.prototype.open = function (method, url) {
    request(url);
    return open.apply(this, arguments);
  };
  if (navigator.sendBeacon) {
    const beacon = navigator.sendBeacon;
    navigator.sendBeacon = function (url) {
      request(url);
      return beacon.apply(this, arguments);
    };
  }
  const setItem = Storage.prototype.setItem;
  Storage.prototype.setItem = function (key, value) {
    let area = 'localStorage';
    try { if (this === window.sessionStorage) area = 'sessionStorage'; } catch (e) {}
    send(Object.assign(base(), { kind: 'storage', area, key: String(key), stack: stack() }));
    return setItem.apply(this, arguments);
  };
})();
//# sourceURL=${SOURCE_URL}
`;

/**
 * The script URLs on a V8 stack trace, innermost first, without the instrumentation's own frames;
 * the first one is the script that made the write (an inline script shows as its document's URL).
 *
 * @example
 *   scriptUrlsOnStack('Error\n    at set (grondslag-instrumentation.js:12:9)\n    at https://t.example/a.js:1:5');
 *   // ['https://t.example/a.js']
 */
export function scriptUrlsOnStack(stack: string): string[] {
  const urls: string[] = [];
  for (const line of stack.split('\n')) {
    if (line.includes(SOURCE_URL)) continue;
    const m = /(https?:\/\/[^\s()]+?):\d+:\d+\)?\s*$/.exec(line);
    if (m?.[1] && urls[urls.length - 1] !== m[1]) urls.push(m[1]);
  }
  return urls;
}
