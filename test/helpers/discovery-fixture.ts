import { ibanCheckDigits } from '../../src/pii/corpus/values/iban.js';

/**
 * A small shop database Grondslag has never seen, for `datamap discover`: the same tables and rows on
 * PostgreSQL and MariaDB. Which columns hold personal data is known by construction, so the test can
 * hold discovery to it:
 * - `customers`: id, customer_number, first_name, last_name, email, phone, iban, postcode (personal),
 *   created_at and closed_at (clock candidates);
 * - `orders` (FK customer_id): order_number, amount, product_code, status — none personal;
 * - `request_log`: client_ip and user_agent (personal), path, logged_at;
 * - `call_records`: keyed by `caller`, a customer's phone number, without a foreign key.
 */

export const SHOP = { customers: 240, orders: 480, logLines: 300, calls: 360 } as const;

const firstNames = [
  'Jan',
  'Sanne',
  'Pieter',
  'Fleur',
  'Daan',
  'Emma',
  'Lucas',
  'Julia',
  'Thijs',
  'Anouk',
  'Bram',
  'Lotte',
];
const lastNames = [
  'de Vries',
  'Jansen',
  'Bakker',
  'Visser',
  'Smit',
  'Meijer',
  'de Boer',
  'Mulder',
  'Bos',
  'Vos',
  'Peters',
  'Hendriks',
];
const banks = ['ABNA', 'INGB', 'RABO', 'SNSB'];
const products = ['FIB-500', 'FIB-1000', 'MOB-10G', 'VPS-S2', 'VPS-M4'];
const statuses = ['open', 'paid', 'shipped', 'cancelled'];
const agents = [
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36',
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15',
  'Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0',
];

export const shopPhone = (i: number) => `+316${String(20_000_000 + i * 7919).padStart(8, '0')}`;
const iban = (i: number) => {
  const bban = `${banks[i % banks.length]}0${String(100_000_000 + i * 104_729).slice(0, 9)}`;
  return `NL${ibanCheckDigits('NL', bban)}${bban}`;
};
const day = (n: number) => new Date(Date.UTC(2023, 0, 1) + n * 86_400_000);

export interface ShopRows {
  customers: unknown[][];
  orders: unknown[][];
  request_log: unknown[][];
  call_records: unknown[][];
}

export function shopRows(): ShopRows {
  const customers: unknown[][] = [];
  for (let i = 1; i <= SHOP.customers; i++) {
    const first = firstNames[i % firstNames.length]!;
    const last = lastNames[(i * 5) % lastNames.length]!;
    customers.push([
      i,
      `K${String(i).padStart(7, '0')}`,
      first,
      last,
      `${first.toLowerCase()}.${last.replace(/ /g, '').toLowerCase()}${i}@example.nl`,
      shopPhone(i),
      iban(i),
      `${1000 + ((i * 37) % 8999)} ${String.fromCharCode(65 + (i % 26))}${String.fromCharCode(65 + ((i * 7) % 26))}`,
      day(i),
      i % 4 === 0 ? day(400 + i) : null,
    ]);
  }
  const orders: unknown[][] = [];
  for (let o = 1; o <= SHOP.orders; o++) {
    orders.push([
      o,
      `ORD-2024-${String(o * 13).padStart(6, '0')}`,
      1 + (o % SHOP.customers),
      ((o * 1733) % 50000) / 100 + 5,
      products[o % products.length],
      statuses[o % statuses.length],
      day(o),
    ]);
  }
  const request_log: unknown[][] = [];
  for (let l = 1; l <= SHOP.logLines; l++) {
    request_log.push([
      l,
      `81.${(l * 3) % 250}.${(l * 7) % 250}.${1 + (l % 250)}`,
      agents[l % agents.length],
      `/products/${products[l % products.length]!.toLowerCase()}`,
      day(l % 300),
    ]);
  }
  const call_records: unknown[][] = [];
  for (let c = 1; c <= SHOP.calls; c++) {
    call_records.push([c, shopPhone(1 + (c % SHOP.customers)), 10 + ((c * 31) % 900), day(c % 200)]);
  }
  return { customers, orders, request_log, call_records };
}

export const shopColumns = {
  customers: [
    'id',
    'customer_number',
    'first_name',
    'last_name',
    'email',
    'phone',
    'iban',
    'postcode',
    'created_at',
    'closed_at',
  ],
  orders: ['id', 'order_number', 'customer_id', 'amount', 'product_code', 'status', 'placed_at'],
  request_log: ['id', 'client_ip', 'user_agent', 'path', 'logged_at'],
  call_records: ['id', 'caller', 'duration_s', 'started_at'],
} as const;

/** The tables, in creation order; `text` and `time` are the dialect's text and timestamp types. */
export function shopSchema(t: { text: string; time: string }): string[] {
  return [
    `create table customers (id bigint primary key, customer_number ${t.text} not null, first_name ${t.text}, last_name ${t.text}, email ${t.text}, phone ${t.text}, iban ${t.text}, postcode ${t.text}, created_at ${t.time} not null, closed_at date)`,
    `create table orders (id bigint primary key, order_number ${t.text} not null, customer_id bigint not null, amount decimal(10, 2) not null, product_code ${t.text} not null, status ${t.text} not null, placed_at ${t.time} not null, constraint orders_customer_fk foreign key (customer_id) references customers (id))`,
    `create table request_log (id bigint primary key, client_ip ${t.text} not null, user_agent ${t.text}, path ${t.text} not null, logged_at ${t.time} not null)`,
    `create table call_records (id bigint primary key, caller ${t.text} not null, duration_s integer not null, started_at ${t.time} not null)`,
  ];
}
