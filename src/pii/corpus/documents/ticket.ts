import { type CorpusDocument, DocumentBuilder, decoy, pii } from '../builder.js';
import type { Prng } from '../prng.js';
import type { Language } from '../values/dates.js';
import { customerNumber, invoiceNumber, plainDate, ticketId } from '../values/decoys.js';
import { fullName, person } from '../values/person.js';
import { messageBody, salutation, signature } from './body.js';

const subjectsNl = [
  'Storing internet',
  'Vraag over factuur',
  'Verhuizing',
  'Opzegging',
  'Wifi traag',
  'Nummerbehoud',
];
const subjectsEn = ['Internet outage', 'Question about invoice', 'Moving house', 'Cancellation', 'Slow wifi'];

/**
 * A helpdesk ticket: header with customer and ticket id, the customer's message, and an agent's reply
 * signed with the agent's name (agents are people too: their names are planted).
 *
 * @example
 *   supportTicket(new Prng('t1'), 'nl', 'doc-1').text.startsWith('Ticket '); // true
 */
export function supportTicket(rng: Prng, lang: Language, id: string): CorpusDocument {
  const b = new DocumentBuilder();
  const customer = person(rng, lang);
  const agent = person(rng, 'nl');
  const c = { b, rng, lang, customer };
  const nl = lang === 'nl';
  b.add`Ticket ${decoy('ticket_id', ticketId(rng))} · ${rng.pick(nl ? subjectsNl : subjectsEn)}\n`;
  b.add`${nl ? 'Klant' : 'Customer'}: ${pii('person_name', fullName(customer))} (${nl ? 'klantnummer' : 'customer no.'} ${decoy('customer_number', customerNumber(rng))})\n`;
  b.add`${nl ? 'Aangemaakt' : 'Created'}: ${decoy('date', plainDate(rng, lang))}\n\n`;
  b.put(
    nl
      ? rng.pick(['Goedemiddag,\n\n', 'Hallo,\n\n', 'Beste klantenservice,\n\n'])
      : rng.pick(['Hello,\n\n', 'Dear support team,\n\n']),
  );
  messageBody(c);
  b.put(
    nl
      ? rng.pick(['\nGroet,\n', '\nMet vriendelijke groet,\n', '\nBvd,\n'])
      : rng.pick(['\nKind regards,\n', '\nThanks,\n']),
  );
  signature(c);
  b.put(nl ? '\n--- Reactie van CloudAware ---\n' : '\n--- Reply from CloudAware ---\n');
  salutation(c);
  if (nl) {
    b.add`Bedankt voor uw bericht. We hebben factuur ${decoy('invoice_number', invoiceNumber(rng))} voor u gecrediteerd en een monteur ingepland.\n\n`;
    b.add`Met vriendelijke groet,\n${pii('person_name', fullName(agent))}\nCloudAware Klantenservice\n`;
  } else {
    b.add`Thank you for your message. We have credited invoice ${decoy('invoice_number', invoiceNumber(rng))} and booked an engineer.\n\n`;
    b.add`Kind regards,\n${pii('person_name', fullName(agent))}\nCloudAware Customer Service\n`;
  }
  return b.build(id, 'ticket', lang);
}
