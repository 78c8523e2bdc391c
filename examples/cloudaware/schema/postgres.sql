-- CloudAware demo store, PostgreSQL and PGlite: the tables. Keys and indexes are in
-- postgres-keys.sql, applied after the bulk load (building them once is faster than maintaining
-- them row by row). Every instant is UTC; `grondslag demo seed` fills the tables.

create table customers (
  id bigint primary key,
  customer_number text not null,         -- "CA00000042": printed on invoices, quoted in requests
  kind text not null,                    -- consumer | business
  company_name text,
  first_name text not null,
  last_name text not null,
  email text not null,
  street text not null,
  house_number text not null,
  postcode text not null,
  city text not null,
  date_of_birth date,
  created_at timestamptz not null,
  closed_at date                         -- the day the last contract ended; NULL while one runs
);

create table contacts (
  id bigint primary key,
  customer_id bigint not null,
  role text not null,                    -- primary | billing | technical
  name text not null,
  email text,
  phone text not null,                   -- E.164; call and location records are keyed by it
  created_at timestamptz not null
);

create table contracts (
  id bigint primary key,
  customer_id bigint not null,
  product text not null,
  monthly_fee numeric(8, 2) not null,
  started_at date not null,
  ended_at date                          -- NULL while the contract runs
);

create table invoices (
  id bigint primary key,
  invoice_number text not null,
  customer_id bigint not null,
  contract_id bigint not null,
  billing_name text not null,
  billing_address text not null,
  issued_at date not null,
  due_at date not null,
  amount numeric(10, 2) not null
);

create table payments (
  id bigint primary key,
  invoice_id bigint not null,
  paid_at timestamptz not null,
  amount numeric(10, 2) not null,
  method text not null,                  -- direct_debit | ideal | transfer
  iban text,
  account_holder text
);

create table support_tickets (
  id bigint primary key,
  customer_id bigint not null,
  subject text not null,
  status text not null,                  -- open | closed
  opened_at timestamptz not null,
  closed_at timestamptz
);

create table support_messages (
  id bigint primary key,
  ticket_id bigint not null,
  sender text not null,                  -- customer | agent
  body text not null,                    -- free text: names, numbers, addresses, IBANs
  sent_at timestamptz not null
);

-- Telecom traffic data lives apart from the CRM in real life; here in the same store, but without a
-- foreign key: a call record knows only the subscriber's number.
create table call_records (
  id bigint primary key,
  msisdn text not null,
  other_party text not null,
  direction text not null,               -- out | in
  started_at timestamptz not null,
  duration_s integer not null,
  cell_id text not null
);

create table location_records (
  id bigint primary key,
  msisdn text not null,
  recorded_at timestamptz not null,
  cell_id text not null,
  latitude double precision not null,
  longitude double precision not null,
  accuracy_m integer not null
);

create table web_sessions (
  id bigint primary key,
  customer_id bigint,                    -- NULL for visitors who did not log in
  ip_address text not null,
  user_agent text not null,
  started_at timestamptz not null,
  last_seen_at timestamptz not null,
  page_views integer not null
);

create table marketing_preferences (
  customer_id bigint primary key,
  email_opt_in boolean not null,
  sms_opt_in boolean not null,
  phone_opt_in boolean not null,
  consent_source text not null,
  consented_at timestamptz,
  withdrawn_at timestamptz
);

-- Cookieless analytics, aggregated per day and page: no personal data, kept three months.
create table website_statistics (
  day date not null,
  page text not null,
  page_views integer not null,
  visitors integer not null,
  primary key (day, page)
);
