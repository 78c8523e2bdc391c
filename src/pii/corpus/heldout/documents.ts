import { type CorpusDocument, DocumentBuilder, decoy, pii } from '../builder.js';
import type { Prng } from '../prng.js';
import type { Language } from '../values/dates.js';
import { bodyFragments, elevenProofReference, eventDate, fragmentWeights, ipAddress } from './fragments.js';
import { type Customer, customer } from './household.js';
import { amount, geo, hash, ipv4, ipv6, isoTimestamp, userAgent, version, writeDay } from './identifiers.js';
import { familyName, fullName, initialsName, person, registerName } from './people.js';

const name = (v: string) => pii('person_name', v);

function body(b: DocumentBuilder, rng: Prng, lang: Language, c: Customer, count: number): void {
  const weighted = bodyFragments.map((f, i) => [f, fragmentWeights[i]!] as const);
  for (let i = 0; i < count; i++) rng.weighted(weighted)(b, rng, lang, c);
}

/** A helpdesk ticket as an agent types it: case header, timestamped notes, agent initials. */
export function helpdeskTicket(rng: Prng, lang: Language, id: string): CorpusDocument {
  const b = new DocumentBuilder();
  const c = customer(rng);
  const agent = person(rng);
  const subject =
    lang === 'nl'
      ? rng.pick([
          'Storing internet',
          'Vraag over factuur',
          'Verhuizing',
          'Opzegging',
          'Klacht monteur',
          'Nummerbehoud',
        ])
      : rng.pick(['Internet outage', 'Billing question', 'Moving house', 'Cancellation', 'Complaint']);
  b.add`${lang === 'nl' ? 'Zaak' : 'Case'} ${elevenProofReference(rng, 'ticket_id')} | ${subject} | ${decoy('timestamp', isoTimestamp(rng))}\n`;
  const listed = rng.pick([registerName, fullName, initialsName])(c.who);
  b.add`${lang === 'nl' ? 'Klant' : 'Customer'}: ${name(listed)}\n\n`;
  const notes = rng.int(2, 5);
  for (let i = 0; i < notes; i++) {
    b.add`[${decoy('timestamp', `${String(rng.int(8, 21)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}`)}] `;
    body(b, rng, lang, c, 1);
  }
  const signed = rng.pick([
    `${agent.given} ${agent.surname[0]}.`,
    agent.given,
    fullName(agent),
    initialsName(agent),
  ]);
  b.add`\n${lang === 'nl' ? 'Behandeld door' : 'Handled by'} ${name(signed)}\n`;
  return b.build(id, 'ticket', lang);
}

/** A customer's e-mail with mail headers, a quoted earlier message and a signature. */
export function customerMail(rng: Prng, lang: Language, id: string): CorpusDocument {
  const b = new DocumentBuilder();
  const c = customer(rng);
  const agent = person(rng);
  b.add`From: "${name(fullName(c.who))}" <${pii('email', c.email)}>\n`;
  b.add`Date: ${decoy('timestamp', `${rng.pick(['Mon', 'Tue', 'Wed', 'Thu', 'Fri'])}, ${rng.int(1, 28)} ${rng.pick(['Jan', 'Mar', 'May', 'Sep', 'Nov'])} 2024 ${String(rng.int(7, 22)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')} +0${rng.int(1, 2)}00`)}\n`;
  b.add`Subject: ${lang === 'nl' ? 'Re: uw vraag' : 'Re: your request'} [${elevenProofReference(rng, 'ticket_id')}]\n`;
  // A Message-ID has the shape of an address but names a message, not a mailbox.
  b.add`Message-ID: <${decoy('message_id', `${hash(rng)}@mail.example.net`)}>\n\n`;
  const h = c.who.female
    ? lang === 'nl'
      ? 'Geachte heer/mevrouw'
      : 'Dear Sir or Madam'
    : lang === 'nl'
      ? 'Hallo'
      : 'Hi';
  b.add`${h},\n\n`;
  body(b, rng, lang, c, rng.int(2, 4));
  b.add`\n${lang === 'nl' ? 'Met vriendelijke groet' : 'Kind regards'},\n${name(rng.chance(0.5) ? fullName(c.who) : initialsName(c.who))}\n`;
  if (rng.chance(0.6))
    b.add`${pii('postal_address', c.home.line)}\n${pii('postcode', c.home.postcode)} ${c.home.city}\n`;
  if (rng.chance(0.6)) b.add`${rng.pick(['M', 'Tel', 'T:', 'Mob.'])} ${pii('phone', c.phone)}\n`;
  b.add`\n${lang === 'nl' ? 'Verstuurd vanaf mijn iPhone' : 'Sent from my iPhone'}\n\n`;
  const when = eventDate(rng, lang);
  b.add`${lang === 'nl' ? 'Op' : 'On'} ${when}${lang === 'nl' ? ' schreef' : ','} ${name(fullName(agent))} ${lang === 'nl' ? 'namens Klantenservice' : 'from Customer Care wrote'}:\n`;
  b.add`> ${lang === 'nl' ? 'Wij hebben uw melding ontvangen onder nummer' : 'We received your report under number'} ${elevenProofReference(rng, 'ticket_id')}.\n`;
  b.add`> ${lang === 'nl' ? 'Openstaand bedrag' : 'Amount due'}: ${decoy('amount', amount(rng))}\n`;
  return b.build(id, 'email', lang);
}

function month3(rng: Prng): string {
  return rng.pick(['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']);
}

/** Application, RADIUS and proxy log lines of a telecom's systems. */
export function systemLog(rng: Prng, lang: Language, id: string): CorpusDocument {
  const b = new DocumentBuilder();
  const lines = rng.int(6, 14);
  for (let i = 0; i < lines; i++) {
    const c = customer(rng);
    const ts = decoy('timestamp', isoTimestamp(rng));
    const msisdn = `316${rng.int(1, 5)}${rng.digits(7)}`;
    rng.weighted<() => void>([
      [
        () =>
          b.add`{"ts":"${ts}","level":"info","svc":"selfcare-api","event":"login_ok","user":"${pii('email', c.email)}","client_ip":"${pii('ip_address', ipAddress(rng))}","ua":"${pii('user_agent', userAgent(rng))}","app_version":"${decoy('version', version(rng))}"}\n`,
        3,
      ],
      [
        () =>
          b.add`${month3(rng)} ${String(rng.int(1, 28)).padStart(2, ' ')} ${String(rng.int(0, 23)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')} radius02 radiusd[${rng.int(900, 32000)}]: Login OK: [${pii('phone', msisdn)}] (from client bng-ams-0${rng.int(1, 4)} port ${rng.int(0, 64)} cli ${pii('ip_address', ipv6(rng))})\n`,
        2,
      ],
      [
        () =>
          b.add`${ts} WARN  c.t.billing.MandateService - mandate rejected iban=${pii('iban', c.iban)} holder="${name(initialsName(c.who))}" amount="${decoy('amount', amount(rng))}" req=${decoy('hash', hash(rng))}\n`,
        2,
      ],
      [
        () =>
          b.add`${ts} INFO  geo-fix sub=${pii('phone', `+${msisdn}`)} pos=${pii('geo_coordinates', geo(rng))} acc=${rng.int(5, 90)}m cell=${rng.int(10000, 99999)}\n`,
        1,
      ],
      [
        () =>
          b.add`${pii('ip_address', ipAddress(rng))} - - [${decoy('timestamp', `${String(rng.int(1, 28)).padStart(2, '0')}/${month3(rng)}/2024:${String(rng.int(0, 23)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')} +0100`)}] "POST /api/v2/contracts/${elevenProofReference(rng, 'order_number')}/sign HTTP/2.0" 200 ${rng.int(200, 9000)} "-" "${pii('user_agent', userAgent(rng))}"\n`,
        2,
      ],
      [
        () =>
          b.add`${ts} DEBUG order-svc shipping order=${elevenProofReference(rng, 'order_number')} to="${pii('postal_address', c.home.line)}, ${pii('postcode', c.home.postcode)} ${c.home.city}" carrier=postnl barcode=${decoy('tracking_code', trackingFor(rng))}\n`,
        1,
      ],
      [
        () =>
          b.add`${ts} INFO  health build=${decoy('version', version(rng))} commit=${decoy('hash', hash(rng))} upstream=${pii('ip_address', ipv4(rng))}:8443\n`,
        1,
      ],
    ])();
  }
  return b.build(id, 'log', lang);
}

function trackingFor(rng: Prng): string {
  return `3S${rng.chars(4, 'ABCDEFGHJKLMNPRSTUVWXYZ')}${rng.digits(9, true)}`;
}

function csvCell(value: string, sep: string): string {
  return value.includes(sep) || value.includes('"') ? `"${value.replace(/"/g, '""')}"` : value;
}

/** An export from a CRM or a spreadsheet a team keeps: Dutch headers with ';', English with ','. */
export function crmExport(rng: Prng, lang: Language, id: string): CorpusDocument {
  const b = new DocumentBuilder();
  const sep = lang === 'nl' ? ';' : ',';
  const rows = rng.int(4, 10);
  type Col = { head: string; cell: (c: Customer) => string | ReturnType<typeof pii> };
  const cols: Col[] =
    lang === 'nl'
      ? [
          { head: 'klantnr', cell: () => decoy('customer_number', `K${rng.digits(7, true)}`) },
          ...(rng.chance(0.5)
            ? [{ head: 'naam', cell: (c: Customer) => name(registerName(c.who)) }]
            : [
                { head: 'voornaam', cell: (c: Customer) => name(c.who.given) },
                { head: 'achternaam', cell: (c: Customer) => name(familyName(c.who)) },
              ]),
          { head: 'adres', cell: (c) => pii('postal_address', c.home.line) },
          { head: 'pc', cell: (c) => pii('postcode', c.home.postcode) },
          { head: 'woonplaats', cell: (c) => c.home.city },
          { head: 'mobiel', cell: (c) => pii('phone', c.phone) },
          { head: 'geb_datum', cell: (c) => pii('date_of_birth', writeDay(rng, c.birth, 'nl')) },
          { head: 'rekening', cell: (c) => pii('iban', c.iban) },
          { head: 'ingangsdatum', cell: () => eventDate(rng, 'nl') },
          { head: 'maandbedrag', cell: () => decoy('amount', amount(rng)) },
        ]
      : [
          { head: 'account_id', cell: () => decoy('customer_number', rng.digits(8, true)) },
          { head: 'full_name', cell: (c) => name(fullName(c.who)) },
          { head: 'email', cell: (c) => pii('email', c.email) },
          { head: 'dob', cell: (c) => pii('date_of_birth', writeDay(rng, c.birth, 'en')) },
          { head: 'signup_ip', cell: () => pii('ip_address', ipAddress(rng)) },
          { head: 'created_at', cell: () => decoy('timestamp', isoTimestamp(rng)) },
          { head: 'balance', cell: () => decoy('amount', amount(rng)) },
        ];
  b.add`${cols.map((c) => c.head).join(sep)}\n`;
  for (let r = 0; r < rows; r++) {
    const c = customer(rng);
    cols.forEach((col, i) => {
      if (i > 0) b.put(sep);
      const v = col.cell(c);
      if (typeof v === 'string') b.put(csvCell(v, sep));
      else if (v.value.includes(sep) || v.value.includes('"')) b.put('"').put(v).put('"');
      else b.put(v);
    });
    b.put('\n');
  }
  return b.build(id, 'csv', lang);
}
