import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csrfIn } from './helpers/http.js';
import { type LoggedProcess, spawnLogged, waitFor } from './helpers/jobs.js';

/**
 * `grondslag serve` as a real process: what an operator sees on first start, that it serves, and
 * that SIGTERM leaves the embedded store sound for the next start.
 */

const scratch = mkdtempSync(join(tmpdir(), 'grondslag-serve-'));
const dataDir = join(scratch, 'data');
const running: LoggedProcess[] = [];

beforeAll(() => {
  if (!existsSync('dist/cli/commands/serve.js')) {
    throw new Error('this test runs bin/grondslag.js, which needs the build: run `npm run build` first');
  }
});
afterAll(() => {
  for (const p of running) p.child.kill('SIGKILL');
  rmSync(scratch, { recursive: true, force: true });
});

function start(): LoggedProcess {
  const p = spawnLogged([join(process.cwd(), 'bin/grondslag.js'), 'serve', '--port', '0'], {
    cwd: scratch,
    env: { GRONDSLAG_DATA_DIR: dataDir, PORT: '', DATABASE_URL: '' },
  });
  running.push(p);
  return p;
}

async function baseUrl(p: LoggedProcess): Promise<string> {
  return waitFor('the URL on stdout', () => /running at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(p.stdout())?.[1]);
}

describe('grondslag serve (process)', () => {
  it('prints the URL and a one-time admin password once, serves, and restarts cleanly after SIGTERM', async () => {
    const first = start();
    const url = await baseUrl(first);
    const password = await waitFor('the password', () => /password: (\S+)/.exec(first.stdout())?.[1]);
    expect(first.stdout()).toContain('admin@localhost');

    const health = await fetch(`${url}healthz`);
    expect(await health.json()).toEqual({ ok: true, db: 'pglite' });
    const portal = await fetch(url);
    expect(portal.status).toBe(200);
    expect(await portal.text()).toContain('<html lang="nl">');
    // Logs go to stderr as JSON, one line per request.
    await first.waitForLog('the request log', (e) => e.msg === 'request' && e.route === '/healthz');

    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);
    expect(existsSync(`${dataDir}.lock`)).toBe(false);

    // Second start on the same data: no new admin, and the first one's password still signs in.
    const second = start();
    const url2 = await baseUrl(second);
    expect(second.stdout()).not.toContain('password');
    const page = await fetch(`${url2}admin/sign-in`);
    const cookie = page.headers.getSetCookie()[0]!.split(';')[0]!;
    const signIn = await fetch(`${url2}admin/sign-in`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie },
      body: new URLSearchParams({ email: 'admin@localhost', password, _csrf: csrfIn(await page.text()) }),
    });
    expect(signIn.status).toBe(303);
    expect(signIn.headers.get('location')).toBe('/admin/account/password');
    second.child.kill('SIGINT');
    expect(await second.exited).toBe(0);
  });
});
