import { z } from 'zod';
import { durationPattern } from './duration.js';

/**
 * The policy: one YAML file that is the single source of truth for the published privacy statement,
 * the record of processing (Art. 30), retention and data-subject requests.
 *
 * Design rules:
 * - Every object is strict: an unknown key is an error, so a typo cannot silently drop a promise.
 * - Where a source statement is silent on something the law asks for, the policy says `unstated`
 *   rather than inventing a value; the linter points at every `unstated`.
 * - Texts shown to people are localised (`{ nl: …, en: … }`); the loader checks that every text
 *   carries every language in `meta.languages`.
 */

/** The explicit marker for "the source statement does not say". */
export const UNSTATED = 'unstated' as const;
const unstated = z.literal(UNSTATED);

const languageCode = z.string().regex(/^[a-z]{2}$/, 'a two-letter language code such as "nl" or "en"');

export const localizedText = z
  .record(languageCode, z.string().min(1))
  .describe('Text per language, e.g. { nl: "Telefoonnummer", en: "Phone number" }');
export type LocalizedText = z.infer<typeof localizedText>;

const id = z
  .string()
  .regex(/^[a-z][a-z0-9_-]*$/, 'an id of lower-case letters, digits, "-" and "_", starting with a letter');

const duration = z
  .string()
  .regex(durationPattern, 'an ISO 8601 calendar duration such as "P1Y", "P3M", "P4W" or "P7Y"');

const email = z.email('an e-mail address');

const isoDate = z.iso.date('a date as YYYY-MM-DD');

/** PII types of the PII engine; names are a contract shared by all modules (docs/product.md). */
export const piiTypes = [
  'person_name',
  'email',
  'phone',
  'postal_address',
  'postcode',
  'iban',
  'bsn',
  'passport_number',
  'id_card_number',
  'mrz',
  'credit_card',
  'ip_address',
  'date_of_birth',
  'geo_coordinates',
  'user_agent',
  'licence_plate',
] as const;
export const piiType = z.enum(piiTypes);
export type PiiType = z.infer<typeof piiType>;

/** Art. 6(1)(a)–(f). */
export const legalBases = [
  'consent',
  'contract',
  'legal_obligation',
  'vital_interests',
  'public_task',
  'legitimate_interests',
] as const;
export const legalBasis = z.enum(legalBases);
export type LegalBasis = z.infer<typeof legalBasis>;

export const address = z.strictObject({
  street: z.string().min(1),
  postcode: z.string().min(1),
  city: z.string().min(1),
  country: z.string().regex(/^[A-Z]{2}$/, 'an ISO 3166-1 alpha-2 country code such as "NL"'),
});

export const meta = z.strictObject({
  /** Languages the statement is published in; the first is the original. */
  languages: z.array(languageCode).min(1),
  title: localizedText,
  description: localizedText,
  /** Date the statement was last changed (Hugo front matter `date`). */
  date: isoDate,
  aliases: z.array(z.string().min(1)).default([]),
  author: z.string().min(1),
  website: z.url().optional(),
});

export const controller = z.strictObject({
  legalName: z.string().min(1),
  tradeName: z.string().min(1).optional(),
  address,
  phone: z.string().min(1),
  email,
  /** Kamer van Koophandel number; `unstated` when the source gives none. */
  chamberOfCommerce: z.union([z.string().regex(/^\d{8}$/, 'an 8-digit KvK number'), unstated]),
  website: z.url().optional(),
  /** Art. 27 representative, for controllers outside the EU. */
  representative: z.string().min(1).optional(),
  jointControllers: z.array(z.string().min(1)).default([]),
});

export const dpo = z.strictObject({
  name: z.string().min(1),
  title: localizedText.optional(),
  email,
  phone: z.string().min(1).optional(),
});

export const category = z.strictObject({
  id,
  /** Fideslang data-category key, e.g. `user.contact.email`. */
  fides: z.string().regex(/^[a-z_]+(\.[a-z_]+)+$/, 'a Fideslang key such as "user.contact.email"'),
  label: localizedText,
  description: localizedText.optional(),
  /** Art. 9 special category (health, religion, …). */
  special: z.boolean().default(false),
  /** Sensitive but not Art. 9: national identifiers, financial data, location, traffic data. */
  sensitive: z.boolean().default(false),
  /** PII types the PII engine uses to find this category in data. */
  piiTypes: z.array(piiType).default([]),
  /** Statutory basis for processing a national identifier (UAVG art. 46 for the BSN). */
  statutoryBasis: z.string().min(1).optional(),
  /**
   * Whether the category is a record of the administration that tax law requires to be kept
   * (AWR art. 52, BW 2:10): invoices, payments, the bank account used.
   */
  administrationRecord: z.boolean().default(false),
});
export type Category = z.infer<typeof category>;

export const subject = z.strictObject({
  id,
  label: localizedText,
  /** Whether children below `children.minimumAge` may be in this group. */
  mayIncludeChildren: z.boolean().default(false),
});

export const recipientKinds = ['processor', 'third_party', 'authority', 'joint_controller'] as const;
export const recipient = z.strictObject({
  id,
  /** A named organisation, or a category of recipients when `isCategory` is true (Art. 13(1)(e)). */
  name: localizedText,
  kind: z.enum(recipientKinds),
  isCategory: z.boolean().default(false),
  /** Why data is disclosed: the legal basis of the disclosure. */
  basis: z.union([legalBasis, unstated]),
  country: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .optional(),
  /** For processors: whether an Art. 28 processing agreement is in place. */
  processingAgreement: z.boolean().optional(),
  /** Endpoint for Art. 19 notifications and OpenDSR fan-out. */
  contact: z.string().min(1).optional(),
});

export const transferSafeguards = [
  'adequacy_decision',
  'standard_contractual_clauses',
  'binding_corporate_rules',
  'derogation_art49',
] as const;
export const transfer = z.strictObject({
  country: z.string().regex(/^[A-Z]{2}$/, 'an ISO 3166-1 alpha-2 country code'),
  recipient: id.optional(),
  safeguard: z.enum(transferSafeguards),
  reference: z.string().optional(),
});

export const dataSources = ['data_subject', 'service_use', 'third_party', 'public_source'] as const;

export const activity = z.strictObject({
  id,
  /** The purpose as the statement words it. */
  purpose: localizedText,
  /** Art. 6(1) basis; `unstated` when the source statement gives none. */
  legalBasis: z.union([legalBasis, unstated]),
  /** Required when the basis is legitimate interests (Art. 13(1)(d)). */
  legitimateInterest: localizedText.optional(),
  /** Art. 9(2) condition when special categories are processed. */
  specialCategoryCondition: z.string().optional(),
  categories: z.array(id).min(1),
  subjects: z.array(id).min(1),
  recipients: z.union([z.array(id), unstated]),
  /** Transfers outside the EEA; `[]` means none, `unstated` that the source does not say. */
  transfers: z.union([z.array(transfer), unstated]),
  /** Where the data comes from (Art. 14(2)(f)). */
  source: z.array(z.enum(dataSources)).min(1),
  /** Ids of the retention rules that limit how long this activity's data is kept. */
  retention: z.array(id),
  profiling: z.boolean().default(false),
  automatedDecisions: z.boolean().default(false),
  /** Direct marketing: objection is absolute (Art. 21(3)). */
  directMarketing: z.boolean().default(false),
  /** Whether providing the data is a statutory or contractual requirement (Art. 13(2)(e)). */
  provisionRequirement: z.union([
    z.enum(['statutory', 'contractual', 'contract_prerequisite', 'voluntary']),
    unstated,
  ]),
  consequencesOfNotProviding: localizedText.optional(),
  /** Systems (data-map ids) where this activity's data lives; filled in by engineers. */
  systems: z.array(z.string().min(1)).default([]),
  notes: z.string().optional(),
});
export type Activity = z.infer<typeof activity>;

export const retentionClocks = ['collected', 'contract_end', 'last_activity'] as const;
export const retentionRule = z.strictObject({
  id,
  label: localizedText,
  categories: z.array(id).min(1),
  /** ISO 8601 period after which the data is removed. */
  period: duration,
  /** The event that starts the clock. */
  from: z.enum(retentionClocks),
  action: z.enum(['delete', 'anonymise']),
  /** The legal ground for keeping data this long (e.g. "AWR art. 52"); `unstated` if the source gives none. */
  ground: z.union([z.string().min(1), unstated]),
  /** Whether a legal hold (forensic order) may keep data past the period. */
  legalHoldExtends: z.boolean().default(false),
  /** Wording of the limit in the statement: "at most" or "until". */
  wording: localizedText.optional(),
});
export type RetentionRule = z.infer<typeof retentionRule>;

export const cookieCategories = ['functional', 'analytics', 'marketing', 'preferences'] as const;
export const cookie = z.strictObject({
  name: z.string().min(1),
  provider: z.string().min(1),
  category: z.enum(cookieCategories),
  purpose: localizedText,
  /** ISO 8601 duration, or `session`. */
  lifetime: z.union([duration, z.literal('session')]),
  firstParty: z.boolean().default(true),
});

export const cookies = z.strictObject({
  /** Categories of cookies the statement says are used. */
  categoriesUsed: z.array(z.enum(cookieCategories)),
  /** Whether analytics is configured to have little or no privacy impact (Tw art. 11.7a exemption). */
  privacyFriendlyAnalytics: z.boolean().default(false),
  /** The cookies one by one; `unstated` when the statement does not list them. */
  declared: z.union([z.array(cookie), unstated]),
  /** How visitors can refuse or remove cookies. */
  optOut: localizedText,
});

export const rightNames = [
  'access',
  'rectification',
  'erasure',
  'restriction',
  'objection',
  'portability',
  'withdraw_consent',
] as const;
export const rightName = z.enum(rightNames);
export type RightName = z.infer<typeof rightName>;

export const portability = z.strictObject({
  /** Who receives the export: the person, another controller, or both. */
  to: z.array(z.enum(['data_subject', 'other_controller'])).min(1),
  /** Art. 20 covers data provided by the person; a controller may offer all personal data. */
  scope: z.enum(['provided', 'all_personal_data']),
  formats: z.array(z.string().min(1)).default([]),
});

export const requestChannels = z.strictObject({
  email: email.optional(),
  portal: z.boolean().default(false),
  postal: z.boolean().default(false),
});

export const requests = z.strictObject({
  channels: requestChannels,
  /** Maximum response time (Art. 12(3): one month at most). */
  responseDeadline: duration,
  /** Art. 12(3) extension; `unstated` when the statement says nothing about it. */
  extension: z.union([
    z.strictObject({
      maxPeriod: duration,
      conditions: localizedText,
      noticeWithin: duration,
    }),
    unstated,
  ]),
  fee: z.enum(['free', 'only_if_manifestly_unfounded_or_excessive']).default('free'),
});

export const verificationMethods = ['registered_email', 'logged_in_account', 'id_copy', 'in_person'] as const;
export const idCopyMaskable = ['photo', 'mrz', 'passport_number', 'id_card_number', 'bsn'] as const;
export const identityVerification = z.strictObject({
  methods: z.array(z.enum(verificationMethods)).min(1),
  idCopy: z.strictObject({
    /** `always`: every request needs one; `on_doubt`: only on recorded reasonable doubt (Art. 12(6)). */
    required: z.enum(['always', 'on_doubt', 'never']),
    /** What the person must black out on the copy. */
    mustMask: z.array(z.enum(idCopyMaskable)),
    /** What happens to the copy after verification. */
    afterVerification: z.union([z.enum(['delete', 'keep']), unstated]),
  }),
});

export const children = z.strictObject({
  minimumAge: z.number().int().min(13).max(18),
  parentalConsent: z.boolean(),
  ageVerification: z.enum(['none', 'self_declaration', 'verified']),
  /** What happens when someone reports data of a child collected without consent. */
  onReport: z.enum(['delete', 'review']),
});

export const security = z.strictObject({
  /** The general promise, as the statement words it. */
  statement: localizedText,
  /** Art. 30(1)(g): general description of technical and organisational measures. */
  measures: z.array(localizedText),
});

export const breach = z.strictObject({
  contact: localizedText,
  email,
  /** Telecom providers: 24 h notification (EU Reg. 611/2013). */
  telecomProvider: z.boolean().default(false),
});

export const complaint = z.union([
  z.strictObject({
    authority: z.string().min(1),
    url: z.url().optional(),
  }),
  unstated,
]);

export const policySchema = z.strictObject({
  version: z.literal(1),
  meta,
  controller,
  dpo: z.union([dpo, unstated]),
  /** The statement's opening words on how data is obtained. */
  collection: localizedText,
  categories: z.array(category).min(1),
  subjects: z.array(subject).min(1),
  recipients: z.array(recipient).default([]),
  /** General statement on sharing, as worded. */
  sharing: localizedText.optional(),
  activities: z.array(activity).min(1),
  retention: z.array(retentionRule),
  /** The general retention promise ("no longer than strictly necessary"). */
  retentionStatement: localizedText.optional(),
  automatedDecisionMaking: z.strictObject({
    used: z.boolean(),
    logic: localizedText.optional(),
  }),
  children: z.union([children, unstated]),
  cookies,
  rights: z.strictObject({
    offered: z.array(rightName),
    portability: portability.optional(),
    /** Right to complain to a supervisory authority (Art. 13(2)(d)). */
    complaint,
  }),
  requests,
  identityVerification,
  security,
  breach,
});

export type Policy = z.infer<typeof policySchema>;
export type PolicyInput = z.input<typeof policySchema>;

/** JSON Schema (draft 2020-12) of the policy file, for editors' completion and validation. */
export function policyJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(policySchema, { io: 'input', target: 'draft-2020-12' }) as Record<
    string,
    unknown
  >;
  return {
    $id: 'https://grondslag.dev/schema/policy.schema.json',
    title: 'Grondslag policy',
    description: 'A privacy policy as code: statement, record of processing, retention and rights.',
    ...schema,
  };
}
