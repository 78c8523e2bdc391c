import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDatamap } from '../src/datamap/load.js';
import { checkDatamapAgainstPolicy } from '../src/datamap/policy-check.js';
import { type GrondslagError, isGrondslagError } from '../src/errors.js';
import { demoDatamapPath, demoPolicyPath } from '../src/paths.js';
import { loadPolicyFile } from '../src/policy/load.js';

/**
 * Issue 5: a data map with a typo, a dangling reference or a cycle gives a clear error, not a stack
 * trace. Each mistake is made in a copy of the CloudAware map, and the expected position is found in
 * the text as written, the way an editor shows it.
 */

const example = readFileSync(demoDatamapPath, 'utf8');
const { policy } = await loadPolicyFile(demoPolicyPath);

/** 1-based line and column of the `nth` occurrence of `needle` in `text`, plus `shift` characters. */
function at(text: string, needle: string, { nth = 1, shift = 0 } = {}): { line: number; column: number } {
  let index = -1;
  for (let i = 0; i < nth; i++) {
    index = text.indexOf(needle, index + 1);
    if (index < 0) throw new Error(`test text lacks occurrence ${nth} of ${JSON.stringify(needle)}`);
  }
  const lines = text.slice(0, index + shift).split('\n');
  return { line: lines.length, column: lines.at(-1)!.length + 1 };
}

/** The example with one edit; fails loudly when the edit does not apply, so no case passes vacuously. */
function edited(find: string, replace: string): string {
  if (!example.includes(find)) throw new Error(`the example no longer contains ${JSON.stringify(find)}`);
  return example.replace(find, replace);
}

function loadError(text: string): GrondslagError {
  try {
    parseDatamap(text, 'datamap.yaml');
  } catch (e) {
    if (isGrondslagError(e)) return e;
    throw e;
  }
  throw new Error('the data map was accepted');
}

interface Case {
  kind: string;
  text: string;
  code: string;
  where: { line: number; column: number };
  message: RegExp;
}

const callRecordsRef = 'references: { collection: contacts, field: phone, origin: declared }';

const cases: Case[] = (() => {
  const typo = edited(
    '        retention: { rule: telecom_traffic, clock: started_at }',
    '        retension: { rule: telecom_traffic, clock: started_at }',
  );
  const danglingCollection = edited(callRecordsRef, callRecordsRef.replace('contacts', 'contact'));
  const danglingField = edited(callRecordsRef, callRecordsRef.replace('field: phone', 'field: telefoon'));
  const danglingSystem = edited(
    callRecordsRef,
    callRecordsRef.replace('{ collection', '{ system: crm, collection'),
  );
  const cycle = edited(
    '          closed_at: { type: date, description: the day the last contract ended }',
    '          closed_at: { type: date, description: the day the last contract ended }\n' +
      '          main_contract_id:\n' +
      '            references: { collection: contracts, field: id, origin: foreign_key }',
  );
  const selfCycle = edited(
    '          closed_at: { type: date, description: the day the last contract ended }',
    '          closed_at: { type: date, description: the day the last contract ended }\n' +
      '          referred_by: { references: { collection: customers, field: id } }',
  );
  const clock = edited(
    'retention: { rule: telecom_traffic, clock: recorded_at }',
    'retention: { rule: telecom_traffic, clock: recorded }',
  );
  const primaryKey = edited('        primaryKey: [customer_id]', '        primaryKey: [customer]');
  const identity = edited('identity: iban, erasure: hmac', 'identity: bank_account, erasure: hmac');
  const duplicate = edited(
    '          cell_id: { type: text, categories: [location] }\n          latitude',
    '          cell_id: { type: text, categories: [location] }\n          msisdn: { type: text }\n          latitude',
  );
  return [
    {
      kind: 'a misspelt key',
      text: typo,
      code: 'DATAMAP_UNKNOWN_KEY',
      where: at(typo, 'retension'),
      message: /unknown key "retension" \(did you mean "retention"\?\)/,
    },
    {
      kind: 'a reference to a collection that is not in the map',
      text: danglingCollection,
      code: 'DATAMAP_DANGLING_REFERENCE',
      where: at(danglingCollection, 'contact, field', { shift: 0 }),
      message: /collection "contact" is not in system cloudaware \(did you mean "contacts"\?\)/,
    },
    {
      kind: 'a reference to a field that is not in the map',
      text: danglingField,
      code: 'DATAMAP_DANGLING_REFERENCE',
      where: at(danglingField, 'telefoon'),
      message: /field "telefoon" is not among the fields of contacts/,
    },
    {
      kind: 'a reference to a system that is not in the map',
      text: danglingSystem,
      code: 'DATAMAP_DANGLING_REFERENCE',
      where: at(danglingSystem, 'crm,'),
      message: /system "crm" is not in the data map/,
    },
    {
      kind: 'a cycle through two collections',
      text: cycle,
      code: 'DATAMAP_REFERENCE_CYCLE',
      where: at(cycle, '{ collection: contracts, field: id, origin: foreign_key }'),
      message:
        /cycle \(customers\.main_contract_id → contracts\.id, contracts\.customer_id → customers\.id\).*follow: false/,
    },
    {
      kind: 'a collection that references itself',
      text: selfCycle,
      code: 'DATAMAP_REFERENCE_CYCLE',
      where: at(selfCycle, '{ collection: customers, field: id } }'),
      message: /cycle \(customers\.referred_by → customers\.id\)/,
    },
    {
      kind: 'a retention clock that is not a field of the collection',
      text: clock,
      code: 'DATAMAP_UNKNOWN_FIELD',
      where: at(clock, 'recorded }'),
      message: /clock field "recorded" is not among the fields of location_records/,
    },
    {
      kind: 'a primary key that is not a field',
      text: primaryKey,
      code: 'DATAMAP_UNKNOWN_FIELD',
      where: at(primaryKey, 'customer]'),
      message: /primary-key field "customer" is not among the fields of marketing_preferences/,
    },
    {
      kind: 'an identity kind that does not exist',
      text: identity,
      code: 'DATAMAP_INVALID',
      where: at(identity, 'bank_account, erasure'),
      message:
        /expected one of "email", "phone", "customer_id", "ip_address", "iban", got text "bank_account"/,
    },
    {
      kind: 'a field declared twice',
      text: duplicate,
      code: 'DATAMAP_YAML_SYNTAX',
      where: at(duplicate, 'msisdn: { type: text }'),
      message: /[Dd]uplicate|unique/,
    },
  ];
})();

describe('data-map loader errors', () => {
  it.each(cases)('$kind: $code at the exact line and column', ({ text, code, where, message }) => {
    const err = loadError(text);
    expect(err.code).toBe(code);
    expect(err.details).toHaveLength(1);
    const [detail] = err.details;
    expect(detail!.location).toEqual({ file: 'datamap.yaml', ...where });
    expect(detail!.message).toMatch(message);
    // The message a user reads names the place, so no one has to search the file.
    expect(err.describe()).toContain(`datamap.yaml:${where.line}:${where.column}:`);
  });

  it('reports every problem of a file at once, in file order', () => {
    const text = edited(callRecordsRef, callRecordsRef.replace('contacts', 'contact')).replace(
      'retention: { rule: telecom_traffic, clock: recorded_at }',
      'retention: { rule: telecom_traffic, clock: recorded }',
    );
    const err = loadError(text);
    expect(err.details.map((d) => d.code)).toEqual(['DATAMAP_DANGLING_REFERENCE', 'DATAMAP_UNKNOWN_FIELD']);
    expect(err.details[0]!.location!.line).toBeLessThan(err.details[1]!.location!.line);
  });

  it('a cycle broken with follow: false loads', () => {
    const text = edited(
      '          closed_at: { type: date, description: the day the last contract ended }',
      '          closed_at: { type: date, description: the day the last contract ended }\n' +
        '          referred_by: { references: { collection: customers, field: id, follow: false } }',
    );
    expect(
      parseDatamap(text, 'datamap.yaml').datamap.systems.cloudaware!.collections.customers!.fields
        .referred_by,
    ).toBeDefined();
  });

  it('a clock kept in a collection no reference leads to is refused', () => {
    const text = edited(
      '        retention: { rule: website_statistics, clock: day }',
      '        retention: { rule: website_statistics, clock: { collection: customers, field: closed_at } }',
    );
    const err = loadError(text);
    expect(err.code).toBe('DATAMAP_CLOCK_UNREACHABLE');
    expect(err.details[0]!.location).toEqual({
      file: 'datamap.yaml',
      ...at(text, 'rule: website_statistics, clock: { collection: customers', {
        shift: 'rule: website_statistics, clock: { collection: '.length,
      }),
    });
  });
});

describe('the data map against the policy', () => {
  it('the CloudAware map loads and matches the CloudAware policy without errors or warnings', () => {
    const loaded = parseDatamap(example, 'datamap.yaml');
    expect(checkDatamapAgainstPolicy(loaded, policy)).toEqual({ errors: [], warnings: [] });
  });

  it('an unknown category is an error at the category, with a suggestion', () => {
    const text = edited(
      'categories: [bank_account], identity: iban',
      'categories: [bank_acount], identity: iban',
    );
    const { errors } = checkDatamapAgainstPolicy(parseDatamap(text, 'datamap.yaml'), policy);
    expect(errors).toEqual([
      expect.objectContaining({
        code: 'DATAMAP_UNKNOWN_CATEGORY',
        location: { file: 'datamap.yaml', ...at(text, 'bank_acount') },
        message: expect.stringMatching(
          /"bank_acount" is not a data category of the policy \(did you mean "bank_account"\?\)/,
        ),
      }),
    ]);
  });

  it('an unknown retention rule is an error at the rule', () => {
    const text = edited(
      'retention: { rule: telecom_traffic, clock: recorded_at }',
      'retention: { rule: telecom, clock: recorded_at }',
    );
    const { errors } = checkDatamapAgainstPolicy(parseDatamap(text, 'datamap.yaml'), policy);
    expect(errors).toEqual([
      expect.objectContaining({
        code: 'DATAMAP_UNKNOWN_RULE',
        location: { file: 'datamap.yaml', ...at(text, 'telecom, clock') },
        message: expect.stringContaining('"telecom" is not a retention rule of the policy'),
      }),
    ]);
  });

  it('personal data that no retention rule governs is a warning at the collection', () => {
    const text = edited('        retention: { rule: webserver_logs, clock: started_at }\n', '');
    const { errors, warnings } = checkDatamapAgainstPolicy(parseDatamap(text, 'datamap.yaml'), policy);
    expect(errors).toEqual([]);
    expect(warnings).toEqual([
      expect.objectContaining({
        code: 'DATAMAP_NO_RETENTION',
        path: 'systems.cloudaware.collections.web_sessions',
      }),
    ]);
    expect(warnings[0]!.location).toEqual({ file: 'datamap.yaml', ...at(text, 'web_sessions:') });
  });
});
