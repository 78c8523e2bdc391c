import { GrondslagError } from '../../errors.js';
import type { Inline } from './document.js';
import { phrasesEn } from './phrases-en.js';
import { phrasesNl } from './phrases-nl.js';

/**
 * Every fixed sentence the statement needs, in one language. The statement builder decides *which*
 * sentences a policy calls for; a phrase table decides how they read. Sentences that carry policy values
 * are functions, so that each language keeps its own word order. Adding a language means adding one
 * table here: nothing else in the renderer is language-specific.
 */

export type CookieCategory = 'functional' | 'analytics' | 'marketing' | 'preferences';
export type Provision = 'statutory' | 'contractual' | 'contract_prerequisite' | 'voluntary';
export type RecipientKind = 'processor' | 'third_party' | 'authority' | 'joint_controller';
export type Safeguard =
  | 'adequacy_decision'
  | 'standard_contractual_clauses'
  | 'binding_corporate_rules'
  | 'derogation_art49';
export type Maskable = 'photo' | 'mrz' | 'passport_number' | 'id_card_number' | 'bsn';
export type VerificationMethod = 'registered_email' | 'logged_in_account' | 'in_person';
export type LegalBasisName =
  | 'consent'
  | 'contract'
  | 'legal_obligation'
  | 'vital_interests'
  | 'public_task'
  | 'legitimate_interests';
export type RightName =
  | 'access'
  | 'rectification'
  | 'erasure'
  | 'restriction'
  | 'objection'
  | 'portability'
  | 'withdraw_consent';

export interface Phrases {
  /** BCP 47 locale for dates, lists and country names. */
  locale: string;
  duration: {
    /** Number words from zero upwards; larger numbers are written in digits. */
    numberWords: readonly string[];
    year: readonly [one: string, many: string];
    month: readonly [one: string, many: string];
    week: readonly [one: string, many: string];
    day: readonly [one: string, many: string];
  };
  lastUpdated: string;
  headings: {
    categories: string;
    sensitive: string;
    purposes: string;
    automatedDecisions: string;
    retention: string;
    sharing: string;
    cookies: string;
    rights: string;
    complaint: string;
    security: string;
  };

  // The opening block: who is responsible and how to reach them.
  tradingAs(legalName: string, tradeName: string): string;
  chamberOfCommerce(number: string): string;
  defaultDpoTitle: string;
  dpo(p: { name: string; title: string; org: string; email: Inline; phone?: Inline }): Inline[];
  controllerContact(org: string, email: Inline): Inline[];
  representative(name: string): string;
  jointControllers(names: string): string;

  // Personal data we process.
  categoriesIntro: string;
  sourceThirdParty: string;
  sourcePublic: string;

  // Special and sensitive data, children.
  noSpecialCategories: string;
  specialCategories(labels: string): string;
  sensitiveCategories(labels: string): string;
  statutoryBasis(label: string, basis: string): string;
  /** Who the age rule is about when no data-subject group is marked as possibly including children. */
  people: string;
  childrenNotIntended(p: { group: string; age: number; parentalConsent: boolean }): string;
  childrenAgeCheck: Record<'none' | 'self_declaration' | 'verified', (age: number) => string>;
  childrenReport(p: {
    email: Inline;
    parentalConsent: boolean;
    age: number;
    onReport: 'delete' | 'review';
  }): Inline[];

  // Purposes and legal bases.
  purposesIntro(org: string): string;
  legalBasis: Record<LegalBasisName, string>;
  legitimateInterest(interest: string): string;
  provision: Record<Provision, string>;

  // Automated decision-making.
  noAutomatedDecisions(org: string): string;
  automatedDecisions(org: string, listFollows: boolean): string;
  automatedDecisionLogic(logic: string): string;
  profilingIntro(count: number): string;

  // Retention.
  retentionIntro: string;
  /** Wording of a rule without its own wording in the policy: "maximaal 1 jaar". */
  retentionPeriod(p: {
    from: 'collected' | 'contract_end' | 'last_activity';
    duration: string;
    legalHold: boolean;
    anonymise: boolean;
  }): string;
  retentionGround(ground: string): string;

  // Sharing.
  recipientsIntro: string;
  recipientKind: Record<RecipientKind, string>;
  disclosureBasis: Record<LegalBasisName, string>;
  recipient(p: { name: string; kind: string; country?: string; basis?: string; agreement: boolean }): string;
  noTransfers: string;
  transfersIntro: string;
  safeguard: Record<Safeguard, string>;
  transfer(p: { country: string; recipient?: string; safeguard: string; reference?: string }): string;

  // Cookies.
  noCookies(org: string): string;
  cookieKinds: Record<CookieCategory, string>;
  privacyFriendlyAnalytics: string;
  cookiesUsed(org: string, kinds: string): string;
  cookieDefinition: string;
  cookieExplanation: Record<CookieCategory, string>;
  cookieTableIntro: string;
  cookieTableHeader: readonly [
    name: string,
    provider: string,
    type: string,
    purpose: string,
    lifetime: string,
  ];
  cookieCategoryName: Record<CookieCategory, string>;
  thirdPartyCookie(provider: string): string;
  sessionLifetime: string;

  // Rights and requests.
  rightsIntro: string;
  rightName: Record<RightName, string>;
  rightText: Record<Exclude<RightName, 'portability'>, (org: string) => string>;
  portability(p: { scope: 'provided' | 'all_personal_data'; to: string; formats?: string }): string;
  portabilityTo: { data_subject: string; other_controller: string; both: string };
  directMarketingObjection: string;
  directMarketingPurposes(count: number): string;
  requestIntro(channels: Inline[]): Inline[];
  requestChannel: { email(address: Inline): Inline[]; portal: string; postal: string };
  fee: Record<'free' | 'only_if_manifestly_unfounded_or_excessive', string>;
  verificationMethods(methods: string): string;
  verificationMethod: Record<VerificationMethod, string>;
  idCopyAlways: string;
  idCopyOnDoubt: string;
  idCopyMask(items: string): string;
  maskItem: Record<Maskable, string>;
  idCopyDeleted: string;
  responseDeadline(duration: string): string;
  /** `conditions` is a noun phrase: "complexe of talrijke verzoeken". */
  extension(p: { maxPeriod: string; conditions: string; noticeWithin: string }): string;

  // Complaint.
  complaint(authority: Inline): Inline[];

  // Security and breaches.
  measuresIntro: string;
  breachEmail(email: Inline): Inline[];
}

const tables: Record<string, Phrases> = { nl: phrasesNl, en: phrasesEn };

/** Languages the renderer can write. */
export const supportedLanguages = Object.keys(tables);

/**
 * The phrase table of a language.
 *
 * @example
 *   phrasesFor('nl').headings.retention // 'Hoe lang we persoonsgegevens bewaren'
 */
export function phrasesFor(lang: string): Phrases {
  const table = tables[lang];
  if (!table) {
    throw new GrondslagError(
      'RENDER_UNSUPPORTED_LANGUAGE',
      `Grondslag cannot write a statement in "${lang}" yet; it can write ${supportedLanguages.join(', ')}`,
    );
  }
  return table;
}
