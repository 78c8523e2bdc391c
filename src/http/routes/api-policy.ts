import { z } from 'zod';
import { anyRole } from '../../access/roles.js';
import { lintPolicy } from '../../policy/lint/lint.js';
import { severities } from '../../policy/lint/rule.js';
import { buildRegister } from '../../policy/register.js';
import { registerToJson } from '../../policy/register-json.js';
import { type AnyApiRoute, apiRoute } from '../api/route.js';

const findingJson = z.object({
  rule: z.string(),
  severity: z.enum(severities),
  article: z.string(),
  path: z.string(),
  location: z.object({ file: z.string(), line: z.number().int(), column: z.number().int() }),
  message: z.string(),
});

const registerJson = z
  .object({
    format: z.literal('grondslag-register'),
    formatVersion: z.literal(1),
    language: z.string(),
    title: z.string(),
    policyDate: z.string(),
    controller: z.record(z.string(), z.unknown()),
    securityStatement: z.string(),
    activities: z.array(z.record(z.string(), z.unknown())),
  })
  .loose();

/** The loaded policy's lint report and record of processing. */
export const policyApiRoutes: AnyApiRoute[] = [
  apiRoute({
    method: 'get',
    path: '/api/policy/lint',
    operationId: 'lintPolicy',
    summary: "The policy's findings against the GDPR, in file order",
    tag: 'policy',
    access: anyRole,
    response: z.object({
      file: z.string(),
      findings: z.array(findingJson),
      summary: z.object({ error: z.number().int(), warning: z.number().int(), info: z.number().int() }),
    }),
    async handle(c) {
      return lintPolicy(c.var.deps.policy);
    },
  }),

  apiRoute({
    method: 'get',
    path: '/api/register',
    operationId: 'getRegister',
    summary: 'The record of processing activities (Art. 30(1)) built from the policy',
    tag: 'policy',
    access: anyRole,
    query: z.object({
      lang: z
        .string()
        .regex(/^[a-z]{2}$/)
        .optional()
        .describe("one of the policy's languages; default its first"),
    }),
    response: registerJson,
    async handle(c, { query }) {
      const doc = registerToJson(buildRegister(c.var.deps.policy.policy, { lang: query.lang }));
      // The register's own types are interfaces; the schema only documents their outline.
      return doc as unknown as z.infer<typeof registerJson>;
    },
  }),
];
