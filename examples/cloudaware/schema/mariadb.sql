-- CloudAware demo store, MariaDB: the tables. Keys and indexes are in mariadb-keys.sql, applied
-- after the bulk load. Instants are DATETIME in UTC; `grondslag demo seed` fills the tables.

create table customers (
  id bigint primary key,
  customer_number varchar(16) not null,  -- "CA00000042": printed on invoices, quoted in requests
  kind varchar(16) not null,             -- consumer | business
  company_name varchar(200),
  first_name varchar(100) not null,
  last_name varchar(100) not null,
  email varchar(254) not null,
  street varchar(200) not null,
  house_number varchar(16) not null,
  postcode varchar(16) not null,
  city varchar(100) not null,
  date_of_birth date,
  created_at datetime not null,
  closed_at date                         -- the day the last contract ended; NULL while one runs
) engine = InnoDB default charset = utf8mb4;

create table contacts (
  id bigint primary key,
  customer_id bigint not null,
  role varchar(16) not null,             -- primary | billing | technical
  name varchar(200) not null,
  email varchar(254),
  phone varchar(32) not null,            -- E.164; call and location records are keyed by it
  created_at datetime not null
) engine = InnoDB default charset = utf8mb4;

create table contracts (
  id bigint primary key,
  customer_id bigint not null,
  product varchar(32) not null,
  monthly_fee decimal(8, 2) not null,
  started_at date not null,
  ended_at date                          -- NULL while the contract runs
) engine = InnoDB default charset = utf8mb4;

create table invoices (
  id bigint primary key,
  invoice_number varchar(32) not null,
  customer_id bigint not null,
  contract_id bigint not null,
  billing_name varchar(200) not null,
  billing_address varchar(400) not null,
  issued_at date not null,
  due_at date not null,
  amount decimal(10, 2) not null
) engine = InnoDB default charset = utf8mb4;

create table payments (
  id bigint primary key,
  invoice_id bigint not null,
  paid_at datetime not null,
  amount decimal(10, 2) not null,
  method varchar(16) not null,           -- direct_debit | ideal | transfer
  iban varchar(34),
  account_holder varchar(200)
) engine = InnoDB default charset = utf8mb4;

create table support_tickets (
  id bigint primary key,
  customer_id bigint not null,
  subject varchar(200) not null,
  status varchar(16) not null,           -- open | closed
  opened_at datetime not null,
  closed_at datetime
) engine = InnoDB default charset = utf8mb4;

create table support_messages (
  id bigint primary key,
  ticket_id bigint not null,
  sender varchar(16) not null,           -- customer | agent
  body text not null,                    -- free text: names, numbers, addresses, IBANs
  sent_at datetime not null
) engine = InnoDB default charset = utf8mb4;

-- Telecom traffic data, without a foreign key: a call record knows only the subscriber's number.
create table call_records (
  id bigint primary key,
  msisdn varchar(32) not null,
  other_party varchar(32) not null,
  direction varchar(8) not null,         -- out | in
  started_at datetime not null,
  duration_s int not null,
  cell_id varchar(32) not null
) engine = InnoDB default charset = utf8mb4;

create table location_records (
  id bigint primary key,
  msisdn varchar(32) not null,
  recorded_at datetime not null,
  cell_id varchar(32) not null,
  latitude double not null,
  longitude double not null,
  accuracy_m int not null
) engine = InnoDB default charset = utf8mb4;

create table web_sessions (
  id bigint primary key,
  customer_id bigint,                    -- NULL for visitors who did not log in
  ip_address varchar(45) not null,
  user_agent varchar(400) not null,
  started_at datetime not null,
  last_seen_at datetime not null,
  page_views int not null
) engine = InnoDB default charset = utf8mb4;

create table marketing_preferences (
  customer_id bigint primary key,
  email_opt_in boolean not null,
  sms_opt_in boolean not null,
  phone_opt_in boolean not null,
  consent_source varchar(16) not null,
  consented_at datetime,
  withdrawn_at datetime
) engine = InnoDB default charset = utf8mb4;

-- Cookieless analytics, aggregated per day and page: no personal data, kept three months.
create table website_statistics (
  day date not null,
  page varchar(200) not null,
  page_views int not null,
  visitors int not null,
  primary key (day, page)
) engine = InnoDB default charset = utf8mb4;
