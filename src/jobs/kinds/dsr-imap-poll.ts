import { z } from 'zod';
import { dsrDeps } from '../../dsr/deps.js';
import { pollMailbox } from '../../dsr/imap-poll.js';
import { loadPolicyFile } from '../../policy/load.js';
import { defineJobKind } from '../kind.js';

/**
 * Every minute: turns new mail in the privacy@ mailbox (config `mail.imap`) into requests. Does
 * nothing when no mailbox is configured. Imports are idempotent per Message-ID, so a retry after a
 * crash never files a message twice.
 */
export const dsrImapPoll = defineJobKind({
  name: 'dsr.imap-poll',
  summary: 'import new mail from the privacy@ mailbox as data-subject requests',
  payload: z.strictObject({}),
  // The next poll comes a minute later; retrying a failed one sooner gains nothing.
  policy: { retryLimit: 0, retryDelaySeconds: 0, retryBackoff: false, expireInSeconds: 300 },
  schedule: { cron: '* * * * *', payload: {} },
  async run(_payload, ctx) {
    const config = ctx.config;
    const imap = config?.mail?.imap;
    if (!config || !imap) return;
    const policy = await loadPolicyFile(config.policyPath);
    const deps = dsrDeps({
      db: ctx.db,
      config,
      policy: policy.policy,
      clock: () => new Date(),
      log: ctx.log,
    });
    const report = await pollMailbox(deps, imap, ctx.log);
    if (report.imported + report.grouped + report.rejected > 0) ctx.log.info('mailbox polled', { ...report });
  },
});
