import { beforeAll, describe, expect, it } from 'vitest';
import { loadDatamapFile } from '../datamap/load.js';
import type { Datamap } from '../datamap/schema.js';
import { demoDatamapPath, demoPolicyPath } from '../paths.js';
import { loadPolicyFile } from '../policy/load.js';
import type { Policy } from '../policy/schema.js';
import { affectedCollections, estimateAffected } from './affected.js';
import { type Breach, checkBreachInput } from './incident.js';
import { subjectLetter } from './letter.js';
import { authorityNotice } from './notice.js';

let policy: Policy;
let datamap: Datamap;
beforeAll(async () => {
  policy = (await loadPolicyFile(demoPolicyPath)).policy;
  datamap = (await loadDatamapFile(demoDatamapPath)).datamap;
});

function breach(input: Record<string, unknown>): Breach {
  return {
    ...checkBreachInput({ awareAt: '2026-03-28 23:30', ...input }),
    id: 'br_test',
    telecom: true,
    recordedAt: new Date('2026-03-28T23:00:00Z'),
    phases: [],
  };
}

const complete = {
  occurredAt: '2026-03-28 21:00',
  description: 'A misconfigured backup bucket was publicly readable.',
  categories: ['name', 'email', 'bank_account'],
  subjects: 'customers',
  approxPeople: 1200,
  approxRecords: 3400,
  consequences: 'Phishing and fraudulent direct debits.',
  measures: 'Bucket closed; access logs reviewed; keys rotated.',
  risk: 'high',
  riskReasons: 'Bank account numbers with names enable fraud.',
};

describe('the notice to the Autoriteit Persoonsgegevens', () => {
  it('carries every item of Art. 33(3)(a)–(d), the DPO as contact point, and due times to the minute', () => {
    const n = authorityNotice(breach(complete), policy, 'en', new Date('2026-03-29T08:00:00Z'));
    expect(n.missing).toEqual([]);
    expect(n.items.map((i) => i.article)).toEqual(
      expect.arrayContaining(['33(3)(a)', '33(3)(b)', '33(3)(c)', '33(3)(d)']),
    );
    const item = (key: string) => n.items.find((i) => i.key === key)?.value;
    expect(item('approxPeople')).toBe('~1200');
    expect(item('approxRecords')).toBe('~3400');
    expect(item('categories')).toContain('Bank account');
    expect(item('contact')).toContain('Jeroen Hermans');
    expect(item('contact')).toContain('privacy@cloudaware.eu');
    expect(n.text).toContain('Became aware: 2026-03-28 23:30 CET');
    expect(n.text).toContain('Notification due (24 hours): 2026-03-30 00:30 CEST (2026-03-29T22:30Z)');
    expect(n.text).toContain('Notification due (72 hours): 2026-04-01 00:30 CEST (2026-03-31T22:30Z)');
    expect(n.late).toBe(false);
  });

  it('names each missing item, in Dutch too', () => {
    const n = authorityNotice(
      breach({ categories: ['email'] }),
      policy,
      'nl',
      new Date('2026-03-29T08:00:00Z'),
    );
    expect(n.missing).toEqual([
      'Aard van de inbreuk',
      'Categorieën betrokkenen',
      'Geschat aantal betrokkenen',
      'Geschat aantal registraties',
      'Waarschijnlijke gevolgen',
      'Genomen of voorgestelde maatregelen',
    ]);
    expect(n.text).toContain('Waarschijnlijke gevolgen [Art. 33(3)(c)]: [ONTBREEKT');
    expect(n.text).toContain('Ontdekt op: 2026-03-28 23:30 CET');
  });

  it('marks the first notice initial and later ones as follow-ups (Art. 33(4))', () => {
    const b = breach(complete);
    expect(authorityNotice(b, policy, 'en', new Date('2026-03-29T08:00:00Z')).text).toContain(
      'Type: initial notification',
    );
    b.phases.push({
      seq: 1,
      audience: 'authority',
      phase: 'initial',
      sentAt: new Date('2026-03-29T09:00:00Z'),
      content: 'x',
      delayReasons: null,
    });
    expect(authorityNotice(b, policy, 'nl', new Date('2026-03-30T08:00:00Z')).text).toContain(
      'Soort melding: aanvulling 1 op de melding van 2026-03-29 11:00 CEST',
    );
  });

  it('says it is late once the governing clock has run out', () => {
    const n = authorityNotice(breach(complete), policy, 'en', new Date('2026-03-29T22:30:00Z'));
    expect(n.late).toBe(true);
    expect(n.text).toContain('reasons for the delay');
  });
});

describe('the letter to the people affected', () => {
  it('explains in plain language what happened, whom to contact, consequences, measures and self-help', () => {
    const l = subjectLetter(breach(complete), policy, 'nl');
    expect(l.missing).toEqual([]);
    expect(l.subject).toContain('CloudAware');
    for (const s of [complete.description, complete.consequences, complete.measures, 'Jeroen Hermans']) {
      expect(l.text).toContain(s);
    }
    expect(l.text).toContain('Wat kunt u zelf doen?');
    expect(l.text).toContain('bankafschriften');
    expect(l.text).not.toMatch(/Art\.|33\(/);
    expect(l.notRequired).toBeNull();
    const en = subjectLetter(breach(complete), policy, 'en');
    expect(en.text).toContain('What can you do yourself?');
    expect(en.text).toContain('bank statements');
  });

  it('names what is missing and says when no letter is required (Art. 34(3)(a))', () => {
    const l = subjectLetter(breach({ unintelligible: true }), policy, 'en');
    expect(l.missing).toEqual(['what happened', 'likely consequences', 'measures taken']);
    expect(l.text).toContain('[MISSING: what happened]');
    expect(l.notRequired).toContain('34(3)(a)');
  });
});

describe('affected data from the data map', () => {
  it('finds the collections holding the categories, and sums counts from a counter', async () => {
    const found = affectedCollections(datamap, ['bank_account']);
    expect(found.length).toBeGreaterThan(0);
    for (const c of found) {
      const fields = datamap.systems[c.system]!.collections[c.collection]!.fields;
      expect(c.fields.every((f) => fields[f]!.categories.includes('bank_account'))).toBe(true);
    }
    expect(affectedCollections(datamap, [])).toEqual([]);
    const est = await estimateAffected(datamap, ['bank_account'], {
      count: async (c) => ({ rows: c.fields.length * 10, people: 7 }),
    });
    expect(est.records).toBe(found.reduce((s, c) => s + c.fields.length * 10, 0));
    expect(est.peopleAtLeast).toBe(7);
  });
});
