import type { LintReport } from '../../policy/lint/lint.js';
import { type Html, html } from './html.js';

/** Counts of findings per severity, as three figures. */
export function lintSummary(report: LintReport): Html {
  const s = report.summary;
  return html`<div class="stats" aria-label="Lint summary">
  <div class="stat error"><strong>${s.error}</strong> error${s.error === 1 ? '' : 's'}</div>
  <div class="stat warning"><strong>${s.warning}</strong> warning${s.warning === 1 ? '' : 's'}</div>
  <div class="stat info"><strong>${s.info}</strong> note${s.info === 1 ? '' : 's'}</div>
</div>`;
}

/** Every finding with where to fix it, in file order. */
export function findingsTable(report: LintReport): Html {
  if (report.findings.length === 0) {
    return html`<p><span class="badge ok">clean</span> The policy meets every rule.</p>`;
  }
  return html`<table>
  <caption class="skip">Lint findings</caption>
  <thead><tr><th scope="col">Severity</th><th scope="col">Finding</th><th scope="col">Provision</th><th scope="col">Where</th></tr></thead>
  <tbody>${report.findings.map(
    (f) => html`<tr>
    <td><span class="badge ${f.severity}">${f.severity}</span></td>
    <td>${f.message}<br><span class="small muted mono">${f.rule}</span></td>
    <td class="small">${f.article}</td>
    <td class="small mono">${f.location.line}:${f.location.column}<br><span class="muted">${f.path}</span></td>
  </tr>`,
  )}</tbody>
</table>`;
}
