import { describe, expect, it } from 'vitest';
import type { FieldInfo, Row } from '../connectors/connector.js';
import { demoPolicyPath } from '../paths.js';
import { loadPolicyFile } from '../policy/load.js';
import { columnEvidence } from './column-evidence.js';
import { clockCandidates } from './discover.js';

const { policy } = await loadPolicyFile(demoPolicyPath);

const text = (name: string): FieldInfo => ({ name, type: 'text', nativeType: 'text', nullable: true });
const evidence = (rows: Row[], fields: FieldInfo[]) =>
  Object.fromEntries(columnEvidence(rows, fields, policy).map((e) => [e.field, e]));

describe('columnEvidence', () => {
  it('makes a column of whole e-mail addresses an identity, but not free text that mentions some', () => {
    const rows = Array.from({ length: 20 }, (_, i) => ({
      email: `klant${i}@example.nl`,
      note: `Graag terugbellen, mail naar klant${i}@example.nl als het niet lukt`,
    }));
    const e = evidence(rows, [text('email'), text('note')]);
    expect(e.email).toMatchObject({ categories: ['email'], identity: 'email' });
    expect(e.note?.categories).toContain('email');
    expect(e.note?.identity).toBeUndefined();
  });

  it('reads first names, surnames and street names on their own', () => {
    const first = ['Sanne', 'Jan', 'Pieter', 'Fleur', 'Daan'];
    const last = ['de Vries', 'Jansen', 'Bakker', 'Visser', 'van den Berg'];
    const streets = ['Kerkstraat', 'Stationsweg', 'Lindenlaan', 'Dorpsstraat', 'Molenweg'];
    const rows = Array.from({ length: 25 }, (_, i) => ({
      voornaam: first[i % 5],
      achternaam: last[i % 5],
      straat: streets[i % 5],
      status: ['open', 'paid', 'shipped'][i % 3],
      product: ['FIB-500', 'VPS-S2'][i % 2],
    }));
    const e = evidence(rows, ['voornaam', 'achternaam', 'straat', 'status', 'product'].map(text));
    expect(e.voornaam?.categories).toEqual(['name']);
    expect(e.achternaam?.categories).toEqual(['name']);
    expect(e.straat?.categories).toEqual(['address']);
    expect(e.status?.types).toEqual([]);
    expect(e.product?.types).toEqual([]);
  });

  it('says when the policy has no category for what it found', () => {
    const rows = Array.from({ length: 10 }, (_, i) => ({ geboortedatum: `19${70 + i}-03-1${i % 9}` }));
    const e = evidence(rows, [text('geboortedatum')]);
    expect(e.geboortedatum?.types[0]?.type).toBe('date_of_birth');
    expect(e.geboortedatum?.categories).toEqual([]);
    expect(e.geboortedatum?.uncategorisedTypes).toEqual(['date_of_birth']);
  });
});

describe('clockCandidates', () => {
  it('puts the end of a relationship before events and creation, and never a date of birth', () => {
    const f = (name: string, type: FieldInfo['type']): FieldInfo => ({
      name,
      type,
      nativeType: type,
      nullable: true,
    });
    const clocks = clockCandidates([
      f('created_at', 'timestamp'),
      f('date_of_birth', 'date'),
      f('started_at', 'timestamp'),
      f('contract_end', 'date'),
      f('amount', 'decimal'),
    ]);
    expect(clocks.map((c) => c.field)).toEqual(['contract_end', 'started_at', 'created_at']);
  });
});
