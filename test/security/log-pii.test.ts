import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiToken } from '../../src/access/api-tokens.js';
import { type Config, configSchema, resolveConfig } from '../../src/config.js';
import { createApp } from '../../src/http/app.js';
import { createLogger, type LoggerOptions } from '../../src/log.js';
import { demoPolicyPath } from '../../src/paths.js';
import { scanText } from '../../src/pii/scan.js';
import { loadPolicyFile } from '../../src/policy/load.js';
import type { Db } from '../../src/store/db.js';
import { TestBrowser, testClock } from '../helpers/http.js';
import { type SmtpSink, startSmtpSink } from '../helpers/smtp.js';
import { freshPglite } from '../helpers/store.js';

/**
 * Grondslag's own logs carry no personal data: the real app with the real logger (default redaction)
 * writing to a buffer, requests stuffed with personal data in forms, JSON bodies, query strings,
 * paths and headers, and then every log line scanned by the PII engine.
 */

const PERSON = {
  email: 'jan.jansen@example.nl',
  phone: '06-12345678',
  bsn: '111222333',
  iban: 'NL91ABNA0417164300',
};
const PERSONAL_TEXT = `Ik ben ${PERSON.email}, bel 06-12345678, BSN 111222333, rekening NL91ABNA0417164300`;

let db: Db;
let smtp: SmtpSink;
const lines: string[] = [];

async function appWith(redact?: LoggerOptions['redact']) {
  const dir = mkdtempSync(join(tmpdir(), 'grondslag-log-pii-'));
  const file = configSchema.parse({
    store: { dataDir: './data' },
    server: { port: 3000, host: '127.0.0.1' },
    mail: smtp.config,
  });
  const config: Config = resolveConfig(file, join(dir, 'grondslag.config.yaml'), {}, dir);
  const log = createLogger({
    level: 'debug',
    write: (line) => lines.push(line),
    ...(redact ? { redact } : {}),
  });
  const policy = await loadPolicyFile(demoPolicyPath, 'examples/cloudaware/policy.yaml');
  return { app: createApp({ db, config, policy, clock: testClock(), log }), log };
}

beforeAll(async () => {
  db = await freshPglite();
  smtp = await startSmtpSink();
});
afterAll(async () => {
  await db?.close();
  await smtp?.close();
});

describe("Grondslag's own logs", () => {
  it('hold no personal data after requests full of it (forms, JSON, query strings, paths, headers)', async () => {
    lines.length = 0;
    const { app, log } = await appWith();
    const token = (
      await createApiToken(db, { name: 'log test', role: 'dpo' }, { actor: 'cli', now: new Date() })
    ).secret;
    const hostile = {
      'user-agent': `Mozilla/5.0 (${PERSON.email})`,
      referer: `https://example.nl/?email=${PERSON.email}&phone=0612345678`,
      'x-forwarded-for': '203.0.113.77',
      'x-customer': PERSONAL_TEXT,
    };
    const browser = new TestBrowser(app, { incoming: { socket: { remoteAddress: '203.0.113.78' } } });
    await browser.request(`/request?email=${PERSON.email}&phone=0612345678&bsn=111222333`, {
      headers: hostile,
    });
    const filed = await browser.post(
      '/request?lang=nl',
      { language: 'nl', type: 'access', email: PERSON.email, phone: PERSON.phone, text: PERSONAL_TEXT },
      { csrfFrom: '/request?lang=nl' },
    );
    expect(filed.status).toBe(303);
    const invalid = await browser.post(
      '/request?lang=nl',
      { language: 'nl', type: 'access', email: `not-an-address ${PERSON.bsn}`, text: PERSONAL_TEXT },
      { csrfFrom: '/request?lang=nl' },
    );
    expect(invalid.status).toBe(400);
    const api = (path: string, init: RequestInit = {}) =>
      app.request(path, {
        ...init,
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...hostile },
      });
    expect(
      (
        await api('/api/dsr', {
          method: 'POST',
          body: JSON.stringify({
            type: 'access',
            identity: { email: PERSON.email, phone: PERSON.phone },
            text: PERSONAL_TEXT,
          }),
        })
      ).status,
    ).toBeLessThan(500);
    expect(
      (
        await api('/api/users', {
          method: 'POST',
          body: JSON.stringify({ email: PERSON.email, role: 'nobody' }),
        })
      ).status,
    ).toBe(400);
    expect((await api('/api/users', { method: 'POST', body: `{"email": "${PERSON.email}", ` })).status).toBe(
      400,
    );
    await api(`/api/dsr?email=${encodeURIComponent(PERSON.email)}&q=${PERSON.iban}`);
    await api(`/api/dsr/${PERSON.email}`);
    await app.request(`/nothing/${PERSON.email}/${PERSON.iban}`, { headers: hostile });
    await app.request('/stats/event', {
      method: 'POST',
      headers: hostile,
      body: JSON.stringify({ url: `https://x.nl/?e=${PERSON.email}` }),
    });
    // What code paths log themselves: an error whose message holds personal data (as a database
    // error quoting a value would), and fields nested in objects.
    log.error('unhandled error', {
      error: new Error(`duplicate key value (email)=(${PERSON.email})`),
      mail: { to: PERSON.email, phone: PERSON.phone, iban: [PERSON.iban] },
    });

    expect(lines.filter((l) => JSON.parse(l).msg === 'request').length).toBeGreaterThanOrEqual(8);
    const all = lines.join('\n');
    const found = scanText(all);
    expect(found.map((f) => `${f.type}: ${all.slice(f.start, f.end)}`)).toEqual([]);
    for (const v of Object.values(PERSON)) expect(all).not.toContain(v);
    // The lines stay useful: the error is there, with the personal value replaced by its type.
    expect(all).toContain('duplicate key value (email)=(<email>)');
  });

  it('would show the same personal data without the redaction (the scan can fail)', async () => {
    lines.length = 0;
    const { log } = await appWith((e) => e);
    log.error('unhandled error', { error: new Error(`duplicate key value (email)=(${PERSON.email})`) });
    expect(scanText(lines.join('\n')).map((f) => f.type)).toContain('email');
  });
});
