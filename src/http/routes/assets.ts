import { createHash } from 'node:crypto';
import type { Hono } from 'hono';
import type { AppEnv } from '../env.js';
import { stylesheet } from '../views/styles.js';

const etag = `"${createHash('sha256').update(stylesheet).digest('base64url').slice(0, 16)}"`;

/** The stylesheet; compiled into the package, so the server needs no files beside its code. */
export function assetRoutes(app: Hono<AppEnv>): void {
  app.get('/assets/grondslag.css', (c) => {
    if (c.req.header('if-none-match') === etag) return c.body(null, 304);
    c.header('ETag', etag);
    c.header('Cache-Control', 'public, max-age=300');
    c.header('Content-Type', 'text/css; charset=utf-8');
    return c.body(stylesheet);
  });
}
