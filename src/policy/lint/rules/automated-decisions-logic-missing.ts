import type { LintRule } from '../rule.js';

/** Art. 13(2)(f): with automated decisions, meaningful information about the logic and its consequences. */
export const automatedDecisionsLogicMissing: LintRule = {
  id: 'automated-decisions-logic-missing',
  severity: 'error',
  article: 'GDPR Art. 13(2)(f), Art. 22',
  title: 'automated decision-making in use is explained: logic, significance and consequences',
  check(policy) {
    const adm = policy.automatedDecisionMaking;
    if (!adm.used || adm.logic !== undefined) return [];
    return [
      {
        path: ['automatedDecisionMaking'],
        message:
          'automated decision-making is declared but not explained: add automatedDecisionMaking.logic with the logic involved and its significance and consequences for the person',
      },
    ];
  },
};
