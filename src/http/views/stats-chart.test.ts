import { describe, expect, it } from 'vitest';
import { niceCeiling, statsChart } from './stats-chart.js';

describe('the statistics chart', () => {
  it('puts the top grid line on a round number at or above the largest value', () => {
    expect(niceCeiling(37, 4)).toBe(40);
    expect(niceCeiling(40, 4)).toBe(40);
    expect(niceCeiling(3, 4)).toBe(4);
    expect(niceCeiling(0, 4)).toBe(4);
    expect(niceCeiling(1234, 4)).toBeGreaterThanOrEqual(1234);
    expect(niceCeiling(1234, 4) / 4).toBe(500);
  });

  it('draws one bar per day, scaled to the largest day, with its numbers in a title', () => {
    const svg = statsChart([
      { day: '2026-03-01', pageviews: 10, visitors: 4 },
      { day: '2026-03-02', pageviews: 20, visitors: 9 },
      { day: '2026-03-03', pageviews: 0, visitors: 0 },
    ]).value;
    const bars = [...svg.matchAll(/<rect class="bar"[^>]* height="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(bars).toHaveLength(3);
    expect(bars[1]).toBeCloseTo(bars[0]! * 2, 0);
    expect(bars[2]).toBe(0);
    expect(svg).toContain('<title>2026-03-02: 20 page views, 9 visitors</title>');
    expect(svg).toContain('<polyline class="line"');
    expect(svg).not.toMatch(/style=|<script/);
  });
});
