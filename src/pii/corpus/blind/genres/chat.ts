import { DocumentBuilder, type Planted, pii } from '../../builder.js';
import { houseNumber, newAddress } from '../addresses.js';
import { brand, companyPhone } from '../company.js';
import { Clock } from '../dates.js';
import { formatCard, formatIban } from '../identifiers.js';
import { newPerson, renderName } from '../people.js';
import { displayInternational } from '../phones.js';
import { fakes, newProfile, plant, t } from '../profile.js';
import type { Genre } from './genre.js';

/**
 * Web-chat and WhatsApp Business transcripts as the contact-centre tool exports them: a header,
 * then one line per message with a time stamp and the speaker. Customers write informally, in
 * lower case, and volunteer more than they are asked for.
 */
export const chatTranscript: Genre = (rng, lang, id) => {
  const b = new DocumentBuilder();
  const c = newProfile(rng);
  const agent = newPerson(rng);
  const clock = new Clock(rng);
  const whatsapp = rng.chance(0.5);
  const style = rng.weighted([
    ['bracket', 3],
    ['android', 2],
    ['plain', 2],
  ] as const);
  // How the customer shows up: WhatsApp shows the saved name or the bare number.
  const customerLabel = (): Planted | string =>
    whatsapp
      ? rng.chance(0.6)
        ? pii('person_name', renderName(c.person, rng.pick(['full', 'given', 'full'] as const)))
        : pii('phone', displayInternational(c.mobile))
      : t(lang, 'Klant', 'Customer');
  const customer = customerLabel();
  const agentName = () => pii('person_name', agent.given);
  const agentSuffix = rng.chance(0.5) ? ` (${brand})` : '';
  const say = (who: 'c' | 'a' | 'bot', ...parts: (string | Planted)[]) => {
    clock.tick(rng, 8, 140);
    const stamp =
      style === 'bracket'
        ? `[${clock.hm()}:${clock.time().slice(6)}] `
        : style === 'android'
          ? `${clock.nl()} ${clock.hm()} - `
          : `${clock.hm()}  `;
    b.put(stamp);
    if (who === 'c') b.put(customer);
    else if (who === 'bot') b.put(`${brand} ${t(lang, 'Assistent', 'Assistant')}`);
    else {
      b.put(agentName());
      b.put(agentSuffix);
    }
    b.put(': ');
    for (const p of parts) b.put(p);
    b.put('\n');
  };

  b.add`${whatsapp ? 'WhatsApp Business' : t(lang, 'Webchat', 'Web chat')} — ${t(lang, 'gesprek', 'conversation')} ${fakes.ticket(rng)}\n`;
  b.add`${t(lang, 'Gestart', 'Started')}: ${fakes.timestamp(clock.sql())}\n`;
  if (!whatsapp && rng.chance(0.6)) b.add`${t(lang, 'Bezoeker', 'Visitor')} IP: ${plant.ip(c.ipv4)}\n`;
  if (!whatsapp && rng.chance(0.5)) b.add`Browser: ${plant.ua(c.ua)}\n`;
  b.put('\n');

  say('bot', t(lang, 'Hoi! Waarmee kan ik je helpen?', 'Hi! How can I help you today?'));
  const topic = rng.weighted([
    ['outage', 3],
    ['move', 2],
    ['iban', 2],
    ['card', 1],
    ['coverage', 2],
    ['contact', 2],
  ] as const);
  const nl = lang === 'nl';
  switch (topic) {
    case 'outage':
      say(
        'c',
        nl
          ? rng.pick([
              'internet ligt er weer uit',
              'mijn wifi doet het niet meer sinds vanochtend',
              'tv en internet storing!!',
            ])
          : rng.pick(['internet is down again', 'my wifi stopped working this morning']),
      );
      say(
        'a',
        nl
          ? 'Vervelend! Ik kijk even mee. Mag ik je postcode en huisnummer?'
          : 'Sorry to hear that. Could you give me your postcode and house number?',
      );
      say(
        'c',
        plant.postcode(c.address, rng),
        rng.pick([' ', ' nr ', ', ']),
        pii('postal_address', houseNumber(c.address)),
      );
      say(
        'a',
        nl ? 'Dank je. En ter verificatie je geboortedatum?' : 'Thanks. And your date of birth to verify?',
      );
      say('c', rng.chance(0.3) ? t(lang, 'geboren op ', 'born on ') : '', plant.dob(c.dob, lang, rng));
      say(
        'a',
        nl
          ? `Ik zie een storing bij jou in de wijk, ${fakes.ticket(rng).value}. Ik zet een melding op je nummer `
          : `I can see an outage in your area. I've linked your number `,
        plant.anyPhone(c, rng),
        nl ? ' zodat je een sms krijgt als het is opgelost.' : ' so you get a text when it is fixed.',
      );
      break;
    case 'move': {
      const next = newAddress(rng);
      say(
        'c',
        nl
          ? 'we gaan verhuizen, kan ik mijn abonnement meenemen?'
          : 'we are moving house, can I take my subscription along?',
      );
      say(
        'a',
        nl ? 'Zeker! Wat is je nieuwe adres en per wanneer?' : 'Sure! What is the new address and from when?',
      );
      say(
        'c',
        plant.street(next, rng),
        ' ',
        plant.postcode(next, rng),
        ` ${next.city.name}, ${nl ? 'per' : 'from'} `,
        fakes.date(clock.plusDays(rng.int(14, 60)), lang, rng),
      );
      say(
        'a',
        nl ? 'En je huidige adres is ' : 'And your current address is ',
        plant.street(c.address, rng),
        '?',
      );
      say(
        'c',
        nl ? 'ja klopt. mail de bevestiging maar naar ' : 'yes. send the confirmation to ',
        plant.email(c.email),
      );
      break;
    }
    case 'iban':
      say(
        'c',
        nl ? 'ik heb een nieuwe bank, kan de incasso naar ' : 'I switched banks, can the direct debit go to ',
        plant.iban(c.iban, rng),
        nl ? ' ?' : '?',
      );
      say(
        'a',
        nl ? 'Dat kan. Op wiens naam staat de rekening?' : 'That works. Whose name is the account in?',
      );
      say('c', plant.name(c.person, rng, rng.pick(['full', 'initials'] as const)));
      say(
        'a',
        nl ? 'Top, aangepast. De volgende factuur van ' : 'Done. The next invoice of ',
        fakes.amount(rng, lang),
        nl ? ' wordt hiervan afgeschreven.' : ' will be collected from it.',
      );
      break;
    case 'card':
      say(
        'c',
        nl ? 'kan ik niet gewoon met creditcard betalen? ' : 'can I just pay by credit card? ',
        pii('credit_card', formatCard(c.card, rng)),
      );
      say(
        'a',
        nl
          ? 'Deel alsjeblieft geen kaartnummers in de chat. Betalen kan via de betaallink in Mijn ' +
              brand +
              '.'
          : `Please don't share card numbers in the chat. You can pay with the link in My ${brand}.`,
      );
      say(
        'c',
        nl ? 'oh sorry. mijn klantnummer is ' : 'oh sorry. my customer number is ',
        fakes.customer(rng),
      );
      break;
    case 'coverage':
      say('c', nl ? 'slecht bereik thuis, nauwelijks 4G' : 'bad reception at home, barely any 4G');
      say(
        'a',
        nl
          ? 'Waar ben je precies? Een locatie of adres helpt.'
          : 'Where exactly are you? A location or address helps.',
      );
      if (rng.chance(0.5)) say('c', plant.geo(c.home, rng));
      else {
        const q = `${c.home.lat.toFixed(rng.int(5, 7))},${c.home.lon.toFixed(rng.int(5, 7))}`;
        say('c', 'https://maps.google.com/?q=', pii('geo_coordinates', q));
      }
      say(
        'a',
        nl
          ? 'Dank je. Ik zie geen storing op de mast. Welk toestel gebruik je?'
          : 'Thanks. No fault on the mast. Which phone do you use?',
      );
      say('c', rng.pick(['iphone 13', 'samsung a54', 'pixel 7', 'oude iphone se']));
      break;
    case 'contact':
      say('c', nl ? 'wil mijn contactgegevens wijzigen' : 'want to change my contact details');
      say('a', nl ? 'Natuurlijk. Wat mogen we noteren?' : 'Of course. What should we note?');
      say(
        'c',
        nl ? 'nieuw nummer ' : 'new number ',
        plant.phone(c.mobile, rng),
        nl ? ' en email ' : ' and email ',
        plant.email(c.email),
      );
      say(
        'a',
        nl ? 'Aangepast! Je ontvangt een code op ' : "Updated! You'll get a code on ",
        plant.phone(c.mobile, rng),
        '.',
      );
      break;
  }
  if (rng.chance(0.35)) {
    say(
      'a',
      nl ? 'Kun je nog even je IBAN bevestigen? Die eindigt op ' : 'Could you confirm your IBAN? It ends in ',
      c.iban.slice(-2),
      '.',
    );
    say('c', pii('iban', formatIban(c.iban, rng)));
  }
  say(
    'a',
    nl ? `Is er nog iets anders? Je kunt ons ook bellen op ` : 'Anything else? You can also call us on ',
    companyPhone(rng),
    '.',
  );
  const bye = nl
    ? rng.pick(['nee dankje', 'nee top bedankt!', 'dat was het', 'thx'])
    : rng.pick(['no thanks', 'that was all, thanks!', 'cheers']);
  if (rng.chance(0.3))
    say('c', `${bye}${rng.pick([', groet ', ' - ', '! gr '])}`, plant.name(c.person, rng, 'given'));
  else say('c', bye);
  b.add`\n-- ${t(lang, 'einde gesprek', 'end of conversation')} ${fakes.timestamp(clock.tick(rng, 20, 90).sql())} --\n`;
  return b.build(id, 'ticket', lang);
};
