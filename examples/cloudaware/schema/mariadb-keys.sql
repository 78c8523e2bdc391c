-- CloudAware demo store, MariaDB: foreign keys and indexes, after the bulk load. Each table gets
-- one ALTER, so InnoDB rebuilds it once. Every identity field and retention clock is indexed.

alter table customers
  add unique index customers_customer_number_idx (customer_number),
  add index customers_email_idx (email),
  add index customers_closed_at_idx (closed_at);
alter table contacts
  add constraint contacts_customer_fk foreign key (customer_id) references customers (id),
  add index contacts_email_idx (email),
  add index contacts_phone_idx (phone);
alter table contracts
  add constraint contracts_customer_fk foreign key (customer_id) references customers (id),
  add index contracts_ended_at_idx (ended_at);
alter table invoices
  add constraint invoices_customer_fk foreign key (customer_id) references customers (id),
  add constraint invoices_contract_fk foreign key (contract_id) references contracts (id);
alter table payments
  add constraint payments_invoice_fk foreign key (invoice_id) references invoices (id),
  add index payments_iban_idx (iban);
alter table support_tickets
  add constraint support_tickets_customer_fk foreign key (customer_id) references customers (id);
alter table support_messages
  add constraint support_messages_ticket_fk foreign key (ticket_id) references support_tickets (id);
alter table call_records
  add index call_records_msisdn_idx (msisdn),
  add index call_records_other_party_idx (other_party),
  add index call_records_started_at_idx (started_at);
alter table location_records
  add index location_records_msisdn_idx (msisdn),
  add index location_records_recorded_at_idx (recorded_at);
alter table web_sessions
  add constraint web_sessions_customer_fk foreign key (customer_id) references customers (id),
  add index web_sessions_ip_address_idx (ip_address),
  add index web_sessions_started_at_idx (started_at);
alter table marketing_preferences
  add constraint marketing_preferences_customer_fk foreign key (customer_id) references customers (id);
