import type { Config } from '../../config.js';
import type { Sealer } from '../../crypto/sealed.js';
import type { Art19Record, ErasureCertificate } from '../../dsr/certificate.js';
import { type CollectionProgress, executionReport } from '../../dsr/execution-report.js';
import type { DsrRequest } from '../../dsr/request.js';
import type { Db } from '../../store/db.js';
import { type Html, html } from './html.js';

/**
 * The execution panel of the request detail page (src/http/views/dsr-pages.ts, "Plan and
 * progress"): the plan from the data map, each step's progress, the rows found, erased, anonymised
 * and kept — with the reason and article for what was kept — and what execution produced: the
 * package, the erasure certificate, the restriction entry, the Art. 19 notifications. Counts and
 * names only; no value of the person's data is shown here.
 *
 * @example
 *   const panel = await renderExecutionPanel({ db, sealer, config, request });
 */
export async function renderExecutionPanel(ctx: {
  db: Db;
  sealer: Sealer;
  config: Config;
  request: DsrRequest;
  /** Whether the viewer may take the package or certificate out (operators and the DPO). */
  canExport?: boolean;
}): Promise<Html | undefined> {
  const report = await executionReport(ctx.db, ctx.sealer, ctx.request.id, new Date());
  const e = report.execution;
  if (!e) {
    return ctx.request.status === 'in_progress'
      ? html`<p class="muted">Approved; the worker starts execution within a minute (or run <code>grondslag dsr run ${ctx.request.reference}</code>).</p>`
      : undefined;
  }
  const outcome = e.outcome ?? {};
  const pkg = outcome.package as
    | { sha256: string; bytes: number; expiresAt: string; redactedTexts: number }
    | undefined;
  const cert = outcome.certificate as ErasureCertificate | undefined;
  const restriction = outcome.restriction as
    | { scope: string; article: string; purposes: string[]; rows: number }
    | undefined;
  const notified = (outcome.notified as Art19Record[] | undefined) ?? [];
  const transmission = outcome.transmission as { organisation: string; status: string } | undefined;
  // The download is GET /api/dsr/{id}/export under the viewer's session: audited like any export.
  const exportIt = (what: string) =>
    ctx.canExport && e.status === 'done'
      ? html` <a href="/api/dsr/${report.request.id}/export" download>Download the ${what} (ZIP)</a> — recorded in the audit log — or export it with <code>grondslag dsr export ${report.request.reference} --out FILE.zip</code>.`
      : html` Export it with <code>grondslag dsr export ${report.request.reference} --out FILE.zip</code>.`;
  const kept = e.collections.flatMap((c) =>
    c.keptFor.map(
      (k) =>
        html`<li>${c.system}.${c.collection}: ${k.rows} kept — ${k.reason.replaceAll('_', ' ')} (${k.article})</li>`,
    ),
  );
  return html`<p><strong>${e.kind}</strong> — ${statusText(e.status)}${e.finishedAt ? html`, finished ${e.finishedAt.slice(0, 16).replace('T', ' ')} UTC` : ''}${
    e.attempts > 1 ? html` (${e.attempts} attempts)` : ''
  }</p>
${e.lastError && e.status !== 'done' ? html`<p class="notice error">Last attempt stopped: ${e.lastError}</p>` : ''}
${e.warnings.map((w) => html`<p class="notice">${w}</p>`)}
<table>
<thead><tr><th>System / collection</th><th>Plan</th><th>Step</th><th>Found</th><th>Erased</th><th>Anonymised</th><th>Kept</th><th>Updated</th></tr></thead>
<tbody>${e.collections.map(row)}</tbody>
<tfoot><tr><th colspan="3">Total</th><td>${e.totals.found}</td><td>${e.totals.erased}</td><td>${e.totals.anonymised}</td><td>${e.totals.kept}</td><td>${e.totals.updated}</td></tr></tfoot>
</table>
${kept.length > 0 ? html`<h3>Kept, and why</h3><ul>${kept}</ul>` : ''}
<details><summary>Fields and what happens to them</summary><ul>${e.collections.map(
    (c) =>
      html`<li>${c.system}.${c.collection}: ${
        c.fields.length > 0
          ? c.fields.map(
              (f, i) =>
                html`${i > 0 ? ', ' : ''}${f.field} (${f.treatment}${f.operator ? `: ${f.operator}` : ''})`,
            )
          : 'no personal fields'
      }</li>`,
  )}</ul></details>
${pkg ? html`<p>Package: ${pkg.bytes.toLocaleString('en-GB')} bytes, SHA-256 <code>${pkg.sha256.slice(0, 16)}…</code>, kept sealed until ${pkg.expiresAt.slice(0, 10)}; ${pkg.redactedTexts} text(s) with other people's data redacted (Art. 15(4)).${exportIt('package')}</p>` : ''}
${transmission ? html`<p>Sent to ${transmission.organisation} (Art. 20(2)): ${transmission.status}.</p>` : ''}
${cert ? html`<p>Erasure certificate: ${cert.totals.erased} erased, ${cert.totals.anonymised} anonymised, ${cert.totals.kept} kept${cert.restricted ? ' and restricted' : ''}.${exportIt('certificate')}</p>` : ''}
${restriction ? html`<p>On the restriction list: ${restriction.scope.replaceAll('_', ' ')} (${restriction.article})${restriction.purposes.length > 0 ? html`, for ${restriction.purposes.join(', ')}` : ''}; ${restriction.rows} row(s) listed by key.</p>` : ''}
${
  notified.length > 0
    ? html`<h3>Recipients told (Art. 19)</h3><ul>${notified.map((n) => html`<li>${n.recipient}: ${n.channel}, ${n.status}</li>`)}</ul>`
    : ''
}`;
}

function statusText(status: string): string {
  return status === 'done'
    ? 'done'
    : status === 'discovering'
      ? 'reading the stores'
      : status === 'acting'
        ? 'changing the stores'
        : status;
}

function row(c: CollectionProgress): Html {
  return html`<tr><td>${c.system}.${c.collection}</td><td>${c.action}</td><td>${c.status}</td><td>${c.found}</td><td>${c.erased}</td><td>${c.anonymised}</td><td>${c.kept}</td><td>${c.updated}</td></tr>`;
}
