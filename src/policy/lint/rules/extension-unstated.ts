import type { LintRule } from '../rule.js';

/**
 * Art. 12(3) allows two further months for complex or numerous requests, only when the person is told
 * within the first month, with reasons. A policy silent on this leaves the request engine no lawful
 * way to extend, and people no idea that it can happen.
 */
export const extensionUnstated: LintRule = {
  id: 'extension-unstated',
  severity: 'warning',
  article: 'GDPR Art. 12(3)',
  title: 'the policy says whether and how the response deadline can be extended',
  check(policy) {
    if (policy.requests.extension !== 'unstated') return [];
    return [
      {
        path: ['requests', 'extension'],
        message:
          'the statement does not say whether the deadline can be extended: set requests.extension to { maxPeriod: P2M, noticeWithin: P1M, conditions: … } (complex or numerous requests; the person is told with reasons within the first month)',
      },
    ];
  },
};
