import { runInNewContext } from 'node:vm';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { trackerScript } from './tracker-script.js';

/**
 * The script as a browser runs it, in a sandbox whose window records what the script does: the
 * requests it makes, and every attempt to touch cookies or storage (which must never happen).
 */
function runTracker(options: {
  href: string;
  referrer?: string;
  src?: string;
  spa?: boolean;
  webdriver?: boolean;
  fetch?: boolean;
}) {
  const posts: { url: string; init: Record<string, unknown> }[] = [];
  const beacons: { url: string; body: string }[] = [];
  const touched: string[] = [];
  const listeners = new Map<string, (() => void)[]>();
  const location = new URL(options.href);
  const forbidden = (name: string) => ({
    get() {
      touched.push(name);
      return undefined;
    },
    set() {
      touched.push(name);
    },
  });
  const document = Object.defineProperties(
    {
      currentScript: {
        src: options.src ?? 'https://stats.example/stats/t.js',
        hasAttribute: (name: string) => name === 'data-spa' && options.spa === true,
      },
      referrer: options.referrer ?? '',
      visibilityState: 'visible',
      addEventListener() {},
    },
    { cookie: forbidden('document.cookie') },
  );
  const history = {
    pushState(_state: unknown, _title: string, url: string) {
      const next = new URL(url, location.href);
      location.href = next.href;
    },
  };
  const window: Record<string, unknown> = {
    location,
    history,
    addEventListener(type: string, fn: () => void) {
      listeners.set(type, [...(listeners.get(type) ?? []), fn]);
    },
  };
  for (const name of ['localStorage', 'sessionStorage', 'indexedDB']) {
    Object.defineProperty(window, name, forbidden(name));
  }
  if (options.fetch !== false) {
    window.fetch = (url: string, init: Record<string, unknown>) => {
      posts.push({ url, init });
      return Promise.resolve({});
    };
  }
  const navigator = {
    webdriver: options.webdriver === true,
    sendBeacon(url: string, body: string) {
      beacons.push({ url, body });
      return true;
    },
  };
  runInNewContext(trackerScript, { window, document, navigator, URL, JSON });
  return {
    posts,
    beacons,
    touched,
    history,
    location,
    fire: (type: string) => {
      for (const f of listeners.get(type) ?? []) f();
    },
  };
}

describe('the tracker script', () => {
  it('is under 2 KB gzipped', () => {
    expect(gzipSync(trackerScript, { level: 9 }).length).toBeLessThan(2048);
  });

  it('uses no eval, no cookie and no browser storage', () => {
    expect(trackerScript).not.toMatch(/\beval\b|new Function|setTimeout\(\s*['"]|innerHTML|document\.write/);
    expect(trackerScript).not.toMatch(/document\.cookie|localStorage|sessionStorage|indexedDB|caches\./);
  });

  it('posts one page view to the endpoint next to itself, without credentials', () => {
    const t = runTracker({
      href: 'https://www.cloudaware.nl/tarieven?utm_source=x#prijs',
      referrer: 'https://duckduckgo.com/',
    });
    expect(t.posts).toHaveLength(1);
    const [post] = t.posts;
    expect(post!.url).toBe('https://stats.example/stats/event');
    expect(post!.init).toMatchObject({ method: 'POST', keepalive: true, credentials: 'omit' });
    expect(JSON.parse(post!.init.body as string)).toEqual({
      name: 'pageview',
      url: 'https://www.cloudaware.nl/tarieven?utm_source=x#prijs',
      referrer: 'https://duckduckgo.com/',
    });
    expect(t.touched).toEqual([]);
  });

  it('falls back to sendBeacon where fetch is missing', () => {
    const t = runTracker({ href: 'https://www.cloudaware.nl/', fetch: false });
    expect(t.beacons).toHaveLength(1);
    expect(JSON.parse(t.beacons[0]!.body)).toMatchObject({
      name: 'pageview',
      url: 'https://www.cloudaware.nl/',
    });
  });

  it('counts history navigation with data-spa, once per address, with no referrer', () => {
    const t = runTracker({ href: 'https://app.example/', referrer: 'https://google.com/', spa: true });
    t.history.pushState({}, '', '/orders');
    t.history.pushState({}, '', '/orders');
    t.history.pushState({}, '', '/settings');
    const sent = t.posts.map((p) => JSON.parse(p.init.body as string) as { url: string; referrer: string });
    expect(sent.map((s) => [s.url, s.referrer])).toEqual([
      ['https://app.example/', 'https://google.com/'],
      ['https://app.example/orders', ''],
      ['https://app.example/settings', ''],
    ]);
  });

  it('counts going back (popstate) with data-spa', () => {
    const t = runTracker({ href: 'https://app.example/', spa: true });
    t.history.pushState({}, '', '/orders');
    t.location.href = 'https://app.example/';
    t.fire('popstate');
    const urls = t.posts.map((p) => (JSON.parse(p.init.body as string) as { url: string }).url);
    expect(urls).toEqual(['https://app.example/', 'https://app.example/orders', 'https://app.example/']);
  });

  it('ignores history navigation without data-spa', () => {
    const t = runTracker({ href: 'https://app.example/' });
    t.history.pushState({}, '', '/orders');
    expect(t.posts).toHaveLength(1);
  });

  it('sends nothing from a browser that announces automation', () => {
    expect(runTracker({ href: 'https://www.cloudaware.nl/', webdriver: true }).posts).toEqual([]);
  });

  it('sends nothing from a page that is not on the web (file:, about:)', () => {
    expect(runTracker({ href: 'file:///home/jan/page.html' }).posts).toEqual([]);
  });
});
