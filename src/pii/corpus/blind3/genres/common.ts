import { type DocumentBuilder, type Planted, pii } from '../../builder.js';
import type { Prng } from '../../prng.js';
import type { Language } from '../../values/dates.js';
import { company } from '../operator.js';
import { newPerson, type Person, workEmail } from '../people.js';

export type Part = string | Planted;

/** Appends text and planted values in order. */
export function put(b: DocumentBuilder, parts: readonly Part[]): DocumentBuilder {
  for (const p of parts) b.put(p);
  return b;
}

/** The Dutch or the English text. */
export const t = (lang: Language, nl: string, en: string) => (lang === 'nl' ? nl : en);

/** A member of staff: their name and mailbox are personal data, their team's number is not. */
export interface Agent {
  person: Person;
  email: string;
  team: string;
}

export function newAgent(rng: Prng, lang: Language): Agent {
  const person = newPerson(rng, 'nl', rng.chance(0.55) ? 'limburg' : undefined);
  const team = rng.pick(
    lang === 'nl'
      ? ['Klantenservice', 'Team Facturatie', 'Technische Support', 'Team Privacy', 'Planning & Installatie']
      : ['Customer Service', 'Billing Team', 'Technical Support', 'Privacy Office', 'Hosting Support'],
  );
  return { person, email: workEmail(person, 'mergelweb.nl', rng), team };
}

/** An agent's e-mail signature: name, team, the company's own lines. */
export function signature(b: DocumentBuilder, a: Agent, rng: Prng, lang: Language): void {
  b.add`\n\n${t(lang, rng.pick(['Met vriendelijke groet,', 'Vriendelijke groet,', 'Groet,']), rng.pick(['Kind regards,', 'Best regards,', 'Regards,']))}\n\n`;
  b.add`${pii('person_name', rng.chance(0.8) ? `${a.person.given} ${[a.person.prefix, a.person.surname].filter(Boolean).join(' ')}` : a.person.given)}\n${a.team} | Mergelweb\n`;
  if (rng.chance(0.5)) b.add`${pii('email', a.email)}\n`;
  b.add`T ${company.phone(rng, rng.chance(0.8) ? 'service' : 'business')} | ${company.email(rng.chance(0.7) ? 'service' : 'support')}\n`;
  if (rng.chance(0.4)) b.add`${company.street()} · ${company.postcode()} ${company.town()}\n`;
  if (rng.chance(0.25)) b.add`KvK ${company.kvk()} · btw ${company.vat()}\n`;
}

/** "dinsdag" / "Tuesday" etc. for appointment texts. */
export const weekday = (rng: Prng, lang: Language) =>
  rng.pick(
    lang === 'nl'
      ? ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag']
      : ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
  );

export const timeOfDay = (rng: Prng) =>
  `${String(rng.int(7, 21)).padStart(2, '0')}:${rng.pick(['00', '15', '30', '45', '05', '52'])}`;

/** A sloppy agent's typing: now and then two letters swapped in an ordinary word. */
export function typo(word: string, rng: Prng): string {
  if (word.length < 5 || !rng.chance(0.25)) return word;
  const i = rng.int(1, word.length - 3);
  return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
}
