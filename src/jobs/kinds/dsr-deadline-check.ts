import { z } from 'zod';
import { checkDeadlines } from '../../dsr/deadline-check.js';
import { publicBaseUrl } from '../../dsr/deps.js';
import { overdueAlert } from '../../dsr/letters.js';
import { createMailer } from '../../mail/mailer.js';
import { defineJobKind } from '../kind.js';

/**
 * Daily at 06:00 Amsterdam time: flags data-subject requests past or within 7 days of their Art.
 * 12(3) deadline (events and audit entries, src/dsr/deadline-check.ts), logs them, and — when mail is
 * configured — mails the DPOs a list. `at` in the payload lets a test or an operator check "as of".
 */
export const dsrDeadlineCheck = defineJobKind({
  name: 'dsr.deadline-check',
  summary: 'flag data-subject requests that are overdue or due within 7 days; alert the DPOs',
  payload: z.strictObject({ at: z.iso.datetime().optional() }),
  policy: { retryLimit: 3, retryDelaySeconds: 300, retryBackoff: true, expireInSeconds: 600 },
  schedule: { cron: '0 6 * * *', tz: 'Europe/Amsterdam', payload: {} },
  async run(payload, ctx) {
    const now = payload.at ? new Date(payload.at) : new Date();
    const report = await ctx.complete((tx) => checkDeadlines(tx, now));
    for (const r of report.overdue) {
      ctx.log.warn('data-subject request overdue', { request: r.id, dueAt: r.dueAt.toISOString() });
    }
    ctx.log.info('deadline check', {
      overdue: report.overdue.length,
      near: report.near.length,
      newlyOverdue: report.newlyOverdue.length,
      newlyNear: report.newlyNear.length,
    });
    const mail = ctx.config?.mail;
    if (!mail || (report.overdue.length === 0 && report.newlyNear.length === 0)) return;
    // After the commit: a crash here loses one reminder, and tomorrow's run sends the next.
    const { rows } = await ctx.db.query<{ email: string }>(
      `select email from grondslag.app_user where role = 'dpo' and not disabled order by email`,
    );
    if (rows.length === 0) return;
    const mailer = createMailer(mail);
    try {
      const letter = overdueAlert({
        organisation: mail.from,
        overdue: report.overdue,
        near: report.near,
        consoleUrl: `${publicBaseUrl(ctx.config!)}/admin/requests`,
      });
      for (const { email } of rows)
        await mailer.send({ to: email, subject: letter.subject, text: letter.text });
    } finally {
      mailer.close();
    }
  },
});
