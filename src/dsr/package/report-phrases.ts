import type { RequestLanguage } from '../request.js';

/**
 * The fixed sentences of the access report (Art. 15) and the erasure certificate, per language.
 * Sentences about purposes, bases, retention and rights come from the statement's own phrase tables
 * (src/policy/render/phrases-*.ts), so the report says what the statement says, in its words.
 */
export interface ReportPhrases {
  title: string;
  intro: (org: string, reference: string, date: string) => string;
  confirmation: (rows: number) => string;
  noData: string;
  headings: {
    overview: string;
    purposes: string;
    categories: string;
    recipients: string;
    retention: string;
    rights: string;
    complaint: string;
    source: string;
    automated: string;
    others: string;
    contact: string;
    files: string;
  };
  overviewHeader: [system: string, collection: string, rows: string];
  basisUnstated: string;
  recipientsNone: string;
  recipientsUnstated: string;
  transfersUnstated: string;
  retentionUnstated: string;
  rightsIntro: string;
  restrictionText: string;
  complaintDefault: string;
  sources: Record<'data_subject' | 'service_use' | 'third_party' | 'public_source', string>;
  noAutomated: string;
  profiling: (purposes: string) => string;
  redacted: (count: number) => string;
  notRedacted: string;
  contact: (name: string, email: string) => string;
  filesText: string;
  certificate: {
    title: string;
    intro: (org: string, reference: string, date: string) => string;
    header: [
      system: string,
      collection: string,
      found: string,
      erased: string,
      anonymised: string,
      kept: string,
    ];
    keptHeading: string;
    keptLine: (where: string, rows: number, why: string, article: string) => string;
    reasons: Record<'tax_record' | 'legal_hold' | 'referenced_by_kept', string>;
    nothingKept: string;
    restricted: string;
    notified: (names: string) => string;
    noRecipients: string;
    noPersonalData: string;
  };
}

const nl: ReportPhrases = {
  title: 'Uw persoonsgegevens: antwoord op uw inzageverzoek',
  intro: (org, reference, date) =>
    `Dit is het antwoord van ${org} op uw verzoek om inzage (artikel 15 AVG), kenmerk ${reference}, opgesteld op ${date}.`,
  confirmation: (rows) =>
    `Wij verwerken persoonsgegevens van u. Hieronder staat waar, en in de map data/ vindt u een kopie van alle ${rows} gegevensregels, als JSON en als CSV.`,
  noData: 'Wij hebben geen persoonsgegevens van u gevonden.',
  headings: {
    overview: 'Waar wij uw gegevens bewaren',
    purposes: 'Waarvoor wij uw gegevens gebruiken, en op welke grondslag',
    categories: 'Welke soorten gegevens',
    recipients: 'Aan wie wij gegevens verstrekken',
    retention: 'Hoe lang wij de gegevens bewaren',
    rights: 'Uw rechten',
    complaint: 'Een klacht indienen',
    source: 'Waar de gegevens vandaan komen',
    automated: 'Geautomatiseerde besluitvorming',
    others: 'Gegevens van anderen',
    contact: 'Contact',
    files: 'De bestanden in dit pakket',
  },
  overviewHeader: ['Systeem', 'Verzameling', 'Regels'],
  basisUnstated: 'Grondslag: niet vermeld in onze privacyverklaring.',
  recipientsNone: 'Wij verstrekken deze gegevens aan niemand.',
  recipientsUnstated: 'Onze privacyverklaring vermeldt niet aan wie deze gegevens worden verstrekt.',
  transfersUnstated: 'Onze privacyverklaring vermeldt niet of gegevens buiten de EER worden doorgegeven.',
  retentionUnstated: 'Onze privacyverklaring vermeldt geen bewaartermijn voor dit doel.',
  rightsIntro: 'U heeft het recht om:',
  restrictionText: 'de verwerking van uw gegevens te laten beperken (artikel 18 AVG);',
  complaintDefault:
    'U heeft het recht een klacht in te dienen bij de Autoriteit Persoonsgegevens (https://autoriteitpersoonsgegevens.nl).',
  sources: {
    data_subject: 'van uzelf',
    service_use: 'uit uw gebruik van onze diensten',
    third_party: 'van derden',
    public_source: 'uit openbare bronnen',
  },
  noAutomated: 'Wij nemen geen besluiten over u die uitsluitend op geautomatiseerde verwerking berusten.',
  profiling: (purposes) => `Wij analyseren uw gedrag of voorkeuren (profilering) voor: ${purposes}.`,
  redacted: (count) =>
    `In ${count} ${count === 1 ? 'tekst' : 'teksten'} stonden gegevens van andere personen (zoals een naam of telefoonnummer in een bericht). Die hebben wij afgeschermd (artikel 15 lid 4 AVG); uw eigen gegevens staan er volledig in.`,
  notRedacted: 'Wij vonden in uw gegevens geen gegevens van andere personen die afgeschermd moesten worden.',
  contact: (name, email) => `Vragen over dit antwoord? Neem contact op met ${name} via ${email}.`,
  filesText:
    'manifest.json noemt elk bestand met het aantal regels en een SHA-256-controlegetal. data/<systeem>/<verzameling>.json en .csv bevatten de gegevens zelf.',
  certificate: {
    title: 'Verklaring van verwijdering',
    intro: (org, reference, date) =>
      `${org} heeft het verzoek om verwijdering (artikel 17 AVG) met kenmerk ${reference} uitgevoerd op ${date}. Deze verklaring noemt wat waar is gedaan; de verwijderde gegevens zelf staan er niet in.`,
    header: ['Systeem', 'Verzameling', 'Gevonden', 'Verwijderd', 'Geanonimiseerd', 'Bewaard'],
    keptHeading: 'Wat wij hebben bewaard, en waarom',
    keptLine: (where, rows, why, article) =>
      `${where}: ${rows} ${rows === 1 ? 'regel' : 'regels'} — ${why} (${article}).`,
    reasons: {
      tax_record:
        'administratie die wij volgens de belastingwet zeven jaar moeten bewaren; beperkt tot die bewaarplicht',
      legal_hold: 'valt onder een bevel tot bewaren (juridische blokkade)',
      referenced_by_kept: 'nodig om een bewaarde administratieregel intact te houden',
    },
    nothingKept: 'Wij hebben niets bewaard.',
    restricted:
      'De bewaarde gegevens staan op onze beperkingslijst: zij worden alleen nog bewaard, niet meer gebruikt, en verwijderd zodra de bewaarplicht eindigt.',
    notified: (names) =>
      `Wij hebben de volgende ontvangers op de hoogte gebracht (artikel 19 AVG): ${names}.`,
    noRecipients: 'Er waren geen ontvangers om op de hoogte te brengen (artikel 19 AVG).',
    noPersonalData: 'Deze verklaring bevat geen persoonsgegevens.',
  },
};

const en: ReportPhrases = {
  title: 'Your personal data: our answer to your access request',
  intro: (org, reference, date) =>
    `This is ${org}'s answer to your request for access (Article 15 GDPR), reference ${reference}, prepared on ${date}.`,
  confirmation: (rows) =>
    `We do process personal data about you. Below is where, and the folder data/ holds a copy of all ${rows} records, as JSON and as CSV.`,
  noData: 'We found no personal data about you.',
  headings: {
    overview: 'Where we keep your data',
    purposes: 'What we use your data for, and on what legal basis',
    categories: 'Which kinds of data',
    recipients: 'Who we share data with',
    retention: 'How long we keep the data',
    rights: 'Your rights',
    complaint: 'Making a complaint',
    source: 'Where the data comes from',
    automated: 'Automated decision-making',
    others: "Other people's data",
    contact: 'Contact',
    files: 'The files in this package',
  },
  overviewHeader: ['System', 'Collection', 'Records'],
  basisUnstated: 'Legal basis: not stated in our privacy statement.',
  recipientsNone: 'We do not share this data with anyone.',
  recipientsUnstated: 'Our privacy statement does not say who receives this data.',
  transfersUnstated: 'Our privacy statement does not say whether data is transferred outside the EEA.',
  retentionUnstated: 'Our privacy statement states no retention period for this purpose.',
  rightsIntro: 'You have the right to:',
  restrictionText: 'have the processing of your data restricted (Article 18 GDPR);',
  complaintDefault:
    'You have the right to lodge a complaint with the Dutch Data Protection Authority, the Autoriteit Persoonsgegevens (https://autoriteitpersoonsgegevens.nl).',
  sources: {
    data_subject: 'from you',
    service_use: 'from your use of our services',
    third_party: 'from third parties',
    public_source: 'from public sources',
  },
  noAutomated: 'We do not take decisions about you based solely on automated processing.',
  profiling: (purposes) => `We analyse your behaviour or preferences (profiling) for: ${purposes}.`,
  redacted: (count) =>
    `${count} ${count === 1 ? 'text' : 'texts'} contained data about other people (such as a name or phone number in a message). We have blacked that out (Article 15(4) GDPR); your own data is shown in full.`,
  notRedacted: 'We found no data about other people in your data that needed to be blacked out.',
  contact: (name, email) => `Questions about this answer? Contact ${name} at ${email}.`,
  filesText:
    'manifest.json lists every file with its number of records and a SHA-256 checksum. data/<system>/<collection>.json and .csv hold the data itself.',
  certificate: {
    title: 'Erasure certificate',
    intro: (org, reference, date) =>
      `${org} carried out the request for erasure (Article 17 GDPR) with reference ${reference} on ${date}. This certificate states what was done where; it does not contain the erased data.`,
    header: ['System', 'Collection', 'Found', 'Erased', 'Anonymised', 'Kept'],
    keptHeading: 'What we kept, and why',
    keptLine: (where, rows, why, article) =>
      `${where}: ${rows} ${rows === 1 ? 'record' : 'records'} — ${why} (${article}).`,
    reasons: {
      tax_record:
        'records of the administration that tax law requires us to keep for seven years; restricted to that duty',
      legal_hold: 'covered by an order to preserve (legal hold)',
      referenced_by_kept: 'needed to keep a retained administration record intact',
    },
    nothingKept: 'We kept nothing.',
    restricted:
      'The data we kept is on our restriction list: it is only stored, no longer used, and deleted when the duty to keep it ends.',
    notified: (names) => `We informed the following recipients (Article 19 GDPR): ${names}.`,
    noRecipients: 'There were no recipients to inform (Article 19 GDPR).',
    noPersonalData: 'This certificate contains no personal data.',
  },
};

export function reportPhrases(lang: RequestLanguage): ReportPhrases {
  return lang === 'en' ? en : nl;
}
