import { parseDuration } from '../../duration.js';
import { mayExceedMonths } from '../periods.js';
import type { LintRule, RuleFinding } from '../rule.js';

/** Art. 12(3): at most two further months, and the notice of extension within the first month. */
export const extensionTooLong: LintRule = {
  id: 'extension-too-long',
  severity: 'error',
  article: 'GDPR Art. 12(3)',
  title: 'an extension adds at most two months and is announced within the first month',
  check(policy) {
    const ext = policy.requests.extension;
    if (ext === 'unstated') return [];
    const findings: RuleFinding[] = [];
    const max = parseDuration(ext.maxPeriod);
    if (max !== undefined && mayExceedMonths(max, 2)) {
      findings.push({
        path: ['requests', 'extension', 'maxPeriod'],
        message: `the extension ${ext.maxPeriod} can run past two further months: set maxPeriod to P2M or less`,
      });
    }
    const notice = parseDuration(ext.noticeWithin);
    if (notice !== undefined && mayExceedMonths(notice, 1)) {
      findings.push({
        path: ['requests', 'extension', 'noticeWithin'],
        message: `the person must be told of an extension within one month of receipt, but noticeWithin is ${ext.noticeWithin}: set it to P1M or less`,
      });
    }
    return findings;
  },
};
