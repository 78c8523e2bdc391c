import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { breachApiRoutes } from './api/breaches.js';
import { dsrApiRoutes } from './api/dsr.js';
import { dsrDecisionApiRoutes } from './api/dsr-decisions.js';
import { restrictionApiRoutes } from './api/restrictions.js';
import type { AnyApiRoute } from './api/route.js';
import { mountApiRoutes } from './api/route.js';
import { statsApiRoutes } from './api/stats.js';
import type { AppDeps } from './deps.js';
import type { AppEnv } from './env.js';
import { readableFormBody } from './form.js';
import { authenticate } from './middleware/authenticate.js';
import { errorResponse, notFound, onError } from './middleware/errors.js';
import { requestId } from './middleware/request-id.js';
import { requestLog } from './middleware/request-log.js';
import { securityHeaders } from './middleware/security-headers.js';
import { accountRoutes } from './routes/admin-account.js';
import { breachAdminRoutes } from './routes/admin-breaches.js';
import { consoleRoutes } from './routes/admin-console.js';
import { cookieAdminRoutes } from './routes/admin-cookies.js';
import { restrictionRoutes } from './routes/admin-restrictions.js';
import { retentionRoutes } from './routes/admin-retention.js';
import { signInRoutes } from './routes/admin-sign-in.js';
import { statsAdminRoutes } from './routes/admin-stats.js';
import { userAdminRoutes } from './routes/admin-users.js';
import { accessApiRoutes } from './routes/api-access.js';
import { auditApiRoutes } from './routes/api-audit.js';
import { policyApiRoutes } from './routes/api-policy.js';
import { assetRoutes } from './routes/assets.js';
import { dsrAdminRoutes } from './routes/dsr-admin.js';
import { dsrPortalRoutes } from './routes/dsr-portal.js';
import { healthRoutes } from './routes/health.js';
import { openApiRoute } from './routes/openapi.js';
import { portalRoutes } from './routes/portal.js';
import { statsIngestRoutes } from './routes/stats-ingest.js';
import { serverKeys } from './server-keys.js';

/** Our forms and JSON bodies are small; a bigger body is refused before anyone parses it. */
const MAX_BODY_BYTES = 1024 * 1024;

/**
 * The server: public portal at `/`, admin console under `/admin`, JSON API under `/api`. Every
 * request passes request id → log → security headers → authentication (who, not whether); each
 * route then declares who may use it (`requireRole`), and JSON endpoints validate with zod.
 *
 * @example
 *   const app = createApp({ db, config, policy, clock: () => new Date(), log: createLogger() });
 *   const res = await app.request('/healthz'); // { ok: true, db: 'pglite' }
 */
export function createApp(deps: AppDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const keys = serverKeys(deps.db, deps.clock);

  app.use('*', async (c, next) => {
    c.set('deps', deps);
    c.set('keys', keys);
    await next();
  });
  app.use('*', requestId());
  app.use('*', requestLog(deps.log));
  app.use('*', securityHeaders());
  app.use(
    '*',
    bodyLimit({
      maxSize: MAX_BODY_BYTES,
      onError: (c) => errorResponse(c, 413, 'PAYLOAD_TOO_LARGE', `the body exceeds ${MAX_BODY_BYTES} bytes`),
    }),
  );
  app.use('*', readableFormBody());
  app.use('*', authenticate());
  app.onError(onError);
  app.notFound(notFound);

  assetRoutes(app);
  portalRoutes(app);
  statsIngestRoutes(app);
  dsrPortalRoutes(app);
  signInRoutes(app);
  accountRoutes(app);
  consoleRoutes(app);
  cookieAdminRoutes(app);
  userAdminRoutes(app);
  statsAdminRoutes(app);
  dsrAdminRoutes(app);
  retentionRoutes(app);
  restrictionRoutes(app);
  breachAdminRoutes(app);

  const apiRoutes: AnyApiRoute[] = [
    ...healthRoutes,
    ...accessApiRoutes,
    ...policyApiRoutes,
    ...auditApiRoutes,
    ...dsrApiRoutes,
    ...dsrDecisionApiRoutes,
    ...restrictionApiRoutes,
    ...statsApiRoutes,
    ...breachApiRoutes,
  ];
  apiRoutes.push(openApiRoute(() => apiRoutes));
  mountApiRoutes(app, apiRoutes);
  return app;
}
