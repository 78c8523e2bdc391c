import type { Hono } from 'hono';
import { type Role, roles } from '../../src/access/roles.js';
import { createUser } from '../../src/access/users.js';
import { resolveConfig } from '../../src/config.js';
import { createApp } from '../../src/http/app.js';
import type { AppEnv } from '../../src/http/env.js';
import { memoryLogger } from '../../src/log.js';
import { demoPolicyPath } from '../../src/paths.js';
import { loadPolicyFile } from '../../src/policy/load.js';
import type { Db } from '../../src/store/db.js';

/**
 * The server in-process for tests: the real app on a real database, a clock the test moves, and a
 * logger that keeps its lines. Requests go through `app.request()`, no socket.
 */

export interface TestClock {
  (): Date;
  advance(ms: number): void;
}

export function testClock(start = new Date('2026-03-02T09:00:00Z')): TestClock {
  let now = start.getTime();
  const clock = (() => new Date(now)) as TestClock;
  clock.advance = (ms) => {
    now += ms;
  };
  return clock;
}

export async function testApp(db: Db) {
  const clock = testClock();
  const log = memoryLogger();
  const config = resolveConfig(undefined, undefined, {}, process.cwd());
  const policy = await loadPolicyFile(demoPolicyPath, 'examples/cloudaware/policy.yaml');
  const app = createApp({ db, config, policy, clock, log });
  return { app, db, clock, log, policy };
}

export const PASSWORD = 'correct horse battery staple';

/** A user per role with a known password (no generated one, so no forced change). */
export async function seedUsers(db: Db, now: Date): Promise<Record<Role, string>> {
  const emails = {} as Record<Role, string>;
  for (const role of roles) {
    const email = `${role}@example.org`;
    await createUser(db, { email, role, password: PASSWORD }, { actor: 'cli', now });
    emails[role] = email;
  }
  return emails;
}

/** The value of the CSRF field in a page. */
export function csrfIn(html: string): string {
  const m = /name="_csrf" value="([^"]+)"/.exec(html);
  if (!m?.[1]) throw new Error('no CSRF field in the page');
  return m[1];
}

/**
 * A browser in miniature: keeps cookies between requests, follows nothing by itself (tests look at
 * redirects), and sends forms the way a browser does.
 */
export class TestBrowser {
  readonly cookies = new Map<string, string>();
  constructor(
    readonly app: Hono<AppEnv>,
    readonly env: Record<string, unknown> = { incoming: { socket: { remoteAddress: '192.0.2.10' } } },
  ) {}

  async request(path: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    if (this.cookies.size > 0) {
      headers.set('cookie', [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; '));
    }
    if (!headers.has('accept')) headers.set('accept', 'text/html');
    const res = await this.app.request(path, { ...init, headers }, this.env);
    for (const line of res.headers.getSetCookie()) {
      const [pair, ...attrs] = line.split(';');
      const [name, ...rest] = (pair ?? '').split('=');
      const value = rest.join('=');
      const expired = attrs.some((a) => /max-age=0/i.test(a.trim()));
      if (!name) continue;
      if (expired || value === '') this.cookies.delete(name.trim());
      else this.cookies.set(name.trim(), value);
    }
    return res;
  }

  get(path: string): Promise<Response> {
    return this.request(path);
  }

  /** Posts a form; `csrf: true` fetches a fresh token from `from` (a page that shows a form) first. */
  async post(path: string, fields: Record<string, string>, options: { csrfFrom?: string } = {}) {
    const body = new URLSearchParams(fields);
    if (options.csrfFrom) body.set('_csrf', csrfIn(await (await this.get(options.csrfFrom)).text()));
    return this.request(path, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: body.toString(),
    });
  }

  /** Signs in with the password form; returns the response to the form post. */
  async signIn(email: string, password = PASSWORD): Promise<Response> {
    return this.post('/admin/sign-in', { email, password, next: '/admin' }, { csrfFrom: '/admin/sign-in' });
  }
}
