import { describe, expect, it } from 'vitest';
import { policyWith } from '../../../test/helpers/policy-variants.js';
import type { LoadedPolicy } from '../load.js';
import { type LintFinding, lintPolicy } from './lint.js';
import { lintRules } from './rules.js';

/**
 * One block per rule: a minimal change to the CloudAware example makes the rule fire, and the example
 * fixed on that point does not. Rules that already fire on the example are shown firing there first.
 */

const covered = new Set<string>();
function rule(id: string, body: () => void): void {
  covered.add(id);
  describe(id, body);
}

function found(loaded: LoadedPolicy, id: string): LintFinding[] {
  return lintPolicy(loaded).findings.filter((f) => f.rule === id);
}
const pathsOf = (loaded: LoadedPolicy, id: string) => found(loaded, id).map((f) => f.path);
const text = (en: string) => ({ nl: en, en });
const example = (edits: Record<string, unknown> = {}) => policyWith('example', edits);
const allRights = ['access', 'rectification', 'erasure', 'restriction', 'objection', 'portability'];

rule('controller-representative', () => {
  it('asks a controller outside the EEA for its representative in the Union', () => {
    const f = found(example({ 'controller.address.country': 'US' }), 'controller-representative');
    expect(f.map((x) => x.path)).toEqual(['controller']);
    expect(f[0]!.message).toContain('Epsys B.V.');
    expect(f[0]!.severity).toBe('error');
  });
  it('is satisfied by an EEA controller or a named representative', () => {
    expect(found(example(), 'controller-representative')).toEqual([]);
    const withRep = example({
      'controller.address.country': 'US',
      'controller.representative': 'Rep B.V., Amsterdam',
    });
    expect(found(withRep, 'controller-representative')).toEqual([]);
  });
});

rule('chamber-of-commerce-unstated', () => {
  it('notes the missing KvK number of the Dutch example as info', () => {
    const f = found(example(), 'chamber-of-commerce-unstated');
    expect(f.map((x) => [x.path, x.severity])).toEqual([['controller.chamberOfCommerce', 'info']]);
  });
  it('is satisfied by a number, and does not apply outside the Netherlands', () => {
    expect(
      found(example({ 'controller.chamberOfCommerce': '12345678' }), 'chamber-of-commerce-unstated'),
    ).toEqual([]);
    expect(found(example({ 'controller.address.country': 'BE' }), 'chamber-of-commerce-unstated')).toEqual(
      [],
    );
  });
});

rule('dpo-contact-unstated', () => {
  it('warns when the statement gives no DPO', () => {
    expect(pathsOf(example({ dpo: 'unstated' }), 'dpo-contact-unstated')).toEqual(['dpo']);
  });
  it('is satisfied by the example, which names Jeroen Hermans', () => {
    expect(found(example(), 'dpo-contact-unstated')).toEqual([]);
  });
});

rule('legal-basis-missing', () => {
  it('reports the five purposes of the example without a legal basis, by label', () => {
    const f = found(example(), 'legal-basis-missing');
    expect(f.map((x) => x.path)).toEqual([0, 1, 2, 3, 4].map((i) => `activities[${i}].legalBasis`));
    expect(f[0]!.message).toContain('"Handling your payment"');
    expect(f.every((x) => x.severity === 'error')).toBe(true);
  });
  it('stops reporting a purpose once its basis is set', () => {
    expect(pathsOf(example({ 'activities.0.legalBasis': 'contract' }), 'legal-basis-missing')).not.toContain(
      'activities[0].legalBasis',
    );
  });
});

rule('legitimate-interest-unstated', () => {
  it('asks which interest when the basis is legitimate interests', () => {
    const f = found(
      example({ 'activities.2.legalBasis': 'legitimate_interests' }),
      'legitimate-interest-unstated',
    );
    expect(f.map((x) => x.path)).toEqual(['activities[2]']);
    expect(f[0]!.message).toContain('Informing you about changes to our services and products');
  });
  it('is satisfied once the interest is described', () => {
    const fixed = example({
      'activities.2.legalBasis': 'legitimate_interests',
      'activities.2.legitimateInterest': text('Keeping customers informed'),
    });
    expect(found(fixed, 'legitimate-interest-unstated')).toEqual([]);
  });
});

rule('special-category-condition-missing', () => {
  it('asks for the Art. 9(2) condition of each purpose using a special category', () => {
    const f = found(example({ 'categories.6.special': true }), 'special-category-condition-missing');
    expect(f.map((x) => x.path)).toEqual(['activities[3]']);
    expect(f[0]!.message).toContain('"Location data"');
  });
  it('is satisfied once the condition is named', () => {
    const fixed = example({
      'categories.6.special': true,
      'activities.3.specialCategoryCondition': 'Art. 9(2)(a) explicit consent',
    });
    expect(found(fixed, 'special-category-condition-missing')).toEqual([]);
  });
});

rule('national-id-without-statutory-basis', () => {
  it('refuses a BSN or passport number without a statutory basis', () => {
    const f = found(
      example({ 'categories.0.piiTypes': ['person_name', 'bsn', 'passport_number'] }),
      'national-id-without-statutory-basis',
    );
    expect(f.map((x) => [x.path, x.severity, x.article])).toEqual([
      ['categories[0].piiTypes', 'error', 'UAVG art. 46'],
    ]);
    expect(f[0]!.message).toContain('"First and last name"');
    expect(f[0]!.message).toContain('bsn and passport_number');
  });
  it('accepts one with a statutory basis, and the example has none', () => {
    const fixed = example({
      'categories.0.piiTypes': ['bsn'],
      'categories.0.statutoryBasis': 'Wet X art. 1',
    });
    expect(found(fixed, 'national-id-without-statutory-basis')).toEqual([]);
    expect(found(example(), 'national-id-without-statutory-basis')).toEqual([]);
  });
});

rule('recipients-unstated', () => {
  it('reports a purpose that does not say who receives the data', () => {
    expect(pathsOf(example({ 'activities.1.recipients': 'unstated' }), 'recipients-unstated')).toEqual([
      'activities[1].recipients',
    ]);
  });
  it('accepts [] as "nobody", as the example says for service contact', () => {
    expect(found(example(), 'recipients-unstated')).toEqual([]);
  });
});

rule('recipient-unused', () => {
  it('reports a recipient no purpose discloses to', () => {
    const f = found(example({ 'activities.5.recipients': [] }), 'recipient-unused');
    expect(f.map((x) => x.path)).toEqual(['recipients[1]']);
    expect(f[0]!.message).toContain('legal_third_parties');
  });
  it('is satisfied by the example, where each recipient serves a purpose', () => {
    expect(found(example(), 'recipient-unused')).toEqual([]);
  });
});

rule('processor-agreement-missing', () => {
  it('reports a processor without a processing agreement', () => {
    expect(pathsOf(example({ 'recipients.0.kind': 'processor' }), 'processor-agreement-missing')).toEqual([
      'recipients[0]',
    ]);
  });
  it('is satisfied once the agreement is recorded', () => {
    const fixed = example({ 'recipients.0.kind': 'processor', 'recipients.0.processingAgreement': true });
    expect(found(fixed, 'processor-agreement-missing')).toEqual([]);
  });
});

rule('transfers-unstated', () => {
  it('reports every purpose of the example, none of which says whether data leaves the EEA', () => {
    expect(pathsOf(example(), 'transfers-unstated')).toEqual(
      [0, 1, 2, 3, 4, 5].map((i) => `activities[${i}].transfers`),
    );
  });
  it('accepts [] as "no transfers"', () => {
    expect(pathsOf(example({ 'activities.0.transfers': [] }), 'transfers-unstated')).not.toContain(
      'activities[0].transfers',
    );
  });
});

rule('transfer-undeclared', () => {
  const usRecipient = { 'recipients.0.country': 'US', 'activities.0.transfers': [] };
  it('reports disclosure to a recipient outside the EEA that is not listed as a transfer', () => {
    const f = found(example(usRecipient), 'transfer-undeclared');
    expect(f.map((x) => x.path)).toEqual(['activities[0].transfers']);
    expect(f[0]!.message).toContain('US');
  });
  it('is satisfied once the transfer is listed with its safeguard', () => {
    const fixed = example({
      ...usRecipient,
      'activities.0.transfers': [{ country: 'US', safeguard: 'standard_contractual_clauses' }],
    });
    expect(found(fixed, 'transfer-undeclared')).toEqual([]);
    expect(found(example(), 'transfer-undeclared')).toEqual([]);
  });
});

rule('transfer-safeguard-doubtful', () => {
  const transfer = (country: string, safeguard: string) =>
    example({ 'activities.0.transfers': [{ country, safeguard }] });
  it('questions an adequacy decision that does not exist, an Art. 49 derogation, and an EEA "transfer"', () => {
    expect(pathsOf(transfer('IN', 'adequacy_decision'), 'transfer-safeguard-doubtful')).toEqual([
      'activities[0].transfers[0].safeguard',
    ]);
    expect(pathsOf(transfer('US', 'derogation_art49'), 'transfer-safeguard-doubtful')).toEqual([
      'activities[0].transfers[0].safeguard',
    ]);
    expect(pathsOf(transfer('DE', 'standard_contractual_clauses'), 'transfer-safeguard-doubtful')).toEqual([
      'activities[0].transfers[0].country',
    ]);
  });
  it('accepts adequacy for Japan and contractual clauses for India', () => {
    expect(found(transfer('JP', 'adequacy_decision'), 'transfer-safeguard-doubtful')).toEqual([]);
    expect(found(transfer('IN', 'standard_contractual_clauses'), 'transfer-safeguard-doubtful')).toEqual([]);
  });
});

rule('retention-missing-for-category', () => {
  it('names the categories of a purpose that no retention rule of that purpose covers', () => {
    const f = found(
      example({ 'activities.3.retention': ['customer_data', 'telecom_traffic'] }),
      'retention-missing-for-category',
    );
    expect(f.map((x) => x.path)).toEqual(['activities[3].retention']);
    expect(f[0]!.message).toContain('"IP address" (ip_address)');
    expect(f[0]!.message).not.toContain('(name)');
  });
  it('is satisfied by the example, whose purposes cover every category', () => {
    expect(found(example(), 'retention-missing-for-category')).toEqual([]);
  });
});

rule('retention-long-period', () => {
  it('reports the 7-year customer-data rule, naming the categories that are not administration', () => {
    const f = found(example(), 'retention-long-period');
    expect(f.map((x) => x.path)).toEqual(['retention[1]']);
    for (const label of ['"First and last name"', '"Address"', '"Phone number"', '"Email address"']) {
      expect(f[0]!.message).toContain(label);
    }
    expect(f[0]!.message).not.toContain('"Bank account number"');
    expect(f[0]!.message).toContain('no legal ground');
  });
  it('still reports a grounded rule that covers non-administration categories', () => {
    const f = found(example({ 'retention.1.ground': 'AWR art. 52' }), 'retention-long-period');
    expect(f).toHaveLength(1);
    expect(f[0]!.message).not.toContain('no legal ground');
  });
  it('is satisfied once 7 years covers only the administration, with its ground', () => {
    const fixed = example({
      'retention.1.categories': ['bank_account'],
      'retention.1.ground': 'AWR art. 52',
    });
    expect(found(fixed, 'retention-long-period')).toEqual([]);
  });
});

rule('retention-ground-unstated', () => {
  it('notes each short rule without a ground; the long one is left to retention-long-period', () => {
    expect(pathsOf(example(), 'retention-ground-unstated')).toEqual([
      'retention[0].ground',
      'retention[2].ground',
      'retention[3].ground',
    ]);
  });
  it('is satisfied once the ground is recorded', () => {
    expect(
      pathsOf(example({ 'retention.0.ground': 'Tw art. 11.5' }), 'retention-ground-unstated'),
    ).not.toContain('retention[0].ground');
  });
});

rule('retention-rule-unused', () => {
  it('reports a rule no purpose refers to', () => {
    expect(
      pathsOf(example({ 'activities.4.retention': ['webserver_logs'] }), 'retention-rule-unused'),
    ).toEqual(['retention[3]']);
  });
  it('is satisfied by the example', () => {
    expect(found(example(), 'retention-rule-unused')).toEqual([]);
  });
});

rule('category-unused', () => {
  it('reports a category no purpose uses, by label', () => {
    const f = found(
      example({
        'activities.3.categories': ['name', 'address', 'phone', 'email', 'provided', 'telecom_traffic'],
      }),
      'category-unused',
    );
    expect(f.map((x) => x.path)).toEqual(['categories[6]']);
    expect(f[0]!.message).toContain('"Location data"');
  });
  it('is satisfied by the example', () => {
    expect(found(example(), 'category-unused')).toEqual([]);
  });
});

rule('rights-missing', () => {
  it('reports the right to restriction, which the example leaves out', () => {
    const f = found(example(), 'rights-missing');
    expect(f).toHaveLength(1);
    expect(f[0]!.path).toBe('rights.offered');
    expect(f[0]!.message).toContain('restriction');
    expect(f[0]!.severity).toBe('error');
  });
  it('reports each missing right, and nothing once all are offered', () => {
    expect(found(example({ 'rights.offered': ['erasure'] }), 'rights-missing')).toHaveLength(5);
    expect(found(example({ 'rights.offered': allRights }), 'rights-missing')).toEqual([]);
  });
});

rule('withdraw-consent-missing', () => {
  const consent = { 'activities.4.legalBasis': 'consent' };
  it('reports consent-based purposes when withdrawal is not offered', () => {
    const f = found(example({ ...consent, 'rights.offered': allRights }), 'withdraw-consent-missing');
    expect(f.map((x) => x.path)).toEqual(['rights.offered']);
    expect(f[0]!.message).toContain('(website_analytics)');
  });
  it('is satisfied when withdrawal is offered, as in the example', () => {
    expect(found(example(consent), 'withdraw-consent-missing')).toEqual([]);
  });
});

rule('complaint-right-missing', () => {
  it('reports the missing complaint right and names the Autoriteit Persoonsgegevens', () => {
    const f = found(example(), 'complaint-right-missing');
    expect(f.map((x) => x.path)).toEqual(['rights.complaint']);
    expect(f[0]!.message).toContain('Autoriteit Persoonsgegevens');
  });
  it('is satisfied once the authority is named', () => {
    const fixed = example({ 'rights.complaint': { authority: 'Autoriteit Persoonsgegevens' } });
    expect(found(fixed, 'complaint-right-missing')).toEqual([]);
  });
});

rule('provision-requirement-unstated', () => {
  it('reports the five purposes that do not say whether data must be provided', () => {
    expect(pathsOf(example(), 'provision-requirement-unstated')).toEqual(
      [0, 1, 2, 3, 4].map((i) => `activities[${i}].provisionRequirement`),
    );
  });
  it('is satisfied for a purpose once it says', () => {
    const fixed = example({ 'activities.0.provisionRequirement': 'contract_prerequisite' });
    expect(pathsOf(fixed, 'provision-requirement-unstated')).not.toContain(
      'activities[0].provisionRequirement',
    );
  });
});

rule('provision-consequences-missing', () => {
  it('reports the statutory tax purpose, which does not say what follows from not providing data', () => {
    expect(pathsOf(example(), 'provision-consequences-missing')).toEqual([
      'activities[5].provisionRequirement',
    ]);
  });
  it('is satisfied once the consequences are given', () => {
    const fixed = example({ 'activities.5.consequencesOfNotProviding': text('We cannot serve you.') });
    expect(found(fixed, 'provision-consequences-missing')).toEqual([]);
  });
});

rule('automated-decisions-contradicted', () => {
  it('is an error when a purpose decides automatically while the policy says none does', () => {
    const f = found(example({ 'activities.0.automatedDecisions': true }), 'automated-decisions-contradicted');
    expect(f.map((x) => [x.path, x.severity])).toEqual([['activities[0].automatedDecisions', 'error']]);
  });
  it('is satisfied once the policy declares automated decision-making', () => {
    const fixed = example({
      'activities.0.automatedDecisions': true,
      'automatedDecisionMaking.used': true,
      'automatedDecisionMaking.logic': text('Payments are refused when the credit score is below 500.'),
    });
    expect(found(fixed, 'automated-decisions-contradicted')).toEqual([]);
    expect(found(example(), 'automated-decisions-contradicted')).toEqual([]);
  });
});

rule('automated-decisions-logic-missing', () => {
  it('asks for the logic when automated decision-making is declared', () => {
    expect(
      pathsOf(example({ 'automatedDecisionMaking.used': true }), 'automated-decisions-logic-missing'),
    ).toEqual(['automatedDecisionMaking']);
  });
  it('is satisfied once the logic is described', () => {
    const fixed = example({
      'automatedDecisionMaking.used': true,
      'automatedDecisionMaking.logic': text('…'),
    });
    expect(found(fixed, 'automated-decisions-logic-missing')).toEqual([]);
  });
});

rule('profiling-objection-notice', () => {
  it('reports the example’s profiling of website behaviour, which has no basis', () => {
    const f = found(example(), 'profiling-objection-notice');
    expect(f.map((x) => x.path)).toEqual(['activities[4].profiling']);
    expect(f[0]!.message).toContain('separately');
  });
  it('reports profiling on legitimate interests without objection, and on contract', () => {
    const noObjection = example({
      'activities.4.legalBasis': 'legitimate_interests',
      'rights.offered': ['access', 'erasure'],
    });
    expect(found(noObjection, 'profiling-objection-notice')).toHaveLength(1);
    expect(
      found(example({ 'activities.4.legalBasis': 'contract' }), 'profiling-objection-notice'),
    ).toHaveLength(1);
  });
  it('is satisfied by consent, or legitimate interests with objection offered', () => {
    expect(found(example({ 'activities.4.legalBasis': 'consent' }), 'profiling-objection-notice')).toEqual(
      [],
    );
    const li = example({ 'activities.4.legalBasis': 'legitimate_interests' });
    expect(found(li, 'profiling-objection-notice')).toEqual([]);
  });
});

rule('direct-marketing-objection', () => {
  it('is an error to do direct marketing without the right to object', () => {
    const f = found(example({ 'rights.offered': ['access'] }), 'direct-marketing-objection');
    expect(f.map((x) => [x.path, x.severity])).toEqual([['activities[2].directMarketing', 'error']]);
  });
  it('is satisfied by the example, which offers objection', () => {
    expect(found(example(), 'direct-marketing-objection')).toEqual([]);
  });
});

rule('portability-details-missing', () => {
  it('warns when portability is offered without saying to whom and what', () => {
    expect(pathsOf(example({ 'rights.portability': undefined }), 'portability-details-missing')).toEqual([
      'rights',
    ]);
  });
  it('is satisfied by the example, and when portability is not offered', () => {
    expect(found(example(), 'portability-details-missing')).toEqual([]);
    const notOffered = example({ 'rights.portability': undefined, 'rights.offered': ['access'] });
    expect(found(notOffered, 'portability-details-missing')).toEqual([]);
  });
});

rule('portability-beyond-art20', () => {
  it('notes that the example exports all personal data', () => {
    const f = found(example(), 'portability-beyond-art20');
    expect(f.map((x) => [x.path, x.severity])).toEqual([['rights.portability.scope', 'info']]);
    expect(f[0]!.message).toContain('export everything');
  });
  it('is quiet for the Art. 20 scope', () => {
    expect(found(example({ 'rights.portability.scope': 'provided' }), 'portability-beyond-art20')).toEqual(
      [],
    );
  });
});

rule('response-deadline-too-long', () => {
  it('is an error past one month', () => {
    for (const d of ['P5W', 'P2M', 'P30D']) {
      expect(pathsOf(example({ 'requests.responseDeadline': d }), 'response-deadline-too-long'), d).toEqual([
        'requests.responseDeadline',
      ]);
    }
  });
  it('accepts the example’s four weeks and one month', () => {
    expect(found(example(), 'response-deadline-too-long')).toEqual([]);
    expect(found(example({ 'requests.responseDeadline': 'P1M' }), 'response-deadline-too-long')).toEqual([]);
  });
});

const extension = (maxPeriod: string, noticeWithin: string) => ({
  'requests.extension': { maxPeriod, noticeWithin, conditions: text('complex or numerous requests') },
});

rule('extension-unstated', () => {
  it('warns that the example says nothing about extending the deadline', () => {
    const f = found(example(), 'extension-unstated');
    expect(f.map((x) => [x.path, x.severity])).toEqual([['requests.extension', 'warning']]);
  });
  it('is satisfied by an extension clause', () => {
    expect(found(example(extension('P2M', 'P1M')), 'extension-unstated')).toEqual([]);
  });
});

rule('extension-too-long', () => {
  it('is an error beyond two further months or with notice after the first month', () => {
    expect(pathsOf(example(extension('P3M', 'P1M')), 'extension-too-long')).toEqual([
      'requests.extension.maxPeriod',
    ]);
    expect(pathsOf(example(extension('P2M', 'P6W')), 'extension-too-long')).toEqual([
      'requests.extension.noticeWithin',
    ]);
  });
  it('accepts two months with notice within four weeks', () => {
    expect(found(example(extension('P2M', 'P4W')), 'extension-too-long')).toEqual([]);
  });
});

rule('id-copy-by-default', () => {
  it('is an error that the example demands an ID copy with every request, citing the DPG Media fine', () => {
    const f = found(example(), 'id-copy-by-default');
    expect(f.map((x) => [x.path, x.severity])).toEqual([['identityVerification.idCopy.required', 'error']]);
    expect(f[0]!.message).toContain('€525,000');
    expect(f[0]!.article).toContain('Art. 12(6)');
  });
  it('still reports an ID copy as the only method, even "on doubt"', () => {
    expect(
      pathsOf(example({ 'identityVerification.idCopy.required': 'on_doubt' }), 'id-copy-by-default'),
    ).toEqual(['identityVerification.methods']);
  });
  it('is satisfied by verification through the account, with an ID copy only on doubt', () => {
    const fixed = example({
      'identityVerification.idCopy.required': 'on_doubt',
      'identityVerification.methods': ['registered_email', 'id_copy'],
    });
    expect(found(fixed, 'id-copy-by-default')).toEqual([]);
  });
});

rule('id-copy-kept', () => {
  it('warns when the fate of the copy is unstated or it is kept', () => {
    expect(pathsOf(example(), 'id-copy-kept')).toEqual(['identityVerification.idCopy.afterVerification']);
    const kept = example({ 'identityVerification.idCopy.afterVerification': 'keep' });
    expect(found(kept, 'id-copy-kept')[0]!.message).toContain('kept');
  });
  it('is satisfied by deletion after verification', () => {
    const fixed = example({ 'identityVerification.idCopy.afterVerification': 'delete' });
    expect(found(fixed, 'id-copy-kept')).toEqual([]);
  });
});

rule('id-copy-bsn-unmasked', () => {
  it('is an error to accept ID copies without telling people to black out the BSN', () => {
    const f = found(example({ 'identityVerification.idCopy.mustMask': ['mrz'] }), 'id-copy-bsn-unmasked');
    expect(f.map((x) => x.path)).toEqual(['identityVerification.idCopy.mustMask']);
    expect(f[0]!.message).toContain('bsn and photo');
  });
  it('is satisfied by the example, and when no ID copy is ever asked for', () => {
    expect(found(example(), 'id-copy-bsn-unmasked')).toEqual([]);
    const noCopies = example({
      'identityVerification.methods': ['registered_email'],
      'identityVerification.idCopy.required': 'never',
      'identityVerification.idCopy.mustMask': [],
    });
    expect(found(noCopies, 'id-copy-bsn-unmasked')).toEqual([]);
  });
});

rule('children-unstated', () => {
  it('warns when visitors may be children and the policy says nothing about them', () => {
    const f = found(example({ children: 'unstated' }), 'children-unstated');
    expect(f.map((x) => x.path)).toEqual(['children']);
    expect(f[0]!.message).toContain('"Website visitors"');
  });
  it('is quiet when no group may include children, and for the example', () => {
    expect(
      found(example({ children: 'unstated', 'subjects.1.mayIncludeChildren': false }), 'children-unstated'),
    ).toEqual([]);
    expect(found(example(), 'children-unstated')).toEqual([]);
  });
});

rule('children-minimum-age', () => {
  it('warns when a Dutch controller uses another age than 16', () => {
    expect(pathsOf(example({ 'children.minimumAge': 13 }), 'children-minimum-age')).toEqual([
      'children.minimumAge',
    ]);
    expect(found(example({ 'children.minimumAge': 18 }), 'children-minimum-age')).toHaveLength(1);
  });
  it('accepts 16, and leaves other countries’ ages alone', () => {
    expect(found(example(), 'children-minimum-age')).toEqual([]);
    const belgian = example({ 'children.minimumAge': 13, 'controller.address.country': 'BE' });
    expect(found(belgian, 'children-minimum-age')).toEqual([]);
  });
});

rule('children-age-verification', () => {
  it('warns that the example relies on parental consent without checking age', () => {
    expect(pathsOf(example(), 'children-age-verification')).toEqual(['children.ageVerification']);
  });
  it('is satisfied by at least a self-declaration', () => {
    const fixed = example({ 'children.ageVerification': 'self_declaration' });
    expect(found(fixed, 'children-age-verification')).toEqual([]);
  });
});

const functionalCookie = {
  name: 'ca_session',
  provider: 'CloudAware',
  category: 'functional',
  purpose: text('session'),
  lifetime: 'session',
};
const analyticsCookie = (firstParty: boolean) => ({
  name: '_stats',
  provider: firstParty ? 'CloudAware' : 'Analytics Inc.',
  category: 'analytics',
  purpose: text('visit counts'),
  lifetime: 'P3M',
  firstParty,
});

rule('cookies-not-declared', () => {
  it('warns that the example does not list its cookies', () => {
    expect(pathsOf(example(), 'cookies-not-declared')).toEqual(['cookies.declared']);
  });
  it('is satisfied by a list', () => {
    const fixed = example({ 'cookies.declared': [functionalCookie, analyticsCookie(true)] });
    expect(found(fixed, 'cookies-not-declared')).toEqual([]);
  });
});

rule('cookies-need-consent', () => {
  it('is an error to use marketing cookies, or analytics that is not privacy-friendly, without consent', () => {
    const marketing = example({ 'cookies.categoriesUsed': ['functional', 'analytics', 'marketing'] });
    expect(pathsOf(marketing, 'cookies-need-consent')).toEqual(['cookies.categoriesUsed']);
    const analytics = example({ 'cookies.privacyFriendlyAnalytics': false });
    expect(pathsOf(analytics, 'cookies-need-consent')).toEqual(['cookies.privacyFriendlyAnalytics']);
  });
  it('is satisfied when a purpose rests on consent, and by the example’s exempt analytics', () => {
    const withConsent = example({
      'cookies.categoriesUsed': ['functional', 'marketing'],
      'activities.4.legalBasis': 'consent',
    });
    expect(found(withConsent, 'cookies-need-consent')).toEqual([]);
    expect(found(example(), 'cookies-need-consent')).toEqual([]);
  });
});

rule('analytics-cookie-third-party', () => {
  it('warns about a third-party analytics cookie under "privacy-friendly analytics"', () => {
    const f = found(
      example({ 'cookies.declared': [functionalCookie, analyticsCookie(false)] }),
      'analytics-cookie-third-party',
    );
    expect(f.map((x) => x.path)).toEqual(['cookies.declared[1]']);
    expect(f[0]!.message).toContain('Analytics Inc.');
  });
  it('accepts a first-party analytics cookie', () => {
    const fixed = example({ 'cookies.declared': [functionalCookie, analyticsCookie(true)] });
    expect(found(fixed, 'analytics-cookie-third-party')).toEqual([]);
  });
});

rule('cookie-categories-mismatch', () => {
  it('warns when a kind of cookie is named but none listed, or listed but not named', () => {
    const f = found(example({ 'cookies.declared': [functionalCookie] }), 'cookie-categories-mismatch');
    expect(f.map((x) => x.path)).toEqual(['cookies.categoriesUsed']);
    expect(f[0]!.message).toContain('analytics');
    const unnamed = example({
      'cookies.categoriesUsed': ['functional'],
      'cookies.declared': [functionalCookie, analyticsCookie(true)],
    });
    expect(pathsOf(unnamed, 'cookie-categories-mismatch')).toEqual(['cookies.declared[1].category']);
  });
  it('is satisfied when the list and the kinds agree', () => {
    const fixed = example({ 'cookies.declared': [functionalCookie, analyticsCookie(true)] });
    expect(found(fixed, 'cookie-categories-mismatch')).toEqual([]);
  });
});

rule('security-measures-missing', () => {
  it('warns that the example promises security without naming a measure', () => {
    expect(pathsOf(example(), 'security-measures-missing')).toEqual(['security.measures']);
  });
  it('is satisfied by a described measure', () => {
    const fixed = example({ 'security.measures': [text('Encryption at rest')] });
    expect(found(fixed, 'security-measures-missing')).toEqual([]);
  });
});

describe('the rule list', () => {
  it('has a test above for every rule', () => {
    expect(lintRules.map((r) => r.id).filter((id) => !covered.has(id))).toEqual([]);
  });

  it('has unique kebab-case ids, and an article and title for each rule', () => {
    const ids = lintRules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of lintRules) {
      expect(r.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(r.article.length).toBeGreaterThan(0);
      expect(r.title.length).toBeGreaterThan(0);
    }
  });
});
