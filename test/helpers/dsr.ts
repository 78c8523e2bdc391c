import { randomBytes } from 'node:crypto';
import { createSealer } from '../../src/crypto/sealed.js';
import type { DsrDeps } from '../../src/dsr/deps.js';
import { senderFromPolicy } from '../../src/dsr/letters.js';
import { createMailer } from '../../src/mail/mailer.js';
import { demoPolicyPath } from '../../src/paths.js';
import { loadPolicyFile } from '../../src/policy/load.js';
import type { Db } from '../../src/store/db.js';
import { type TestClock, testClock } from './http.js';
import type { SmtpSink } from './smtp.js';

/** Request-service dependencies on a real store, with a fresh key, a movable clock and real SMTP. */
export async function dsrTestDeps(
  db: Db,
  options: { smtp?: SmtpSink; clock?: TestClock } = {},
): Promise<DsrDeps & { clock: TestClock }> {
  const policy = await loadPolicyFile(demoPolicyPath, 'examples/cloudaware/policy.yaml');
  const deps: DsrDeps & { clock: TestClock } = {
    db,
    sealer: createSealer(randomBytes(32)),
    clock: options.clock ?? testClock(),
    sender: senderFromPolicy(policy.policy),
    publicUrl: 'http://portal.test',
  };
  if (options.smtp) deps.mailer = createMailer(options.smtp.config);
  return deps;
}

/** Every text value in the grondslag schema, for "this string is stored nowhere" checks. */
export async function databaseText(db: Db): Promise<string> {
  const { rows } = await db.query<{ table_name: string }>(
    `select table_name from information_schema.tables where table_schema = 'grondslag' and table_type = 'BASE TABLE'`,
  );
  const parts: string[] = [];
  for (const { table_name } of rows) {
    const r = await db.query<{ t: string }>(`select t::text as t from grondslag.${table_name} t`);
    parts.push(...r.rows.map((x) => x.t));
  }
  return parts.join('\n');
}
