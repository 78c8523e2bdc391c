import { describe, expect, it } from 'vitest';
import { valuesOf } from '../../../test/helpers/pii.js';

describe('person-name detector', () => {
  it('finds given name and surname, with tussenvoegsels', () => {
    expect(
      valuesOf('person_name', 'Gisteren belde Sanne van der Linden over Jan de Vries en Piet Jansen.'),
    ).toEqual(['Sanne van der Linden', 'Jan de Vries', 'Piet Jansen']);
  });

  it('finds names after titles and greetings, also unknown ones', () => {
    const text =
      'Geachte heer De Vries, Beste Wessel, Dear Mr. Abernathy, met dhr. Okonkwo gesproken en mevrouw van Dijk.';
    expect(valuesOf('person_name', text)).toEqual(['De Vries', 'Wessel', 'Abernathy', 'Okonkwo', 'van Dijk']);
  });

  it('finds initials with surnames', () => {
    expect(valuesOf('person_name', 'Getekend: J.P. van der Berg en A. Jansen.')).toEqual([
      'J.P. van der Berg',
      'A. Jansen',
    ]);
  });

  it('finds the signer after a sign-off and names after a role or a label', () => {
    expect(valuesOf('person_name', 'Met vriendelijke groet,\n\nMaud Zwart')).toEqual(['Maud Zwart']);
    expect(valuesOf('person_name', 'Mijn partner Ria Prins staat op het contract.')).toEqual(['Ria Prins']);
    expect(valuesOf('person_name', 'Naam: Wessel Akkerbroek')).toEqual(['Wessel Akkerbroek']);
  });

  it('reads a name column of a table', () => {
    expect(valuesOf('person_name', 'klantnummer;naam;plaats\n7168458;Tess Hoogendam;Leiden')).toEqual([
      'Tess Hoogendam',
    ]);
  });

  it('starts a name at the given name, not at the sentence word before it', () => {
    expect(valuesOf('person_name', 'Bel Jan de Vries morgen.')).toEqual(['Jan de Vries']);
  });

  it('leaves sentence openers, collective salutations, months and place names alone', () => {
    const text =
      'Beste klant, Dear Customer, Hallo allemaal. De Kamer van Koophandel in Amsterdam. In May 2024 Mark the date.';
    expect(valuesOf('person_name', text)).toEqual([]);
  });

  it('does not read a street as a name', () => {
    expect(valuesOf('person_name', 'Ik woon op de Jan van Galenstraat 12.')).toEqual([]);
  });

  it('takes a name quoted after its label or key, and one after an agent phrase', () => {
    expect(
      valuesOf('person_name', 'From: "Ayşe te Riele" <a@example.nl>; holder="T. Hoekstra-Benali"'),
    ).toEqual(['Ayşe te Riele', 'T. Hoekstra-Benali']);
    expect(valuesOf('person_name', 'Behandeld door Mirjam P.\nSpoke to G. Whitfield-Postma today')).toEqual([
      'Mirjam P.',
      'G. Whitfield-Postma',
    ]);
    // An agent phrase does not make an unknown capitalised word a name.
    expect(valuesOf('person_name', 'Uw klacht wordt behandeld door Klantenservice')).toEqual([]);
  });

  it('does not read a place with "aan den" as a name', () => {
    expect(valuesOf('person_name', '4257BR Alphen aan den Rijn; 2902 AB Capelle aan den IJssel')).toEqual([]);
  });

  it('takes a name in register order with its initials and particles, not the next name of a list', () => {
    expect(valuesOf('person_name', 'Klant: Broek, M. van den\nCustomer: Visser, R.')).toEqual([
      'Broek, M. van den',
      'Visser, R.',
    ]);
    expect(valuesOf('person_name', 'Aanwezig: Jan Jansen, A. Bakker')).toEqual(['Jan Jansen', 'A. Bakker']);
  });

  it('takes the agent of a call note, a name someone goes by and a greeting on the same line', () => {
    const note =
      '13-02-2023 08:43 | inb. | medew. Sophie T.\ncb als het speelt, roepnaam Rachid\nthx, groet Petra';
    expect(valuesOf('person_name', note)).toEqual(['Sophie T.', 'Rachid', 'Petra']);
    expect(valuesOf('person_name', 'de user agent Mozilla; agent Klantenservice; groet Polderlink')).toEqual(
      [],
    );
  });

  it("takes a known given name in a chat log's speaker place, after its time stamp", () => {
    const chat =
      '07:18  Chloe: Ik zie een storing\n[20:00:53] Sophie: new number\n26-08-2024 13:14 - Roos: we move';
    expect(valuesOf('person_name', chat)).toEqual(['Chloe', 'Sophie', 'Roos']);
    expect(valuesOf('person_name', '07:18  Klant: hallo\nom 07:18  Chloe gebeld\n1:2 Sophie')).toEqual([]);
  });

  it('takes initials and a surname under a formal closing', () => {
    expect(
      valuesOf('person_name', 'Yours faithfully,\nR. Manuhutu\n\nHoogachtend,\n\nJ. de Vries\n'),
    ).toEqual(['R. Manuhutu', 'J. de Vries']);
  });

  it('takes a known given name mentioned with @, not the domain of an address', () => {
    expect(valuesOf('person_name', '@Menno kun jij kijken? cc @Storing; mail jan@Menno.nl')).toEqual([
      'Menno',
    ]);
  });

  it('reads register order with given names or initials where the pair fills a cell', () => {
    expect(valuesOf('person_name', 'Klantnr: 571-736-613 | Pronk, Joost\n====')).toEqual(['Pronk, Joost']);
    expect(valuesOf('person_name', '12/08/2024,Kalloe, Priya,ID card,LAJNU0J42')).toEqual(['Kalloe, Priya']);
    expect(valuesOf('person_name', '   Van der Zwaag-van Leeuwen, Mirjam | Nieuwe Binnenweg 15')).toEqual([
      'Van der Zwaag-van Leeuwen, Mirjam',
    ]);
    expect(valuesOf('person_name', 'Cust. no: 969078316 | Wójcik, M.K.\n')).toEqual(['Wójcik, M.K.']);
    // In a sentence the comma joins clauses, not a surname and a given name.
    expect(valuesOf('person_name', 'In Utrecht, Priya zei dat het werkte.')).toEqual([]);
  });

  it('reads values aligned after their label, and more labels of forms and tickets', () => {
    expect(valuesOf('person_name', 'Name:\tA. Ziani\nEmail address:\ta.ziani@icloud.com')).toEqual([
      'A. Ziani',
    ]);
    expect(valuesOf('person_name', 'Name:        Smits\nAddress:     Rozenweg 22C')).toEqual(['Smits']);
    expect(valuesOf('person_name', 'Naam ondertekenaar: P. Zieliński\nHandtekening: ____')).toEqual([
      'P. Zieliński',
    ]);
    expect(valuesOf('person_name', 'Case INC5299264 | analyst: K. Mangal | opened 2023-10-26')).toEqual([
      'K. Mangal',
    ]);
  });

  it('reads a greeting across an inline tag, an agent with an initial, and a chat "gr"', () => {
    expect(valuesOf('person_name', '<p>Dear <strong>Niels</strong>,</p>')).toEqual(['Niels']);
    expect(valuesOf('person_name', '21-08-2023 08:23 | chat→tel | medew. Siobhan W.\nzoon belt')).toEqual([
      'Siobhan W.',
    ]);
    expect(valuesOf('person_name', '[10:25:50] Customer: no thanks! gr Wilma\n')).toEqual(['Wilma']);
  });

  it('does not read a legal form as initials', () => {
    expect(valuesOf('person_name', 'Thank you for choosing Polderlink B.V. Below are the details.')).toEqual(
      [],
    );
    expect(valuesOf('person_name', 'Getekend: B.V. Jansen')).toEqual(['B.V. Jansen']);
  });

  it('leaves a street named after a title’s bearer to the address', () => {
    expect(valuesOf('person_name', 'De monteur komt naar Dr. Schaepmanstraat 118. Bel Dr. Jansen.')).toEqual([
      'Jansen',
    ]);
  });

  it('leaves a name followed by a legal form to the organisation it names', () => {
    expect(valuesOf('person_name', '12/08/2024,Wolters, Evi,Klant: Flora BV,paspoort')).toEqual([
      'Wolters, Evi',
    ]);
    expect(valuesOf('person_name', 'Creditor name: Polderlink B.V.\nDebtor: Jan Jansen')).toEqual([
      'Jan Jansen',
    ]);
  });
});

describe('names that start with a capital of Latin Extended-A', () => {
  it('takes Ş, Ł and other capitals outside Latin-1 as capitals', () => {
    expect(
      valuesOf('person_name', 'From: Ömer Şahin <x@y.nl>; Name: Łukasz Kowalski; Beste mevrouw Şahin,'),
    ).toEqual(['Ömer Şahin', 'Łukasz Kowalski', 'Şahin']);
  });
});

describe('roles, ticket fields and the parties of a case', () => {
  it('takes a known given name or initials after a role word', () => {
    expect(
      valuesOf(
        'person_name',
        'Morgen komt monteur Kenneth langs; notaris S. Brinkman tekent; de buurvrouw Fenna belde.',
      ),
    ).toEqual(['Kenneth', 'S. Brinkman', 'Fenna']);
  });

  it('does not take a job title after "kandidaat" or a product after "driver" for a name', () => {
    expect(
      valuesOf(
        'person_name',
        'Subject: Kandidaat Product Owner — vacature. Install driver Intel Wireless first.',
      ),
    ).toEqual([]);
  });

  it('reads names after the fields of tickets and of lawful demands, also outside the lexicon', () => {
    expect(
      valuesOf(
        'person_name',
        'Requester: Vikram Chatterjee <v@example.in>\nAssignee: Rishi Kapoor\nOpsporingsambtenaar: C. Eersel, Politie',
      ),
    ).toEqual(['Vikram Chatterjee', 'Rishi Kapoor', 'C. Eersel']);
  });

  it('reads who wrote a note or a comment, and a name given on the phone, when the name is known', () => {
    expect(
      valuesOf(
        'person_name',
        'Comment by Femke: reproducible. Notitie Teun: gebeld. "Goedemorgen, met Fatima." Met Maandag',
      ),
    ).toEqual(['Femke', 'Teun', 'Fatima']);
  });
});

describe('keys of configuration files and directory entries', () => {
  it('reads a name after "name = " and a directory entry\'s common name', () => {
    const text =
      '[contact.noc]\nname = Jannik Ostendorf\ndn: cn=Wiebke Weißenborn,ou=finance\ncn: Jürgen Ahlers';
    expect(valuesOf('person_name', text)).toEqual(['Jannik Ostendorf', 'Wiebke Weißenborn', 'Jürgen Ahlers']);
  });

  it('leaves other keys alone', () => {
    expect(
      valuesOf('person_name', 'version = Debian Bookworm\nhostname = Core Router\nacn: Sales Team'),
    ).toEqual([]);
  });
});

describe('weak candidates holding a name the text has shown', () => {
  it('redacts the initial with a surname found elsewhere in the text', () => {
    const text =
      'Dear Mr Zwardonk,\n\nCondolence letter sent to M. Zwardonk, Kanaalweg Oost 78, 9738 SK Leeuwarden.';
    expect(valuesOf('person_name', text)).toEqual(['Zwardonk', 'M. Zwardonk']);
  });

  it('leaves the initial alone when the surname is named nowhere else', () => {
    expect(valuesOf('person_name', 'Condolence letter sent to M. Zwardonk, Kanaalweg Oost 78.')).toEqual([]);
  });
});

describe('institutions, departments and job titles', () => {
  it('are no names after a greeting, a label or a signature', () => {
    const text =
      'Dear Data Protection Officer,\n\nBest regards,\n\nMariëlle Nijsten\nTechnical Support | Mergelweb\nFrom: Politie eenheid Limburg';
    expect(valuesOf('person_name', text)).toEqual(['Mariëlle Nijsten']);
  });
});

describe('names in capitals after a label', () => {
  it('takes two words or more in capitals the lexicon knows one of, ending their line or cell', () => {
    const text =
      'Klant: TINE WOUTERS\nSubscriber: NIKHIL SHARMA, born 1962-03-08\nKlant: GERDA VAN DER MEER\nKlant: "AYLA DOĞAN"';
    expect(valuesOf('person_name', text)).toEqual([
      'TINE WOUTERS',
      'NIKHIL SHARMA',
      'GERDA VAN DER MEER',
      'AYLA DOĞAN',
    ]);
  });

  it('leaves capitals after other labels, unknown words, a single word and running text alone', () => {
    const text =
      'Status: OPEN TICKET\nKlant: ACME HOLDING\nKlant: WOUTERS\nKlant: TINE WOUTERS belt terug\nNOTE: JAN JANSEN';
    expect(valuesOf('person_name', text)).toEqual([]);
  });
});

describe('who speaks, is named by a role or signs with a dash', () => {
  it('takes a chat speaker outside the lexicon who speaks twice, not a note label that opens one line', () => {
    const chat =
      '[20:52] Fiifi: can someone look at this?\n[21:00] Lieke: ok\n[21:30] Fiifi: thanks\n[22:00] Related: 584000583';
    expect(valuesOf('person_name', chat)).toEqual(['Fiifi', 'Lieke', 'Fiifi']);
  });

  it('takes a known given name after "engineer is", "mailed" or a signing dash', () => {
    expect(
      valuesOf(
        'person_name',
        'Your engineer is Wout. Uw monteur is Marloes. ok, mailed Sophie at 9. van VH-583-T — Yvonne',
      ),
    ).toEqual(['Wout', 'Marloes', 'Sophie', 'Yvonne']);
  });
});
