import { Clock, formatDate } from '../../blind/dates.js';
import type { Genre } from '../../blind/genres/genre.js';
import { formatPhone } from '../../blind/phones.js';
import { DocumentBuilder, pii } from '../../builder.js';
import { fake } from '../decoys.js';
import { fullName } from '../people.js';
import { streetLine, writtenPostcode } from '../places.js';
import { newProfile, plant } from '../profile.js';
import { t } from './common.js';

/**
 * Voicemail turned into text by a speech recogniser: lower case, hardly any punctuation, fillers,
 * numbers as digit groups the way they were spoken, names as heard.
 */
export const voicemail: Genre = (rng, lang, id) => {
  const b = new DocumentBuilder();
  const clock = new Clock(rng);
  const n = rng.int(2, 5);
  b.add`${t(lang, 'Voicemail-transcripties', 'Voicemail transcripts')} — ${t(lang, 'wachtrij', 'queue')} ${rng.pick(['storingen', 'zakelijk', 'verhuizingen', 'billing'])}\n\n`;
  for (let i = 0; i < n; i++) {
    const c = newProfile(rng, lang);
    clock.tick(rng, 300, 20_000);
    const caller = c.mobile;
    b.add`[${fake.timestamp(clock.sql())}] ${t(lang, 'van', 'from')} ${plant.e164(caller)} ${t(lang, 'duur', 'duration')} 0:${String(rng.int(12, 59)).padStart(2, '0')} ${t(lang, 'betrouwbaarheid', 'confidence')} 0.${rng.int(61, 97)}\n`;
    const name = pii('person_name', fullName(c.person).toLowerCase());
    const phone = pii('phone', formatPhone(rng.chance(0.5) ? c.mobile : c.landline, rng));
    const street = pii('postal_address', streetLine(c.address, rng).toLowerCase());
    const postcode = pii('postcode', writtenPostcode(c.address, rng).toLowerCase());
    const script = rng.int(0, 2);
    if (lang === 'nl') {
      if (script === 0) {
        b.add`"ja goeiemiddag u spreekt met ${name} eh ik bel over mijn internet want die doet het al sinds ${fake.date(clock.plusDays(-2), lang, rng)} niet `;
        b.add`ik woon op de ${street} ${postcode} eh mijn klantnummer is ${fake.customer(rng)} `;
        if (rng.chance(0.4))
          b.add`mijn geboortedatum is ${pii('date_of_birth', formatDate(c.dob, lang, rng))} als u dat nodig heeft `;
        b.add`wilt u mij terugbellen op ${phone} dank u wel doei"

`;
      } else if (script === 1) {
        b.add`"hallo met ${name} ik heb een vraag over de factuur van ${fake.amount(rng, lang)} dat klopt volgens mij niet want ik heb in ${fake.date(clock.plusDays(-20), lang, rng)} al opgezegd `;
        if (rng.chance(0.5)) b.add`en het geld moet terug naar ${pii('iban', c.iban.toLowerCase())} `;
        b.add`u kunt me bellen op ${phone} of ik bel zelf nog wel terug fijne dag"

`;
      } else {
        b.add`"goeiemorgen eh ja dit is ${name} van ${street} in ${c.address.town.name.toLowerCase()} de monteur zou vandaag komen maar er is nog niemand geweest `;
        if (rng.chance(0.4))
          b.add`mijn auto staat voor de deur de ${pii('licence_plate', c.plate.toLowerCase())} dus hij kan er gewoon achter parkeren `;
        b.add`bel even op ${phone} ok dank je"

`;
      }
    } else {
      if (script === 0) {
        b.add`"hi yeah this is ${name} um calling about my broadband it has been down since ${fake.date(clock.plusDays(-2), lang, rng)} `;
        b.add`i'm at ${street} ${postcode} my account number is ${fake.customer(rng)} `;
        if (rng.chance(0.4))
          b.add`date of birth ${pii('date_of_birth', formatDate(c.dob, lang, rng))} for security `;
        if (rng.chance(0.3)) b.add`or email me at ${plant.email(c.email.toLowerCase())} `;
        b.add`could you call me back on ${phone} thanks bye"

`;
      } else if (script === 1) {
        b.add`"hello it's ${name} i want to pay the outstanding ${fake.amount(rng, lang)} by card the number is ${pii('credit_card', c.card.number)} expiry ${String(rng.int(1, 12)).padStart(2, '0')} ${rng.int(26, 30)} `;
        b.add`please ring me on ${phone} if that does not work cheers"

`;
      } else {
        b.add`"morning this is ${name} at ${street} the engineer was supposed to come today between eight and ten and nobody showed up `;
        b.add`my reference is ${fake.order(rng)} call me on ${phone} please"

`;
      }
    }
  }
  return b.build(id, 'ticket', lang);
};
