import type { RequestDetails, RequestLanguage, RequestType } from './request.js';

/**
 * Reads the right a person invokes from the words of an e-mail, in Dutch or English. Deliberately
 * modest: a clear winner sets the type, anything else is `unknown` for an operator to set — a wrong
 * guess that nobody looks at again is worse than an honest "don't know".
 */

interface Cue {
  type: Exclude<RequestType, 'unknown'>;
  /** Matched against the lower-cased text with word boundaries at the start. */
  pattern: RegExp;
  weight: number;
}

// Stems, so that "verwijder", "verwijderen", "verwijdering" all count. Phrases weigh more than words.
const cues: Cue[] = [
  { type: 'access', pattern: /\binzage(?:verzoek)?\b/g, weight: 3 },
  {
    type: 'access',
    pattern: /\b(?:subject access|access request|right of access|recht op inzage)\b/g,
    weight: 3,
  },
  {
    type: 'access',
    pattern: /\b(?:copy of (?:my|the) (?:personal )?data|kopie van (?:mijn|de) (?:persoons)?gegevens)\b/g,
    weight: 3,
  },
  { type: 'access', pattern: /\b(?:welke gegevens|what (?:personal )?data)\b/g, weight: 1 },
  { type: 'access', pattern: /\baccess\b/g, weight: 1 },
  {
    type: 'portability',
    pattern: /\b(?:overdraagbaarheid|dataportabiliteit|portability|portabiliteit)\b/g,
    weight: 4,
  },
  { type: 'portability', pattern: /\b(?:overdragen|overzetten) (?:naar|aan)\b/g, weight: 2 },
  { type: 'portability', pattern: /\b(?:transfer|transmit) (?:my )?data to\b/g, weight: 2 },
  {
    type: 'rectification',
    pattern: /\b(?:correctie|rectificatie|corrigeren|verbeteren|rectif(?:y|ication))\b/g,
    weight: 3,
  },
  {
    type: 'rectification',
    pattern: /\b(?:onjuist|klopt niet|incorrect|wrong|out of date|verouderd)\b/g,
    weight: 1,
  },
  {
    type: 'rectification',
    pattern: /\b(?:correct(?:ion)?|wijzig(?:en|ing)?|aanpassen|update)\b/g,
    weight: 1,
  },
  {
    type: 'erasure',
    pattern: /\b(?:verwijder\w*|wissen|gewist|vergeten te worden|recht op vergetelheid)\b/g,
    weight: 3,
  },
  {
    type: 'erasure',
    pattern: /\b(?:eras(?:e|ure)|delete|deletion|right to be forgotten|remove my (?:personal )?data)\b/g,
    weight: 3,
  },
  { type: 'restriction', pattern: /\b(?:beperking|beperken|restrict(?:ion)?)\b/g, weight: 3 },
  { type: 'restriction', pattern: /\b(?:stop processing|niet meer verwerken)\b/g, weight: 1 },
  { type: 'objection', pattern: /\b(?:bezwaar|object(?:ion)?|i object|maak bezwaar)\b/g, weight: 3 },
  { type: 'objection', pattern: /\b(?:afmelden|uitschrijven|unsubscribe|opt[ -]?out)\b/g, weight: 3 },
  {
    type: 'objection',
    pattern: /\b(?:direct marketing|direct-marketing|nieuwsbrief|newsletter|reclame|marketing)\b/g,
    weight: 1,
  },
  {
    type: 'withdraw_consent',
    pattern:
      /\b(?:trek|trekt|intrekken|intrekking)\b[^.\n]{0,40}\btoestemming\b|\btoestemming\b[^.\n]{0,40}\b(?:intrekken|ingetrokken|in te trekken)\b/g,
    weight: 5,
  },
  {
    type: 'withdraw_consent',
    pattern: /\b(?:withdraw(?:ing)? (?:my )?consent|revoke (?:my )?consent|consent withdrawal)\b/g,
    weight: 5,
  },
  {
    type: 'minor_report',
    pattern: /\b(?:minderjarig\w*|jonger dan 16|onder de 16|ouderlijke toestemming|zoon|dochter)\b/g,
    weight: 2,
  },
  {
    type: 'minor_report',
    pattern: /\b(?:minor|under 16|under the age of 16|parental consent|my (?:son|daughter|child))\b/g,
    weight: 2,
  },
];

const marketingWords =
  /\b(?:direct marketing|direct-marketing|nieuwsbrief|newsletter|reclame|marketing|afmelden|uitschrijven|unsubscribe|opt[ -]?out|aanbiedingen|offers|promotie|promotional)\b/;

export interface Classification {
  type: RequestType;
  details: RequestDetails;
  /** Score per type that had any cue; for the operator's "why did it guess this". */
  scores: Partial<Record<RequestType, number>>;
  language: RequestLanguage;
}

const dutchWords =
  /\b(?:de|het|een|ik|mijn|van|en|niet|wil|graag|gegevens|verzoek|met vriendelijke groet)\b/g;
const englishWords = /\b(?:the|a|an|i|my|of|and|not|want|would|like|data|request|kind regards)\b/g;

/** Dutch unless the text reads clearly more English than Dutch. */
export function guessLanguage(text: string): RequestLanguage {
  const t = text.toLowerCase();
  const nl = t.match(dutchWords)?.length ?? 0;
  const en = t.match(englishWords)?.length ?? 0;
  return en > nl ? 'en' : 'nl';
}

/**
 * The request type an e-mail asks for, or `unknown` when no type clearly wins.
 *
 * @example
 *   classifyRequestText('Onderwerp: inzageverzoek\nGraag ontvang ik inzage in mijn gegevens.').type; // 'access'
 *   classifyRequestText('Hello, what is my balance?').type; // 'unknown'
 */
export function classifyRequestText(text: string): Classification {
  const t = text.toLowerCase();
  const scores: Partial<Record<RequestType, number>> = {};
  for (const cue of cues) {
    const hits = t.match(cue.pattern)?.length ?? 0;
    if (hits > 0) scores[cue.type] = (scores[cue.type] ?? 0) + Math.min(hits, 3) * cue.weight;
  }
  // Consent withdrawal names "toestemming"; it should not also read as a minor report's parental consent.
  if (scores.withdraw_consent) delete scores.minor_report;
  // A child-related word alone ("mijn zoon heeft een abonnement") is no report: it needs age or consent.
  if (scores.minor_report !== undefined && !/\b(?:16|minderjarig|minor|parental|ouderlijke)/.test(t)) {
    delete scores.minor_report;
  }
  const ranked = (Object.entries(scores) as [RequestType, number][]).sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  const language = guessLanguage(text);
  // A winner needs a cue of real weight and a clear lead over the runner-up.
  if (!first || first[1] < 3 || (second && second[1] * 1.5 > first[1])) {
    return { type: 'unknown', details: { type: 'unknown' }, scores, language };
  }
  const type = first[0];
  let details: RequestDetails;
  switch (type) {
    case 'objection':
      details = {
        type,
        ground: marketingWords.test(t) ? 'direct_marketing' : 'legitimate_interest',
        purposes: [],
      };
      break;
    case 'portability':
      details = { type, destination: { kind: 'person' } };
      break;
    case 'rectification':
      details = { type, changes: [] };
      break;
    case 'withdraw_consent':
      details = { type, purposes: [] };
      break;
    case 'minor_report':
      details = {
        type,
        reporter: /\b(?:zoon|dochter|kind|son|daughter|child)\b/.test(t) ? 'parent' : 'other',
      };
      break;
    default:
      details = { type } as RequestDetails;
  }
  return { type, details, scores, language };
}

/**
 * A customer number written in the text ("klantnummer: CA-123456", "customer number 123456"), so
 * that an e-mail request can be matched on more than the sender's address.
 */
export function findCustomerNumber(text: string): string | undefined {
  const m =
    /\b(?:klantnummer|klantnr\.?|customer (?:number|no\.?|id))\s*(?:[:#]|is\b)?\s*((?=[A-Z-]*\d)[A-Z0-9][A-Z0-9-]{3,30})\b/i.exec(
      text,
    );
  return m?.[1];
}
