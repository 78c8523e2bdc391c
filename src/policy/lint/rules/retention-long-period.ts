import { minDays, parseDuration } from '../../duration.js';
import type { LintRule } from '../rule.js';
import { categoryName, listing, textOf } from '../wording.js';

/** Periods longer than this (in days, at their shortest reading) count as "long": past a year. */
export const longRetentionDays = 366;

/**
 * Long retention needs a reason the law accepts. The usual one in the Netherlands, seven years, comes
 * from the tax duty to keep the administration (AWR art. 52, BW 2:10): invoices, payments and the bank
 * account used. It does not cover every customer's name, e-mail or phone number, which should get a
 * shorter rule of their own (Art. 5(1)(e) storage limitation).
 */
export const retentionLongPeriod: LintRule = {
  id: 'retention-long-period',
  severity: 'warning',
  article: 'GDPR Art. 5(1)(e); AWR art. 52, BW 2:10',
  title: 'retention past a year names its ground and covers only administration records',
  check(policy) {
    return policy.retention.flatMap((r, i) => {
      const period = parseDuration(r.period);
      if (period === undefined || minDays(period) <= longRetentionDays) return [];
      const nonAdministration = r.categories.filter(
        (id) => policy.categories.find((c) => c.id === id)?.administrationRecord !== true,
      );
      const problems: string[] = [];
      if (r.ground === 'unstated') problems.push('gives no legal ground');
      if (nonAdministration.length > 0) {
        problems.push(
          `also covers ${listing(nonAdministration.map((c) => categoryName(policy, c)))}, which ${nonAdministration.length === 1 ? 'is not a record' : 'are not records'} of the administration that tax law requires to be kept`,
        );
      }
      if (problems.length === 0) return [];
      const advice =
        nonAdministration.length > 0
          ? `give ${nonAdministration.length === 1 ? 'it' : 'them'} a shorter rule of ${nonAdministration.length === 1 ? 'its' : 'their'} own, keep ${r.period} only for invoices, payments and the bank account used (AWR art. 52, BW 2:10)`
          : 'name the ground (e.g. "AWR art. 52") or shorten the period';
      return [
        {
          path: ['retention', i],
          message: `retention rule "${textOf(policy, r.label)}" (${r.id}) keeps data for ${r.period} but ${problems.join(' and ')}: ${advice}`,
        },
      ];
    });
  },
};
