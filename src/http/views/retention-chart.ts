import type { RetentionPlan } from '../../retention/plan.js';
import { type Html, html } from './html.js';
import { niceCeiling } from './stats-chart.js';

/**
 * What becomes due in each of the coming weeks, one stacked bar per week and one colour per rule, as
 * inline SVG drawn on the server (the console's CSP allows no script). Colours come from classes in
 * the stylesheet; every segment has a <title> with its numbers for hover and screen readers, and the
 * page repeats the numbers in a table.
 */

const WIDTH = 720;
const HEIGHT = 240;
const LEFT = 52;
const RIGHT = 8;
const TOP = 10;
const BOTTOM = 26;
const PLOT_W = WIDTH - LEFT - RIGHT;
const PLOT_H = HEIGHT - TOP - BOTTOM;
const Y_STEPS = 4;

const round = (n: number) => Math.round(n * 10) / 10;
const monthDay = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });

/** Per rule and week: rows becoming due that week (summed over the rule's collections). */
export function dueByWeek(plan: RetentionPlan): { rule: string; label: string; weeks: number[] }[] {
  return plan.rules.map((r) => ({
    rule: r.rule,
    label: r.label,
    weeks: plan.weeks.map((_, i) => r.collections.reduce((n, c) => n + (c.timeline[i] ?? 0), 0)),
  }));
}

/**
 * @example
 *   retentionChart(plan); // <svg class="chart retention-chart" …> with a bar per week
 */
export function retentionChart(plan: RetentionPlan): Html {
  const series = dueByWeek(plan);
  const n = Math.max(plan.weeks.length, 1);
  const totals = plan.weeks.map((_, i) => series.reduce((s, r) => s + (r.weeks[i] ?? 0), 0));
  const top = niceCeiling(Math.max(0, ...totals), Y_STEPS);
  const slot = PLOT_W / n;
  const barW = Math.max(2, slot * 0.7);
  const y = (v: number) => TOP + PLOT_H - (v / top) * PLOT_H;
  const grid = Array.from({ length: Y_STEPS + 1 }, (_, i) => (top / Y_STEPS) * i);
  const labelEvery = Math.ceil(n / 8);
  const first = plan.weeks[0];
  const last = plan.weeks.at(-1);
  return html`<svg class="chart retention-chart" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-labelledby="retention-chart-title" preserveAspectRatio="xMidYMid meet">
<title id="retention-chart-title">Rows becoming due per week${first && last ? `, weeks of ${first.toISOString().slice(0, 10)} to ${last.toISOString().slice(0, 10)}` : ''}</title>
${grid.map(
  (v) =>
    html`<line class="grid" x1="${LEFT}" x2="${WIDTH - RIGHT}" y1="${round(y(v))}" y2="${round(y(v))}"></line><text class="axis" x="${LEFT - 6}" y="${round(y(v) + 4)}" text-anchor="end">${v}</text>`,
)}
${plan.weeks.map((week, i) => {
  let base = 0;
  const x = round(LEFT + i * slot + (slot - barW) / 2);
  const segments = series.map((r, k) => {
    const v = r.weeks[i] ?? 0;
    if (v === 0) return '';
    const y0 = y(base);
    base += v;
    const y1 = y(base);
    return html`<rect class="due r${k % 6}" x="${x}" y="${round(y1)}" width="${round(barW)}" height="${round(Math.max(0.5, y0 - y1))}"><title>${r.label}: ${v} due in the week of ${week.toISOString().slice(0, 10)}</title></rect>`;
  });
  const tick =
    i % labelEvery === 0
      ? html`<text class="axis" x="${round(LEFT + i * slot + slot / 2)}" y="${HEIGHT - 8}" text-anchor="middle">${monthDay.format(week)}</text>`
      : '';
  return html`${segments}${tick}`;
})}
</svg>
<p class="legend small">${series.map((r, k) => html`<span class="swatch due r${k % 6}"></span>${r.label}`)}</p>`;
}
