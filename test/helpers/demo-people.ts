import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DemoStore } from './demo-store.js';
import { logLines, remoteAddr } from './demo-store.js';

/**
 * People of the demo store for data-subject request tests: the person whose request is executed,
 * chosen for having every kind of data (old and recent invoices, support messages, calls, web
 * sessions, log lines), and a *similar* person inserted next to them — same name, an e-mail address
 * one character longer, the neighbouring phone number and IP address — who must never be included.
 * The ground truth of the person's rows is computed here with hand-written SQL.
 */

export interface DemoPerson {
  id: number;
  firstName: string;
  lastName: string;
  email: string;
  /** The primary contact's number (E.164). */
  phone: string;
  /** All numbers of the customer's contacts. */
  phones: string[];
  ips: string[];
}

/** Records from the tax period on are kept: 1 January seven years before `now`. */
export function taxCutoff(now: Date): string {
  return `${now.getUTCFullYear() - 7}-01-01`;
}

export async function pickPerson(demo: DemoStore, now: Date): Promise<DemoPerson> {
  const cutoff = taxCutoff(now);
  const rows = await demo.sql<{ id: number | string }>(
    `select c.id from customers c
      where exists (select 1 from invoices i where i.customer_id = c.id and i.issued_at < ?)
        and exists (select 1 from invoices i where i.customer_id = c.id and i.issued_at >= ?)
        and exists (select 1 from web_sessions w where w.customer_id = c.id)
        and exists (select 1 from support_tickets t where t.customer_id = c.id)
        and exists (select 1 from contacts k join call_records r on r.msisdn = k.phone where k.customer_id = c.id)
      order by c.id limit 1`,
    [cutoff, cutoff],
  );
  if (!rows[0]) throw new Error('the demo store has no customer with every kind of data');
  const id = Number(rows[0].id);
  const [c] = await demo.sql<{ first_name: string; last_name: string; email: string }>(
    'select first_name, last_name, email from customers where id = ?',
    [id],
  );
  const contacts = await demo.sql<{ phone: string; role: string }>(
    'select phone, role from contacts where customer_id = ? order by id',
    [id],
  );
  const ips = await demo.sql<{ ip_address: string }>(
    'select distinct ip_address from web_sessions where customer_id = ? order by ip_address',
    [id],
  );
  const person: DemoPerson = {
    id,
    firstName: c!.first_name,
    lastName: c!.last_name,
    email: c!.email,
    phone: contacts.find((k) => k.role === 'primary')?.phone ?? contacts[0]!.phone,
    phones: contacts.map((k) => k.phone),
    ips: ips.map((r) => r.ip_address),
  };
  // The person visited the website: at least one log line from their address, whatever the generator wrote.
  appendFileSync(
    join(demo.logsDir, 'access.log'),
    `${person.ips[0]} - - [14/Jun/2026:09:00:00 +0000] "GET /mijn-account HTTP/1.1" 200 2048 "-" "Mozilla/5.0 (X11; Linux x86_64)"\n`,
  );
  // A support message that names someone else (Art. 15(4)) and one signed with the person's own name.
  const [ticket] = await demo.sql<{ id: number | string }>(
    'select id from support_tickets where customer_id = ? order by id limit 1',
    [id],
  );
  await demo.sql(
    `insert into support_messages (id, ticket_id, sender, body, sent_at) values (?, ?, 'customer', ?, '2026-05-02 10:00:00'), (?, ?, 'customer', ?, '2026-05-02 11:00:00')`,
    [
      90_000_001,
      ticket!.id,
      'Mijn buurman Pieter Bakker heeft dezelfde storing, zijn nummer is 06-41234567.',
      90_000_002,
      ticket!.id,
      `Graag terugbellen op ${person.phone}. Groet, ${person.firstName} ${person.lastName}`,
    ],
  );
  return person;
}

export interface SimilarPerson {
  id: number;
  email: string;
  phone: string;
  ip: string;
  /** Row ids per table, all of which must survive any request of the person untouched. */
  ids: Record<string, number[]>;
}

/** The next number up from `phone` that no contact of the store has. */
async function neighbourPhone(demo: DemoStore, phone: string): Promise<string> {
  const digits = phone.replace(/^\+316/, '');
  for (let d = 1; d < 100; d++) {
    const candidate = `+316${String(Number(digits) + d).padStart(8, '0')}`;
    const used = await demo.sql('select 1 as x from contacts where phone = ?', [candidate]);
    if (used.length === 0) return candidate;
  }
  throw new Error('no free neighbouring phone number');
}

export async function addSimilarPerson(demo: DemoStore, person: DemoPerson): Promise<SimilarPerson> {
  const [local, domain] = person.email.split('@') as [string, string];
  const email = `${local}x@${domain}`;
  const phone = await neighbourPhone(demo, person.phone);
  const octets = person.ips[0]!.split('.').map(Number);
  const ip = [...octets.slice(0, 3), (octets[3]! + 1) % 255].join('.');
  const id = 1_000_001;
  const n = 90_000_001;
  await demo.sql(
    `insert into customers (id, customer_number, kind, company_name, first_name, last_name, email, street, house_number, postcode, city, date_of_birth, created_at, closed_at)
     values (?, 'CA01000001', 'consumer', null, ?, ?, ?, 'Dorpsstraat', '12', '1234AB', 'Utrecht', '1980-04-01', '2018-03-01 12:00:00', null)`,
    [id, person.firstName, person.lastName, email],
  );
  await demo.sql(
    `insert into contacts (id, customer_id, role, name, email, phone, created_at) values (?, ?, 'primary', ?, ?, ?, '2018-03-01 12:00:00')`,
    [4_000_005, id, `${person.firstName} ${person.lastName}`, email, phone],
  );
  await demo.sql(
    `insert into contracts (id, customer_id, product, monthly_fee, started_at, ended_at) values (?, ?, 'Glasvezel 500', 45.00, '2018-03-01', null)`,
    [n, id],
  );
  await demo.sql(
    `insert into invoices (id, invoice_number, customer_id, contract_id, billing_name, billing_address, issued_at, due_at, amount)
     values (?, 'INV-B-1', ?, ?, ?, 'Dorpsstraat 12, 1234AB Utrecht', '2018-04-01', '2018-04-15', 45.00),
            (?, 'INV-B-2', ?, ?, ?, 'Dorpsstraat 12, 1234AB Utrecht', '2026-04-01', '2026-04-15', 45.00)`,
    [
      n,
      id,
      n,
      `${person.firstName} ${person.lastName}`,
      n + 1,
      id,
      n,
      `${person.firstName} ${person.lastName}`,
    ],
  );
  await demo.sql(
    `insert into payments (id, invoice_id, paid_at, amount, method, iban, account_holder)
     values (?, ?, '2018-04-10 09:00:00', 45.00, 'direct_debit', 'NL91ABNA0417164300', ?)`,
    [n, n, `${person.firstName} ${person.lastName}`],
  );
  await demo.sql(
    `insert into support_tickets (id, customer_id, subject, status, opened_at, closed_at) values (?, ?, 'Storing', 'closed', '2026-01-05 10:00:00', '2026-01-06 10:00:00')`,
    [n, id],
  );
  await demo.sql(
    `insert into support_messages (id, ticket_id, sender, body, sent_at) values (?, ?, 'customer', ?, '2026-01-05 10:00:00')`,
    [n + 10, n, `Groet, ${person.firstName} ${person.lastName} (${email})`],
  );
  await demo.sql(
    `insert into call_records (id, msisdn, other_party, direction, started_at, duration_s, cell_id)
     values (?, ?, '+31201234567', 'out', '2026-05-01 10:00:00', 60, '204-16-1-1'),
            (?, '+31207654321', ?, 'in', '2026-05-02 10:00:00', 61, '204-16-1-1')`,
    [n, phone, n + 1, phone],
  );
  await demo.sql(
    `insert into location_records (id, msisdn, recorded_at, cell_id, latitude, longitude, accuracy_m)
     values (?, ?, '2026-05-01 10:00:00', '204-16-1-1', 52.09, 5.12, 100)`,
    [n, phone],
  );
  await demo.sql(
    `insert into web_sessions (id, customer_id, ip_address, user_agent, started_at, last_seen_at, page_views)
     values (?, ?, ?, 'Mozilla/5.0', '2026-05-01 10:00:00', '2026-05-01 10:10:00', 3)`,
    [n, id, ip],
  );
  await demo.sql(
    `insert into marketing_preferences (customer_id, email_opt_in, sms_opt_in, phone_opt_in, consent_source, consented_at, withdrawn_at)
     values (?, true, false, false, 'signup', '2018-03-01 12:00:00', null)`,
    [id],
  );
  appendFileSync(
    join(demo.logsDir, 'access.log'),
    `${ip} - - [14/Jun/2026:09:30:00 +0000] "GET /contact HTTP/1.1" 200 1024 "-" "Mozilla/5.0"\n`,
  );
  return {
    id,
    email,
    phone,
    ip,
    ids: {
      customers: [id],
      contacts: [4_000_005],
      contracts: [n],
      invoices: [n, n + 1],
      payments: [n],
      support_tickets: [n],
      support_messages: [n + 10],
      call_records: [n, n + 1],
      location_records: [n],
      web_sessions: [n],
    },
  };
}

/** The person's rows by hand-written SQL: ids per table, and their log lines. */
export async function groundTruth(
  demo: DemoStore,
  person: DemoPerson,
): Promise<{ ids: Record<string, number[]>; logLines: number }> {
  const ids = async (sql: string, params: unknown[]) =>
    (await demo.sql<{ id: number | string }>(sql, params)).map((r) => Number(r.id)).sort((a, b) => a - b);
  const p = person.id;
  const contacts = await ids('select id from contacts where customer_id = ? or lower(email) = ?', [
    p,
    person.email.toLowerCase(),
  ]);
  const phones = (
    await demo.sql<{ phone: string }>(
      `select distinct phone from contacts where id in (${contacts.map(() => '?').join(', ')})`,
      contacts,
    )
  ).map((r) => r.phone);
  const inPhones = phones.map(() => '?').join(', ');
  const out: Record<string, number[]> = {
    customers: await ids('select id from customers where id = ?', [p]),
    contacts,
    contracts: await ids('select id from contracts where customer_id = ?', [p]),
    invoices: await ids(
      'select id from invoices where customer_id = ? or contract_id in (select id from contracts where customer_id = ?)',
      [p, p],
    ),
    payments: await ids(
      'select id from payments where invoice_id in (select id from invoices where customer_id = ? or contract_id in (select id from contracts where customer_id = ?))',
      [p, p],
    ),
    support_tickets: await ids('select id from support_tickets where customer_id = ?', [p]),
    support_messages: await ids(
      'select id from support_messages where ticket_id in (select id from support_tickets where customer_id = ?)',
      [p],
    ),
    web_sessions: await ids('select id from web_sessions where customer_id = ?', [p]),
    marketing_preferences: (
      await demo.sql<{ customer_id: number | string }>(
        'select customer_id from marketing_preferences where customer_id = ?',
        [p],
      )
    ).map((r) => Number(r.customer_id)),
    call_records: await ids(
      `select id from call_records where msisdn in (${inPhones}) or other_party in (${inPhones})`,
      [...phones, ...phones],
    ),
    location_records: await ids(`select id from location_records where msisdn in (${inPhones})`, phones),
  };
  const ips = new Set(person.ips);
  return { ids: out, logLines: logLines(demo.logsDir).filter((l) => ips.has(remoteAddr(l))).length };
}
