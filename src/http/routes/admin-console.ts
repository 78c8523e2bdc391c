import type { Hono } from 'hono';
import { listApiTokens } from '../../access/api-tokens.js';
import { anyRole, evidenceReaders } from '../../access/roles.js';
import { listUsers } from '../../access/users.js';
import { listAudit } from '../../audit/records.js';
import { verifyAuditChain } from '../../audit/verify.js';
import { lintPolicy } from '../../policy/lint/lint.js';
import { buildRegister } from '../../policy/register.js';
import { adminContext } from '../admin-context.js';
import type { AppEnv } from '../env.js';
import { requireRole } from '../middleware/require-role.js';
import { auditPage, dashboardPage, policyPage, registerPage } from '../views/console-pages.js';

const AUDIT_PAGE_SIZE = 100;

/** The read-only console pages: dashboard, policy, register, audit log. */
export function consoleRoutes(app: Hono<AppEnv>): void {
  app.get('/admin', requireRole(anyRole), async (c) => {
    const loaded = c.var.deps.policy;
    const page = dashboardPage(await adminContext(c), {
      policy: loaded.policy,
      file: loaded.source.file,
      lint: lintPolicy(loaded),
      register: buildRegister(loaded.policy),
    });
    return c.html(page.value);
  });

  app.get('/admin/policy', requireRole(anyRole), async (c) => {
    const loaded = c.var.deps.policy;
    const page = policyPage(await adminContext(c), {
      policy: loaded.policy,
      file: loaded.source.file,
      lint: lintPolicy(loaded),
    });
    return c.html(page.value);
  });

  app.get('/admin/register', requireRole(anyRole), async (c) => {
    const policy = c.var.deps.policy.policy;
    const languages = policy.meta.languages;
    const asked = c.req.query('lang');
    const lang = asked && languages.includes(asked) ? asked : languages[0];
    const page = registerPage(await adminContext(c), {
      register: buildRegister(policy, { lang }),
      languages,
    });
    return c.html(page.value);
  });

  app.get('/admin/audit', requireRole(evidenceReaders), async (c) => {
    const db = c.var.deps.db;
    const [verification, entries, users, tokens] = await Promise.all([
      verifyAuditChain(db),
      listAudit(db, { limit: AUDIT_PAGE_SIZE }),
      listUsers(db),
      listApiTokens(db),
    ]);
    const actorNames = new Map<string, string>([
      ...users.map((u): [string, string] => [`user:${u.id}`, u.email]),
      ...tokens.map((t): [string, string] => [`token:${t.id}`, `token “${t.name}”`]),
    ]);
    const page = auditPage(await adminContext(c), {
      verification,
      entries,
      actorNames,
      limit: AUDIT_PAGE_SIZE,
    });
    return c.html(page.value);
  });
}
