import type { Hono } from 'hono';
import { renderStatementHtmlFragment } from '../../policy/render/render.js';
import { portalCountsVisits } from '../../stats/sites.js';
import type { AppEnv } from '../env.js';
import { trackerPageCsp } from '../stats-context.js';
import { trustedHtml } from '../views/html.js';
import { portalPage } from '../views/portal.js';

/** The public privacy portal: the statement, generated from the policy, in each of its languages. */
export function portalRoutes(app: Hono<AppEnv>): void {
  app.get('/', (c) => {
    const { policy } = c.var.deps.policy;
    const languages = policy.meta.languages;
    const asked = c.req.query('lang');
    // An unknown language falls back to the original rather than failing: the visitor still gets
    // the statement, and the switch shows which languages exist.
    const lang = asked && languages.includes(asked) ? asked : (languages[0] as string);
    const title = policy.meta.title[lang] ?? '';
    c.header('Content-Language', lang);
    // The portal counts its own visits, cookieless, when the policy says analytics are used (src/stats/).
    const tracker = portalCountsVisits(policy);
    if (tracker) c.header('Content-Security-Policy', trackerPageCsp);
    return c.html(
      portalPage({
        lang,
        languages,
        organisation: policy.controller.tradeName ?? policy.controller.legalName,
        title,
        contactEmail: policy.dpo === 'unstated' ? policy.controller.email : policy.dpo.email,
        // The renderer escapes every string from the policy (src/policy/render/html.ts).
        statement: trustedHtml(renderStatementHtmlFragment(policy, { lang })),
        tracker,
      }).value,
    );
  });
}
