import { describe, expect, it } from 'vitest';
import { found } from '../../../test/helpers/pii.js';

const types = { types: ['person_name' as const, 'postal_address' as const] };

describe('name and address columns of an export', () => {
  it('takes every cell of a name or street column, also words no prose detector would take', () => {
    const csv = [
      'klantnr;voornaam;achternaam;adres;plaats',
      'K8026371;Sem;de Wit;Spui 25;Almere',
      'K8026372;Anouk;"Graaf, H. de";\'s-Gravendijkwal 212;Rotterdam',
    ].join('\n');
    expect(found(csv, types)).toEqual([
      'person_name: Sem',
      'person_name: de Wit',
      'postal_address: Spui 25',
      'person_name: Anouk',
      'person_name: Graaf, H. de',
      "postal_address: 's-Gravendijkwal 212",
    ]);
  });

  it('reads each part of a split name and address by its column: tussenvoegsel, initials, street, number, addition', () => {
    const csv = [
      'customer_id\tfirst_name\tinfix\tlast_name\tinitials\tstreet\thouse_no\taddition\tplan',
      '21473416\tFemke\tvan der\tVerbeek-Groen\tF.L.\tKievitstraat\t30\t2-hoog\tFiber 1000',
      '21473417\tSem\t\tSmit\tS.\tLaan van Meerdervoort\t112a\tunknown\tSim Only',
    ].join('\n');
    expect(found(csv, types)).toEqual([
      'person_name: Femke',
      'person_name: van der',
      'person_name: Verbeek-Groen',
      'person_name: F.L.',
      'postal_address: Kievitstraat',
      'postal_address: 30',
      'postal_address: 2-hoog',
      'person_name: Sem',
      'person_name: Smit',
      'person_name: S.',
      'postal_address: Laan van Meerdervoort',
      'postal_address: 112a',
    ]);
    // A house-number column holds numbers: a word there is not one.
    expect(found('klantnr;huisnr;plaats\nK1;onbekend adres;Ede', types)).toEqual([]);
  });

  it('leaves placeholders, empty cells, other columns and rows of another shape alone', () => {
    const csv = [
      'first_name,last_name,street,product',
      'unknown,,Main,Fiber 1000',
      'just a sentence, with commas',
    ].join('\n');
    expect(found(csv, types)).toEqual([]);
  });

  it('reads the header a stream passes for each line', async () => {
    const { scanTextWith } = await import('../scan.js');
    const { parseHeader } = await import('../table-header.js');
    const header = parseHeader('naam|adres|plaats')!;
    const row = 'Wietse Postma|Rokin 187|Amsterdam';
    expect(scanTextWith(row, types, header).map((f) => row.slice(f.start, f.end))).toEqual([
      'Wietse Postma',
      'Rokin 187',
    ]);
  });
});
