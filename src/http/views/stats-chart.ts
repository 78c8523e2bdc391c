import type { DayCount } from '../../stats/report.js';
import { type Html, html } from './html.js';

/**
 * Page views (bars) and visitors (line) per day as inline SVG, drawn on the server: the console's
 * CSP allows no script, so the chart is markup. Colours come from classes in the stylesheet (no
 * style attributes), and every bar carries a <title> with its numbers for hover and screen readers.
 */

const WIDTH = 720;
const HEIGHT = 240;
const LEFT = 44;
const RIGHT = 8;
const TOP = 10;
const BOTTOM = 26;
const PLOT_W = WIDTH - LEFT - RIGHT;
const PLOT_H = HEIGHT - TOP - BOTTOM;
const Y_STEPS = 4;

/**
 * The smallest "round" number (1, 2 or 5 times a power of ten, times the steps) at or above `max`,
 * so that the grid lines fall on numbers people read at a glance.
 *
 * @example
 *   niceCeiling(37, 4); // 40 (grid at 10, 20, 30, 40)
 */
export function niceCeiling(max: number, steps: number): number {
  if (max <= 0) return steps;
  const raw = max / steps;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power;
  return Math.max(steps, Math.ceil(step) * steps);
}

const monthDay = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });
const label = (day: string) => monthDay.format(new Date(`${day}T00:00:00Z`));
const round = (n: number) => Math.round(n * 10) / 10;

/**
 * @example
 *   statsChart([{ day: '2026-03-01', pageviews: 12, visitors: 5 }, …]); // <svg class="chart" …>
 */
export function statsChart(days: readonly DayCount[]): Html {
  const n = Math.max(days.length, 1);
  const top = niceCeiling(Math.max(0, ...days.map((d) => Math.max(d.pageviews, d.visitors))), Y_STEPS);
  const slot = PLOT_W / n;
  const barW = Math.max(1, slot * 0.7);
  const x = (i: number) => LEFT + i * slot + slot / 2;
  const y = (v: number) => TOP + PLOT_H - (v / top) * PLOT_H;
  const grid = Array.from({ length: Y_STEPS + 1 }, (_, i) => (top / Y_STEPS) * i);
  const labelEvery = Math.ceil(n / 8);
  const points = days.map((d, i) => `${round(x(i))},${round(y(d.visitors))}`).join(' ');
  return html`<svg class="chart" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-labelledby="chart-title" preserveAspectRatio="xMidYMid meet">
<title id="chart-title">Page views and visitors per day, ${days[0]?.day ?? ''} to ${days.at(-1)?.day ?? ''}</title>
${grid.map(
  (v) =>
    html`<line class="grid" x1="${LEFT}" x2="${WIDTH - RIGHT}" y1="${round(y(v))}" y2="${round(y(v))}"></line><text class="axis" x="${LEFT - 6}" y="${round(y(v) + 4)}" text-anchor="end">${v}</text>`,
)}
${days.map(
  (d, i) =>
    html`<rect class="bar" x="${round(x(i) - barW / 2)}" y="${round(y(d.pageviews))}" width="${round(barW)}" height="${round(TOP + PLOT_H - y(d.pageviews))}"><title>${d.day}: ${d.pageviews} page views, ${d.visitors} visitors</title></rect>`,
)}
${days.length > 1 ? html`<polyline class="line" points="${points}"></polyline>` : ''}
${days.map((d, i) => html`<circle class="dot" cx="${round(x(i))}" cy="${round(y(d.visitors))}" r="${n > 40 ? 1.5 : 3}"></circle>`)}
${days.map((d, i) =>
  i % labelEvery === 0
    ? html`<text class="axis" x="${round(x(i))}" y="${HEIGHT - 8}" text-anchor="middle">${label(d.day)}</text>`
    : '',
)}
</svg>
<p class="legend small"><span class="swatch bar"></span> Page views <span class="swatch line"></span> Visitors (unique per day)</p>`;
}
