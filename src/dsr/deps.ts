import type { Config } from '../config.js';
import { sealerFor } from '../crypto/master-key.js';
import type { Sealer } from '../crypto/sealed.js';
import type { Logger } from '../log.js';
import { createMailer, type Mailer } from '../mail/mailer.js';
import type { Policy } from '../policy/schema.js';
import type { Db } from '../store/db.js';
import { type Sender, senderFromPolicy } from './letters.js';

/**
 * What the request services need from outside, as one object (like the server's AppDeps): built by
 * the HTTP app, the CLI and the jobs from the configuration, and by tests directly.
 */
export interface DsrDeps {
  db: Db;
  sealer: Sealer;
  clock: () => Date;
  /** Who the letters come from (from the policy). */
  sender: Sender;
  /** Absent when mail is not configured: nothing that must be mailed can then be done. */
  mailer?: Mailer;
  /** Base of links in mails, e.g. `https://privacy.cloudaware.nl` (no trailing slash). */
  publicUrl: string;
  log?: Logger;
}

const mailers = new WeakMap<object, Mailer>();

/** One mailer per mail configuration object, reused across requests (nodemailer pools nothing by default). */
function sharedMailer(mail: NonNullable<Config['mail']>): Mailer {
  let m = mailers.get(mail);
  if (!m) {
    m = createMailer(mail);
    mailers.set(mail, m);
  }
  return m;
}

/** The public base URL: configured, else the address the server listens on. */
export function publicBaseUrl(config: Pick<Config, 'server'>): string {
  const s = config.server;
  if (s.publicUrl) return s.publicUrl.replace(/\/+$/, '');
  const host = s.host === '0.0.0.0' || s.host === '::' ? 'localhost' : s.host;
  return `http://${host}:${s.port}`;
}

/**
 * @example
 *   const deps = dsrDeps({ db, config, policy: loaded.policy, clock: () => new Date() });
 */
export function dsrDeps(input: {
  db: Db;
  config: Config;
  policy: Policy;
  clock: () => Date;
  log?: Logger;
  env?: NodeJS.ProcessEnv;
}): DsrDeps {
  const deps: DsrDeps = {
    db: input.db,
    sealer: sealerFor(input.config, input.env),
    clock: input.clock,
    sender: senderFromPolicy(input.policy),
    publicUrl: publicBaseUrl(input.config),
  };
  if (input.config.mail) deps.mailer = sharedMailer(input.config.mail);
  if (input.log) deps.log = input.log;
  return deps;
}
