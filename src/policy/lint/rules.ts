import type { LintRule } from './rule.js';
import { analyticsCookieThirdParty } from './rules/analytics-cookie-third-party.js';
import { automatedDecisionsContradicted } from './rules/automated-decisions-contradicted.js';
import { automatedDecisionsLogicMissing } from './rules/automated-decisions-logic-missing.js';
import { categoryUnused } from './rules/category-unused.js';
import { chamberOfCommerceUnstated } from './rules/chamber-of-commerce-unstated.js';
import { childrenAgeVerification } from './rules/children-age-verification.js';
import { childrenMinimumAge } from './rules/children-minimum-age.js';
import { childrenUnstated } from './rules/children-unstated.js';
import { complaintRightMissing } from './rules/complaint-right-missing.js';
import { controllerRepresentative } from './rules/controller-representative.js';
import { cookieCategoriesMismatch } from './rules/cookie-categories-mismatch.js';
import { cookiesNeedConsent } from './rules/cookies-need-consent.js';
import { cookiesNotDeclared } from './rules/cookies-not-declared.js';
import { directMarketingObjection } from './rules/direct-marketing-objection.js';
import { dpoContactUnstated } from './rules/dpo-contact-unstated.js';
import { extensionTooLong } from './rules/extension-too-long.js';
import { extensionUnstated } from './rules/extension-unstated.js';
import { idCopyBsnUnmasked } from './rules/id-copy-bsn-unmasked.js';
import { idCopyByDefault } from './rules/id-copy-by-default.js';
import { idCopyKept } from './rules/id-copy-kept.js';
import { legalBasisMissing } from './rules/legal-basis-missing.js';
import { legitimateInterestUnstated } from './rules/legitimate-interest-unstated.js';
import { nationalIdWithoutStatutoryBasis } from './rules/national-id-without-statutory-basis.js';
import { portabilityBeyondArt20 } from './rules/portability-beyond-art20.js';
import { portabilityDetailsMissing } from './rules/portability-details-missing.js';
import { processorAgreementMissing } from './rules/processor-agreement-missing.js';
import { profilingObjectionNotice } from './rules/profiling-objection-notice.js';
import { provisionConsequencesMissing } from './rules/provision-consequences-missing.js';
import { provisionRequirementUnstated } from './rules/provision-requirement-unstated.js';
import { recipientUnused } from './rules/recipient-unused.js';
import { recipientsUnstated } from './rules/recipients-unstated.js';
import { responseDeadlineTooLong } from './rules/response-deadline-too-long.js';
import { retentionGroundUnstated } from './rules/retention-ground-unstated.js';
import { retentionLongPeriod } from './rules/retention-long-period.js';
import { retentionMissingForCategory } from './rules/retention-missing-for-category.js';
import { retentionRuleUnused } from './rules/retention-rule-unused.js';
import { rightsMissing } from './rules/rights-missing.js';
import { securityMeasuresMissing } from './rules/security-measures-missing.js';
import { specialCategoryConditionMissing } from './rules/special-category-condition-missing.js';
import { transferSafeguardDoubtful } from './rules/transfer-safeguard-doubtful.js';
import { transferUndeclared } from './rules/transfer-undeclared.js';
import { transfersUnstated } from './rules/transfers-unstated.js';
import { withdrawConsentMissing } from './rules/withdraw-consent-missing.js';

/**
 * Every lint rule, in the order of the information duties they enforce: who (Art. 13(1)(a)-(b)), why
 * and on what basis (13(1)(c)-(d)), to whom and where (13(1)(e)-(f)), how long (13(2)(a)), which rights
 * (13(2)(b)-(f), Art. 21), how requests are handled (Art. 12), children, cookies, security.
 *
 * @example
 *   for (const rule of lintRules) console.log(rule.id, rule.severity, rule.article);
 */
export const lintRules: readonly LintRule[] = [
  controllerRepresentative,
  chamberOfCommerceUnstated,
  dpoContactUnstated,
  legalBasisMissing,
  legitimateInterestUnstated,
  specialCategoryConditionMissing,
  nationalIdWithoutStatutoryBasis,
  recipientsUnstated,
  recipientUnused,
  processorAgreementMissing,
  transfersUnstated,
  transferUndeclared,
  transferSafeguardDoubtful,
  retentionMissingForCategory,
  retentionLongPeriod,
  retentionGroundUnstated,
  retentionRuleUnused,
  categoryUnused,
  rightsMissing,
  withdrawConsentMissing,
  complaintRightMissing,
  provisionRequirementUnstated,
  provisionConsequencesMissing,
  automatedDecisionsContradicted,
  automatedDecisionsLogicMissing,
  profilingObjectionNotice,
  directMarketingObjection,
  portabilityDetailsMissing,
  portabilityBeyondArt20,
  responseDeadlineTooLong,
  extensionUnstated,
  extensionTooLong,
  idCopyByDefault,
  idCopyKept,
  idCopyBsnUnmasked,
  childrenUnstated,
  childrenMinimumAge,
  childrenAgeVerification,
  cookiesNotDeclared,
  cookiesNeedConsent,
  analyticsCookieThirdParty,
  cookieCategoriesMismatch,
  securityMeasuresMissing,
];
