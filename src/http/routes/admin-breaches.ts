import type { Context, Hono } from 'hono';
import { dpoOnly, evidenceReaders } from '../../access/roles.js';
import { checkBreachInput } from '../../breach/incident.js';
import { parseBreachTime } from '../../breach/local-time.js';
import { getBreach, listBreaches, recordBreach, recordNotice } from '../../breach/store.js';
import { sealerFor } from '../../crypto/master-key.js';
import { GrondslagError } from '../../errors.js';
import { adminContext } from '../admin-context.js';
import { breachNotice, breachStore } from '../api/breaches.js';
import type { AppEnv } from '../env.js';
import { type FormProblem, formFields, formProblem } from '../form.js';
import { requireRole } from '../middleware/require-role.js';
import { breachDetailPage, breachFormPage, breachListPage } from '../views/breach-pages.js';

/** Notices after a redirect; fixed texts only. */
const notices = {
  recorded: 'The breach is recorded; its clocks run from the moment of awareness.',
  'notice-recorded': 'The notice is recorded as sent.',
} as const;
const noticeOf = (c: Context<AppEnv>) => {
  const k = c.req.query('notice');
  return k && k in notices ? notices[k as keyof typeof notices] : undefined;
};

/** A `datetime-local` value (`2026-03-28T23:30`) as Amsterdam time. */
const localTime = (v: string | undefined) => (v?.trim() ? v.trim().replace('T', ' ') : undefined);

async function detail(c: Context<AppEnv>, status: 200 | 400 | 409, problem?: FormProblem) {
  const { db, config, clock } = c.var.deps;
  const breach = await getBreach(db, sealerFor(config), c.req.param('id') ?? '');
  const to = c.req.query('to') === 'subjects' ? 'subjects' : 'authority';
  const lang = c.req.query('lang') === 'en' ? 'en' : 'nl';
  const n = breachNotice(c, breach, to, lang);
  const page = breachDetailPage(await adminContext(c), {
    breach,
    now: clock(),
    preview: { to, lang, text: n.text, missing: n.missing },
    canRecord: c.var.principal?.role === 'dpo',
    notice: noticeOf(c),
    ...(problem ? { problem } : {}),
  });
  return c.html(page.value, status);
}

/** The Breaches pages: the register, one breach with notice preview, recording breaches and notices (DPO). */
export function breachAdminRoutes(app: Hono<AppEnv>): void {
  app.get('/admin/breaches', requireRole(evidenceReaders), async (c) => {
    const { db, config, clock } = c.var.deps;
    const page = breachListPage(await adminContext(c), {
      breaches: await listBreaches(db, sealerFor(config)),
      now: clock(),
      canRecord: c.var.principal?.role === 'dpo',
      notice: noticeOf(c),
    });
    return c.html(page.value);
  });

  const categories = (c: Context<AppEnv>) =>
    c.var.deps.policy.policy.categories.map((x) => ({ id: x.id, label: x.label.en ?? x.label.nl ?? x.id }));

  app.get('/admin/breaches/new', requireRole(dpoOnly), async (c) =>
    c.html(breachFormPage(await adminContext(c), { categories: categories(c) }).value),
  );

  app.post('/admin/breaches', requireRole(dpoOnly), async (c) => {
    const body = await c.req.parseBody({ all: true });
    const form = await formFields(c);
    const cats = body.category;
    const chosen = (Array.isArray(cats) ? cats : cats ? [cats] : []).filter(
      (x): x is string => typeof x === 'string',
    );
    const count = (v: string | undefined) => (v?.trim() ? Number(v) : undefined);
    const text = (v: string | undefined) => (v?.trim() ? v : undefined);
    const input = {
      awareAt: localTime(form.awareAt) ?? '',
      occurredAt: localTime(form.occurredAt),
      description: text(form.description),
      categories: chosen,
      subjects: text(form.subjects),
      approxPeople: count(form.approxPeople),
      approxRecords: count(form.approxRecords),
      consequences: text(form.consequences),
      measures: text(form.measures),
      contact: text(form.contact),
      unintelligible: form.unintelligible === '1',
      risk: text(form.risk),
      riskReasons: text(form.riskReasons),
    };
    let id: string;
    try {
      const { policy } = c.var.deps;
      const facts = checkBreachInput(
        Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)),
        policy.policy.categories.map((x) => x.id),
      );
      id = await recordBreach(breachStore(c), facts, {
        telecom: policy.policy.breach?.telecomProvider ?? false,
      });
    } catch (e) {
      const { _csrf, ...draft } = form;
      const page = breachFormPage(await adminContext(c), {
        categories: categories(c),
        problem: formProblem(e),
        draft: { ...draft, categories: chosen.join(',') },
      });
      return c.html(page.value, 400);
    }
    return c.redirect(`/admin/breaches/${id}?notice=recorded`, 303);
  });

  app.get('/admin/breaches/:id', requireRole(evidenceReaders), (c) => detail(c, 200));

  app.post('/admin/breaches/:id/notices', requireRole(dpoOnly), async (c) => {
    const form = await formFields(c);
    const id = c.req.param('id');
    const to = form.to === 'subjects' ? 'subjects' : 'authority';
    const lang = form.lang === 'en' ? 'en' : 'nl';
    try {
      const store = breachStore(c);
      const breach = await getBreach(c.var.deps.db, store.sealer, id);
      const sentAt = parseBreachTime(localTime(form.sentAt) ?? '', 'sentAt');
      await recordNotice(store, id, {
        audience: to,
        sentAt,
        content: breachNotice(c, breach, to, lang).text,
        delayReasons: form.delayReasons ?? null,
      });
    } catch (e) {
      if (e instanceof GrondslagError && e.kind === 'not_found') throw e;
      return detail(c, 400, formProblem(e));
    }
    return c.redirect(`/admin/breaches/${id}?notice=notice-recorded&to=${to}&lang=${lang}`, 303);
  });
}
