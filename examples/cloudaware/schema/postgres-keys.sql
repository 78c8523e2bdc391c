-- CloudAware demo store, PostgreSQL and PGlite: foreign keys and indexes, after the bulk load.
-- Every identity field (how a request finds a person) and every retention clock is indexed.

alter table contacts add constraint contacts_customer_fk foreign key (customer_id) references customers (id);
alter table contracts add constraint contracts_customer_fk foreign key (customer_id) references customers (id);
alter table invoices add constraint invoices_customer_fk foreign key (customer_id) references customers (id);
alter table invoices add constraint invoices_contract_fk foreign key (contract_id) references contracts (id);
alter table payments add constraint payments_invoice_fk foreign key (invoice_id) references invoices (id);
alter table support_tickets add constraint support_tickets_customer_fk foreign key (customer_id) references customers (id);
alter table support_messages add constraint support_messages_ticket_fk foreign key (ticket_id) references support_tickets (id);
alter table web_sessions add constraint web_sessions_customer_fk foreign key (customer_id) references customers (id);
alter table marketing_preferences add constraint marketing_preferences_customer_fk foreign key (customer_id) references customers (id);

create unique index customers_customer_number_idx on customers (customer_number);
create index customers_email_idx on customers (email);
create index customers_closed_at_idx on customers (closed_at);
create index contacts_customer_id_idx on contacts (customer_id);
create index contacts_email_idx on contacts (email);
create index contacts_phone_idx on contacts (phone);
create index contracts_customer_id_idx on contracts (customer_id);
create index contracts_ended_at_idx on contracts (ended_at);
create index invoices_customer_id_idx on invoices (customer_id);
create index invoices_contract_id_idx on invoices (contract_id);
create index payments_invoice_id_idx on payments (invoice_id);
create index payments_iban_idx on payments (iban);
create index support_tickets_customer_id_idx on support_tickets (customer_id);
create index support_messages_ticket_id_idx on support_messages (ticket_id);
create index call_records_msisdn_idx on call_records (msisdn);
create index call_records_other_party_idx on call_records (other_party);
create index call_records_started_at_idx on call_records (started_at);
create index location_records_msisdn_idx on location_records (msisdn);
create index location_records_recorded_at_idx on location_records (recorded_at);
create index web_sessions_customer_id_idx on web_sessions (customer_id);
create index web_sessions_ip_address_idx on web_sessions (ip_address);
create index web_sessions_started_at_idx on web_sessions (started_at);
