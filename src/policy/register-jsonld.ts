import {
  type DataSource,
  NOT_APPLICABLE,
  type RecipientKind,
  type Register,
  type RegisterActivity,
  type TransferSafeguard,
  type Unstated,
} from './register.js';
import { type LegalBasis, UNSTATED } from './schema.js';

/**
 * The register as JSON-LD in the W3C Data Privacy Vocabulary (DPV) and its EU GDPR extension, so
 * that other privacy tools and regulators' tooling can read it as linked data.
 *
 * Terms follow DPV 2.3 (published 2026-02-25; https://w3id.org/dpv/2.3), checked term by term
 * against the DPV 2.2/2.3 module releases in github.com/w3c/dpv: core `dpv:` (process, purposes,
 * legal_basis, personal_data, entities, entities_legalrole, entities_datasubject, TOM, context,
 * processing, processing_context, jurisdiction), `eu-gdpr:` legal_basis and
 * legal_basis_data_transfer, and `loc:` for countries. `dpv:Process` is used rather than
 * `dpv:PersonalDataHandling`, which DPV marks for deprecation in favour of it.
 *
 * Silence is explicit here too, with DPV's Applicability concepts: `dpv:NotAvailable` where a value
 * must exist but the policy does not give it (a legal basis, retention limits, security measures),
 * `dpv:UnknownApplicability` where the policy does not say whether it applies at all (transfers,
 * recipients), and `dpv:NotApplicable` where the policy says there is none.
 */

export const DPV = 'https://w3id.org/dpv#';
export const EU_GDPR = 'https://w3id.org/dpv/legal/eu/gdpr#';
export const DPV_LOC = 'https://w3id.org/dpv/loc#';
/** Grondslag's own terms, for what DPV has no term for (Fideslang keys, retention clocks). */
export const GRONDSLAG_NS = 'https://grondslag.dev/ns/register#';

export const registerJsonLdContext = {
  dpv: DPV,
  'eu-gdpr': EU_GDPR,
  loc: DPV_LOC,
  dct: 'http://purl.org/dc/terms/',
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  rdfs: 'http://www.w3.org/2000/01/rdf-schema#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  grondslag: GRONDSLAG_NS,
} as const;

/** Art. 6(1)(a)–(f) as eu-gdpr legal-basis concepts. */
export const legalBasisIris: Record<LegalBasis, string> = {
  consent: 'eu-gdpr:A6-1-a',
  contract: 'eu-gdpr:A6-1-b',
  legal_obligation: 'eu-gdpr:A6-1-c',
  vital_interests: 'eu-gdpr:A6-1-d',
  public_task: 'eu-gdpr:A6-1-e',
  legitimate_interests: 'eu-gdpr:A6-1-f',
};

/**
 * Chapter V transfer bases. BCR transfers rest on Art. 46(2)(b); an Art. 49 derogation is recorded
 * as DPV's general transfer basis because the policy does not say which point of Art. 49(1) applies.
 */
const safeguardIris: Record<TransferSafeguard, string> = {
  adequacy_decision: 'eu-gdpr:A45-3',
  standard_contractual_clauses: 'eu-gdpr:A46-2-c',
  binding_corporate_rules: 'eu-gdpr:A46-2-b',
  derogation_art49: 'dpv:DataTransferLegalBasis',
};

const recipientTypes: Record<RecipientKind, string> = {
  processor: 'dpv:DataProcessor',
  third_party: 'dpv:ThirdParty',
  authority: 'dpv:Authority',
  joint_controller: 'dpv:DataController',
};

/** Data observed while someone uses the service still comes from that person. */
const sourceIris: Record<DataSource, string> = {
  data_subject: 'dpv:DataSubjectDataSource',
  service_use: 'dpv:DataSubjectDataSource',
  third_party: 'dpv:ThirdPartyDataSource',
  public_source: 'dpv:PublicDataSource',
};

type JsonLdNode = { [key: string]: unknown };
const ref = (id: string) => ({ '@id': id });
const NOT_AVAILABLE = ref('dpv:NotAvailable');
const UNKNOWN = ref('dpv:UnknownApplicability');
const NONE = ref('dpv:NotApplicable');

/**
 * @example
 *   const doc = registerToJsonLd(buildRegister(policy, { lang: 'en' }));
 *   JSON.stringify(doc); // a JSON-LD document with "@context" and "@graph"
 */
export function registerToJsonLd(register: Register): {
  '@context': typeof registerJsonLdContext;
  '@graph': JsonLdNode[];
} {
  const text = (value: string) => ({ '@value': value, '@language': register.language });
  const nodes = new Map<string, JsonLdNode>();
  const add = (node: JsonLdNode & { '@id': string }) => {
    if (!nodes.has(node['@id'])) nodes.set(node['@id'], node);
    return ref(node['@id']);
  };

  const c = register.controller;
  const controller = add({
    '@id': '_:controller',
    '@type': 'dpv:DataController',
    'dpv:hasName': c.legalName,
    ...(c.tradeName ? { 'grondslag:tradeName': c.tradeName } : {}),
    'dpv:hasAddress': c.address,
    'dpv:hasContact': [c.phone, c.email, ...(c.website ? [c.website] : [])],
    ...(c.chamberOfCommerce !== UNSTATED ? { 'dpv:hasIdentifier': c.chamberOfCommerce } : {}),
    'dpv:hasDataProtectionOfficer':
      c.dpo === UNSTATED
        ? UNKNOWN
        : add({
            '@id': '_:dpo',
            '@type': 'dpv:DataProtectionOfficer',
            'dpv:hasName': c.dpo.name,
            'dpv:hasContact': [c.dpo.email, ...(c.dpo.phone ? [c.dpo.phone] : [])],
          }),
    ...(c.representative
      ? { 'dpv:hasRepresentative': { '@type': 'dpv:Representative', 'dpv:hasName': c.representative } }
      : {}),
  });
  const jointControllers =
    c.jointControllers.length > 0
      ? add({
          '@id': '_:joint-controllers',
          '@type': 'dpv:JointDataControllers',
          'dpv:hasDataController': [
            controller,
            ...c.jointControllers.map((name) => ({ '@type': 'dpv:DataController', 'dpv:hasName': name })),
          ],
        })
      : undefined;

  const activity = (a: RegisterActivity): JsonLdNode & { '@id': string } => ({
    '@id': `_:activity-${a.id}`,
    '@type': 'dpv:Process',
    'dct:identifier': a.id,
    'dpv:hasPurpose': { '@type': 'dpv:Purpose', 'dct:description': text(a.purpose) },
    'dpv:hasLegalBasis': a.legalBasis === UNSTATED ? NOT_AVAILABLE : ref(legalBasisIris[a.legalBasis.code]),
    ...legitimateInterest(a, text),
    'dpv:hasDataController': controller,
    ...(jointControllers ? { 'dpv:hasJointDataControllers': jointControllers } : {}),
    'dpv:hasDataSubject': a.dataSubjects.map((s) =>
      add({ '@id': `_:subject-${s.id}`, '@type': 'dpv:DataSubject', 'rdfs:label': text(s.label) }),
    ),
    'dpv:hasPersonalData': a.personalData.map((p) =>
      add({
        '@id': `_:data-${p.id}`,
        '@type': [
          'dpv:PersonalData',
          ...(p.sensitive ? ['dpv:SensitivePersonalData'] : []),
          ...(p.special ? ['dpv:SpecialCategoryPersonalData'] : []),
        ],
        'rdfs:label': text(p.label),
        'grondslag:fidesKey': p.fides,
      }),
    ),
    'dpv:hasRecipient': listOr(a.recipients, UNKNOWN, (r) =>
      add({
        '@id': `_:recipient-${r.id}`,
        '@type': recipientTypes[r.kind],
        'dpv:hasName': text(r.name),
        'grondslag:isCategoryOfRecipients': r.isCategory,
        ...(r.country ? { 'dpv:hasCountry': ref(`loc:${r.country}`) } : {}),
      }),
    ),
    'dpv:hasThirdCountry': listOr(a.thirdCountries, UNKNOWN, (country) => ref(`loc:${country}`)),
    ...(a.transfers !== UNSTATED && a.transfers.length > 0
      ? {
          'dpv:hasProcess': a.transfers.map((t) => ({
            '@type': 'dpv:Process',
            'dpv:hasProcessing': ref('dpv:CrossBorderTransfer'),
            'dpv:hasThirdCountry': ref(`loc:${t.country}`),
            'dpv:hasLegalBasis': ref(safeguardIris[t.safeguard]),
            ...(t.recipient ? { 'dpv:hasRecipient': { 'dpv:hasName': text(t.recipient) } } : {}),
            ...(t.reference ? { 'dct:description': t.reference } : {}),
          })),
        }
      : {}),
    'dpv:hasStorageCondition': listOr(a.erasure, NOT_AVAILABLE, (e) =>
      add({
        '@id': `_:retention-${e.rule}`,
        '@type': 'dpv:StorageDuration',
        'rdfs:label': text(e.label),
        'rdf:value': { '@value': e.period, '@type': 'xsd:duration' },
        'grondslag:startsAt': e.from,
        'grondslag:afterwards': e.action,
        'grondslag:ground': e.ground === UNSTATED ? NOT_AVAILABLE : e.ground,
        'grondslag:legalHoldExtends': e.legalHoldExtends,
        ...(e.wording ? { 'dct:description': text(e.wording) } : {}),
      }),
    ),
    'dpv:hasTechnicalOrganisationalMeasure': listOr(a.security, NOT_AVAILABLE, (m, i) =>
      add({
        '@id': `_:measure-${i + 1}`,
        '@type': 'dpv:TechnicalOrganisationalMeasure',
        'dct:description': text(m),
      }),
    ),
    'dpv:hasDataSource': [...new Set(a.sources.map((s) => sourceIris[s]))].map(ref),
    ...(a.profiling ? { 'dpv:hasProcessing': ref('dpv:Profiling') } : {}),
    ...(a.automatedDecisions ? { 'dpv:hasContext': ref('dpv:AutomatedDecisionMaking') } : {}),
    // Open-world RDF reads a missing statement as "unknown"; the policy does say "no".
    'grondslag:profiling': a.profiling,
    'grondslag:automatedDecisionMaking': a.automatedDecisions,
    ...(a.systems.length > 0 ? { 'grondslag:system': a.systems } : {}),
  });

  const activities = register.activities.map((a) => add(activity(a)));
  const registerNode: JsonLdNode = {
    '@id': '_:register',
    'dct:title': text(register.title),
    'dct:date': { '@value': register.policyDate, '@type': 'xsd:date' },
    'dct:hasPart': activities,
  };
  return { '@context': registerJsonLdContext, '@graph': [registerNode, ...nodes.values()] };
}

function legitimateInterest(a: RegisterActivity, text: (v: string) => JsonLdNode): JsonLdNode {
  if (a.legitimateInterest === NOT_APPLICABLE) return {};
  if (a.legitimateInterest === UNSTATED) {
    return { 'grondslag:legitimateInterest': a.legalBasis === UNSTATED ? UNKNOWN : NOT_AVAILABLE };
  }
  return { 'grondslag:legitimateInterest': text(a.legitimateInterest) };
}

/** A list as values, `none` for an empty list, `unstated` as the given marker. */
function listOr<T>(
  values: readonly T[] | Unstated,
  unstated: JsonLdNode,
  map: (value: T, index: number) => unknown,
): unknown {
  if (values === UNSTATED) return unstated;
  return values.length > 0 ? values.map(map) : NONE;
}
