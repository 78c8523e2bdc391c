import { GrondslagError } from '../errors.js';
import { maxDays, parseDuration } from '../policy/duration.js';
import type { Policy, RetentionRule } from '../policy/schema.js';
import { cutoffFor } from '../retention/cutoff.js';
import type { Queryable } from '../store/db.js';
import { utcDay } from './daily-salt.js';

/**
 * Statistics are kept no longer than the policy promises (CloudAware: "Website statistieken:
 * maximaal 3 maanden"). A day's aggregates go as soon as the start of that day lies before the
 * cut-off: part of the day is then older than the period, and "at most three months" must hold
 * for every view in it.
 */

/** The category the statistics hold, in the policy's terms. */
export const STATS_CATEGORY = 'website_activity';

/**
 * The retention rule for the statistics: the one named (`stats.retentionRule` in the
 * configuration), else the shortest rule that covers `website_activity`.
 *
 * @example
 *   statsRetentionRule(policy).id; // 'website_statistics' (P3M) rather than a P1Y log rule
 */
export function statsRetentionRule(policy: Policy, ruleId?: string): RetentionRule {
  if (ruleId !== undefined) {
    const named = policy.retention.find((r) => r.id === ruleId);
    if (!named) {
      throw new GrondslagError(
        'STATS_RETENTION_RULE_UNKNOWN',
        `stats.retentionRule names "${ruleId}", but the policy has no retention rule with that id`,
      );
    }
    return named;
  }
  const covering = policy.retention
    .filter((r) => r.categories.includes(STATS_CATEGORY))
    .sort((a, b) => maxDays(parseDuration(a.period)!) - maxDays(parseDuration(b.period)!));
  const rule = covering[0];
  if (!rule) {
    throw new GrondslagError(
      'STATS_RETENTION_RULE_MISSING',
      `the policy has no retention rule for ${STATS_CATEGORY}; add one (e.g. P3M) or name one in stats.retentionRule`,
    );
  }
  return rule;
}

/**
 * The instant before which statistics are too old at `at`.
 *
 * @example
 *   statsCutoff(policy, new Date('2026-06-15T03:00:00Z')); // 2026-03-15T03:00:00Z under P3M
 */
export function statsCutoff(policy: Policy, at: Date, ruleId?: string): Date {
  const rule = statsRetentionRule(policy, ruleId);
  return cutoffFor(at, parseDuration(rule.period)!);
}

/**
 * Deletes the daily aggregates of every day that began before `cutoff`; returns the rows deleted.
 *
 * @example
 *   await deleteExpiredStats(db, statsCutoff(policy, new Date())); // 42
 */
export async function deleteExpiredStats(q: Queryable, cutoff: Date): Promise<number> {
  // Day D began before the cut-off exactly when D is at most the day of the instant just before it.
  const { rowCount } = await q.query('delete from grondslag.stats_daily where day <= $1::date', [
    utcDay(new Date(cutoff.getTime() - 1)),
  ]);
  return rowCount;
}
