import type { Context, Hono, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { GrondslagError } from '../../errors.js';
import { SaltCache } from '../../stats/daily-salt.js';
import { MAX_EVENT_BYTES } from '../../stats/event.js';
import { ingestPageview } from '../../stats/ingest.js';
import { trackerEtag, trackerScript } from '../../stats/tracker-script.js';
import { clientAddress } from '../client-address.js';
import type { AppEnv } from '../env.js';
import { errorResponse } from '../middleware/errors.js';
import { requestStatsSites } from '../stats-context.js';

/** Default events per minute from one truncated address when the configuration names none. */
const DEFAULT_RATE_PER_MINUTE = 600;

/**
 * The public half of the statistics: the tracker script and the endpoint it reports to. Both are
 * loaded by other sites' pages, so both may be read cross-origin (CORP cross-origin); the endpoint
 * answers CORS only to the origins of configured sites. No session, no cookie: the endpoint never
 * sets one and ignores any the browser sends.
 */

/** CORS for the configured sites' origins only; every other origin gets no CORS headers at all. */
function statsCors(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    await next();
    c.header('Cross-Origin-Resource-Policy', 'cross-origin');
    c.header('Vary', 'Origin', { append: true });
    const origin = c.req.header('origin');
    if (origin && requestStatsSites(c).some((s) => s.origins.includes(origin))) {
      c.header('Access-Control-Allow-Origin', origin);
    }
  };
}

async function readEvent(c: Context<AppEnv>): Promise<unknown> {
  // The tracker sends text/plain (a "simple" request: no preflight, and sendBeacon allows it);
  // JSON clients may say application/json. Either way the body is JSON.
  const type = c.req.header('content-type') ?? 'text/plain';
  if (!/^(text\/plain|application\/json)\b/i.test(type)) {
    throw new GrondslagError('UNSUPPORTED_MEDIA_TYPE', 'send the event as text/plain or application/json');
  }
  try {
    return JSON.parse(await c.req.text());
  } catch {
    throw new GrondslagError('BAD_JSON', 'the event is not valid JSON');
  }
}

/**
 * @example
 *   statsIngestRoutes(app); // GET /stats/t.js, OPTIONS and POST /stats/event
 */
export function statsIngestRoutes(app: Hono<AppEnv>): void {
  const salts = new SaltCache();

  app.get('/stats/t.js', (c) => {
    c.header('Cross-Origin-Resource-Policy', 'cross-origin');
    if (c.req.header('if-none-match') === trackerEtag) return c.body(null, 304);
    c.header('ETag', trackerEtag);
    c.header('Cache-Control', 'public, max-age=3600');
    c.header('Content-Type', 'text/javascript; charset=utf-8');
    return c.body(trackerScript);
  });

  app.use('/stats/event', statsCors());

  // Only needed for clients that send application/json; the tracker's text/plain needs none.
  app.options('/stats/event', (c) => {
    c.header('Access-Control-Allow-Methods', 'POST');
    c.header('Access-Control-Allow-Headers', 'Content-Type');
    c.header('Access-Control-Max-Age', '86400');
    return c.body(null, 204);
  });

  app.post(
    '/stats/event',
    bodyLimit({
      maxSize: MAX_EVENT_BYTES,
      onError: (c) =>
        errorResponse(c, 413, 'PAYLOAD_TOO_LARGE', `an event is at most ${MAX_EVENT_BYTES} bytes`),
    }),
    async (c) => {
      const deps = c.var.deps;
      const result = await ingestPageview(
        {
          db: deps.db,
          clock: deps.clock,
          salts,
          sites: requestStatsSites(c),
          ratePerMinute: deps.config.stats?.ratePerMinute ?? DEFAULT_RATE_PER_MINUTE,
        },
        {
          body: await readEvent(c),
          address: clientAddress(c),
          ...optional('origin', c.req.header('origin')),
          ...optional('userAgent', c.req.header('user-agent')),
          ...optional('secChUa', c.req.header('sec-ch-ua')),
        },
      );
      if (result.outcome === 'rate_limited') {
        c.header('Retry-After', String(result.retryAfterSeconds));
        return errorResponse(
          c,
          429,
          'TOO_MANY_REQUESTS',
          'too many events from your network; try again later',
        );
      }
      // A bot learns nothing from the answer: it looks the same as a counted view.
      return c.body(null, 202);
    },
  );
}

function optional<K extends string>(key: K, value: string | undefined): { [P in K]?: string } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: string };
}
