import { describe, expect, it } from 'vitest';
import { lintPolicy } from '../src/policy/lint/lint.js';
import { policyWith } from './helpers/policy-variants.js';

/**
 * The seed statement's real gaps against the GDPR, the UAVG and the Tw, as the linter must report them
 * on examples/cloudaware/policy.yaml. Each entry is `rule path`; the list is the whole report, so a
 * new rule that fires on the seed has to be looked at and added here deliberately.
 */
const seedGaps = [
  // Handelsregisterwet: no KvK number (info, not GDPR).
  'chamber-of-commerce-unstated controller.chamberOfCommerce',
  // Art. 13(1)(c): no legal basis for the five purposes other than tax.
  ...[0, 1, 2, 3, 4].map((i) => `legal-basis-missing activities[${i}].legalBasis`),
  // Art. 13(1)(f): no purpose says whether data leaves the EEA.
  ...[0, 1, 2, 3, 4, 5].map((i) => `transfers-unstated activities[${i}].transfers`),
  // Art. 13(2)(e): statutory/contractual requirement unstated; for tax, the consequences.
  ...[0, 1, 2, 3, 4].map((i) => `provision-requirement-unstated activities[${i}].provisionRequirement`),
  'provision-consequences-missing activities[5].provisionRequirement',
  // Art. 21(1)/(4): "tailor the offer to your preferences" is profiling, with no basis and no notice.
  'profiling-objection-notice activities[4].profiling',
  // Art. 5(1)(e): retention grounds unstated; 7 years for all customer data, not only the administration.
  'retention-ground-unstated retention[0].ground',
  'retention-long-period retention[1]',
  'retention-ground-unstated retention[2].ground',
  'retention-ground-unstated retention[3].ground',
  // Art. 8(2): parental consent, but "we cannot check" age.
  'children-age-verification children.ageVerification',
  // Tw art. 11.7a: cookies not listed one by one.
  'cookies-not-declared cookies.declared',
  // Art. 13(2)(b): no right to restriction.
  'rights-missing rights.offered',
  // Art. 20: "all the data we hold" goes beyond the right (info).
  'portability-beyond-art20 rights.portability.scope',
  // Art. 13(2)(d): no complaint to the Autoriteit Persoonsgegevens.
  'complaint-right-missing rights.complaint',
  // Art. 12(3): nothing on extending the four weeks.
  'extension-unstated requests.extension',
  // Art. 12(6), 11(2): an ID copy with every request; its deletion not promised.
  'id-copy-by-default identityVerification.idCopy.required',
  'id-copy-kept identityVerification.idCopy.afterVerification',
  // Art. 30(1)(g), 32: "appropriate measures" without any measure.
  'security-measures-missing security.measures',
];

describe('the linter on the CloudAware seed', () => {
  const report = lintPolicy(policyWith('example'));

  it('reports exactly the seed’s gaps', () => {
    expect(report.findings.map((f) => `${f.rule} ${f.path}`).sort()).toEqual([...seedGaps].sort());
  });

  it('names the gaps that break the law as errors', () => {
    const errors = new Set(report.findings.filter((f) => f.severity === 'error').map((f) => f.rule));
    expect([...errors].sort()).toEqual(
      [
        'complaint-right-missing',
        'id-copy-by-default',
        'legal-basis-missing',
        'provision-requirement-unstated',
        'rights-missing',
        'transfers-unstated',
      ].sort(),
    );
  });

  it('names the restriction right and the purposes by their labels', () => {
    const messages = report.findings.map((f) => f.message).join('\n');
    expect(messages).toContain('restriction of processing (Art. 18)');
    expect(messages).toContain('"Handling your payment" (payment)');
    expect(messages).toContain('"Delivering goods and services to you" (delivery)');
  });
});
