import { describe, expect, it } from 'vitest';
import { maskExample, profileColumns } from './sample.js';

describe('profileColumns', () => {
  const rows = [
    {
      id: 1,
      email: 'jan@example.nl',
      bsn: '111222333',
      klantnummer: '123456782',
      geboortedatum: '12-03-1985',
      notes: null,
    },
    {
      id: 2,
      email: 'piet@example.nl',
      bsn: 123456782,
      klantnummer: '111222333',
      geboortedatum: new Date('1990-01-02'),
      notes: 'bel 0612345678',
    },
    { id: 3, email: '', bsn: null, klantnummer: '4', geboortedatum: null, notes: 'geen bijzonderheden' },
  ];

  it('reports per column the types found, the share of rows and masked examples', () => {
    const profile = profileColumns(rows);
    expect(profile.email).toEqual({
      rows: 3,
      nonEmpty: 2,
      types: [{ type: 'email', share: 2 / 3, rows: 2, examples: ['j**@*******.**', 'p***@*******.**'] }],
    });
    expect(profile.notes!.types.map((t) => [t.type, t.rows])).toEqual([['phone', 1]]);
    expect(profile.id!.types).toEqual([]);
  });

  it('uses the column name as context: a bsn column is a BSN, the same numbers as customer number are not', () => {
    const profile = profileColumns(rows);
    expect(profile.bsn!.types.map((t) => t.type)).toEqual(['bsn']);
    expect(profile.klantnummer!.types).toEqual([]);
    expect(profile.geboortedatum!.types.map((t) => [t.type, t.rows])).toEqual([['date_of_birth', 2]]);
  });

  it('never shows a value in full', () => {
    const profile = profileColumns([{ iban: 'NL91 ABNA 0417 1643 00' }]);
    expect(profile.iban!.types[0]!.examples).toEqual(['N*** **** **** **** **']);
    expect(maskExample('Jan de Vries')).toBe('J** ** *****');
  });

  it('honours the scan options', () => {
    expect(profileColumns(rows, { types: ['email'] }).notes!.types).toEqual([]);
  });
});
