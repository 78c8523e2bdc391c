import { subjectLetter } from '../../../breach/letter.js';
import { parseBreachTime } from '../../../breach/local-time.js';
import { authorityNotice, type NoticeLang } from '../../../breach/notice.js';
import { getBreach, recordNotice } from '../../../breach/store.js';
import { GrondslagError } from '../../../errors.js';
import { type Command, ExitCode, printJson } from '../../command.js';
import { asOf, withBreach } from './context.js';

/**
 * `grondslag breach notice ID --to authority|subjects --lang nl|en`: prints the notification to the
 * Autoriteit Persoonsgegevens (Art. 33(3)) or the letter to the people affected (Art. 34(2)), with
 * the items still missing named. `--record` records it as sent (at `--sent-at`, default now): the
 * first to an audience is the initial notice, later ones follow-ups (Art. 33(4)); a late initial
 * notice to the authority needs `--delay-reasons`. Exit 1 when items are missing.
 */
export const breachNoticeCommand: Command = {
  name: ['breach', 'notice'],
  summary: 'print (and with --record, record as sent) the notice to the authority or the letter to people',
  usage:
    'ID --to authority|subjects [--lang nl|en] [--record [--sent-at TIME] [--delay-reasons T]] [--at TIME] [--json]',
  options: {
    to: {
      type: 'string',
      description: 'authority (Autoriteit Persoonsgegevens) or subjects (the people affected)',
    },
    lang: { type: 'string', description: 'nl or en (default nl)' },
    record: { type: 'boolean', description: 'record this notice as sent' },
    'sent-at': { type: 'string', description: 'when it was sent (default now)' },
    'delay-reasons': { type: 'string', description: 'reasons for a late notification (Art. 33(1))' },
    at: { type: 'string', description: 'as of this time (default: now)' },
  },
  positionals: { min: 1, max: 1 },
  async run(ctx) {
    const to = ctx.values.to;
    if (to !== 'authority' && to !== 'subjects') {
      throw new GrondslagError(
        'CLI_BAD_ARGUMENTS',
        `--to must be authority or subjects, got "${String(to ?? '')}"`,
      );
    }
    const lang = (ctx.values.lang ?? 'nl') as string;
    if (lang !== 'nl' && lang !== 'en') {
      throw new GrondslagError('CLI_BAD_ARGUMENTS', `--lang must be nl or en, got "${lang}"`);
    }
    const now = asOf(ctx);
    const sentAt =
      typeof ctx.values['sent-at'] === 'string' ? parseBreachTime(ctx.values['sent-at'], '--sent-at') : now;
    const delay = ctx.values['delay-reasons'];
    const out = await withBreach(ctx, 'grondslag breach notice', async (d) => {
      const id = ctx.positionals[0] ?? '';
      const breach = await getBreach(d.db, d.sealer, id);
      const doc =
        to === 'authority'
          ? authorityNotice(breach, d.policy, lang as NoticeLang, now)
          : { ...subjectLetter(breach, d.policy, lang as NoticeLang), late: false };
      const phase =
        ctx.values.record === true
          ? await recordNotice(d.store, id, {
              audience: to,
              sentAt,
              content: doc.text,
              ...(typeof delay === 'string' ? { delayReasons: delay } : {}),
            })
          : null;
      return { doc, phase };
    });
    const code = out.doc.missing.length > 0 ? ExitCode.findings : ExitCode.ok;
    if (ctx.json) {
      printJson(ctx, {
        notice: out.doc,
        recorded: out.phase ? { ...out.phase, sentAt: out.phase.sentAt.toISOString() } : null,
      });
      return code;
    }
    ctx.io.stdout(out.doc.text);
    if (out.phase) ctx.io.stderr(`recorded as notice #${out.phase.seq} (${out.phase.phase})\n`);
    return code;
  },
};
