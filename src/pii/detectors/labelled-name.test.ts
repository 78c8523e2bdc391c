import { describe, expect, it } from 'vitest';
import { found, valuesOf } from '../../../test/helpers/pii.js';

describe('names in capitals after a document or form label', () => {
  it('takes the capitals after the labels of an ID card, to the end of the line', () => {
    const ocr =
      'IDENTITY CARD\nNaam / Surname: VAN DER MEER\nVoornamen / Given names: SJOERD\nSURNAME: O’BRIEN\r\n';
    expect(found(ocr, { types: ['person_name'] })).toEqual([
      'person_name: VAN DER MEER',
      'person_name: SJOERD',
      'person_name: O’BRIEN',
    ]);
  });

  it('leaves placeholders, values with digits and capitals without a label alone', () => {
    expect(
      found('name: UNKNOWN\nName: ERROR 404\nSTATUS: ACTIEF\nVAN DER MEER', { types: ['person_name'] }),
    ).toEqual([]);
  });

  it('reads a note in brackets after the label, English "Name:", and register order with a comma', () => {
    const form =
      'NAAM (DOCUMENT): ROELOFS, EMMA\nName (document):\tUIT DEN BOGAARD, ERIK HENDRIK\nName: MALIKA AZZOUZI\n';
    expect(found(form, { types: ['person_name'] })).toEqual([
      'person_name: ROELOFS, EMMA',
      'person_name: UIT DEN BOGAARD, ERIK HENDRIK',
      'person_name: MALIKA AZZOUZI',
    ]);
    // A bracket that is no short note, or a placeholder, keeps the value out.
    expect(
      found('Name (as it appears on the document): JAN\nName: TBD\n', { types: ['person_name'] }),
    ).toEqual([]);
  });
});

describe('names after a holder cue', () => {
  it('takes a name typed in lower case when the lexicon knows a part or initials open it', () => {
    expect(valuesOf('person_name', 'zoon belt namens klant: tim hoogendoorn, tel 06 12345678.')).toEqual([
      'tim hoogendoorn',
    ]);
    expect(
      valuesOf('person_name', 'iban naar DE50 1240 2168 4283 5513 02 tnv r. benali. nieuwe machtiging'),
    ).toEqual(['r. benali']);
    expect(valuesOf('person_name', 'relative calling on behalf: lisa de groot, ph 0651447825')).toEqual([
      'lisa de groot',
    ]);
  });

  it('takes a capitalised name after the cue whatever the lexicon says', () => {
    expect(
      valuesOf('person_name', "refund to NL23 RABO 1189 1530 99 in the name of Bronwen O'Donnell.\n"),
    ).toEqual(["Bronwen O'Donnell"]);
  });

  it('leaves ordinary words, pronouns, a lone name and organisations after the cue alone', () => {
    for (const text of [
      'namens iedereen bedankt.',
      'tnv de klant.',
      'namens mij, groet',
      'namens Jan.',
      'tnv Eemsvezel BV.',
      'tnv Acme B.V.',
      'on behalf of The Company.',
      'namens Jan en Piet.',
    ])
      expect(valuesOf('person_name', text), text).toEqual([]);
  });
});

describe('people listed after a label, and their names repeated', () => {
  const minutes = [
    'Notulen — Overleg colocatie',
    'Aanwezig: Elke Van Damme, R. van den Hoek, Mohammed Ouali; gast: Fatima Ben Haddou (Stichting Glasvezel Noord)',
    'Afwezig m.k.: Hennie',
    '',
    '1. Opening. Elke zit voor. Klant Ouali belt terug.',
    'Present: Jan Jansen and Piet de Vries',
  ].join('\n');

  it('takes every name on an attendance line, without roles and bracketed notes', () => {
    expect(valuesOf('person_name', minutes)).toEqual(
      expect.arrayContaining([
        'Elke Van Damme',
        'R. van den Hoek',
        'Mohammed Ouali',
        'Fatima Ben Haddou',
        'Hennie',
        'Jan Jansen',
        'Piet de Vries',
      ]),
    );
  });

  it('finds the later mentions of a listed name by its words', () => {
    const names = found(minutes, { types: ['person_name'] });
    expect(names).toContain('person_name: Elke');
    expect(names).toContain('person_name: Ouali');
    expect(names).not.toContain('person_name: Stichting Glasvezel Noord');
  });

  it('leaves list lines of things alone', () => {
    expect(valuesOf('person_name', 'Aanwezig: 12 deelnemers, koffie en thee\nPresent: n/a')).toEqual([]);
  });
});

describe("the owner's name in a device's host name", () => {
  it('takes the name of "iPhone-van-Roelie" and of English possessives such as "Annas-iPhone"', () => {
    const leases =
      'client-hostname "iPhone-van-Roelie";\nclient-hostname "Malgorzatas-MBP";\nhost MacBook-Pro-van-Jan-Willem';
    expect(valuesOf('person_name', leases)).toEqual(['Roelie', 'Malgorzata', 'Jan-Willem']);
    expect(valuesOf('person_name', 'client-hostname "Galaxy-Reshma";\nhost iPhone-Joost.lan')).toEqual([
      'Reshma',
      'Joost',
    ]);
  });

  it('leaves particles, lower case and words that are no device alone', () => {
    expect(valuesOf('person_name', 'x-van-Der; y-van-jan; Thomass-Server; los-pc')).toEqual([]);
    expect(
      valuesOf('person_name', 'MacBook-Pro\n"Galaxy-Note"\nx-Galaxy-Mirte\nGalaxy-De\npc-Anna-2'),
    ).toEqual([]);
  });
});

describe('a caller introducing themselves in a transcript', () => {
  it('takes the name after "dit is", "this is", "u spreekt met" without capitals or punctuation', () => {
    expect(
      valuesOf('person_name', 'goeiemorgen eh ja dit is wessel van wijngaarden van hoofdweg 152'),
    ).toEqual(['wessel van wijngaarden']);
    expect(valuesOf('person_name', 'hi yeah this is lukas müller um calling about my broadband')).toEqual([
      'lukas müller',
    ]);
  });

  it('leaves "this is" before ordinary words, a lone first name and a name followed by a function word alone', () => {
    for (const text of [
      'this is really bad',
      'dit is echt slecht',
      'this is mark from the helpdesk',
      'this is jan',
    ])
      expect(valuesOf('person_name', text), text).toEqual([]);
  });

  it('takes a known name typed in lower case after a sign-off, and leaves ordinary words after one alone', () => {
    expect(valuesOf('person_name', '> cheers wessel van wijngaarden\n> gr lukas müller')).toEqual([
      'wessel van wijngaarden',
      'lukas müller',
    ]);
    for (const text of ['thanks again for the quick fix', 'groetjes en tot morgen', 'cheers mate'])
      expect(valuesOf('person_name', text), text).toEqual([]);
  });

  it("takes a known name typed in lower case after who called in an agent's note", () => {
    expect(
      valuesOf(
        'person_name',
        'klant noor janssen belde ivm storing\ncust harry pemberton called\ndochter heike offermann belde namens haar moeder',
      ),
    ).toEqual(['noor janssen', 'harry pemberton', 'heike offermann']);
    for (const text of ['klant belde terug', 'klant tevreden over de monteur', 'partner account aangemaakt'])
      expect(valuesOf('person_name', text), text).toEqual([]);
  });
});
