import { z } from 'zod';
import { evidenceReaders } from '../../access/roles.js';
import { exportAudit } from '../../audit/export.js';
import { auditRecordJson, listAudit } from '../../audit/records.js';
import { verifyAuditChain } from '../../audit/verify.js';
import { type AnyApiRoute, apiRoute } from '../api/route.js';

const recordJson = z.object({
  seq: z.number().int(),
  at: z.iso.datetime(),
  actor: z.string(),
  action: z.string(),
  subjectType: z.string().nullable(),
  subjectId: z.string().nullable(),
  beforeId: z.string().nullable(),
  afterId: z.string().nullable(),
  data: z.record(z.string(), z.unknown()),
  prevHash: z.string(),
  hash: z.string(),
});

const verificationJson = z.union([
  z.object({ ok: z.literal(true), entries: z.number().int() }),
  z.object({
    ok: z.literal(false),
    entries: z.number().int(),
    firstBad: z.object({
      seq: z.number().int(),
      reason: z.enum(['hash_mismatch', 'broken_link', 'gap']),
      expected: z.union([z.string(), z.number()]),
      actual: z.union([z.string(), z.number()]),
    }),
  }),
]);

/** The audit log, its verification, and evidence export for a period (DPO and auditor). */
export const auditApiRoutes: AnyApiRoute[] = [
  apiRoute({
    method: 'get',
    path: '/api/audit',
    operationId: 'listAudit',
    summary: 'The most recent audit entries, newest first, and the verification of the whole chain',
    tag: 'audit',
    access: evidenceReaders,
    query: z.object({ limit: z.coerce.number().int().min(1).max(1000).default(100) }),
    response: z.object({ verification: verificationJson, entries: z.array(recordJson) }),
    async handle(c, { query }) {
      const db = c.var.deps.db;
      const { limit } = query;
      const [verification, entries] = [await verifyAuditChain(db), await listAudit(db, { limit })];
      return { verification, entries: entries.map(auditRecordJson) };
    },
  }),

  apiRoute({
    method: 'get',
    path: '/api/audit/export',
    operationId: 'exportAudit',
    summary: 'The entries of a period with the hash they chain from, for checking without our database',
    tag: 'audit',
    access: evidenceReaders,
    query: z.object({
      from: z.iso.datetime({ offset: true }).describe('start, inclusive (ISO 8601)'),
      to: z.iso.datetime({ offset: true }).describe('end, exclusive (ISO 8601)'),
    }),
    response: z.object({
      format: z.literal('grondslag.audit-export.v1'),
      exportedAt: z.string(),
      period: z.object({ from: z.string(), to: z.string() }),
      chain: z.object({ algorithm: z.string(), genesisHash: z.string() }),
      previous: z.object({ seq: z.number().int(), hash: z.string() }),
      entries: z.array(recordJson),
      verification: verificationJson,
    }),
    async handle(c, { query }) {
      const period = { from: new Date(query.from), to: new Date(query.to) };
      return exportAudit(c.var.deps.db, period, { now: c.var.deps.clock });
    },
  }),
];
