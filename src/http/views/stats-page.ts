import type { RankedCount, StatsReport } from '../../stats/report.js';
import { type AdminPageContext, adminPage } from './admin-layout.js';
import { type Html, html } from './html.js';
import { statsChart } from './stats-chart.js';

/** The periods the selector offers, in days; three months is all there is (the policy's period). */
export const statsPeriods = [7, 30, 90] as const;
export type StatsPeriodDays = (typeof statsPeriods)[number];

export interface StatsPageView {
  report: StatsReport;
  sites: string[];
  days: StatsPeriodDays;
  /** How long statistics are kept, from the policy ("at most 3 months"), or why that is unknown. */
  retention: { wording: string; rule: string } | { problem: string };
  /** The script tag a site includes. */
  snippet: string;
}

function rankedTable(caption: string, head: string, rows: readonly RankedCount[], empty: string): Html {
  return html`<table>
  <caption class="muted small">${caption}</caption>
  <thead><tr><th scope="col">${head}</th><th scope="col" class="num">Page views</th><th scope="col" class="num">Visitors</th></tr></thead>
  <tbody>${
    rows.length === 0
      ? html`<tr><td colspan="3" class="muted">${empty}</td></tr>`
      : rows.map(
          (r) =>
            html`<tr><td class="mono small">${r.key}</td><td class="num">${r.pageviews}</td><td class="num">${r.visitors}</td></tr>`,
        )
  }</tbody>
</table>`;
}

/** The Statistics page: period and site selector, totals, chart, top pages, referrers, campaigns. */
export function statsPage(ctx: AdminPageContext, v: StatsPageView): Html {
  const r = v.report;
  const perVisitor = r.totals.visitors > 0 ? (r.totals.pageviews / r.totals.visitors).toFixed(1) : '–';
  return adminPage(ctx, {
    title: 'Statistics',
    active: 'statistics',
    body: html`<h1>Website statistics</h1>
<p class="muted">Cookieless: the tracker sets no cookie and stores nothing in the browser. A visitor is a hash of the truncated address and browser under a random salt of the day, destroyed after 48 hours, so visitors are counted per day and nobody can tell who visited. ${
      'problem' in v.retention
        ? html`<strong>${v.retention.problem}</strong>`
        : html`Kept ${v.retention.wording} (retention rule <span class="mono">${v.retention.rule}</span>).`
    }</p>
<form class="filters" method="get" action="/admin/statistics">
  <div><label for="stats-site">Site</label><select id="stats-site" name="site">${v.sites.map(
    (s) => html`<option value="${s}"${s === r.site ? html` selected` : ''}>${s}</option>`,
  )}</select></div>
  <div><label for="stats-days">Period</label><select id="stats-days" name="days">${statsPeriods.map(
    (d) => html`<option value="${d}"${d === v.days ? html` selected` : ''}>last ${d} days</option>`,
  )}</select></div>
  <button type="submit" class="secondary">Show</button>
</form>
<div class="stats">
  <div class="stat"><strong>${r.totals.pageviews}</strong> page views</div>
  <div class="stat"><strong>${r.totals.visitors}</strong> visitors <span class="muted small">(unique per day)</span></div>
  <div class="stat"><strong>${perVisitor}</strong> views per visitor</div>
</div>
<div class="card">
<h2>Per day, ${r.period.from} to ${r.period.to} (UTC)</h2>
${statsChart(r.days)}
<details><summary>As a table</summary>
<table>
  <thead><tr><th scope="col">Day</th><th scope="col" class="num">Page views</th><th scope="col" class="num">Visitors</th></tr></thead>
  <tbody>${r.days.map(
    (d) =>
      html`<tr><td class="mono">${d.day}</td><td class="num">${d.pageviews}</td><td class="num">${d.visitors}</td></tr>`,
  )}</tbody>
</table>
</details>
</div>
<div class="grid-2">
<section><h2>Top pages</h2>${rankedTable('Paths only: query strings and fragments are never stored.', 'Page', r.pages, 'No page views in this period.')}</section>
<section><h2>Top referrers</h2>${rankedTable('Only the host of the referring site is kept.', 'Referrer', r.referrers, 'No visits from other sites in this period.')}</section>
</div>
<h2>Campaigns</h2>
<table>
  <thead><tr><th scope="col">Source</th><th scope="col">Medium</th><th scope="col">Campaign</th><th scope="col" class="num">Page views</th><th scope="col" class="num">Visitors</th></tr></thead>
  <tbody>${
    r.campaigns.length === 0
      ? html`<tr><td colspan="5" class="muted">No links with utm_source, utm_medium or utm_campaign in this period.</td></tr>`
      : r.campaigns.map(
          (c) =>
            html`<tr><td>${c.source ?? '–'}</td><td>${c.medium ?? '–'}</td><td>${c.campaign ?? '–'}</td><td class="num">${c.pageviews}</td><td class="num">${c.visitors}</td></tr>`,
        )
  }</tbody>
</table>
<h2>Counting a site</h2>
<p>Add the site's origins under <span class="mono">stats.sites</span> in the configuration and this tag to its pages:</p>
<pre class="letter mono">${v.snippet}</pre>
<p class="muted small">Add <span class="mono">data-spa</span> to the tag to count navigation in a single-page application. As JSON: <a href="/api/stats?site=${encodeURIComponent(r.site)}&amp;days=${v.days}">/api/stats</a></p>`,
  });
}
