import { describe, expect, it } from 'vitest';
import { breachClocks, formatRemaining, needsDelayReasons } from './clocks.js';
import { checkBreachInput, type NoticePhase } from './incident.js';
import { formatLocal } from './local-time.js';

/**
 * Awareness at 2026-03-28 23:30 Amsterdam time (CET, UTC+1), the night the clocks go forward to CEST:
 * the deadlines are 24 and 72 elapsed hours later, not "the same wall time a day later".
 */
const aware = checkBreachInput({ awareAt: '2026-03-28 23:30' }).awareAt;
const at = (iso: string) => new Date(iso);

describe('breach clocks across the DST change', () => {
  it('reads the awareness time as Amsterdam time', () => {
    expect(aware.toISOString()).toBe('2026-03-28T22:30:00.000Z');
  });

  it('runs 24 h for a telecom provider and 72 h under the GDPR, in elapsed hours', () => {
    const c = breachClocks({ awareAt: aware, telecom: true, phases: [] }, at('2026-03-29T00:00:00Z'));
    const due = Object.fromEntries(c.clocks.map((k) => [k.kind, k.dueAt.toISOString()]));
    expect(due).toEqual({
      'telecom-24h': '2026-03-29T22:30:00.000Z',
      'gdpr-72h': '2026-03-31T22:30:00.000Z',
    });
    // Wall-clock time after the change is CEST, an hour later than the awareness wall time.
    expect(formatLocal(c.clocks[0]!.dueAt)).toBe('2026-03-30 00:30 CEST');
    expect(formatLocal(c.clocks[1]!.dueAt)).toBe('2026-04-01 00:30 CEST');
    expect(c.governing.kind).toBe('telecom-24h');
    expect(c.governing.remainingMinutes).toBe(22 * 60 + 30);
  });

  it('runs only the 72-hour clock when the organisation is no telecom provider', () => {
    const c = breachClocks({ awareAt: aware, telecom: false, phases: [] }, at('2026-03-30T00:00:00Z'));
    expect(c.clocks.map((k) => k.kind)).toEqual(['gdpr-72h']);
    expect(c.governing.dueAt.toISOString()).toBe('2026-03-31T22:30:00.000Z');
    expect(c.governing.state).toBe('running');
  });

  it('turns "near" exactly 6 hours before the due time and overdue at the due minute', () => {
    const state = (iso: string) =>
      breachClocks({ awareAt: aware, telecom: true, phases: [] }, at(iso)).clocks[0]!;
    expect(state('2026-03-29T16:29:00Z')).toMatchObject({ state: 'running', remainingMinutes: 361 });
    expect(state('2026-03-29T16:30:00Z')).toMatchObject({ state: 'near', remainingMinutes: 360 });
    expect(state('2026-03-29T22:29:00Z')).toMatchObject({
      state: 'near',
      remainingMinutes: 1,
      overdue: false,
    });
    expect(state('2026-03-29T22:30:00Z')).toMatchObject({
      state: 'overdue',
      remainingMinutes: 0,
      overdue: true,
    });
    expect(state('2026-03-30T00:15:00Z')).toMatchObject({ state: 'overdue', remainingMinutes: -105 });
    expect(formatRemaining(-105)).toBe('-0d 01h 45m');
  });

  it('stops when the authority is notified, and tells in-time from late', () => {
    const notice = (sentAt: string): NoticePhase => ({
      seq: 1,
      audience: 'authority',
      phase: 'initial',
      sentAt: at(sentAt),
      content: 'x',
      delayReasons: null,
    });
    const c = breachClocks(
      { awareAt: aware, telecom: true, phases: [notice('2026-03-30T10:00:00Z')] },
      at('2026-04-05T00:00:00Z'),
    );
    expect(c.clocks.map((k) => [k.kind, k.state, k.overdue])).toEqual([
      ['telecom-24h', 'late', false],
      ['gdpr-72h', 'met', false],
    ]);
    expect(needsDelayReasons({ awareAt: aware, telecom: true }, at('2026-03-29T22:30:00Z'))).toBe(false);
    expect(needsDelayReasons({ awareAt: aware, telecom: true }, at('2026-03-29T22:31:00Z'))).toBe(true);
    expect(needsDelayReasons({ awareAt: aware, telecom: false }, at('2026-03-31T22:31:00Z'))).toBe(true);
    expect(needsDelayReasons({ awareAt: aware, telecom: false }, at('2026-03-30T22:31:00Z'))).toBe(false);
  });

  it('a letter to people does not stop the authority clock', () => {
    const c = breachClocks(
      {
        awareAt: aware,
        telecom: false,
        phases: [
          { seq: 1, audience: 'subjects', phase: 'initial', sentAt: aware, content: 'x', delayReasons: null },
        ],
      },
      at('2026-04-01T00:00:00Z'),
    );
    expect(c.governing.state).toBe('overdue');
  });
});

describe('breach input', () => {
  it('names the field that is wrong', () => {
    expect(() => checkBreachInput({ awareAt: 'yesterday' })).toThrow(/awareAt/);
    expect(() => checkBreachInput({ awareAt: '2026-03-28 23:30', approxPeople: -1 })).toThrow(/approxPeople/);
    expect(() => checkBreachInput({ awareAt: '2026-03-28 23:30', risk: 'high' })).toThrow(/riskReasons/);
    expect(() =>
      checkBreachInput({ awareAt: '2026-03-28 23:30', categories: ['shoe_size'] }, ['email']),
    ).toThrow(/categories.*shoe_size/);
    expect(() => checkBreachInput({ awareAt: '2026-03-28 23:30', occurredAt: '2026-03-29 01:00' })).toThrow(
      /occurredAt/,
    );
  });

  it('takes instants with an offset as they are', () => {
    expect(checkBreachInput({ awareAt: '2026-07-01T12:00:00+02:00' }).awareAt.toISOString()).toBe(
      '2026-07-01T10:00:00.000Z',
    );
    expect(checkBreachInput({ awareAt: '2026-07-01 12:00' }).awareAt.toISOString()).toBe(
      '2026-07-01T10:00:00.000Z',
    );
  });
});
