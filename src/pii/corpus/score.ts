import { type PiiType, piiTypes } from '../../policy/schema.js';
import { blindDecoyKinds } from './blind/decoy-kinds.js';
import { blind2DecoyKinds } from './blind2/decoy-kinds.js';
import { blind3DecoyKinds } from './blind3/decoy-kinds.js';
import type { AnyDecoyKind, CorpusDocument } from './builder.js';
import { heldoutDecoyKinds } from './heldout/decoy-kinds.js';
import { decoyKinds } from './values/decoys.js';

/**
 * How well a redaction did against the ground truth, in counts so scores of many documents add up.
 *
 * - An item counts as **redacted** when every letter and digit in it was removed: spaces, dashes
 *   and dots between the groups of an IBAN or phone number reveal nothing, a kept "van der Berg"
 *   after a redacted "Jan" does.
 * - **Character precision** is over non-whitespace characters: of all characters a tool removed,
 *   the share that lay inside a planted item.
 * - A **decoy** counts as touched when any of its non-whitespace characters was removed.
 */
export interface RedactionScore {
  documents: number;
  byType: Record<PiiType, { planted: number; redacted: number }>;
  chars: { redacted: number; redactedPersonal: number; personal: number };
  decoys: Record<AnyDecoyKind, { planted: number; touched: number }>;
}

export function emptyScore(): RedactionScore {
  return {
    documents: 0,
    byType: Object.fromEntries(
      piiTypes.map((t) => [t, { planted: 0, redacted: 0 }]),
    ) as RedactionScore['byType'],
    chars: { redacted: 0, redactedPersonal: 0, personal: 0 },
    decoys: Object.fromEntries(
      [...decoyKinds, ...heldoutDecoyKinds, ...blindDecoyKinds, ...blind2DecoyKinds, ...blind3DecoyKinds].map(
        (k) => [k, { planted: 0, touched: 0 }],
      ),
    ) as RedactionScore['decoys'],
  };
}

const isSpace = (ch: string) => /\s/.test(ch);
const isAlnum = (ch: string) => /[\p{L}\p{N}]/u.test(ch);

/**
 * Scores one document given which of its characters a tool redacted (see `alignRedaction`).
 *
 * @example
 *   const score = scoreDocument(doc, alignRedaction(doc.text, toolOutput, /\[[A-Z_]+\]/g).redacted);
 *   recall(score, 'email');
 */
export function scoreDocument(
  doc: CorpusDocument,
  redacted: Uint8Array,
  into: RedactionScore = emptyScore(),
): RedactionScore {
  const { text } = doc;
  const personal = new Uint8Array(text.length);
  for (const span of doc.spans) {
    personal.fill(1, span.start, span.end);
    let all = true;
    for (let i = span.start; i < span.end && all; i++) if (isAlnum(text[i]!) && !redacted[i]) all = false;
    const t = into.byType[span.type];
    t.planted++;
    if (all) t.redacted++;
  }
  for (let i = 0; i < text.length; i++) {
    if (isSpace(text[i]!)) continue;
    if (personal[i]) into.chars.personal++;
    if (redacted[i]) {
      into.chars.redacted++;
      if (personal[i]) into.chars.redactedPersonal++;
    }
  }
  for (const d of doc.decoys) {
    const entry = into.decoys[d.kind];
    entry.planted++;
    for (let i = d.start; i < d.end; i++) {
      if (redacted[i] && !isSpace(text[i]!)) {
        entry.touched++;
        break;
      }
    }
  }
  into.documents++;
  return into;
}

/** Share of planted items of `type` fully redacted; undefined when none were planted. */
export function recall(score: RedactionScore, type: PiiType): number | undefined {
  const t = score.byType[type];
  return t.planted === 0 ? undefined : t.redacted / t.planted;
}

/** Share of all planted items fully redacted. */
export function overallRecall(score: RedactionScore): number | undefined {
  let planted = 0;
  let redacted = 0;
  for (const t of Object.values(score.byType)) {
    planted += t.planted;
    redacted += t.redacted;
  }
  return planted === 0 ? undefined : redacted / planted;
}

/** Share of redacted characters that were personal data; undefined when nothing was redacted. */
export function charPrecision(score: RedactionScore): number | undefined {
  return score.chars.redacted === 0 ? undefined : score.chars.redactedPersonal / score.chars.redacted;
}

/** Share of decoys of `kind` (or of all kinds) that lost at least one character. */
export function decoyTouchRate(score: RedactionScore, kind?: AnyDecoyKind): number | undefined {
  const entries = kind ? [score.decoys[kind]] : Object.values(score.decoys);
  const planted = entries.reduce((s, e) => s + e.planted, 0);
  return planted === 0 ? undefined : entries.reduce((s, e) => s + e.touched, 0) / planted;
}
