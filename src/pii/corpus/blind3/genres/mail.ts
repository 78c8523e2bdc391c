import type { Genre } from '../../blind/genres/genre.js';
import { DocumentBuilder, decoy, pii } from '../../builder.js';
import type { Prng } from '../../prng.js';
import type { Language } from '../../values/dates.js';
import { look, organisation } from '../decoys.js';
import { company } from '../operator.js';
import { ascii, familyName, fullName, newPerson, workEmail } from '../people.js';
import { newAddress } from '../places.js';
import { addressLines, newProfile, type Profile, plant } from '../profile.js';
import { newAgent, type Part, put, signature, t } from './common.js';

/** `"Sevda Aydın" <s.aydin@…>`, `Sevda Aydın <…>` or the bare address, as mail clients send it. */
function fromLine(c: Profile, rng: Prng): Part[] {
  const name = plant.name(c.person, rng.chance(0.85) ? 'full' : 'upper');
  return rng.weighted<Part[]>([
    [['"', name, '" <', plant.email(c.email), '>'], 4],
    [[name, ' <', plant.email(c.email), '>'], 3],
    [[plant.email(c.email)], 2],
  ]);
}

function mailDate(rng: Prng, lang: Language): Part[] {
  const day = rng.pick(['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']);
  const mon = rng.pick(['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Sep', 'Oct', 'Nov']);
  const stamp = `${day}, ${rng.int(1, 28)} ${mon} 2025 ${String(rng.int(6, 23)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')} +0${rng.int(1, 2)}00`;
  void lang;
  return [decoy('timestamp', stamp)];
}

/** How a customer signs off: given name only among friends, full name with an address in a letter. */
function signOff(b: DocumentBuilder, c: Profile, rng: Prng, lang: Language): void {
  b.add`\n\n${t(lang, rng.pick(['Groeten,', 'Met vriendelijke groet,', 'Mvg', 'Gr.']), rng.pick(['Thanks,', 'Best,', 'Kind regards,', 'Cheers,']))}\n`;
  b.put(
    plant.name(
      c.person,
      rng.weighted([
        ['full', 5],
        ['given', 3],
        ['formal', 2],
      ] as const),
    ),
  );
  if (rng.chance(0.35)) put(b, ['\n', ...addressLines(c.address, rng)]);
  if (rng.chance(0.4)) put(b, ['\n', rng.pick(['Tel: ', 'tel. ', 'Mob. ', '']), plant.phone(c, rng)]);
  b.add`\n`;
}

type Topic = 'complaint' | 'moving' | 'cancel' | 'billing';

/** A customer writing to the help desk about a fault, a move, a cancellation or a bill. */
export const customerMail: Genre = (rng, lang, id) => {
  const b = new DocumentBuilder();
  const c = newProfile(rng, lang);
  const topic = rng.pick<Topic>(['complaint', 'moving', 'cancel', 'billing']);
  const subjects: Record<Topic, string> = {
    complaint: t(
      lang,
      rng.pick(['Storing internet!!', 'Klacht over verbinding', 'alweer geen tv']),
      rng.pick(['Internet keeps dropping', 'Complaint - no service', 'Fibre outage AGAIN']),
    ),
    moving: t(
      lang,
      rng.pick(['Verhuizing', 'verhuizen abonnement', 'Adreswijziging']),
      rng.pick(['Moving house', 'Change of address', 'Relocation of my subscription']),
    ),
    cancel: t(
      lang,
      rng.pick(['Opzegging', 'Abonnement opzeggen', 'opzeggen per direct']),
      rng.pick(['Cancellation', 'Cancel my contract', 'Termination notice']),
    ),
    billing: t(
      lang,
      rng.pick(['Vraag over factuur', 'Dubbele afschrijving', 'Factuur klopt niet']),
      rng.pick(['Question about my bill', 'Charged twice', 'Invoice query']),
    ),
  };
  put(b, [
    'From: ',
    ...fromLine(c, rng),
    '\nTo: ',
    company.email(rng.chance(0.7) ? 'service' : 'support'),
    '\nDate: ',
    ...mailDate(rng, lang),
  ]);
  b.add`\nSubject: ${subjects[topic]}\n\n`;
  b.add`${t(lang, rng.pick(['Beste klantenservice,', 'Hallo,', 'Geachte heer/mevrouw,', 'Goedemiddag,']), rng.pick(['Hello,', 'Dear Mergelweb,', 'Hi there,', 'To whom it may concern,']))}\n\n`;
  const ref = () => (rng.chance(0.5) ? look.customer(rng) : look.contract(rng));
  if (topic === 'complaint') {
    const neighbour = newPerson(rng, lang);
    b.add`${t(lang, 'Sinds ', 'Since ')}${look.date(rng, lang)}${t(lang, ' valt mijn internet elke avond weg, soms een uur lang. Ik heb al gebeld (ticket ', ' my connection has dropped every evening, sometimes for an hour. I already called (ticket ')}${look.ticket(rng)}${t(lang, ') maar er is niks gebeurd. ', ') but nothing happened. ')}`;
    b.add`${t(lang, 'Mijn buurman ', 'My neighbour ')}${plant.name(neighbour, 'full')}${t(lang, ' heeft precies hetzelfde, dus het ligt echt niet aan mijn modem (serienummer ', ' has exactly the same problem, so it is not my modem (serial ')}${look.serial(rng)}).`;
    b.add`${t(lang, '\n\nIk betaal ', '\n\nI pay ')}${look.amount(rng, lang)}${t(lang, ' per maand en verwacht dat het werkt. Klantnummer: ', ' a month and expect it to work. Customer number: ')}${ref()}`;
  } else if (topic === 'moving') {
    const next = newAddress(rng, rng.chance(0.9) ? 'NL' : 'BE');
    put(b, [
      t(lang, 'Per ', 'On '),
      look.date(rng, lang),
      t(lang, ' verhuis ik van ', ' I am moving from '),
      plant.street(c.address),
      t(lang, ' in ', ' in '),
      c.address.town.name,
      t(lang, ' naar ', ' to '),
      plant.street(next),
      ', ',
      plant.postcode(next, rng),
      ` ${next.town.name}. `,
    ]);
    put(b, [
      t(lang, 'Kunnen jullie mijn abonnement (', 'Could you move my subscription ('),
      ref(),
      t(
        lang,
        ') meeverhuizen? Is er op het nieuwe adres al glasvezel? ',
        ') with me? Is fibre already available at the new address? ',
      ),
    ]);
    put(b, [
      t(lang, 'Ik ben overdag bereikbaar op ', 'You can reach me during the day on '),
      plant.phone(c, rng),
      '.',
    ]);
  } else if (topic === 'cancel') {
    put(b, [
      t(
        lang,
        'Hierbij zeg ik mijn abonnement op, contractnummer ',
        'I hereby cancel my subscription, contract number ',
      ),
      look.contract(rng),
      t(lang, ', per ', ', as of '),
      look.date(rng, lang),
      '. ',
    ]);
    put(b, [
      t(lang, 'Het tegoed van ', 'Please refund the credit of '),
      look.amount(rng, lang),
      t(lang, ' graag terugstorten op ', ' to '),
      plant.iban(c, rng),
      t(lang, ' t.n.v. ', ' in the name of '),
      plant.name(c.person, 'formal'),
      '. ',
    ]);
    if (rng.chance(0.5))
      put(b, [
        t(
          lang,
          'De modem lever ik in bij jullie winkel aan de ',
          'I will hand in the modem at your shop at ',
        ),
        company.street('shop'),
        '.',
      ]);
  } else {
    put(b, [
      t(lang, 'Op factuur ', 'Invoice '),
      look.invoice(rng),
      t(lang, ' van ', ' dated '),
      look.date(rng, lang),
      t(lang, ' staat ', ' shows '),
      look.amount(rng, lang),
      t(
        lang,
        ', maar er is twee keer afgeschreven van mijn rekening ',
        ', but it was debited twice from my account ',
      ),
    ]);
    put(b, [plant.iban(c, rng), '. ']);
    if (rng.chance(0.3))
      put(b, [
        t(lang, 'Schrijf het voortaan maar af van mijn creditcard ', 'From now on just charge my card '),
        plant.card(c, rng),
        t(lang, ', geldig tot ', ', expiry '),
        `${String(rng.int(1, 12)).padStart(2, '0')}/${rng.int(26, 30)}. `,
      ]);
    if (rng.chance(0.6))
      put(b, [
        t(lang, 'Voor de controle: mijn geboortedatum is ', 'For verification: my date of birth is '),
        plant.dob(c, lang, rng),
        t(lang, ' en het klantnummer ', ' and my customer number is '),
        look.customer(rng),
        '.',
      ]);
  }
  signOff(b, c, rng, lang);
  return b.build(id, 'email', lang);
};

/** The help desk's answer, with the customer's mail quoted under it. */
export const agentReply: Genre = (rng, lang, id) => {
  const b = new DocumentBuilder();
  const c = newProfile(rng, lang);
  const a = newAgent(rng, lang);
  const ticket = look.ticket(rng);
  put(b, [
    `From: Mergelweb ${a.team} <`,
    company.email('service'),
    '>\nTo: ',
    plant.email(c.email),
    `\nSubject: ${rng.pick(['RE: ', 'Re: ', 'Antw: '])}${t(lang, 'uw vraag', 'your question')} [`,
    ticket,
    ']\n\n',
  ]);
  const p = c.person;
  if (lang === 'nl') {
    if (rng.chance(0.5))
      put(b, [`Geachte ${p.gender === 'm' ? 'heer' : 'mevrouw'} `, plant.family(p), ',\n\n']);
    else put(b, ['Beste ', plant.given(p), ',\n\n']);
  } else if (rng.chance(0.5))
    put(b, [`Dear ${p.gender === 'm' ? 'Mr' : rng.pick(['Ms', 'Mrs'])} `, plant.family(p), ',\n\n']);
  else put(b, [rng.pick(['Hi ', 'Hello ']), plant.given(p), ',\n\n']);
  b.add`${t(lang, 'Bedankt voor uw bericht. ', 'Thank you for your message. ')}`;
  if (rng.chance(0.5)) {
    put(b, [
      t(lang, 'Wij hebben de verhuizing naar ', 'We have scheduled the move to '),
      plant.street(c.address),
      ' ',
      plant.postcode(c.address, rng),
      t(lang, ' ingepland op ', ' for '),
      look.date(rng, lang),
      t(
        lang,
        '. Een monteur belt u een dag van tevoren op ',
        '. An engineer will call you the day before on ',
      ),
      plant.phone(c, rng),
      '.',
    ]);
  } else {
    put(b, [
      t(lang, 'Het dubbel afgeschreven bedrag van ', 'The amount of '),
      look.amount(rng, lang),
      t(
        lang,
        ' storten wij binnen vijf werkdagen terug op de rekening die eindigt op ',
        ' charged twice will be refunded within five working days to the account ending in ',
      ),
      c.iban.slice(-4),
      t(lang, '. Uw creditnota heeft nummer ', '. Your credit note number is '),
      look.invoice(rng),
      '.',
    ]);
  }
  signature(b, a, rng, lang);
  b.add`\n${t(lang, 'Op ', 'On ')}${look.date(rng, lang)}${t(lang, ' schreef ', ', ')}`;
  put(b, [plant.name(p, 'full'), ' <', plant.email(c.email), t(lang, '>:\n', '> wrote:\n')]);
  put(b, [
    '> ',
    t(lang, 'Ik woon op ', 'I live at '),
    plant.street(c.address),
    t(lang, ' en mijn klantnummer is ', ' and my customer number is '),
    look.customer(rng),
    '.\n> ',
    t(lang, 'Groet, ', 'Thanks, '),
    plant.given(p),
    '\n',
  ]);
  return b.build(id, 'email', lang);
};

/** A partner shop forwarding a sign-up taken over the counter, ID copy and all. */
export const resellerMail: Genre = (rng, lang, id) => {
  const b = new DocumentBuilder();
  const c = newProfile(rng, lang, 'NL');
  const shop = organisation(rng);
  const clerk = newPerson(rng, 'nl');
  put(b, [
    'From: ',
    pii('person_name', fullName(clerk)),
    ' <',
    pii('email', workEmail(clerk, 'belbaas-geleen.nl', rng)),
    '>\nTo: ',
    company.email('partners'),
    `\nSubject: ${t(lang, 'Nieuwe aanmelding', 'New sign-up')} `,
    look.order(rng),
    '\n\n',
  ]);
  b.add`${t(lang, 'Hoi partnerdesk,\n\nHierbij een aanmelding uit de winkel, klant wil graag zo snel mogelijk aangesloten worden.', 'Hi partner desk,\n\nPlease find a sign-up from the shop below; the customer would like to be connected as soon as possible.')}\n\n`;
  put(b, [t(lang, 'Naam: ', 'Name: '), plant.name(c.person, rng.chance(0.5) ? 'upper' : 'full'), '\n']);
  put(b, [t(lang, 'Geb.datum: ', 'DOB: '), plant.dob(c, lang, rng), '\n']);
  put(b, [t(lang, 'Adres: ', 'Address: '), ...addressLines(c.address, rng, ', '), '\n']);
  put(b, [t(lang, 'Tel: ', 'Phone: '), plant.mobile(c), '\n', 'E-mail: ', plant.email(c.email), '\n']);
  put(b, ['IBAN: ', plant.iban(c, rng), '\n']);
  const kind = rng.pick(['passport', 'id'] as const);
  put(b, [
    kind === 'passport' ? t(lang, 'Paspoortnr: ', 'Passport no: ') : t(lang, 'ID-kaart nr: ', 'ID card no: '),
    plant.docNo(c, kind),
    '\n',
  ]);
  if (rng.chance(0.4))
    put(b, [
      t(
        lang,
        'BSN (stond op ID, had klant zelf opgeschreven): ',
        'BSN (from the ID, customer wrote it down): ',
      ),
      plant.bsn(c, rng),
      '\n',
    ]);
  put(b, [
    t(lang, 'Pakket: Glasvezel 1000 + TV, actieprijs ', 'Package: Fibre 1000 + TV, promo price '),
    look.amount(rng, lang),
    '\n',
    'SIM: ',
    look.iccid(rng),
    '\n\n',
  ]);
  put(b, [
    t(lang, 'Groet,\n', 'Regards,\n'),
    pii('person_name', clerk.given),
    `\n${shop.name}\n`,
    shop.contact(),
    '\n',
  ]);
  return b.build(id, 'email', lang);
};

/** A non-delivery report with the original headers, as the customer's mailbox receives it. */
export const bounceMessage: Genre = (rng, lang, id) => {
  const b = new DocumentBuilder();
  const c = newProfile(rng, lang);
  c.email = c.email.replace(/@.*/, '@mergelmail.nl');
  const friend = newPerson(rng, lang);
  const slug = (x: string) =>
    ascii(x)
      .toLowerCase()
      .replace(/[^a-z]/g, '');
  const wrong = `${slug(friend.given)}.${slug(familyName(friend, false))}@${rng.pick(['gmial.com', 'hotmial.com', 'ziggo.nl', 'kpnplanet.nl', 'outlook.be'])}`;
  put(b, [
    'From: Mail Delivery System <',
    company.email('daemon'),
    '>\nTo: ',
    plant.email(c.email),
    '\nSubject: Undelivered Mail Returned to Sender\nDate: ',
    ...mailDate(rng, lang),
    '\n\n',
  ]);
  b.add`This is the mail system at host mx2.mergelweb.net.\n\nI'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients.\n\n`;
  put(b, [
    '<',
    pii('email', wrong),
    '>: host mx.',
    wrong.split('@')[1]!,
    '[',
    decoy(
      'infrastructure_ip',
      `${rng.pick(['142.250', '52.101', '40.107', '213.75'])}.${rng.int(0, 255)}.${rng.int(1, 254)}`,
    ),
    '] said: 550 5.1.1\n    User unknown (in reply to RCPT TO command)\n\n',
  ]);
  put(b, [
    'Reporting-MTA: dns; mx2.mergelweb.net\nX-Postfix-Queue-ID: ',
    look.hash(rng),
    '\nArrival-Date: ',
    ...mailDate(rng, lang),
    '\n\nFinal-Recipient: rfc822; ',
    pii('email', wrong),
    '\nAction: failed\nStatus: 5.1.1\n\n',
  ]);
  put(b, [
    '--- original headers ---\nReceived: from [',
    plant.ip(c, rng, 0.25),
    '] (helo=',
    rng.pick(['laptop', 'DESKTOP-7KQ2M', 'iPhone']),
    ')\n\tby smtp.mergelmail.nl with ESMTPSA id ',
    look.hash(rng),
    '\n',
  ]);
  put(b, [
    'From: "',
    plant.name(c.person, 'full'),
    '" <',
    plant.email(c.email),
    '>\nTo: ',
    pii('person_name', fullName(friend)),
    ' <',
    pii('email', wrong),
    '>\nMessage-ID: ',
    look.messageId(rng, 'mergelmail.nl'),
    '\n',
  ]);
  if (rng.chance(0.6))
    put(b, [
      'User-Agent: ',
      pii(
        'user_agent',
        `Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/${rng.int(115, 128)}.${rng.int(0, 9)}.0`,
      ),
      '\n',
    ]);
  put(b, [`Subject: ${t(lang, 'verjaardag zaterdag', 'party on Saturday')}\n`]);
  return b.build(id, 'email', lang);
};
