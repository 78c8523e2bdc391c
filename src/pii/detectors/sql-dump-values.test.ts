import { describe, expect, it } from 'vitest';
import { found } from '../../../test/helpers/pii.js';

const types = { types: ['person_name' as const, 'postal_address' as const] };

describe('values of the named columns of an SQL dump', () => {
  it('reads INSERT … (columns) VALUES tuples by their column, with escaped quotes, NULLs and numbers', () => {
    const dump = [
      'INSERT INTO `customers` (`id`, `first_name`, `last_name`, `street`, `house_no`) VALUES',
      "(99203,'Kim','van der Meer','Westeinde 65/5',12),",
      "(1,'Sean','O''Brien',NULL,'7a');",
    ].join('\n');
    expect(found(dump, types)).toEqual([
      'person_name: Kim',
      'person_name: van der Meer',
      'postal_address: Westeinde 65/5',
      'postal_address: 12',
      'person_name: Sean',
      "person_name: O''Brien",
      'postal_address: 7a',
    ]);
  });

  it('reads COPY … FROM stdin rows up to \\., skipping \\N', () => {
    const dump = [
      'COPY public.orders (id, order_no, customer_name, delivery_street) FROM stdin;',
      '1\tORD-1\tRudy Manuhutu\tHavenweg 40',
      '2\tORD-2\t\\N\tNeude 13/5',
      '\\.',
      'Plan Basic',
    ].join('\n');
    expect(found(dump, types)).toEqual([
      'person_name: Rudy Manuhutu',
      'postal_address: Havenweg 40',
      'postal_address: Neude 13/5',
    ]);
  });

  it('names the columns of a table dumped without a column list from its first rows', () => {
    const dump = [
      '-- export of crm_contact',
      "INSERT INTO crm_contact VALUES (1, 'K631', 'Harmke', NULL, 'Bolhuis', 'Middenstraat 213', '2003-02-27', 'actief');",
      "INSERT INTO crm_contact VALUES (2, '312786761', 'Jelle', 'de', 'Boer', 'Hoofdweg 101-II', '1993-09-13', 'opgezegd');",
      "INSERT INTO crm_contact VALUES (3, 'K8', 'Tsjalling', NULL, 'Wiersma', 'Tjalk 151 zw', '1988-06-17', 'actief'),",
      "(4, 'K9', 'Ute', NULL, 'Bühler', 'Oude Ebbingestraat 139', '1962-01-16', 'actief');",
      "INSERT INTO orders VALUES (1, 'Fiber Basic', 'actief', 12), (2, 'Fiber Pro', 'actief', 13);",
    ].join('\n');
    expect(found(dump, { types: ['person_name', 'postal_address', 'date_of_birth'] })).toEqual([
      'person_name: Harmke',
      'person_name: Bolhuis',
      'postal_address: Middenstraat 213',
      'date_of_birth: 2003-02-27',
      'person_name: Jelle',
      'person_name: de',
      'person_name: Boer',
      'postal_address: Hoofdweg 101-II',
      'date_of_birth: 1993-09-13',
      'person_name: Tsjalling',
      'person_name: Wiersma',
      'postal_address: Tjalk 151 zw',
      'date_of_birth: 1988-06-17',
      'person_name: Ute',
      'person_name: Bühler',
      'postal_address: Oude Ebbingestraat 139',
      'date_of_birth: 1962-01-16',
    ]);
  });

  it('leaves a lone statement without a column list, and columns it does not know, alone', () => {
    expect(
      found("INSERT INTO t VALUES (1,'Kim'); INSERT INTO p (sku, title) VALUES ('X1','Fiber Basic');", types),
    ).toEqual([]);
  });
});
