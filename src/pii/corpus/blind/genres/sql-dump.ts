import { DocumentBuilder, type Planted, pii } from '../../builder.js';
import { streetLine } from '../addresses.js';
import { Clock, isoDate } from '../dates.js';
import { compressV6 } from '../network.js';
import { familyName } from '../people.js';
import { e164 } from '../phones.js';
import { fakes, newProfile } from '../profile.js';
import type { Genre } from './genre.js';

/**
 * Database dumps that end up in tickets and buckets: mysqldump INSERT statements with many rows per
 * statement, or a PostgreSQL COPY block with tab-separated values and \N for NULL.
 */
export const sqlDump: Genre = (rng, lang, id) => {
  const b = new DocumentBuilder();
  const clock = new Clock(rng);
  const rows = Array.from({ length: rng.int(5, 11) }, () => newProfile(rng));
  const pcOf = (c: (typeof rows)[number]) => `${c.address.pcDigits}${c.address.pcLetters}`;
  if (rng.chance(0.6)) {
    b.add`-- MySQL dump 10.13  Distrib ${fakes.version(rng)}, for Linux (x86_64)\n--\n-- Host: db-crm-ro    Database: crm\n-- ------------------------------------------------------\n\n`;
    b.add`LOCK TABLES \`customers\` WRITE;\n`;
    b.add`INSERT INTO \`customers\` (\`id\`, \`first_name\`, \`last_name\`, \`email\`, \`phone\`, \`street\`, \`postcode\`, \`city\`, \`birth_date\`, \`iban\`, \`last_ip\`, \`created_at\`) VALUES\n`;
    rows.forEach((c, i) => {
      clock.tick(rng, 100, 900000);
      const esc = (p: Planted): Planted => ({ ...p, value: p.value.replace(/'/g, "\\'") });
      const ip = rng.chance(0.8) ? pii('ip_address', c.ipv4) : pii('ip_address', compressV6(c.ipv6.groups));
      b.add`(${rng.int(1000, 99999)},'${esc(pii('person_name', c.person.given))}','${esc(pii('person_name', familyName(c.person)))}','${pii('email', c.email)}','${pii('phone', e164(c.mobile))}','${esc(pii('postal_address', streetLine(c.address)))}','${pii('postcode', pcOf(c))}','${c.address.city.name.replace(/'/g, "\\'")}',`;
      if (rng.chance(0.85)) b.add`'${pii('date_of_birth', isoDate(c.dob))}'`;
      else b.put('NULL');
      b.add`,'${pii('iban', c.iban)}','${ip}','${fakes.timestamp(clock.sql())}')${i === rows.length - 1 ? ';' : ','}\n`;
    });
    b.add`UNLOCK TABLES;\n`;
  } else {
    b.add`--\n-- Data for Name: orders; Type: TABLE DATA; Schema: public; Owner: shop\n--\n\n`;
    b.add`COPY public.orders (id, order_no, customer_name, email, delivery_street, delivery_postcode, phone, card_number, user_agent, placed_at) FROM stdin;\n`;
    for (const c of rows) {
      clock.tick(rng, 100, 90000);
      b.add`${rng.int(100000, 999999)}\t${fakes.order(rng)}\t${pii('person_name', `${c.person.given} ${familyName(c.person)}`)}\t${pii('email', c.email)}\t${pii('postal_address', streetLine(c.address))}\t${pii('postcode', pcOf(c))}\t`;
      if (rng.chance(0.7)) b.put(pii('phone', e164(c.mobile)));
      else b.put('\\N');
      b.put('\t');
      if (rng.chance(0.3)) b.put(pii('credit_card', c.card.number));
      else b.put('\\N');
      b.add`\t${pii('user_agent', c.ua)}\t${fakes.timestamp(`${clock.sql()}+01`)}\n`;
    }
    b.add`\\.\n`;
  }
  return b.build(id, 'csv', lang);
};
