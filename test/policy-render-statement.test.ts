import { describe, expect, it } from 'vitest';
import { renderStatement } from '../src/policy/render/render.js';
import { type Policy, policySchema } from '../src/policy/schema.js';
import { htmlProblems } from './helpers/html-balance.js';
import { both, seedPolicy } from './helpers/render-policies.js';

/**
 * The statement rendered from examples/cloudaware/policy.yaml must carry every fact of CloudAware's
 * published statement (the seed). The facts below are copied from the seed by hand, not from the
 * renderer: if a change to the renderer or the policy drops one, this test names it.
 */

type Fact = [fact: string, text: string | RegExp];

const seedFactsNl: Fact[] = [
  ['website', 'https://cloudaware.eu'],
  ['legal name and trade name', 'Epsys B.V. h.o.d.n. CloudAware'],
  ['street', 'Bezuidenhoutseweg 98'],
  ['postcode and city', '2594AZ Den Haag'],
  ['phone', '+31857828878'],
  ['DPO with title', 'Jeroen Hermans is de Functionaris Gegevensbescherming van CloudAware'],
  ['DPO e-mail', 'privacy@cloudaware.eu'],
  ['category: name', 'Voor- en achternaam'],
  ['category: address', 'Adresgegevens'],
  ['category: phone', 'Telefoonnummer'],
  ['category: e-mail', 'E-mailadres'],
  ['category: IP address', 'IP-adres'],
  [
    'category: provided data',
    'Overige persoonsgegevens die u actief verstrekt bijvoorbeeld door een profiel op deze website aan te maken, in correspondentie en telefonisch',
  ],
  ['category: location', 'Locatiegegevens'],
  ['category: website activity', 'Gegevens over uw activiteiten op onze website'],
  ['category: browser and device', 'Internetbrowser en apparaat type'],
  ['category: bank account', 'Bankrekeningnummer'],
  ['children: under 16', /jonger zijn dan 16 jaar/],
  ['children: parental consent', /tenzij hun ouders of voogd daar toestemming voor geven/],
  ['children: age cannot be checked', /niet controleren of een bezoeker 16 jaar of ouder is/],
  ['children: data deleted on report', /minderjarige[\s\S]{0,200}dan verwijderen wij deze gegevens/],
  ['purpose: payment', 'Het afhandelen van uw betaling'],
  [
    'purpose: service contact',
    'U te kunnen bellen of e-mailen indien dit nodig is om onze dienstverlening uit te kunnen voeren',
  ],
  ['purpose: updates', 'U te informeren over wijzigingen van onze diensten en producten'],
  ['purpose: delivery', 'Om goederen en diensten bij u af te leveren'],
  [
    'purpose: analytics',
    'CloudAware analyseert uw gedrag op de website om daarmee de website te verbeteren en het aanbod van producten en diensten af te stemmen op uw voorkeuren.',
  ],
  [
    'purpose: tax',
    'CloudAware verwerkt ook persoonsgegevens als wij hier wettelijk toe verplicht zijn, zoals gegevens die wij nodig hebben voor onze belastingaangifte.',
  ],
  ['no automated decision-making', /CloudAware neemt geen besluiten[^.]*geautomatiseerde verwerkingen/],
  ['what automated decisions are', /zonder dat daar een mens[^.]*tussen zit/],
  ['retention: general promise', 'niet langer dan strikt nodig'],
  [
    'retention: telecom',
    'Telecom verkeer: maximaal 1 jaar of langer indien een forensisch verzoek hier om vraagt',
  ],
  ['retention: customer data', 'Klant data: tot 7 jaar na het beëindigen van het contract'],
  ['retention: web-server logs', 'Webserver log bestanden: maximaal 1 jaar'],
  ['retention: statistics', 'Website statistieken: maximaal 3 maanden'],
  [
    'sharing only for the contract or a legal obligation',
    /uitsluitend aan derden[^.]*uitvoering van onze overeenkomst met u of om te voldoen aan een wettelijke verplichting/,
  ],
  ['cookies: technical and functional', 'technische en functionele cookies'],
  ['cookies: privacy-friendly analytics', 'analytische cookies die geen inbreuk maken op uw privacy'],
  ['cookies: how to refuse', 'U kunt zich afmelden voor cookies'],
  ['right: access', /persoonsgegevens inzien/],
  ['right: rectification', /corrigeren/],
  ['right: erasure', /uw persoonsgegevens te verwijderen/],
  ['right: withdraw consent', /toestemming altijd intrekken/],
  ['right: objection', /bezwaar maken tegen de verwerking van uw persoonsgegevens door CloudAware/],
  ['right: portability', /Gegevensoverdraagbaarheid/],
  [
    'portability to another organisation',
    /in een computerbestand naar u of naar een andere, door u genoemde organisatie/,
  ],
  ['requests by e-mail', /verzoek dan in per e-mail aan \[?privacy@cloudaware\.eu/],
  ['ID copy with the request', /kopie van uw identiteitsbewijs met het verzoek mee te sturen/],
  [
    'ID copy: black out photo, MRZ, passport number, BSN',
    /Maak in deze kopie[^.]*pasfoto[^.]*MRZ[^.]*paspoortnummer[^.]*BSN[^.]*zwart/,
  ],
  ['MRZ explained', /machine readable zone/],
  ['answer within four weeks', /uiterlijk binnen vier weken/],
  ['security measures', /passende maatregelen om misbruik, verlies, onbevoegde toegang/],
  ['breach contact', /neem dan contact op met onze klantenservice of via \[?privacy@cloudaware\.eu/],
];

const seedFactsEn: Fact[] = [
  ['website', 'https://cloudaware.eu'],
  ['legal name and trade name', 'Epsys B.V., trading as CloudAware'],
  ['street', 'Bezuidenhoutseweg 98'],
  ['postcode and city', '2594AZ Den Haag'],
  ['phone', '+31857828878'],
  ['DPO with title', "Jeroen Hermans is CloudAware's Data Protection Officer"],
  ['DPO e-mail', 'privacy@cloudaware.eu'],
  ['category: name', 'First and last name'],
  ['category: address', 'Address'],
  ['category: phone', 'Phone number'],
  ['category: e-mail', 'Email address'],
  ['category: IP address', 'IP address'],
  ['category: provided data', 'Other personal data you actively provide'],
  ['category: location', 'Location data'],
  ['category: website activity', 'Data about your activity on our website'],
  ['category: browser and device', 'Internet browser and device type'],
  ['category: bank account', 'Bank account number'],
  [
    'children: under 16 without parental consent',
    /under the age of 16, unless their parent or guardian consents/,
  ],
  ['purpose: payment', 'Handling your payment'],
  ['purpose: service contact', 'Calling or emailing you when that is necessary to provide our services'],
  ['purpose: updates', 'Informing you about changes to our services and products'],
  ['purpose: delivery', 'Delivering goods and services to you'],
  ['purpose: analytics', 'CloudAware analyses your behaviour on the website'],
  ['purpose: tax', 'such as the data we need for our tax return'],
  ['no automated decision-making', /CloudAware does not make decisions by automated processing/],
  ['retention: telecom', 'Telecom traffic: at most 1 year, or longer if a forensic order requires it'],
  ['retention: customer data', 'Customer data: up to 7 years after the contract ends'],
  ['retention: web-server logs', 'Web server log files: at most 1 year'],
  ['retention: statistics', 'Website statistics: at most 3 months'],
  ['sharing', /third parties only when this is necessary to perform our contract/],
  ['cookies: technical and functional', 'technical and functional cookies'],
  ['cookies: privacy-friendly analytics', 'analytics cookies that do not intrude on your privacy'],
  ['right: access', /Access/],
  ['right: rectification', /Rectification/],
  ['right: erasure', /Erasure/],
  ['right: withdraw consent', /withdraw that consent at any time/],
  ['right: objection', /object to CloudAware processing your personal data/],
  ['portability to another organisation', /Data portability[^.]*to you or to another organisation you name/],
  ['requests by e-mail', /request by email to \[?privacy@cloudaware\.eu/],
  [
    'ID copy: black out photo, MRZ, passport number, BSN',
    /black out your photo[^.]*MRZ[^.]*passport number[^.]*BSN/,
  ],
  ['answer within four weeks', /within four weeks/],
  ['security measures', /appropriate measures against misuse/],
];

/** Visible text of an HTML document: tags dropped, entities decoded. */
function htmlText(html: string): string {
  const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" };
  return html
    .replace(/<style>[\s\S]*?<\/style>/g, '')
    .replace(/<br>\n?/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&(amp|lt|gt|quot|#39);/g, (_, e: string) => entities[e] ?? '');
}

/** The Markdown after the front matter. */
const mdBody = (md: string) => md.slice(md.indexOf('\n+++\n') + 5);

const present = (text: string, expected: string | RegExp) =>
  typeof expected === 'string' ? text.includes(expected) : expected.test(text);

describe('statement from the CloudAware policy, in Dutch', async () => {
  const policy = await seedPolicy();
  const md = renderStatement(policy, { lang: 'nl', format: 'md' });
  const html = htmlText(renderStatement(policy, { lang: 'nl', format: 'html' }));

  it.each(seedFactsNl)('Markdown carries the seed fact: %s', (_, expected) => {
    expect(present(md, expected), String(expected)).toBe(true);
  });

  it.each(seedFactsNl)('HTML carries the seed fact: %s', (_, expected) => {
    expect(present(html, expected), String(expected)).toBe(true);
  });

  it('has the seed front matter', () => {
    expect(md.split('\n').slice(0, 7)).toEqual([
      '+++',
      'title = "Privacybeleid"',
      'description = "Privacybeleid CloudAware"',
      'date = "2023-12-21"',
      'aliases = ["privacy", "privacybeleid"]',
      'author = "Jeroen Hermans"',
      '+++',
    ]);
  });

  it('links the e-mail address and lists categories, purposes and retention rules as list items', () => {
    expect(md).toContain('[privacy@cloudaware.eu](mailto:privacy@cloudaware.eu)');
    const items = md.split('\n').filter((l) => l.startsWith('- '));
    for (const item of [
      '- Voor- en achternaam',
      '- Bankrekeningnummer',
      '- Het afhandelen van uw betaling',
      '- Website statistieken: maximaal 3 maanden',
    ]) {
      expect(items).toContain(item);
    }
  });

  it("follows the seed's order of sections", () => {
    const headings = mdBody(md)
      .split('\n')
      .filter((l) => l.startsWith('# '));
    expect(headings).toEqual([
      '# Persoonsgegevens die wij verwerken',
      '# Bijzondere en/of gevoelige persoonsgegevens die wij verwerken',
      '# Met welk doel en op basis van welke grondslag wij persoonsgegevens verwerken',
      '# Geautomatiseerde besluitvorming',
      '# Hoe lang we persoonsgegevens bewaren',
      '# Delen van persoonsgegevens met derden',
      '# Cookies, of vergelijkbare technieken, die wij gebruiken',
      '# Gegevens inzien, aanpassen of verwijderen',
      '# Hoe wij persoonsgegevens beveiligen',
    ]);
    // The opening block comes before the first heading: website, controller, DPO.
    const opening = mdBody(md).slice(0, mdBody(md).indexOf('# '));
    expect(opening).toContain('https://cloudaware.eu');
    expect(opening).toContain('Epsys B.V.');
    expect(opening).toContain('Functionaris Gegevensbescherming');
  });

  it('says nothing about what the policy leaves unstated', () => {
    for (const text of [md, html]) {
      expect(text).not.toMatch(/unstated/i);
      // The seed names no supervisory authority, no restriction right and no legal basis for payment.
      expect(text).not.toContain('Autoriteit Persoonsgegevens');
      expect(text).not.toMatch(/Beperking/);
      expect(text).not.toMatch(/Het afhandelen van uw betaling\s*\\?\n\s*Grondslag/);
      expect(text).not.toContain('Europese Economische Ruimte');
    }
  });

  it('renders the one legal basis the seed does state, with the tax purpose', () => {
    expect(md).toMatch(/belastingaangifte\.\\\n\s+Grondslag: een wettelijke verplichting/);
  });

  it('is well-formed HTML', () => {
    expect(htmlProblems(renderStatement(policy, { lang: 'nl', format: 'html' }))).toEqual([]);
  });
});

describe('statement from the CloudAware policy, in English', async () => {
  const policy = await seedPolicy();
  const md = renderStatement(policy, { lang: 'en', format: 'md' });
  const html = htmlText(renderStatement(policy, { lang: 'en', format: 'html' }));

  it.each(seedFactsEn)('Markdown carries the seed fact in English: %s', (_, expected) => {
    expect(present(md, expected), String(expected)).toBe(true);
  });

  it.each(seedFactsEn)('HTML carries the seed fact in English: %s', (_, expected) => {
    expect(present(html, expected), String(expected)).toBe(true);
  });

  it('has English front matter', () => {
    expect(md).toContain('title = "Privacy statement"');
    expect(md).toContain('description = "CloudAware privacy statement"');
  });

  it('leaves no Dutch in the text except names and addresses', () => {
    const names = ['Bezuidenhoutseweg 98', '2594AZ Den Haag', 'Epsys B.V.'];
    let text = mdBody(md);
    for (const n of names) text = text.replaceAll(n, '');
    const dutch = [
      'het',
      'een',
      'uw',
      'wij',
      'zijn',
      'niet',
      'naar',
      'deze',
      'worden',
      'jaar',
      'maanden',
      'weken',
      'maximaal',
      'gegevens',
      'persoonsgegevens',
      'verwerken',
      'verzoek',
      'toestemming',
      'bewaartermijnen',
      'pasfoto',
      'paspoortnummer',
      'zwart',
      'Grondslag',
      'Nederland',
    ];
    const found = dutch.filter((w) => new RegExp(`(^|[^\\p{L}])${w}(?![\\p{L}])`, 'iu').test(text));
    expect(found).toEqual([]);
    expect(text).not.toContain('h.o.d.n.');
    expect(text).not.toContain('Functionaris');
  });

  it('is well-formed HTML in English', () => {
    const page = renderStatement(policy, { lang: 'en', format: 'html' });
    expect(page).toContain('<html lang="en">');
    expect(htmlProblems(page)).toEqual([]);
  });
});

/**
 * The seed with the gaps the linter finds filled in: a legal basis per purpose, a legitimate interest,
 * the complaint right, restriction, declared cookies, a retention ground, no transfers, an extension
 * clause and ID copies only on doubt. A better policy must render a better statement.
 */
async function fixedPolicy(): Promise<Policy> {
  const p = structuredClone(await seedPolicy());
  const bases: Record<string, Policy['activities'][number]['legalBasis']> = {
    payment: 'contract',
    service_contact: 'contract',
    service_updates: 'legitimate_interests',
    delivery: 'contract',
    website_analytics: 'consent',
    tax_obligations: 'legal_obligation',
  };
  for (const a of p.activities) {
    a.legalBasis = bases[a.id] ?? 'unstated';
    a.transfers = [];
    if (a.id === 'service_updates') {
      a.legitimateInterest = {
        nl: 'klanten op de hoogte houden van de diensten die zij afnemen',
        en: 'keeping customers informed about the services they use',
      };
    }
  }
  p.rights.offered = [...p.rights.offered, 'restriction'];
  p.rights.complaint = {
    authority: 'Autoriteit Persoonsgegevens',
    url: 'https://autoriteitpersoonsgegevens.nl',
  };
  p.cookies.declared = [
    {
      name: 'ca_session',
      provider: 'CloudAware',
      category: 'functional',
      purpose: { nl: 'Houdt u ingelogd', en: 'Keeps you signed in' },
      lifetime: 'session',
      firstParty: true,
    },
    {
      name: 'ca_stats',
      provider: 'CloudAware',
      category: 'analytics',
      purpose: { nl: 'Telt bezoeken', en: 'Counts visits' },
      lifetime: 'P1Y',
      firstParty: true,
    },
  ];
  const customer = p.retention.find((r) => r.id === 'customer_data')!;
  customer.ground = 'AWR art. 52';
  p.identityVerification = {
    methods: ['registered_email', 'id_copy'],
    idCopy: {
      required: 'on_doubt',
      mustMask: ['photo', 'mrz', 'passport_number', 'bsn'],
      afterVerification: 'delete',
    },
  };
  p.requests.extension = {
    maxPeriod: 'P2M',
    noticeWithin: 'P4W',
    conditions: { nl: 'complexe of talrijke verzoeken', en: 'complex or numerous requests' },
  };
  return policySchema.parse(p);
}

/** The Markdown list item that starts with `start`, continuation lines included. */
function listItem(md: string, start: string): string {
  const at = md.indexOf(`- ${start}`);
  if (at < 0) return '';
  const end = md.slice(at + 2).search(/\n(- |\n)/);
  return end < 0 ? md.slice(at) : md.slice(at, at + 2 + end);
}

describe('statement from a fixed policy', async () => {
  const policy = await fixedPolicy();
  const nl = renderStatement(policy, { lang: 'nl', format: 'md' });
  const en = renderStatement(policy, { lang: 'en', format: 'md' });

  it('names the legal basis with each purpose', () => {
    const expected: [string, RegExp][] = [
      ['Het afhandelen van uw betaling', /Grondslag: de uitvoering van de overeenkomst/],
      ['U te kunnen bellen of e-mailen', /Grondslag: de uitvoering van de overeenkomst/],
      ['U te informeren over wijzigingen', /Grondslag: ons gerechtvaardigd belang/],
      ['Om goederen en diensten', /Grondslag: de uitvoering van de overeenkomst/],
      ['CloudAware analyseert uw gedrag', /Grondslag: uw toestemming/],
      ['CloudAware verwerkt ook persoonsgegevens', /Grondslag: een wettelijke verplichting/],
    ];
    for (const [purpose, basis] of expected) {
      expect(listItem(nl, purpose), purpose).toMatch(basis);
      expect(listItem(nl, purpose), purpose).toMatch(/artikel 6, lid 1, onder [a-f] AVG/);
    }
    expect(listItem(nl, 'U te informeren over wijzigingen')).toContain(
      'klanten op de hoogte houden van de diensten die zij afnemen',
    );
    expect(listItem(en, 'Handling your payment')).toMatch(/Legal basis: performance of our contract/);
    expect(listItem(en, 'Informing you about changes')).toMatch(/Article 6\(1\)\(f\) GDPR/);
  });

  it('tells people they can complain to the Autoriteit Persoonsgegevens, with a link', () => {
    expect(nl).toMatch(
      /klacht in te dienen[^.]*\[Autoriteit Persoonsgegevens\]\(https:\/\/autoriteitpersoonsgegevens\.nl\)/,
    );
    expect(en).toMatch(
      /lodge a complaint[^.]*\[Autoriteit Persoonsgegevens\]\(https:\/\/autoriteitpersoonsgegevens\.nl\)/,
    );
  });

  it('offers restriction', () => {
    expect(nl).toMatch(/\*\*Beperking\*\*: [^\n]*beperken/);
    expect(en).toMatch(/\*\*Restriction\*\*: [^\n]*restrict/);
  });

  it('lists the declared cookies in a table with name, provider, type, purpose and lifetime', () => {
    const rows = nl.split('\n').filter((l) => l.startsWith('|'));
    expect(rows[0]).toMatch(/Naam.*Aanbieder.*Soort.*Doel.*Bewaartermijn/);
    expect(rows.find((r) => r.includes('ca_stats'))).toMatch(/CloudAware.*Telt bezoeken.*1 jaar/);
    expect(rows.find((r) => r.includes('ca_session'))).toMatch(/CloudAware.*Houdt u ingelogd/);
    expect(en.split('\n').find((r) => r.includes('ca_stats'))).toMatch(/Counts visits.*1 year/);
  });

  it('gives the ground of a retention period', () => {
    expect(listItem(nl, 'Klant data')).toContain('AWR art. 52');
  });

  it('asks for an ID copy only on doubt, and says it is deleted', () => {
    expect(nl).toMatch(/Alleen als wij redelijke twijfel hebben over uw identiteit/);
    expect(nl).not.toContain('met het verzoek mee te sturen');
    expect(nl).toMatch(/verwijderen wij de kopie/);
    expect(nl).toMatch(/e-mailadres dat bij ons bekend is/);
    expect(en).toMatch(/Only if we have reasonable doubts about your identity/);
  });

  it('states the extension of the deadline and when people hear of it', () => {
    expect(nl).toMatch(/complexe of talrijke verzoeken[^.]*twee maanden/);
    expect(nl).toMatch(/binnen vier weken weten/);
    expect(en).toMatch(/complex or numerous requests[^.]*two months/);
  });

  it('says that no data leaves the EEA when every purpose says so', () => {
    expect(nl).toContain(
      'Wij geven geen persoonsgegevens door naar landen buiten de Europese Economische Ruimte',
    );
    expect(en).toContain('We do not transfer personal data to countries outside the European Economic Area');
  });

  it('names recipients and transfers with their safeguard', async () => {
    const p = await fixedPolicy();
    p.recipients.push({
      id: 'mailer',
      name: both('Postmark'),
      kind: 'processor',
      isCategory: false,
      basis: 'contract',
      country: 'US',
      processingAgreement: true,
    });
    p.activities[1]!.recipients = ['mailer'];
    p.activities[1]!.transfers = [
      { country: 'US', recipient: 'mailer', safeguard: 'standard_contractual_clauses' },
    ];
    const md = renderStatement(p, { lang: 'nl', format: 'md' });
    expect(md).toMatch(/- Postmark \(verwerker, Verenigde Staten\)[^\n]*verwerkersovereenkomst/);
    expect(md).toMatch(/- Verenigde Staten \(Postmark\): [^\n]*standaardcontractbepalingen/);
    expect(md).not.toContain('Wij geven geen persoonsgegevens door');
    const english = renderStatement(p, { lang: 'en', format: 'md' });
    expect(english).toMatch(/- Postmark \(processor, United States\)/);
  });

  it('still carries every seed fact', () => {
    const dropped = seedFactsNl.filter(([fact, text]) => {
      // The ID copy is no longer always required: that seed sentence is meant to change.
      if (fact === 'ID copy with the request') return false;
      return !present(nl, text);
    });
    expect(dropped.map(([fact]) => fact)).toEqual([]);
  });

  it('is well-formed HTML', () => {
    expect(htmlProblems(renderStatement(policy, { lang: 'nl', format: 'html' }))).toEqual([]);
    expect(htmlProblems(renderStatement(policy, { lang: 'en', format: 'html' }))).toEqual([]);
  });
});
