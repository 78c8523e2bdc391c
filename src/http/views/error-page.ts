import type { Context } from 'hono';
import { barePage } from './admin-layout.js';
import { type Html, html } from './html.js';

/** The HTML form of an error response, for browsers; same code and message as the JSON form. */
export function errorPage(c: Context, e: { status: number; code: string; message: string }): Html {
  const home = c.req.path.startsWith('/admin') ? '/admin' : '/';
  return barePage({
    title: `Error ${e.status}`,
    body: html`<div class="card">
  <h1>${e.status === 404 ? 'Not found' : e.status === 403 ? 'Not allowed' : 'Something went wrong'}</h1>
  <p>${e.message}</p>
  <p class="muted small">Code <code>${e.code}</code> · HTTP ${e.status}</p>
  <p><a href="${home}">Back</a></p>
</div>`,
  });
}
