import type { LintRule } from '../rule.js';
import { textOf } from '../wording.js';

/** Art. 28(3): processing by a processor is governed by a contract; the register should show it exists. */
export const processorAgreementMissing: LintRule = {
  id: 'processor-agreement-missing',
  severity: 'warning',
  article: 'GDPR Art. 28(3)',
  title: 'every processor has a processing agreement',
  check(policy) {
    return policy.recipients.flatMap((r, i) =>
      r.kind === 'processor' && r.processingAgreement !== true
        ? [
            {
              path: ['recipients', i],
              message: `processor "${textOf(policy, r.name)}" (${r.id}) has no processing agreement on record: conclude one and set processingAgreement: true`,
            },
          ]
        : [],
    );
  },
};
