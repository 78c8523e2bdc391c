import { z } from 'zod';
import { GrondslagError } from '../errors.js';
import { parseBreachTime } from './local-time.js';

/**
 * One personal-data breach as the register (Art. 33(5)) holds it: the facts, the effects and the
 * remedial action. Free text may contain personal data ("the laptop of J. de Vries was stolen"), so
 * the store seals it; the audit log gets ids only.
 */

export const riskLevels = ['none', 'risk', 'high'] as const;
export type RiskLevel = (typeof riskLevels)[number];

export const noticeAudiences = ['authority', 'subjects'] as const;
export type NoticeAudience = (typeof noticeAudiences)[number];

const time = z.string().min(1);
const text = z.string().trim().min(1).max(20_000);

/** What a person records; times as `2026-03-28 23:30` (Amsterdam) or ISO 8601 instants. */
export const breachInputSchema = z.strictObject({
  occurredAt: time.optional(),
  awareAt: time,
  /** Nature of the breach: what happened (Art. 33(3)(a)). */
  description: text.optional(),
  /** Policy category ids of the data involved. */
  categories: z.array(z.string().regex(/^[a-z][a-z0-9_-]*$/)).default([]),
  /** Categories of people concerned, free text ("customers", "employees"). */
  subjects: text.optional(),
  approxPeople: z.number().int().min(0).optional(),
  approxRecords: z.number().int().min(0).optional(),
  consequences: text.optional(),
  measures: text.optional(),
  /** Contact point; defaults to the policy's DPO. */
  contact: text.optional(),
  /** Art. 34(3)(a): the data was unintelligible to others (e.g. encrypted with a key not taken). */
  unintelligible: z.boolean().default(false),
  risk: z.enum(riskLevels).optional(),
  riskReasons: text.optional(),
});
export type BreachInput = z.input<typeof breachInputSchema>;

/** A validated breach, times as instants. */
export interface BreachFacts {
  occurredAt: Date | null;
  awareAt: Date;
  description: string | null;
  categories: string[];
  subjects: string | null;
  approxPeople: number | null;
  approxRecords: number | null;
  consequences: string | null;
  measures: string | null;
  contact: string | null;
  unintelligible: boolean;
  risk: RiskLevel | null;
  riskReasons: string | null;
}

/** A recorded notification: the initial notice or a follow-up (Art. 33(4)), or the letter to people. */
export interface NoticePhase {
  seq: number;
  audience: NoticeAudience;
  phase: 'initial' | 'follow-up';
  sentAt: Date;
  content: string;
  delayReasons: string | null;
}

export interface Breach extends BreachFacts {
  id: string;
  /** Whether the 24-hour clock runs: the policy's `breach.telecomProvider` when it was recorded. */
  telecom: boolean;
  recordedAt: Date;
  phases: NoticePhase[];
}

/**
 * Checks a breach as entered (flags, a YAML/JSON file or a form) and converts its times. The error
 * names the field, so the CLI and the form can point at it.
 *
 * @example
 *   checkBreachInput({ awareAt: '2026-03-28 23:30', categories: ['email'] }).awareAt.toISOString();
 *   // '2026-03-28T22:30:00.000Z'
 */
export function checkBreachInput(input: unknown, knownCategories?: readonly string[]): BreachFacts {
  const parsed = breachInputSchema.safeParse(input);
  if (!parsed.success) {
    const details = parsed.error.issues.map((i) => ({
      path: i.path.map(String).join('.') || '(root)',
      message: i.message,
    }));
    throw new GrondslagError(
      'BREACH_INPUT_INVALID',
      `breach: ${details.map((d) => `${d.path}: ${d.message}`).join('; ')}`,
      { details },
    );
  }
  const v = parsed.data;
  const awareAt = parseBreachTime(v.awareAt, 'awareAt');
  const occurredAt = v.occurredAt ? parseBreachTime(v.occurredAt, 'occurredAt') : null;
  if (occurredAt && occurredAt.getTime() > awareAt.getTime()) {
    throw new GrondslagError('BREACH_INPUT_INVALID', 'occurredAt: the breach cannot happen after awareness', {
      details: [{ path: 'occurredAt', message: 'after awareAt' }],
    });
  }
  if (knownCategories) {
    const unknown = v.categories.filter((c) => !knownCategories.includes(c));
    if (unknown.length > 0) {
      throw new GrondslagError(
        'BREACH_INPUT_INVALID',
        `categories: not in the policy: ${unknown.join(', ')} (known: ${knownCategories.join(', ')})`,
        { details: [{ path: 'categories', message: `unknown ${unknown.join(', ')}` }] },
      );
    }
  }
  if (v.risk !== undefined && v.risk !== 'none' && !v.riskReasons) {
    // An assessment without reasons cannot be reviewed by the AP or the DPO later.
    throw new GrondslagError(
      'BREACH_INPUT_INVALID',
      'riskReasons: give the reasons for the risk assessment',
      {
        details: [{ path: 'riskReasons', message: 'required with a risk assessment' }],
      },
    );
  }
  return {
    occurredAt,
    awareAt,
    description: v.description ?? null,
    categories: [...new Set(v.categories)],
    subjects: v.subjects ?? null,
    approxPeople: v.approxPeople ?? null,
    approxRecords: v.approxRecords ?? null,
    consequences: v.consequences ?? null,
    measures: v.measures ?? null,
    contact: v.contact ?? null,
    unintelligible: v.unintelligible,
    risk: v.risk ?? null,
    riskReasons: v.riskReasons ?? null,
  };
}
