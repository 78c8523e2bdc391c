import type { PiiType } from '../../../policy/schema.js';
import { pii } from '../builder.js';
import { fullName, initialsName, standaloneSurname } from '../values/person.js';
import { decoySentences, filler, piiSentences, piiTypeWeights, type SentenceContext } from './sentences.js';

/**
 * The free-text part of a ticket or e-mail: a shuffled mix of sentences that plant personal data,
 * sentences that plant look-alikes, and plain filler, broken into short paragraphs.
 */
export function messageBody(c: SentenceContext): void {
  const { rng } = c;
  const parts: (() => void)[] = [];
  const piiCount = rng.int(2, 6);
  for (let i = 0; i < piiCount; i++) {
    const type: PiiType = rng.weighted(piiTypeWeights);
    parts.push(() => piiSentences[type](c));
  }
  for (let i = rng.int(1, 4); i > 0; i--) parts.push(() => rng.pick(decoySentences)(c));
  for (let i = rng.int(1, 4); i > 0; i--) parts.push(() => filler(c));
  // Fisher–Yates with the seeded generator keeps the order reproducible.
  for (let i = parts.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [parts[i], parts[j]] = [parts[j]!, parts[i]!];
  }
  for (const [i, part] of parts.entries()) {
    part();
    if (i < parts.length - 1 && rng.chance(0.25)) c.b.put('\n\n');
  }
  c.b.put('\n');
}

/** How the customer signs: full name, initials, or just the given name. */
export function signature(c: SentenceContext): void {
  const { b, rng, customer } = c;
  const name = rng.weighted([
    [fullName(customer), 5],
    [initialsName(rng, customer), 2],
    [customer.given, 2],
  ]);
  b.add`${pii('person_name', name)}\n`;
}

/** "Beste Jan," / "Geachte heer Van der Berg," / "Dear Ms Johnson," / "Hi Emily," */
export function salutation(c: SentenceContext): void {
  const { b, rng, customer, lang } = c;
  const formal = rng.chance(0.5);
  if (lang === 'nl') {
    if (formal) {
      const title = customer.gender === 'm' ? 'heer' : 'mevrouw';
      b.add`Geachte ${title} ${pii('person_name', standaloneSurname(customer))},\n\n`;
    } else {
      b.add`Beste ${pii('person_name', customer.given)},\n\n`;
    }
    return;
  }
  if (formal) {
    const title = customer.gender === 'm' ? 'Mr' : rng.pick(['Ms', 'Mrs']);
    b.add`Dear ${title} ${pii('person_name', standaloneSurname(customer))},\n\n`;
  } else {
    b.add`${rng.pick(['Hi', 'Hello', 'Dear'])} ${pii('person_name', customer.given)},\n\n`;
  }
}
