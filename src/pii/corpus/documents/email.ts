import { type CorpusDocument, DocumentBuilder, decoy, pii } from '../builder.js';
import type { Prng } from '../prng.js';
import { dutchAddress } from '../values/address.js';
import type { Language } from '../values/dates.js';
import { orderNumber, plainDate } from '../values/decoys.js';
import { emailAddress, fullName, person } from '../values/person.js';
import { phoneNumber } from '../values/phone.js';
import { messageBody, signature } from './body.js';

/**
 * An e-mail from a customer to the helpdesk: headers with the sender's name and address, a body,
 * and often a signature block with postal address and phone number.
 *
 * @example
 *   customerEmail(new Prng('e1'), 'en', 'doc-2').spans[0]?.type; // 'person_name' (the From: name)
 */
export function customerEmail(rng: Prng, lang: Language, id: string): CorpusDocument {
  const b = new DocumentBuilder();
  const customer = person(rng, lang);
  const c = { b, rng, lang, customer };
  const nl = lang === 'nl';
  b.add`${nl ? 'Van' : 'From'}: ${pii('person_name', fullName(customer))} <${pii('email', emailAddress(rng, customer))}>\n`;
  b.add`${nl ? 'Aan: CloudAware Klantenservice' : 'To: CloudAware Customer Service'}\n`;
  b.add`${nl ? 'Datum' : 'Date'}: ${decoy('date', plainDate(rng, lang))}\n`;
  b.add`${nl ? 'Onderwerp: Re: bestelling' : 'Subject: Re: order'} ${decoy('order_number', orderNumber(rng))}\n\n`;
  b.put(
    nl
      ? rng.pick(['Beste klantenservice,\n\n', 'Hallo,\n\n', 'Goedemorgen,\n\n'])
      : rng.pick(['Dear CloudAware team,\n\n', 'Hi,\n\n']),
  );
  messageBody(c);
  b.put(nl ? '\nMet vriendelijke groet,\n\n' : '\nKind regards,\n\n');
  signature(c);
  if (rng.chance(0.6)) {
    const a = dutchAddress(rng);
    b.add`${pii('postal_address', a.street)}\n${pii('postcode', a.postcode)} ${a.city}\n`;
  }
  if (rng.chance(0.5)) b.add`${nl ? 'Tel.' : 'Tel'} ${pii('phone', phoneNumber(rng))}\n`;
  return b.build(id, 'email', lang);
}
