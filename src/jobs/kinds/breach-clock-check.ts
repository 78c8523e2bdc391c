import { z } from 'zod';
import { clockAlertMail } from '../../breach/alert-mail.js';
import { checkBreachClocks } from '../../breach/clock-check.js';
import { createMailer } from '../../mail/mailer.js';
import { defineJobKind } from '../kind.js';

/**
 * Every 15 minutes: alerts when a breach's notification clock (24 h telecom, 72 h GDPR) is within 6
 * hours of its due time, and again when it is overdue — once per clock and threshold (log, audit,
 * and e-mail to the DPOs when mail is configured). A clock can be 15 minutes closer than the check
 * saw, so the 6-hour warning leaves ample room. `at` lets a test or an operator check "as of".
 */
export const breachClockCheck = defineJobKind({
  name: 'breach.clock-check',
  summary: 'alert the DPOs when a breach notification clock is within 6 hours or overdue',
  payload: z.strictObject({ at: z.iso.datetime().optional() }),
  policy: { retryLimit: 3, retryDelaySeconds: 60, retryBackoff: true, expireInSeconds: 300 },
  schedule: { cron: '*/15 * * * *', payload: {} },
  async run(payload, ctx) {
    const now = payload.at ? new Date(payload.at) : new Date();
    const alerts = await ctx.complete((tx) => checkBreachClocks(tx, now));
    for (const a of alerts) {
      ctx.log.warn(
        a.threshold === 'overdue' ? 'breach notification overdue' : 'breach notification due soon',
        {
          breach: a.breachId,
          clock: a.clock,
          dueAt: a.dueAt.toISOString(),
        },
      );
    }
    const mail = ctx.config?.mail;
    if (!mail || alerts.length === 0) return;
    // After the commit: a crash here loses this mail, but the audit entry and the admin page remain.
    const { rows } = await ctx.db.query<{ email: string }>(
      `select email from grondslag.app_user where role = 'dpo' and not disabled order by email`,
    );
    if (rows.length === 0) return;
    const mailer = createMailer(mail);
    try {
      const letter = clockAlertMail(alerts, now);
      for (const { email } of rows)
        await mailer.send({ to: email, subject: letter.subject, text: letter.text });
    } finally {
      mailer.close();
    }
  },
});
