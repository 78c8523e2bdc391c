import {
  contactPersonFacts,
  contractFacts,
  customerFacts,
  type DemoWorld,
  e164,
  homeIpSalts,
  ibanSql,
  invoiceFacts,
  ipSql,
  national,
  otherIpSalts,
  primaryContactId,
  type RowScope,
  S,
  spacedIbanSql,
} from './facts.js';
import {
  consentSources,
  contactRoles,
  pages,
  paymentMethods,
  products,
  ticketSubjects,
  userAgents,
} from './lexicon.js';
import { DrawSet, type RowRandom, type Series } from './random.js';

/**
 * One `INSERT … SELECT` per table for the customers `from…to`: the database generates the rows
 * itself from number series, so nothing crosses the connection but the statement. A chunk's
 * statements read no other table, so chunks can run in any order and any number of times.
 */

const DAY = 86_400;
const TWO_YEARS = 730 * DAY;

export interface ChunkStatement {
  table: string;
  sql: string;
}

type Vars = Record<string, string>;

/**
 * `insert into table (columns) select values from (series × draws) where conditions`. `build` writes
 * the values and the conditions (all must hold) with `v.<series>` for the series values and `s.draws`
 * for random numbers.
 */
function statement(
  w: DemoWorld,
  table: string,
  columns: string,
  series: readonly Series[],
  build: (s: RowScope, v: Vars) => { values: string; where?: string[] },
): string {
  const v: Vars = Object.fromEntries(series.map(([name]) => [name, DrawSet.outer(name)]));
  const draws = new DrawSet(w.d, w.seed, series);
  const { values, where = [] } = build({ ...w, draws }, v);
  const { from, remaining } = draws.from(where, values);
  return `insert into ${table} (${columns})
  select ${values}
  from ${from}${remaining.length > 0 ? `\n  where ${remaining.map((c) => `(${c})`).join(' and ')}` : ''}`;
}

/** The statements that fill every per-customer table for customers `from…to`, parents first. */
export function chunkStatements(w: DemoWorld, from: number, to: number): ChunkStatement[] {
  return [
    { table: 'customers', sql: customers(w, from, to) },
    { table: 'contacts', sql: contacts(w, from, to) },
    { table: 'contracts', sql: contracts(w, from, to) },
    { table: 'invoices', sql: invoices(w, from, to) },
    { table: 'payments', sql: payments(w, from, to) },
    { table: 'support_tickets', sql: tickets(w, from, to) },
    { table: 'support_messages', sql: messages(w, from, to) },
    { table: 'call_records', sql: callRecords(w, from, to) },
    { table: 'location_records', sql: locationRecords(w, from, to) },
    { table: 'web_sessions', sql: webSessions(w, from, to) },
    { table: 'marketing_preferences', sql: marketingPreferences(w, from, to) },
  ];
}

function customers(w: DemoWorld, from: number, to: number): string {
  return statement(
    w,
    'customers',
    `id, customer_number, kind, company_name, first_name, last_name, email,
    street, house_number, postcode, city, date_of_birth, created_at, closed_at`,
    [['c', from, to]],
    (s, v) => {
      const f = customerFacts(s, v.c!);
      return {
        values: `${v.c}, ${f.customerNumber}, case when ${f.business} then 'business' else 'consumer' end,
    case when ${f.business} then ${f.company} end, ${f.given}, ${f.surname}, ${f.email},
    ${f.street}, ${f.houseNumber}, ${f.postcode}, ${f.city}, ${f.birthDate}, ${f.createdAt}, ${f.closedAt}`,
      };
    },
  );
}

/**
 * Slot 1 is the customer as their own contact (consumers) or the contact person (businesses); slot
 * 2, a billing contact, exists for 30%; slot 3, a technical contact, for half of the businesses.
 */
function contacts(w: DemoWorld, from: number, to: number): string {
  return statement(
    w,
    'contacts',
    'id, customer_id, role, name, email, phone, created_at',
    [
      ['c', from, to],
      ['k', 1, 3],
    ],
    (s, v) => {
      const f = customerFacts(s, v.c!);
      const id = `(${v.c} * 4 + ${v.k})`;
      const rc = s.draws.rng(v.c!);
      const o = contactPersonFacts(s, id);
      return {
        values: `${id}, ${v.c}, ${s.d.pick(contactRoles, `${v.k} - 1`)},
    case when ${v.k} = 1 then ${f.fullName} else ${o.fullName} end,
    case when ${v.k} = 1 then ${f.email} else ${o.email} end,
    ${e164(s, id)}, ${f.createdAt}`,
        where: [
          `${v.k} = 1 or (${v.k} = 2 and ${rc.chance(S.secondContact, 30)})
    or (${v.k} = 3 and ${f.business} and ${rc.chance(S.thirdContact, 50)})`,
        ],
      };
    },
  );
}

function contracts(w: DemoWorld, from: number, to: number): string {
  return statement(
    w,
    'contracts',
    'id, customer_id, product, monthly_fee, started_at, ended_at',
    [
      ['c', from, to],
      ['k', 1, 2],
    ],
    (s, v) => {
      const f = customerFacts(s, v.c!);
      const k = contractFacts(s, v.c!, v.k!);
      const codes = products.map(([code]) => code);
      return {
        values: `${k.id}, ${v.c}, ${s.d.pick(codes, k.productIndex)}, ${k.feeCents} / 100.0,
    ${s.d.daysBefore(s.now, k.startAgo)}, case when ${k.ended} then ${s.d.daysBefore(s.now, k.endAgo)} end`,
        where: [`${v.k} <= ${f.nContracts}`],
      };
    },
  );
}

/** Invoice slots: customer c, contract slot k, quarter j counting back from the last invoice. */
const invoiceSeries = (from: number, to: number): Series[] => [
  ['c', from, to],
  ['k', 1, 2],
  ['j', 1, 6],
];

function invoices(w: DemoWorld, from: number, to: number): string {
  return statement(
    w,
    'invoices',
    'id, invoice_number, customer_id, contract_id, billing_name, billing_address, issued_at, due_at, amount',
    invoiceSeries(from, to),
    (s, v) => {
      const f = customerFacts(s, v.c!);
      const k = contractFacts(s, v.c!, v.k!);
      const inv = invoiceFacts(s, k, v.j!);
      const issued = s.d.daysBefore(s.now, inv.issuedAgo);
      // The customer's name and address once per customer, not once per invoice.
      const [name, address] = [s.draws.derive(f.billingName), s.draws.derive(f.address)];
      return {
        values: `${inv.id}, concat('CA-F', ${s.d.zeroPad(inv.id, 10)}), ${v.c}, ${k.id}, ${name}, ${address},
    ${issued}, ${s.d.daysAfter(issued, '14')}, ${inv.amountCents} / 100.0`,
        where: [`${v.k} <= ${f.nContracts}`, inv.exists],
      };
    },
  );
}

/** 90% of invoices are paid, 2 to 21 days after they were issued (none in the future). */
function payments(w: DemoWorld, from: number, to: number): string {
  return statement(
    w,
    'payments',
    'id, invoice_id, paid_at, amount, method, iban, account_holder',
    invoiceSeries(from, to),
    (s, v) => {
      const f = customerFacts(s, v.c!);
      const k = contractFacts(s, v.c!, v.k!);
      const inv = invoiceFacts(s, k, v.j!);
      const r = s.draws.rng(inv.id);
      const delay = `(2 + ${r.int(S.payDelay, 20)})`;
      const method = r.pick(S.method, paymentMethods);
      const paidAgo = `(${inv.issuedAgo} - ${delay}) * ${DAY} - ${r.int(S.payTime, DAY)}`;
      const [iban, otherIban] = [s.draws.derive(ibanSql(s, v.c!, 1)), s.draws.derive(ibanSql(s, v.c!, 2))];
      return {
        values: `${inv.id}, ${inv.id}, ${s.d.secondsBefore(s.now, paidAgo)}, ${inv.amountCents} / 100.0, ${method},
    case when ${method} = 'transfer' then ${otherIban} else ${iban} end, ${s.draws.derive(f.billingName)}`,
        where: [
          `${v.k} <= ${f.nContracts}`,
          inv.exists,
          `${r.int(S.paid, 10)} <> 0`,
          `${inv.issuedAgo} - ${delay} >= 1`,
        ],
      };
    },
  );
}

function ticketFacts(s: RowScope, v: Vars) {
  const id = `(${v.c} * 4 + ${v.k})`;
  const r = s.draws.rng(id);
  const openedAgo = `(1 + ${r.int(S.ticketAgo, 1095)})`;
  return {
    id,
    r,
    /** Slot 1 holds a ticket for half of the customers, slot 2 for a fifth. */
    exists: `${r.int(S.ticket, 100)} < case when ${v.k} = 1 then 50 else 20 end`,
    topic: r.int(S.topic, ticketSubjects.length),
    openedAgo,
    open: `(${openedAgo} < 30 and ${r.int(S.ticketOpen, 10)} < 4)`,
    closedAgo: `greatest(${openedAgo} - 1 - ${r.int(S.ticketClose, 20)}, 0)`,
  };
}

function tickets(w: DemoWorld, from: number, to: number): string {
  return statement(
    w,
    'support_tickets',
    'id, customer_id, subject, status, opened_at, closed_at',
    [
      ['c', from, to],
      ['k', 1, 2],
    ],
    (s, v) => {
      const t = ticketFacts(s, v);
      return {
        values: `${t.id}, ${v.c}, ${s.d.pick(ticketSubjects, t.topic)},
    case when ${t.open} then 'open' else 'closed' end,
    ${s.d.secondsBefore(s.now, `${t.openedAgo} * ${DAY}`)},
    case when ${t.open} then null else ${s.d.secondsBefore(s.now, `${t.closedAgo} * ${DAY}`)} end`,
        where: [t.exists],
      };
    },
  );
}

/**
 * One to three messages per ticket, customer and agent in turn. The customer writes the way people
 * do: name, phone number, new address, sometimes the IBAN, in running text.
 */
function messages(w: DemoWorld, from: number, to: number): string {
  return statement(
    w,
    'support_messages',
    'id, ticket_id, sender, body, sent_at',
    [
      ['c', from, to],
      ['k', 1, 2],
      ['m', 1, 3],
    ],
    (s, v) => {
      const f = customerFacts(s, v.c!);
      const t = ticketFacts(s, v);
      const id = `(${t.id} * 4 + ${v.m})`;
      const rm = s.draws.rng(id);
      const phone = national(s, primaryContactId(v.c!));
      const iban = spacedIbanSql(ibanSql(s, v.c!, 1));
      const first = `case ${t.topic}
      when 0 then concat('Goedemiddag, mijn naam is ', ${f.fullName}, '. Sinds gisteren werkt mijn internet niet meer. U kunt mij bellen op ', ${phone}, '.')
      when 1 then concat('Hallo, ik ben verhuisd naar ', ${f.address}, '. Willen jullie mijn adres aanpassen? Groet, ', ${f.fullName})
      when 2 then concat('Er is deze maand twee keer afgeschreven van mijn rekening ', ${iban}, '. Graag het bedrag terugstorten. Met vriendelijke groet, ', ${f.fullName})
      when 3 then concat('Beste CloudAware, mijn e-mailadres is nu ', ${f.email}, '. Mijn klantnummer is ', ${f.customerNumber}, '.')
      else concat('Ik heb al drie dagen geen bereik in ', ${f.city}, ' op ', ${phone}, '. Kunnen jullie dit oplossen? ', ${f.given})
    end`;
      const agent = `case ${rm.int(S.agentTemplate, 3)}
      when 0 then concat('Beste ', ${f.given}, ', bedankt voor uw bericht. We zoeken het uit en nemen binnen twee werkdagen contact met u op.')
      when 1 then concat('Beste ', ${f.given}, ', we hebben uw gegevens aangepast. Klopt het dat ', ${phone}, ' nog uw nummer is?')
      else concat('Geachte heer/mevrouw ', ${f.surname}, ', het is opgelost. Met vriendelijke groet, klantenservice CloudAware')
    end`;
      const followUp = `concat('Ik heb nog steeds geen oplossing. Bel mij alstublieft terug op ', ${phone}, '. ', ${f.fullName})`;
      const sentAgo = `greatest(${t.openedAgo} * ${DAY} - (${v.m} - 1) * ${DAY} - ${rm.int(S.messageDelay, DAY)}, 0)`;
      return {
        values: `${id}, ${t.id}, case when ${v.m} = 2 then 'agent' else 'customer' end,
    case when ${v.m} = 1 then ${first} when ${v.m} = 2 then ${agent} else ${followUp} end,
    ${s.d.secondsBefore(s.now, sentAgo)}`,
        where: [t.exists, `${v.m} <= 1 + ${t.r.int(S.messages, 3)}`],
      };
    },
  );
}

/** A cell of the mobile network: MCC-MNC-LAC-CI. */
function cellId(r: RowRandom, salts: { lac: number; cell: number }): string {
  return `concat('204-16-', 1000 + ${r.int(salts.lac, 9000)}, '-', ${r.int(salts.cell, 65535)})`;
}

/** Zero to eight calls per subscriber over the last two years: about half older than the one-year limit. */
function callRecords(w: DemoWorld, from: number, to: number): string {
  return statement(
    w,
    'call_records',
    'id, msisdn, other_party, direction, started_at, duration_s, cell_id',
    [
      ['c', from, to],
      ['k', 1, 8],
    ],
    (s, v) => {
      const id = `(${v.c} * 16 + ${v.k})`;
      const rc = s.draws.rng(v.c!);
      const r = s.draws.rng(id);
      // Most calls are with other CloudAware subscribers, so one person's number is in others' records.
      const otherCustomer = `(1 + ${r.int(S.otherCustomer, s.customers)})`;
      const areaCodes = ['10', '20', '30', '40', '70', '50', '24', '58'];
      const landline = `concat('+31', ${r.pick(S.areaCode, areaCodes)}, 1000000 + ${r.int(S.landline, 9000000)})`;
      return {
        values: `${id}, ${e164(s, primaryContactId(v.c!))},
    case when ${r.int(S.otherKind, 10)} < 6 then ${e164(s, primaryContactId(otherCustomer))} else ${landline} end,
    ${r.pick(S.direction, ['out', 'in'])}, ${s.d.secondsBefore(s.now, r.int(S.callAgo, TWO_YEARS))},
    ${r.int(S.duration, 1800)}, ${cellId(r, { lac: S.lac, cell: S.cell })}`,
        where: [`${v.k} <= ${rc.int(S.nCalls, 9)}`],
      };
    },
  );
}

function locationRecords(w: DemoWorld, from: number, to: number): string {
  return statement(
    w,
    'location_records',
    'id, msisdn, recorded_at, cell_id, latitude, longitude, accuracy_m',
    [
      ['c', from, to],
      ['k', 1, 4],
    ],
    (s, v) => {
      const id = `(${v.c} * 8 + ${v.k})`;
      const rc = s.draws.rng(v.c!);
      const r = s.draws.rng(id);
      return {
        values: `${id}, ${e164(s, primaryContactId(v.c!))}, ${s.d.secondsBefore(s.now, r.int(S.locationAgo, TWO_YEARS))},
    ${cellId(r, { lac: S.locationLac, cell: S.locationCell })},
    50.75 + ${r.int(S.latitude, 280000)} / 100000.0, 3.36 + ${r.int(S.longitude, 386000)} / 100000.0,
    10 + ${r.int(S.accuracy, 4990)}`,
        where: [`${v.k} <= ${rc.int(S.nLocations, 5)}`],
      };
    },
  );
}

/**
 * Slots 1–3 are a customer's logged-in sessions (mostly from home, the address their log lines show
 * too); slot 0 is an anonymous visit, with no customer id.
 */
function webSessions(w: DemoWorld, from: number, to: number): string {
  return statement(
    w,
    'web_sessions',
    'id, customer_id, ip_address, user_agent, started_at, last_seen_at, page_views',
    [
      ['c', from, to],
      ['k', 0, 3],
    ],
    (s, v) => {
      const id = `(${v.c} * 4 + ${v.k})`;
      const rc = s.draws.rng(v.c!);
      const r = s.draws.rng(id);
      const ago = r.int(S.sessionAgo, TWO_YEARS);
      const home = `${v.k} > 0 and ${r.int(S.homeIp, 10)} < 7`;
      return {
        values: `${id}, case when ${v.k} = 0 then null else ${v.c} end,
    case when ${home} then ${ipSql(s, v.c!, homeIpSalts)} else ${ipSql(s, id, otherIpSalts)} end,
    ${r.pick(S.userAgent, userAgents)}, ${s.d.secondsBefore(s.now, ago)},
    ${s.d.secondsBefore(s.now, `greatest(${ago} - 10 - ${r.int(S.sessionLength, 3600)}, 0)`)}, 1 + ${r.int(S.pageViews, 40)}`,
        where: [
          `(${v.k} = 0 and ${rc.int(S.anonymousSession, 3)} = 0) or (${v.k} > 0 and ${v.k} <= ${rc.int(S.nSessions, 4)})`,
        ],
      };
    },
  );
}

function marketingPreferences(w: DemoWorld, from: number, to: number): string {
  return statement(
    w,
    'marketing_preferences',
    'customer_id, email_opt_in, sms_opt_in, phone_opt_in, consent_source, consented_at, withdrawn_at',
    [['c', from, to]],
    (s, v) => {
      const r = s.draws.rng(v.c!);
      const email = r.chance(S.emailOptIn, 35);
      const sms = r.chance(S.smsOptIn, 15);
      const phone = r.chance(S.phoneOptIn, 10);
      const any = `(${email} or ${sms} or ${phone})`;
      const withdrawn = `(not ${any} and ${r.int(S.withdrawn, 10)} = 0)`;
      const consentAt = s.d.secondsBefore(s.now, `${DAY} + ${r.int(S.consentAgo, 5 * 365 * DAY)}`);
      return {
        values: `${v.c}, ${email}, ${sms}, ${phone}, ${r.pick(S.consentSource, consentSources)},
    case when ${any} or ${withdrawn} then ${consentAt} end,
    case when ${withdrawn} then ${s.d.secondsBefore(s.now, `${r.int(S.withdrawnAgo, 300)} * ${DAY}`)} end`,
      };
    },
  );
}

/** Daily page views per page over the last nine months: aggregated, no personal data; three months are kept. */
export function websiteStatistics(w: DemoWorld, days = 270): string {
  const scale = Math.max(10, Math.round(w.customers / 50));
  return statement(
    w,
    'website_statistics',
    'day, page, page_views, visitors',
    [
      ['dd', 1, days],
      ['p', 0, pages.length - 1],
    ],
    (s, v) => {
      const r = s.draws.rng(`(${v.dd} * 16 + ${v.p})`);
      const views = `(1 + ${r.int(S.statViews, scale)})`;
      return {
        values: `${s.d.daysBefore(s.now, v.dd!)}, ${s.d.pick(pages, v.p!)}, ${views},
    1 + ${s.d.div(`${views} * (40 + ${r.int(S.statVisitors, 50)})`, '100')}`,
      };
    },
  );
}
