import { DocumentBuilder, type Planted, pii } from '../../builder.js';
import { Clock } from '../dates.js';
import { e164 } from '../phones.js';
import { fakes, newProfile, type Profile, plant, t } from '../profile.js';
import type { Genre } from './genre.js';

/**
 * The SMS gateway's message log and the push-notification queue: recipient numbers in E.164 or with
 * 00, message texts that greet the customer by name and repeat appointment addresses.
 */
export const smsLog: Genre = (rng, lang, id) => {
  const b = new DocumentBuilder();
  const clock = new Clock(rng);
  const sep = rng.pick([';', '\t', ' | ']);
  const withHeader = rng.chance(0.5);
  if (withHeader) b.put(`${['timestamp', 'dir', 'msisdn', 'sender', 'status', 'text'].join(sep)}\n`);
  const rows = rng.int(8, 16);
  const people: Profile[] = Array.from({ length: rng.int(3, 6) }, () => newProfile(rng));
  for (let i = 0; i < rows; i++) {
    clock.tick(rng, 0, 40);
    const c = rng.pick(people);
    const msisdn: Planted = pii(
      'phone',
      rng.chance(0.7) ? e164(c.mobile) : e164(c.mobile).replace('+', '00'),
    );
    const mo = rng.chance(0.15);
    b.add`${fakes.timestamp(clock.sql() + (rng.chance(0.5) ? `.${rng.digits(3)}` : ''))}${sep}${mo ? 'MO' : 'MT'}${sep}${msisdn}${sep}${mo ? '3669' : 'Polderlink'}${sep}${rng.pick(['DELIVERED', 'DELIVERED', 'ACCEPTED', 'EXPIRED', 'UNDELIV'])}${sep}"`;
    if (mo) b.put(rng.pick(['STOP', 'JA', 'INFO', 'stop']));
    else {
      const kind = rng.int(0, 4);
      if (kind === 0)
        b.add`${t(lang, 'Je verificatiecode is', 'Your verification code is')} ${fakes.code(rng)}. ${t(lang, 'Deel deze code met niemand.', 'Do not share this code.')}`;
      else if (kind === 1)
        b.add`${t(lang, 'Hoi', 'Hi')} ${plant.name(c.person, rng, 'given')}, ${t(lang, 'de monteur komt morgen tussen 8 en 12 naar', 'the engineer visits tomorrow between 8 and 12 at')} ${plant.street(c.address, rng)}. ${t(lang, 'Verzetten?', 'Reschedule?')} https://pl.nk/${rng.chars(6, 'abcdefghkmnpqrstuvwxyz23456789')}`;
      else if (kind === 2)
        b.add`${t(lang, 'Beste', 'Dear')} ${plant.name(c.person, rng, 'initials')}, ${t(lang, 'je factuur van', 'your invoice of')} ${fakes.amount(rng, lang)} ${t(lang, 'wordt rond de 25e afgeschreven van', 'will be collected around the 25th from')} ${plant.iban(c.iban, rng)}.`;
      else if (kind === 3)
        b.add`${t(lang, 'Je bundel is voor 80% verbruikt (', 'You have used 80% of your bundle (')}${fakes.volume(rng)}). ${t(lang, 'Extra bundel? Sms EXTRA naar 3669.', 'More data? Text EXTRA to 3669.')}`;
      else
        b.add`${t(lang, 'Je nummer', 'Your number')} ${plant.phone(c.mobile, rng)} ${t(lang, 'wordt op', 'will be ported on')} ${fakes.date(clock.plusDays(3), lang, rng)}${t(lang, ' overgezet', '')}. ${t(lang, 'Niet aangevraagd? Bel direct.', 'Not you? Call us now.')}`;
    }
    b.put('"\n');
  }
  if (rng.chance(0.5)) {
    b.put('\n# push queue\n');
    for (let i = rng.int(2, 4); i > 0; i--) {
      const c = rng.pick(people);
      b.add`{"user":"${fakes.customer(rng)}","email":"${plant.email(c.email)}","title":"${t(lang, 'Nieuwe factuur', 'New invoice')}","body":"${t(lang, 'Hoi', 'Hi')} ${plant.name(c.person, rng, 'given')}, ${t(lang, 'je factuur staat klaar', 'your invoice is ready')}","ip":"${plant.ip(c.ipv4)}"}\n`;
    }
  }
  return b.build(id, 'log', lang);
};
