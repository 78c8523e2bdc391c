import { parseDuration } from '../../duration.js';
import { mayExceedMonths } from '../periods.js';
import type { LintRule } from '../rule.js';

/** Art. 12(3): an answer "without undue delay and in any event within one month of receipt". */
export const responseDeadlineTooLong: LintRule = {
  id: 'response-deadline-too-long',
  severity: 'error',
  article: 'GDPR Art. 12(3)',
  title: 'requests are answered within one month',
  check(policy) {
    const deadline = policy.requests.responseDeadline;
    const d = parseDuration(deadline);
    if (d === undefined || !mayExceedMonths(d, 1)) return [];
    return [
      {
        path: ['requests', 'responseDeadline'],
        message: `the response deadline ${deadline} can run past one month after receipt: set it to P1M or less (P4W holds in every month); longer only through the extension`,
      },
    ];
  },
};
