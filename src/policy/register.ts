import { GrondslagError } from '../errors.js';
import { eeaCountries } from './lint/countries.js';
import {
  type dataSources,
  type LegalBasis,
  type LocalizedText,
  type Policy,
  type RetentionRule,
  type recipientKinds,
  type retentionClocks,
  type transferSafeguards,
  UNSTATED,
} from './schema.js';

/**
 * The record of processing activities (GDPR Art. 30(1)), built from the policy: one entry per
 * processing activity, each carrying every field of Art. 30(1)(a)–(g) plus the recommended extras
 * (legal basis, source, systems, profiling, automated decisions).
 *
 * Where the policy says `unstated`, the register says so too, with the same marker: a register that
 * turned "the statement does not say" into an empty cell would read as "none", which is a different
 * and possibly false claim. Empty lists do mean "none".
 *
 * Pure: no I/O. The writers (register-csv.ts, register-json.ts, register-jsonld.ts) shape the output.
 */

export type Unstated = typeof UNSTATED;

/** Marker for a field that does not apply, e.g. a legitimate interest when the basis is a contract. */
export const NOT_APPLICABLE = 'not_applicable' as const;
export type NotApplicable = typeof NOT_APPLICABLE;

export type DataSource = (typeof dataSources)[number];
export type RecipientKind = (typeof recipientKinds)[number];
export type TransferSafeguard = (typeof transferSafeguards)[number];
export type RetentionClock = (typeof retentionClocks)[number];

/** The point of Art. 6(1) each basis rests on. */
export const legalBasisLetters: Record<LegalBasis, 'a' | 'b' | 'c' | 'd' | 'e' | 'f'> = {
  consent: 'a',
  contract: 'b',
  legal_obligation: 'c',
  vital_interests: 'd',
  public_task: 'e',
  legitimate_interests: 'f',
};

export interface RegisterDpo {
  name: string;
  title?: string;
  email: string;
  phone?: string;
}

/** Art. 30(1)(a): who is responsible, and how to reach them. */
export interface RegisterController {
  legalName: string;
  tradeName?: string;
  /** One line: street, postcode city, country. */
  address: string;
  phone: string;
  email: string;
  website?: string;
  chamberOfCommerce: string | Unstated;
  /** Empty: there are none. */
  jointControllers: string[];
  /** Art. 27 representative; absent when the policy names none (only non-EU controllers need one). */
  representative?: string;
  dpo: RegisterDpo | Unstated;
}

export interface RegisterLegalBasis {
  code: LegalBasis;
  /** "Art. 6(1)(c)". */
  article: string;
}

export interface RegisterDataSubjects {
  id: string;
  label: string;
}

export interface RegisterPersonalData {
  id: string;
  label: string;
  /** Fideslang key, e.g. `user.contact.email`, for exchange with Fides data maps. */
  fides: string;
  special: boolean;
  sensitive: boolean;
}

export interface RegisterRecipient {
  id: string;
  name: string;
  kind: RecipientKind;
  /** A category of recipients rather than a named organisation (Art. 13(1)(e) allows either). */
  isCategory: boolean;
  country?: string;
}

export interface RegisterTransfer {
  country: string;
  /** Name of the receiving recipient, when the policy names one. */
  recipient?: string;
  safeguard: TransferSafeguard;
  reference?: string;
}

/** Art. 30(1)(f): one retention rule that limits how long the activity's data is kept. */
export interface RegisterErasure {
  rule: string;
  label: string;
  /** ISO 8601 calendar period, e.g. `P7Y`. */
  period: string;
  /** The event that starts the clock. */
  from: RetentionClock;
  action: RetentionRule['action'];
  ground: string | Unstated;
  /** A legal hold (forensic order) may keep data past the period. */
  legalHoldExtends: boolean;
  /** The statement's own words for the limit. */
  wording?: string;
}

export interface RegisterActivity {
  id: string;
  /** Art. 30(1)(b). */
  purpose: string;
  legalBasis: RegisterLegalBasis | Unstated;
  /** Art. 13(1)(d): only applies when the basis is legitimate interests. */
  legitimateInterest: string | Unstated | NotApplicable;
  /** Art. 30(1)(c). */
  dataSubjects: RegisterDataSubjects[];
  personalData: RegisterPersonalData[];
  /** Art. 30(1)(d). */
  recipients: RegisterRecipient[] | Unstated;
  /** Art. 30(1)(d): countries outside the EEA that receive data. */
  thirdCountries: string[] | Unstated;
  /** Art. 30(1)(e). */
  transfers: RegisterTransfer[] | Unstated;
  /** Art. 30(1)(f); `unstated` when the activity names no retention rule. */
  erasure: RegisterErasure[] | Unstated;
  /** Art. 30(1)(g): the policy's technical and organisational measures; `unstated` when it lists none. */
  security: string[] | Unstated;
  sources: DataSource[];
  systems: string[];
  profiling: boolean;
  automatedDecisions: boolean;
}

export interface Register {
  /** The language every text in the register is in. */
  language: string;
  title: string;
  /** Date of the policy the register was built from (YYYY-MM-DD). */
  policyDate: string;
  controller: RegisterController;
  /** The statement's general security promise, for context when no measures are listed. */
  securityStatement: string;
  activities: RegisterActivity[];
}

/**
 * Builds the record of processing from a policy, in one of the policy's languages (default: the
 * first, the original).
 *
 * @example
 *   const register = buildRegister(policy, { lang: 'en' });
 *   register.activities.find((a) => a.id === 'tax_obligations')?.legalBasis;
 *   // → { code: 'legal_obligation', article: 'Art. 6(1)(c)' }
 */
export function buildRegister(policy: Policy, options: { lang?: string } = {}): Register {
  const languages = policy.meta.languages;
  const lang = options.lang ?? languages[0]!;
  if (!languages.includes(lang)) {
    throw new GrondslagError(
      'REGISTER_LANGUAGE_NOT_IN_POLICY',
      `the policy is not written in "${lang}"; its languages are ${languages.join(', ')}`,
    );
  }
  const text = (t: LocalizedText) => t[lang] ?? t[languages[0]!] ?? Object.values(t)[0] ?? '';

  const categories = new Map(policy.categories.map((c) => [c.id, c]));
  const subjects = new Map(policy.subjects.map((s) => [s.id, s]));
  const recipients = new Map(policy.recipients.map((r) => [r.id, r]));
  const retention = new Map(policy.retention.map((r) => [r.id, r]));
  const measures = policy.security.measures.map(text);

  const activities = policy.activities.map((a): RegisterActivity => {
    const activityRecipients =
      a.recipients === UNSTATED
        ? UNSTATED
        : a.recipients.flatMap((id) => {
            const r = recipients.get(id);
            return r
              ? [{ id, name: text(r.name), kind: r.kind, isCategory: r.isCategory, country: r.country }]
              : [];
          });
    const transfers =
      a.transfers === UNSTATED
        ? UNSTATED
        : a.transfers.map((t) => {
            const to = t.recipient !== undefined ? recipients.get(t.recipient) : undefined;
            return {
              country: t.country,
              recipient: to ? text(to.name) : undefined,
              safeguard: t.safeguard,
              reference: t.reference,
            };
          });
    const erasure = a.retention.flatMap((id) => {
      const r = retention.get(id);
      return r
        ? [
            {
              rule: id,
              label: text(r.label),
              period: r.period,
              from: r.from,
              action: r.action,
              ground: r.ground,
              legalHoldExtends: r.legalHoldExtends,
              wording: r.wording ? text(r.wording) : undefined,
            },
          ]
        : [];
    });
    return {
      id: a.id,
      purpose: text(a.purpose),
      legalBasis:
        a.legalBasis === UNSTATED
          ? UNSTATED
          : { code: a.legalBasis, article: `Art. 6(1)(${legalBasisLetters[a.legalBasis]})` },
      legitimateInterest: legitimateInterest(
        a.legalBasis,
        a.legitimateInterest && text(a.legitimateInterest),
      ),
      dataSubjects: a.subjects.flatMap((id) => {
        const s = subjects.get(id);
        return s ? [{ id, label: text(s.label) }] : [];
      }),
      personalData: a.categories.flatMap((id) => {
        const c = categories.get(id);
        return c
          ? [{ id, label: text(c.label), fides: c.fides, special: c.special, sensitive: c.sensitive }]
          : [];
      }),
      recipients: activityRecipients,
      thirdCountries: thirdCountries(activityRecipients, transfers),
      transfers,
      erasure: erasure.length > 0 ? erasure : UNSTATED,
      security: measures.length > 0 ? measures : UNSTATED,
      sources: a.source,
      systems: a.systems,
      profiling: a.profiling,
      automatedDecisions: a.automatedDecisions,
    };
  });

  const c = policy.controller;
  return {
    language: lang,
    title: text(policy.meta.title),
    policyDate: policy.meta.date,
    controller: {
      legalName: c.legalName,
      tradeName: c.tradeName,
      address: `${c.address.street}, ${c.address.postcode} ${c.address.city}, ${c.address.country}`,
      phone: c.phone,
      email: c.email,
      website: c.website,
      chamberOfCommerce: c.chamberOfCommerce,
      jointControllers: c.jointControllers,
      representative: c.representative,
      dpo:
        policy.dpo === UNSTATED
          ? UNSTATED
          : {
              name: policy.dpo.name,
              title: policy.dpo.title ? text(policy.dpo.title) : undefined,
              email: policy.dpo.email,
              phone: policy.dpo.phone,
            },
    },
    securityStatement: text(policy.security.statement),
    activities,
  };
}

function legitimateInterest(
  basis: LegalBasis | Unstated,
  interest: string | undefined,
): string | Unstated | NotApplicable {
  if (interest !== undefined) return interest;
  // Under 6(1)(f) the interest must be named (Art. 13(1)(d)); with no basis stated it may apply.
  if (basis === 'legitimate_interests' || basis === UNSTATED) return UNSTATED;
  return NOT_APPLICABLE;
}

/**
 * Countries outside the EEA that receive the activity's data: those of its transfers and of its
 * recipients. When the policy does not say whether data leaves the EEA, neither can the register.
 */
function thirdCountries(
  recipients: RegisterRecipient[] | Unstated,
  transfers: RegisterTransfer[] | Unstated,
): string[] | Unstated {
  if (transfers === UNSTATED) return UNSTATED;
  const countries = new Set(transfers.map((t) => t.country));
  if (recipients !== UNSTATED) {
    for (const r of recipients) if (r.country !== undefined) countries.add(r.country);
  }
  return [...countries].filter((country) => !eeaCountries.has(country)).sort();
}
