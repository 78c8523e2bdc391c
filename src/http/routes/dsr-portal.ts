import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { Readable } from 'node:stream';
import type { Context, Hono } from 'hono';
import { z } from 'zod';
import { parseDetails } from '../../dsr/details-schema.js';
import { type IdCopyChecker, receiveIdCopy, resolveIdCopyLink } from '../../dsr/id-copy.js';
import { parseIdentity } from '../../dsr/identity.js';
import { submitRequest } from '../../dsr/intake.js';
import { isPackageRef, loadPackage } from '../../dsr/package/package-store.js';
import { recordPackageDownload, resolvePackageLink } from '../../dsr/package-link.js';
import { hitRate, portalRates, type RateRule } from '../../dsr/rate-limit.js';
import type { RequestLanguage, RequestType } from '../../dsr/request.js';
import { listEvents, loadRequest } from '../../dsr/store.js';
import { checkCode, portalPath, resolveStatusLink, sendVerificationCode } from '../../dsr/verification.js';
import { GrondslagError, isGrondslagError } from '../../errors.js';
import { checkIdCopy } from '../../pii/idcopy/check.js';
import { clientAddress } from '../client-address.js';
import { csrfToken } from '../csrf.js';
import { dsrDepsOf } from '../dsr-deps.js';
import type { AppEnv } from '../env.js';
import { formFields } from '../form.js';
import { requireCsrf } from '../middleware/require-role.js';
import {
  downloadGonePage,
  downloadPage,
  fileRequestPage,
  idCopyPage,
  invalidLinkPage,
  type PortalFrame,
  portalTexts,
  statusPage,
  tooManyPage,
  verifyPage,
} from '../views/dsr-portal.js';

/**
 * The public request pages under /request. Everything here is reachable without an account, so:
 * every form carries a CSRF token; submissions, code entries and uploads are rate-limited per client
 * address in the database; bearer links (status, upload, download) are random tokens stored hashed;
 * and nothing a page says depends on whether an e-mail address is known to us.
 */

const portalForm = z.object({
  type: z.enum([
    'access',
    'portability',
    'rectification',
    'erasure',
    'restriction',
    'objection',
    'withdraw_consent',
    'minor_report',
  ]),
  ground: z.enum(['direct_marketing', 'legitimate_interest']).default('direct_marketing'),
  email: z.string().trim().min(1).max(254),
  phone: z.string().trim().max(32).optional(),
  customerNumber: z.string().trim().max(64).optional(),
  text: z.string().max(5000).optional(),
});

function frame(c: Context<AppEnv>, path: string, preferred?: RequestLanguage): PortalFrame {
  const policy = c.var.deps.policy.policy;
  const asked = c.req.query('lang');
  const lang: RequestLanguage =
    asked === 'en' || asked === 'nl'
      ? asked
      : (preferred ?? (policy.meta.languages[0] === 'en' ? 'en' : 'nl'));
  return {
    lang,
    languages: policy.meta.languages,
    organisation: policy.controller.tradeName ?? policy.controller.legalName,
    contactEmail: policy.dpo === 'unstated' ? policy.controller.email : policy.dpo.email,
    path,
  };
}

/** Pages that show a person's request must not be kept by any cache. */
function noStore(c: Context<AppEnv>) {
  c.header('Cache-Control', 'no-store');
}

async function limited(c: Context<AppEnv>, rule: RateRule): Promise<Response | undefined> {
  const deps = dsrDepsOf(c);
  const decision = await hitRate(deps.db, deps.sealer, rule, clientAddress(c), deps.clock());
  if (decision.allowed) return undefined;
  c.header('Retry-After', String(decision.retryAfterSeconds));
  return c.html(tooManyPage(frame(c, '/request')).value, 429);
}

/** The checker for ID copies; tests may swap it for a faster one through this holder. */
export const idCopyChecker: { check: IdCopyChecker } = { check: checkIdCopy };

export function dsrPortalRoutes(app: Hono<AppEnv>): void {
  app.get('/request', async (c) => {
    const f = frame(c, '/request');
    const type = c.req.query('type');
    return c.html(fileRequestPage(f, { csrf: await csrfToken(c), ...(type ? { type } : {}) }).value);
  });

  app.post('/request', requireCsrf(), async (c) => {
    const fields = await formFields(c);
    const f = frame(
      c,
      '/request',
      fields.language === 'en' ? 'en' : fields.language === 'nl' ? 'nl' : undefined,
    );
    const tooMany = await limited(c, portalRates.submit);
    if (tooMany) return tooMany;
    const deps = dsrDepsOf(c);
    const blank = (v: string | undefined) => (v && v.trim() !== '' ? v : undefined);
    let token: string;
    try {
      const form = portalForm.safeParse({
        ...fields,
        phone: blank(fields.phone),
        customerNumber: blank(fields.customerNumber),
        text: blank(fields.text),
      });
      if (!form.success) {
        const details = form.error.issues.map((i) => ({ path: String(i.path[0] ?? ''), message: i.message }));
        throw new GrondslagError(
          'DSR_FORM_INVALID',
          f.lang === 'nl' ? 'Controleer het formulier.' : 'Please check the form.',
          {
            details,
          },
        );
      }
      const v = form.data;
      const identity = parseIdentity({
        email: v.email,
        ...(v.phone ? { phone: v.phone } : {}),
        ...(v.customerNumber ? { customerNumber: v.customerNumber } : {}),
      });
      const type: RequestType = v.type;
      const details =
        type === 'objection'
          ? parseDetails(type, { type, ground: v.ground, purposes: [] })
          : parseDetails(type);
      // Known or new, grouped or not: the same steps and the same answer (a code mail and the code
      // page), so the response reveals nothing about the address.
      const { request } = await submitRequest(deps, {
        details,
        identity,
        channel: 'portal',
        language: f.lang,
        ...(v.text ? { text: v.text } : {}),
        actor: 'person',
      });
      token = (await sendVerificationCode(deps, request.id)).statusToken;
    } catch (e) {
      if (!isGrondslagError(e) || e.kind !== 'input') throw e;
      const fieldsWithProblems: Record<string, string> = {};
      for (const d of e.details) if (d.path) fieldsWithProblems[d.path] = d.message;
      return c.html(
        fileRequestPage(f, {
          csrf: await csrfToken(c),
          problem: { message: e.message.replace(/^identity: /, ''), fields: fieldsWithProblems },
          draft: fields,
        }).value,
        400,
      );
    }
    return c.redirect(`${portalPath('verify', token)}?lang=${f.lang}`, 303);
  });

  app.get('/request/verify/:token', async (c) => {
    noStore(c);
    const token = c.req.param('token');
    const deps = dsrDepsOf(c);
    const link = await resolveStatusLink(deps.db, token, deps.clock());
    const f = frame(c, portalPath('verify', token));
    if (!link) return c.html(invalidLinkPage(f).value, 404);
    if (link.verifiedAt) return c.redirect(`${portalPath('status', token)}?lang=${f.lang}`, 303);
    return c.html(verifyPage(f, { csrf: await csrfToken(c), token }).value);
  });

  app.post('/request/verify/:token', requireCsrf(), async (c) => {
    noStore(c);
    const token = c.req.param('token');
    const f = frame(c, portalPath('verify', token));
    const tooMany = await limited(c, portalRates.code);
    if (tooMany) return tooMany;
    const fields = await formFields(c);
    const deps = dsrDepsOf(c);
    const outcome = await checkCode(deps, token, fields.code ?? '');
    if (outcome.ok) return c.redirect(`${portalPath('status', token)}?lang=${f.lang}`, 303);
    if (outcome.reason === 'unknown') return c.html(invalidLinkPage(f).value, 404);
    const tx = portalTexts(f.lang);
    const csrf = await csrfToken(c);
    if (outcome.reason === 'wrong') {
      return c.html(verifyPage(f, { csrf, token, problem: tx.wrongCode(outcome.attemptsLeft) }).value, 400);
    }
    return c.html(verifyPage(f, { csrf, token, problem: tx.codeGone, gone: true }).value, 400);
  });

  app.post('/request/verify/:token/resend', requireCsrf(), async (c) => {
    noStore(c);
    const token = c.req.param('token');
    const f = frame(c, portalPath('verify', token));
    const tooMany = await limited(c, portalRates.submit);
    if (tooMany) return tooMany;
    const deps = dsrDepsOf(c);
    const link = await resolveStatusLink(deps.db, token, deps.clock());
    if (!link) return c.html(invalidLinkPage(f).value, 404);
    try {
      await sendVerificationCode(deps, link.requestId, { statusToken: token });
    } catch (e) {
      // A closed request needs no code; the link then shows its final status.
      if (!(isGrondslagError(e) && e.code === 'DSR_CLOSED')) throw e;
    }
    return c.redirect(`${portalPath('verify', token)}?lang=${f.lang}`, 303);
  });

  app.get('/request/status/:token', async (c) => {
    noStore(c);
    const token = c.req.param('token');
    const deps = dsrDepsOf(c);
    const link = await resolveStatusLink(deps.db, token, deps.clock());
    if (!link) return c.html(invalidLinkPage(frame(c, portalPath('status', token))).value, 404);
    if (!link.verifiedAt) return c.redirect(portalPath('verify', token), 303);
    const request = await loadRequest(deps.db, deps.sealer, link.requestId);
    const f = frame(c, portalPath('status', token), request.language);
    return c.html(statusPage(f, { request, events: await listEvents(deps.db, request.id) }).value);
  });

  app.get('/request/id/:token', async (c) => {
    noStore(c);
    const token = c.req.param('token');
    const deps = dsrDepsOf(c);
    const request = await resolveIdCopyLink(deps.db, deps, token, deps.clock());
    const f = frame(c, portalPath('id_copy', token), request?.language);
    if (!request) return c.html(invalidLinkPage(f).value, 404);
    return c.html(idCopyPage(f, { csrf: await csrfToken(c), token }).value);
  });

  app.post('/request/id/:token', requireCsrf(), async (c) => {
    noStore(c);
    const token = c.req.param('token');
    const deps = dsrDepsOf(c);
    const request = await resolveIdCopyLink(deps.db, deps, token, deps.clock());
    const f = frame(c, portalPath('id_copy', token), request?.language);
    if (!request) return c.html(invalidLinkPage(f).value, 404);
    const tooMany = await limited(c, portalRates.upload);
    if (tooMany) return tooMany;
    const body = await c.req.parseBody();
    const file = body.file;
    const csrf = await csrfToken(c);
    if (!(file instanceof File) || file.size === 0) {
      return c.html(idCopyPage(f, { csrf, token, problem: portalTexts(f.lang).idFile }).value, 400);
    }
    try {
      const outcome = await receiveIdCopy(
        deps,
        token,
        { bytes: Buffer.from(await file.arrayBuffer()), mediaType: file.type || 'application/octet-stream' },
        idCopyChecker.check,
      );
      if (outcome.accepted) return c.html(idCopyPage(f, { csrf, token, outcome: 'accepted' }).value, 201);
      return c.html(idCopyPage(f, { csrf, token, outcome: { readable: outcome.readable } }).value, 422);
    } catch (e) {
      if (!isGrondslagError(e) || e.kind !== 'input') throw e;
      return c.html(idCopyPage(f, { csrf, token, problem: e.message }).value, 400);
    }
  });

  app.get('/request/download/:token', async (c) => {
    noStore(c);
    const token = c.req.param('token');
    const deps = dsrDepsOf(c);
    const found = await resolvePackageLink(deps.db, token, deps.clock());
    const f = frame(c, `/request/download/${encodeURIComponent(token)}`);
    if ('problem' in found) return c.html(downloadGonePage(f).value, found.problem === 'unknown' ? 404 : 410);
    const l = found.link;
    return c.html(
      downloadPage(f, {
        token,
        fileName: l.fileName,
        byteLength: l.byteLength,
        expiresAt: l.expiresAt,
        ...(l.sha256 ? { sha256: l.sha256 } : {}),
      }).value,
    );
  });

  app.get('/request/download/:token/file', async (c) => {
    noStore(c);
    const token = c.req.param('token');
    const deps = dsrDepsOf(c);
    const found = await resolvePackageLink(deps.db, token, deps.clock());
    const f = frame(c, `/request/download/${encodeURIComponent(token)}`);
    if ('problem' in found) return c.html(downloadGonePage(f).value, found.problem === 'unknown' ? 404 : 410);
    const link = found.link;
    if (isPackageRef(link.path)) {
      // Execution keeps packages sealed in the store (src/dsr/package/package-store.ts).
      const pkg = await loadPackage(deps.db, deps.sealer, link.requestId).catch(() => undefined);
      if (!pkg) return c.html(downloadGonePage(f).value, 410);
      await recordPackageDownload(deps.db, link.id, deps.clock());
      c.header('Content-Type', link.mediaType);
      c.header('Content-Disposition', `attachment; filename="${link.fileName.replace(/[^\w.-]/g, '_')}"`);
      return c.body(new Uint8Array(pkg.zip));
    }
    const info = await stat(link.path).catch(() => undefined);
    if (!info?.isFile()) return c.html(downloadGonePage(f).value, 410);
    await recordPackageDownload(deps.db, link.id, deps.clock());
    c.header('Content-Type', link.mediaType);
    c.header('Content-Length', String(info.size));
    c.header('Content-Disposition', `attachment; filename="${link.fileName.replace(/[^\w.-]/g, '_')}"`);
    return c.body(Readable.toWeb(createReadStream(link.path)) as ReadableStream);
  });
}
