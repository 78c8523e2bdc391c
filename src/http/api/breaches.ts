import type { Context } from 'hono';
import { z } from 'zod';
import { dpoOnly, evidenceReaders } from '../../access/roles.js';
import { breachInputSchema, checkBreachInput, noticeAudiences } from '../../breach/incident.js';
import { subjectLetter } from '../../breach/letter.js';
import { parseBreachTime } from '../../breach/local-time.js';
import { authorityNotice } from '../../breach/notice.js';
import { presentBreach } from '../../breach/present.js';
import {
  type BreachStoreDeps,
  getBreach,
  listBreaches,
  recordBreach,
  recordNotice,
} from '../../breach/store.js';
import { sealerFor } from '../../crypto/master-key.js';
import type { AppEnv } from '../env.js';
import { type AnyApiRoute, apiRoute } from './route.js';

/**
 * The breach register as JSON. Reading is for the DPO and auditors (the free text may name people);
 * recording is for the DPO. Times in requests: ISO 8601, or `2026-03-28 23:30` as Amsterdam time.
 */

const clockJson = z.object({
  kind: z.enum(['telecom-24h', 'gdpr-72h']),
  hours: z.number().int(),
  dueAt: z.string(),
  remainingMinutes: z.number().int(),
  overdue: z.boolean(),
  state: z.enum(['running', 'near', 'overdue', 'met', 'late']),
});

const phaseJson = z.object({
  seq: z.number().int(),
  audience: z.enum(noticeAudiences),
  phase: z.enum(['initial', 'follow-up']),
  sentAt: z.string(),
  content: z.string(),
  delayReasons: z.string().nullable(),
});

export const breachJson = z.object({
  id: z.string(),
  occurredAt: z.string().nullable(),
  awareAt: z.string(),
  recordedAt: z.string(),
  telecom: z.boolean(),
  description: z.string().nullable(),
  categories: z.array(z.string()),
  subjects: z.string().nullable(),
  approxPeople: z.number().int().nullable(),
  approxRecords: z.number().int().nullable(),
  consequences: z.string().nullable(),
  measures: z.string().nullable(),
  contact: z.string().nullable(),
  unintelligible: z.boolean(),
  risk: z.enum(['none', 'risk', 'high']).nullable(),
  riskReasons: z.string().nullable(),
  notifiedAt: z.string().nullable(),
  governingClock: z.enum(['telecom-24h', 'gdpr-72h']),
  clocks: z.array(clockJson),
  phases: z.array(phaseJson),
});

const noticeJson = z.object({
  breachId: z.string(),
  lang: z.enum(['nl', 'en']),
  text: z.string(),
  missing: z.array(z.string()).describe('items with nothing recorded, to fill in before sending'),
  late: z.boolean(),
  subject: z.string().optional(),
  notRequired: z.string().nullable().optional(),
  items: z
    .array(
      z.object({ key: z.string(), article: z.string(), label: z.string(), value: z.string().nullable() }),
    )
    .optional(),
});

const idParams = z.object({ id: z.string().min(1).max(100) });
const noticeQuery = z.object({
  to: z.enum(noticeAudiences),
  lang: z.enum(['nl', 'en']).default('nl'),
});

/** The store operations' dependencies for a request. */
export function breachStore(c: Context<AppEnv>): BreachStoreDeps {
  const { db, config, clock } = c.var.deps;
  return {
    transaction: (f) => db.transaction(f),
    sealer: sealerFor(config),
    now: clock,
    actor: c.var.principal?.actor ?? 'anonymous',
  };
}

/** The notice or letter for a breach, as previewed and as recorded. */
export function breachNotice(
  c: Context<AppEnv>,
  breach: Parameters<typeof authorityNotice>[0],
  to: 'authority' | 'subjects',
  lang: 'nl' | 'en',
) {
  const { policy, clock } = c.var.deps;
  return to === 'authority'
    ? authorityNotice(breach, policy.policy, lang, clock())
    : { ...subjectLetter(breach, policy.policy, lang), late: false };
}

export const breachApiRoutes: AnyApiRoute[] = [
  apiRoute({
    method: 'get',
    path: '/api/breaches',
    operationId: 'listBreaches',
    summary: 'The breach register (Art. 33(5)) with each breach’s 24/72-hour notification clocks',
    tag: 'breaches',
    access: evidenceReaders,
    response: z.object({ breaches: z.array(breachJson), overdue: z.number().int() }),
    async handle(c) {
      const { db, config, clock } = c.var.deps;
      const now = clock();
      const list = (await listBreaches(db, sealerFor(config))).map((b) => presentBreach(b, now));
      return { breaches: list, overdue: list.filter((b) => b.clocks.some((k) => k.overdue)).length };
    },
  }),
  apiRoute({
    method: 'get',
    path: '/api/breaches/:id',
    operationId: 'getBreach',
    summary: 'One breach: facts, clocks and the notices sent',
    tag: 'breaches',
    access: evidenceReaders,
    params: idParams,
    response: breachJson,
    async handle(c, { params }) {
      const { db, config, clock } = c.var.deps;
      return presentBreach(await getBreach(db, sealerFor(config), params.id), clock());
    },
  }),
  apiRoute({
    method: 'post',
    path: '/api/breaches',
    operationId: 'recordBreach',
    summary: 'Record a breach; its clocks start at awareAt',
    tag: 'breaches',
    access: dpoOnly,
    body: breachInputSchema,
    status: 201,
    response: breachJson,
    async handle(c, { body }) {
      const { db, policy, clock } = c.var.deps;
      const store = breachStore(c);
      const facts = checkBreachInput(
        body,
        policy.policy.categories.map((x) => x.id),
      );
      const id = await recordBreach(store, facts, {
        telecom: policy.policy.breach?.telecomProvider ?? false,
      });
      return presentBreach(await getBreach(db, store.sealer, id), clock());
    },
  }),
  apiRoute({
    method: 'get',
    path: '/api/breaches/:id/notice',
    operationId: 'getBreachNotice',
    summary:
      'The notice to the Autoriteit Persoonsgegevens (Art. 33(3)) or the letter to people (Art. 34(2))',
    tag: 'breaches',
    access: evidenceReaders,
    params: idParams,
    query: noticeQuery,
    response: noticeJson,
    async handle(c, { params, query }) {
      const { db, config } = c.var.deps;
      const breach = await getBreach(db, sealerFor(config), params.id);
      return breachNotice(c, breach, query.to, query.lang);
    },
  }),
  apiRoute({
    method: 'post',
    path: '/api/breaches/:id/notices',
    operationId: 'recordBreachNotice',
    summary:
      'Record a notice as sent: the first to an audience is initial, later ones follow-ups (Art. 33(4))',
    tag: 'breaches',
    access: dpoOnly,
    params: idParams,
    body: z.strictObject({
      to: z.enum(noticeAudiences),
      sentAt: z.string().min(1).describe('ISO 8601, or "2026-03-30 10:00" as Amsterdam time'),
      lang: z.enum(['nl', 'en']).default('nl'),
      content: z.string().min(1).max(50_000).optional().describe('default: the generated notice'),
      delayReasons: z
        .string()
        .max(20_000)
        .optional()
        .describe('required when the notice is late (Art. 33(1))'),
    }),
    status: 201,
    response: phaseJson,
    async handle(c, { params, body }) {
      const store = breachStore(c);
      const breach = await getBreach(c.var.deps.db, store.sealer, params.id);
      const content = body.content ?? breachNotice(c, breach, body.to, body.lang).text;
      const p = await recordNotice(store, params.id, {
        audience: body.to,
        sentAt: parseBreachTime(body.sentAt, 'sentAt'),
        content,
        ...(body.delayReasons !== undefined ? { delayReasons: body.delayReasons } : {}),
      });
      return { ...p, sentAt: p.sentAt.toISOString() };
    },
  }),
];
