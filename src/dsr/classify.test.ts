import { describe, expect, it } from 'vitest';
import { classifyRequestText, findCustomerNumber, guessLanguage } from './classify.js';

describe('reading the right from an e-mail', () => {
  it.each([
    ['Inzageverzoek\nGraag ontvang ik inzage in mijn persoonsgegevens.', 'access'],
    ['Subject access request\nPlease send me a copy of my personal data.', 'access'],
    ['Verzoek tot verwijdering\nVerwijder al mijn gegevens.', 'erasure'],
    ['Please erase my data. I invoke my right to be forgotten.', 'erasure'],
    ['Correctie adres\nMijn adres is onjuist, graag corrigeren naar Dorpsstraat 1.', 'rectification'],
    ['Please rectify my date of birth, it is wrong.', 'rectification'],
    ['Ik maak bezwaar tegen het gebruik van mijn gegevens voor fraudeonderzoek.', 'objection'],
    ['Afmelden nieuwsbrief\nIk wil geen reclame meer.', 'objection'],
    ['Dataportabiliteit: graag mijn gegevens overdragen naar mijn nieuwe provider.', 'portability'],
    ['I request data portability of my data.', 'portability'],
    ['Hierbij trek ik mijn toestemming in voor locatiegegevens.', 'withdraw_consent'],
    ['I withdraw my consent for marketing analytics.', 'withdraw_consent'],
    ['Beperking van de verwerking graag, tot het geschil is opgelost.', 'restriction'],
    ['Mijn dochter is 13 en heeft zonder ouderlijke toestemming een account aangemaakt.', 'minor_report'],
  ])('%s → %s', (text, type) => {
    expect(classifyRequestText(text).type).toBe(type);
  });

  it.each([
    'Hoi, waarom is mijn rekening deze maand hoger?',
    'Hello, my internet is down again.',
    // Two rights with equal weight: an operator decides.
    'Geef mij inzage en verwijder daarna alles.',
  ])('leaves "%s" unknown', (text) => {
    expect(classifyRequestText(text).type).toBe('unknown');
  });

  it('tells a direct-marketing objection from one on legitimate interest', () => {
    expect(classifyRequestText('Ik maak bezwaar tegen uw nieuwsbrief.').details).toMatchObject({
      type: 'objection',
      ground: 'direct_marketing',
    });
    expect(classifyRequestText('I object to the processing of my location data.').details).toMatchObject({
      type: 'objection',
      ground: 'legitimate_interest',
    });
  });

  it('guesses the language', () => {
    expect(guessLanguage('Ik wil graag inzage in mijn gegevens.')).toBe('nl');
    expect(guessLanguage('I would like a copy of my data, kind regards.')).toBe('en');
  });

  it('finds a customer number written in the text', () => {
    expect(findCustomerNumber('Mijn klantnummer is CA-204511.')).toBe('CA-204511');
    expect(findCustomerNumber('customer number: 889977')).toBe('889977');
    expect(findCustomerNumber('geen nummer hier')).toBeUndefined();
    expect(findCustomerNumber('mijn klantnummer weet ik niet')).toBeUndefined();
  });
});
