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

  it('leaves statements without a column list, and columns it does not know, alone', () => {
    expect(
      found("INSERT INTO t VALUES (1,'Kim'); INSERT INTO p (sku, title) VALUES ('X1','Fiber Basic');", types),
    ).toEqual([]);
  });
});
