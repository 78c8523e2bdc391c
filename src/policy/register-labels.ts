import { GrondslagError } from '../errors.js';
import type { DataSource, RecipientKind, RetentionClock, TransferSafeguard } from './register.js';
import type { LegalBasis, RetentionRule } from './schema.js';

/**
 * The words a register is printed with, in the languages Grondslag ships: Dutch (the AP and
 * CloudAware's DPO read the register in Dutch) and English. Article references follow each
 * language's citation habit: "Art. 6(1)(c)" in English, "art. 6 lid 1 sub c AVG" in Dutch.
 */

export const registerColumns = [
  'activity',
  'purpose',
  'legalBasis',
  'legitimateInterest',
  'controller',
  'controllerContact',
  'jointControllers',
  'representative',
  'dpo',
  'dataSubjects',
  'personalData',
  'fides',
  'recipients',
  'thirdCountries',
  'transfers',
  'erasure',
  'security',
  'sources',
  'systems',
  'profiling',
  'automatedDecisions',
] as const;
export type RegisterColumn = (typeof registerColumns)[number];

type Plural = readonly [one: string, many: string];

export interface RegisterLabels {
  notStated: string;
  none: string;
  notApplicable: string;
  yes: string;
  no: string;
  columns: Record<RegisterColumn, string>;
  legalBasis: Record<LegalBasis, string>;
  sources: Record<DataSource, string>;
  recipientKinds: Record<RecipientKind, string>;
  recipientCategory: string;
  safeguards: Record<TransferSafeguard, string>;
  transferTo: string;
  clocks: Record<RetentionClock, string>;
  actions: Record<RetentionRule['action'], string>;
  legalHold: string;
  ground: string;
  generalStatement: string;
  units: { years: Plural; months: Plural; weeks: Plural; days: Plural };
}

const en: RegisterLabels = {
  notStated: 'not stated',
  none: 'none',
  notApplicable: 'not applicable',
  yes: 'yes',
  no: 'no',
  columns: {
    activity: 'Activity',
    purpose: 'Purpose',
    legalBasis: 'Legal basis',
    legitimateInterest: 'Legitimate interest',
    controller: 'Controller',
    controllerContact: 'Controller contact details',
    jointControllers: 'Joint controllers',
    representative: 'Representative',
    dpo: 'Data protection officer',
    dataSubjects: 'Categories of data subjects',
    personalData: 'Categories of personal data',
    fides: 'Fideslang data categories',
    recipients: 'Recipients',
    thirdCountries: 'Third countries',
    transfers: 'Transfers and safeguards',
    erasure: 'Erasure time limits',
    security: 'Security measures',
    sources: 'Source of the data',
    systems: 'Systems',
    profiling: 'Profiling',
    automatedDecisions: 'Automated decision-making',
  },
  legalBasis: {
    consent: 'consent (Art. 6(1)(a))',
    contract: 'contract (Art. 6(1)(b))',
    legal_obligation: 'legal obligation (Art. 6(1)(c))',
    vital_interests: 'vital interests (Art. 6(1)(d))',
    public_task: 'public task (Art. 6(1)(e))',
    legitimate_interests: 'legitimate interests (Art. 6(1)(f))',
  },
  sources: {
    data_subject: 'the data subject',
    service_use: 'use of the service',
    third_party: 'third parties',
    public_source: 'public sources',
  },
  recipientKinds: {
    processor: 'processor',
    third_party: 'third party',
    authority: 'authority',
    joint_controller: 'joint controller',
  },
  recipientCategory: 'category of recipients',
  safeguards: {
    adequacy_decision: 'adequacy decision (Art. 45)',
    standard_contractual_clauses: 'standard contractual clauses (Art. 46(2)(c))',
    binding_corporate_rules: 'binding corporate rules (Art. 46(2)(b) and 47)',
    derogation_art49: 'derogation for a specific situation (Art. 49)',
  },
  transferTo: 'to',
  clocks: {
    collected: 'after collection',
    contract_end: 'after the contract ends',
    last_activity: 'after the last activity',
  },
  actions: { delete: 'then deleted', anonymise: 'then anonymised' },
  legalHold: 'longer under a legal hold',
  ground: 'ground',
  generalStatement: 'general statement',
  units: {
    years: ['year', 'years'],
    months: ['month', 'months'],
    weeks: ['week', 'weeks'],
    days: ['day', 'days'],
  },
};

const nl: RegisterLabels = {
  notStated: 'niet vermeld',
  none: 'geen',
  notApplicable: 'niet van toepassing',
  yes: 'ja',
  no: 'nee',
  columns: {
    activity: 'Verwerking',
    purpose: 'Doel',
    legalBasis: 'Grondslag',
    legitimateInterest: 'Gerechtvaardigd belang',
    controller: 'Verwerkingsverantwoordelijke',
    controllerContact: 'Contactgegevens verwerkingsverantwoordelijke',
    jointControllers: 'Gezamenlijke verwerkingsverantwoordelijken',
    representative: 'Vertegenwoordiger',
    dpo: 'Functionaris gegevensbescherming',
    dataSubjects: 'Categorieën betrokkenen',
    personalData: 'Categorieën persoonsgegevens',
    fides: 'Fideslang-categorieën',
    recipients: 'Ontvangers',
    thirdCountries: 'Derde landen',
    transfers: 'Doorgiften en waarborgen',
    erasure: 'Bewaartermijnen',
    security: 'Beveiligingsmaatregelen',
    sources: 'Herkomst van de gegevens',
    systems: 'Systemen',
    profiling: 'Profilering',
    automatedDecisions: 'Geautomatiseerde besluitvorming',
  },
  legalBasis: {
    consent: 'toestemming (art. 6 lid 1 sub a AVG)',
    contract: 'overeenkomst (art. 6 lid 1 sub b AVG)',
    legal_obligation: 'wettelijke verplichting (art. 6 lid 1 sub c AVG)',
    vital_interests: 'vitaal belang (art. 6 lid 1 sub d AVG)',
    public_task: 'taak van algemeen belang of openbaar gezag (art. 6 lid 1 sub e AVG)',
    legitimate_interests: 'gerechtvaardigd belang (art. 6 lid 1 sub f AVG)',
  },
  sources: {
    data_subject: 'de betrokkene',
    service_use: 'gebruik van de dienst',
    third_party: 'derden',
    public_source: 'openbare bronnen',
  },
  recipientKinds: {
    processor: 'verwerker',
    third_party: 'derde',
    authority: 'overheidsinstantie',
    joint_controller: 'gezamenlijke verwerkingsverantwoordelijke',
  },
  recipientCategory: 'categorie ontvangers',
  safeguards: {
    adequacy_decision: 'adequaatheidsbesluit (art. 45 AVG)',
    standard_contractual_clauses: 'modelcontractbepalingen (art. 46 lid 2 sub c AVG)',
    binding_corporate_rules: 'bindende bedrijfsvoorschriften (art. 46 lid 2 sub b en art. 47 AVG)',
    derogation_art49: 'afwijking in een specifieke situatie (art. 49 AVG)',
  },
  transferTo: 'aan',
  clocks: {
    collected: 'na verzameling',
    contract_end: 'na het einde van het contract',
    last_activity: 'na de laatste activiteit',
  },
  actions: { delete: 'daarna verwijderd', anonymise: 'daarna geanonimiseerd' },
  legalHold: 'langer bij een juridische bewaarplicht (forensisch verzoek)',
  ground: 'grond',
  generalStatement: 'algemene verklaring',
  units: {
    years: ['jaar', 'jaar'],
    months: ['maand', 'maanden'],
    weeks: ['week', 'weken'],
    days: ['dag', 'dagen'],
  },
};

const labelsByLanguage: Record<string, RegisterLabels> = { en, nl };

/** Languages the register can be printed in. */
export const registerLanguages = Object.keys(labelsByLanguage);

/**
 * The register's words in `lang`.
 *
 * @example
 *   registerLabels('nl').notStated; // → 'niet vermeld'
 */
export function registerLabels(lang: string): RegisterLabels {
  const labels = labelsByLanguage[lang];
  if (!labels) {
    throw new GrondslagError(
      'REGISTER_UNKNOWN_LANGUAGE',
      `the register can be printed in ${registerLanguages.join(' or ')}, not "${lang}"`,
    );
  }
  return labels;
}
