import type { Phrases } from './phrases.js';

/**
 * Dutch. Where the CloudAware seed has a good sentence it is kept as the seed words it (headings, the
 * cookie and automated-decision paragraphs); where the seed is awkward Dutch ("Tenzij ze toestemming
 * hebben", "Hij is te bereiken") the sentence is rewritten, and it never assumes facts the policy does
 * not hold (the DPO's gender, for one).
 */
export const phrasesNl: Phrases = {
  locale: 'nl-NL',
  duration: {
    numberWords: [
      'nul',
      'één',
      'twee',
      'drie',
      'vier',
      'vijf',
      'zes',
      'zeven',
      'acht',
      'negen',
      'tien',
      'elf',
      'twaalf',
    ],
    year: ['jaar', 'jaar'],
    month: ['maand', 'maanden'],
    week: ['week', 'weken'],
    day: ['dag', 'dagen'],
  },
  lastUpdated: 'Laatst gewijzigd:',
  headings: {
    categories: 'Persoonsgegevens die wij verwerken',
    sensitive: 'Bijzondere en/of gevoelige persoonsgegevens die wij verwerken',
    purposes: 'Met welk doel en op basis van welke grondslag wij persoonsgegevens verwerken',
    automatedDecisions: 'Geautomatiseerde besluitvorming',
    retention: 'Hoe lang we persoonsgegevens bewaren',
    sharing: 'Delen van persoonsgegevens met derden',
    cookies: 'Cookies, of vergelijkbare technieken, die wij gebruiken',
    rights: 'Gegevens inzien, aanpassen of verwijderen',
    complaint: 'Een klacht indienen',
    security: 'Hoe wij persoonsgegevens beveiligen',
  },

  tradingAs: (legalName, tradeName) => `${legalName} h.o.d.n. ${tradeName}`,
  chamberOfCommerce: (n) => `KvK-nummer ${n}`,
  defaultDpoTitle: 'functionaris gegevensbescherming',
  dpo: ({ name, title, org, email, phone }) =>
    phone
      ? [`${name} is de ${title} van ${org} en is te bereiken via `, email, ' of op ', phone, '.']
      : [`${name} is de ${title} van ${org} en is te bereiken via `, email, '.'],
  controllerContact: (org, email) => [`U kunt ${org} bereiken via `, email, '.'],
  representative: (name) => `Onze vertegenwoordiger in de Europese Unie is ${name}.`,
  jointControllers: (names) => `Wij zijn samen met ${names} verantwoordelijk voor de verwerking.`,

  categoriesIntro: 'Hieronder vindt u een overzicht van de persoonsgegevens die wij verwerken:',
  sourceThirdParty: 'Daarnaast ontvangen wij persoonsgegevens van derden.',
  sourcePublic: 'Daarnaast gebruiken wij persoonsgegevens uit openbare bronnen.',

  noSpecialCategories:
    'Wij verwerken geen bijzondere persoonsgegevens, zoals gegevens over uw gezondheid, godsdienst of etnische afkomst.',
  specialCategories: (labels) => `Wij verwerken de volgende bijzondere persoonsgegevens: ${labels}.`,
  sensitiveCategories: (labels) =>
    `Een deel van de gegevens die wij verwerken is gevoelig, ook al gaat het niet om bijzondere persoonsgegevens in de zin van de AVG: ${labels}.`,
  statutoryBasis: (label, basis) => `Wij verwerken ${label} alleen omdat de wet dat voorschrijft (${basis}).`,
  people: 'personen',
  childrenNotIntended: ({ group, age, parentalConsent }) =>
    parentalConsent
      ? `Onze website en diensten zijn er niet op gericht gegevens te verzamelen over ${group} die jonger zijn dan ${age} jaar, tenzij hun ouders of voogd daar toestemming voor geven.`
      : `Onze website en diensten zijn er niet op gericht gegevens te verzamelen over ${group} die jonger zijn dan ${age} jaar.`,
  childrenAgeCheck: {
    none: (age) =>
      `We kunnen echter niet controleren of een bezoeker ${age} jaar of ouder is. Wij raden ouders dan ook aan betrokken te zijn bij de online activiteiten van hun kinderen, om zo te voorkomen dat er gegevens over kinderen verzameld worden zonder ouderlijke toestemming.`,
    self_declaration: (age) =>
      `Wij vragen bezoekers of zij ${age} jaar of ouder zijn, maar kunnen niet controleren of dat klopt. Wij raden ouders dan ook aan betrokken te zijn bij de online activiteiten van hun kinderen.`,
    verified: (age) => `Wij controleren of iemand ${age} jaar of ouder is voordat wij gegevens verzamelen.`,
  },
  childrenReport: ({ email, parentalConsent, age, onReport }) => [
    parentalConsent
      ? 'Als u ervan overtuigd bent dat wij zonder die toestemming persoonsgegevens over een minderjarige hebben verzameld, neem dan contact met ons op via '
      : `Als u ervan overtuigd bent dat wij persoonsgegevens hebben verzameld over iemand die jonger is dan ${age} jaar, neem dan contact met ons op via `,
    email,
    onReport === 'delete'
      ? '; dan verwijderen wij deze gegevens.'
      : '; dan zoeken wij dit uit en verwijderen wij de gegevens als dat nodig is.',
  ],

  purposesIntro: (org) => `${org} verwerkt uw persoonsgegevens voor de volgende doelen:`,
  legalBasis: {
    consent: 'Grondslag: uw toestemming (artikel 6, lid 1, onder a AVG).',
    contract: 'Grondslag: de uitvoering van de overeenkomst met u (artikel 6, lid 1, onder b AVG).',
    legal_obligation: 'Grondslag: een wettelijke verplichting (artikel 6, lid 1, onder c AVG).',
    vital_interests: 'Grondslag: de bescherming van vitale belangen (artikel 6, lid 1, onder d AVG).',
    public_task: 'Grondslag: de vervulling van een taak van algemeen belang (artikel 6, lid 1, onder e AVG).',
    legitimate_interests: 'Grondslag: ons gerechtvaardigd belang (artikel 6, lid 1, onder f AVG).',
  },
  legitimateInterest: (interest) => `Ons gerechtvaardigd belang: ${interest}`,
  provision: {
    statutory: 'Het verstrekken van deze gegevens is wettelijk verplicht.',
    contractual: 'Het verstrekken van deze gegevens is een verplichting uit de overeenkomst.',
    contract_prerequisite:
      'Het verstrekken van deze gegevens is nodig om een overeenkomst met ons te sluiten.',
    voluntary: 'Het verstrekken van deze gegevens is vrijwillig.',
  },

  noAutomatedDecisions: (org) =>
    `${org} neemt geen besluiten op basis van geautomatiseerde verwerkingen over zaken die (aanzienlijke) gevolgen kunnen hebben voor personen. Het gaat hier om besluiten die worden genomen door computerprogramma's of -systemen, zonder dat daar een mens (bijvoorbeeld een medewerker van ${org}) tussen zit.`,
  automatedDecisions: (org, listFollows) =>
    listFollows
      ? `${org} neemt bij de volgende doelen besluiten op basis van geautomatiseerde verwerkingen, die (aanzienlijke) gevolgen voor u kunnen hebben:`
      : `${org} neemt besluiten op basis van geautomatiseerde verwerkingen, die (aanzienlijke) gevolgen voor u kunnen hebben.`,
  automatedDecisionLogic: (logic) => `Hoe dat werkt: ${logic}`,
  profilingIntro: (count) =>
    count === 1
      ? 'Bij het volgende doel analyseren wij wel uw gedrag of voorkeuren (profilering), maar nemen wij daarmee geen geautomatiseerde besluiten:'
      : 'Bij de volgende doelen analyseren wij wel uw gedrag of voorkeuren (profilering), maar nemen wij daarmee geen geautomatiseerde besluiten:',

  retentionIntro: 'Wij hanteren de volgende bewaartermijnen:',
  retentionPeriod: ({ from, duration, legalHold, anonymise }) => {
    const base = {
      collected: `maximaal ${duration}`,
      contract_end: `tot ${duration} na het beëindigen van het contract`,
      last_activity: `maximaal ${duration} na uw laatste activiteit`,
    }[from];
    const hold = legalHold ? ', of langer als een forensisch verzoek daarom vraagt' : '';
    const after = anonymise ? '; daarna maken wij de gegevens anoniem' : '';
    return `${base}${hold}${after}`;
  },
  retentionGround: (ground) => `(grondslag: ${ground})`,

  recipientsIntro: 'Wij verstrekken persoonsgegevens aan de volgende ontvangers:',
  recipientKind: {
    processor: 'verwerker',
    third_party: 'derde partij',
    authority: 'overheidsinstantie',
    joint_controller: 'gezamenlijk verwerkingsverantwoordelijke',
  },
  disclosureBasis: {
    consent: 'met uw toestemming',
    contract: 'voor de uitvoering van de overeenkomst met u',
    legal_obligation: 'om te voldoen aan een wettelijke verplichting',
    vital_interests: 'ter bescherming van vitale belangen',
    public_task: 'voor een taak van algemeen belang',
    legitimate_interests: 'op grond van ons gerechtvaardigd belang',
  },
  recipient: ({ name, kind, country, basis, agreement }) =>
    `${name} (${country ? `${kind}, ${country}` : kind})${basis ? `, ${basis}` : ''}${
      agreement ? '; met deze partij hebben wij een verwerkersovereenkomst gesloten' : ''
    }`,
  noTransfers:
    'Wij geven geen persoonsgegevens door naar landen buiten de Europese Economische Ruimte (EER).',
  transfersIntro: 'Wij geven persoonsgegevens door naar landen buiten de Europese Economische Ruimte (EER):',
  safeguard: {
    adequacy_decision: 'een adequaatheidsbesluit van de Europese Commissie',
    standard_contractual_clauses: 'de standaardcontractbepalingen van de Europese Commissie',
    binding_corporate_rules: 'bindende bedrijfsvoorschriften',
    derogation_art49: 'een uitzondering uit artikel 49 AVG',
  },
  transfer: ({ country, recipient, safeguard, reference }) =>
    `${country}${recipient ? ` (${recipient})` : ''}: op basis van ${safeguard}${reference ? ` (${reference})` : ''}`,

  noCookies: (org) => `${org} gebruikt geen cookies.`,
  cookieKinds: {
    functional: 'technische en functionele cookies',
    analytics: 'analytische cookies',
    preferences: 'voorkeurscookies',
    marketing: 'tracking- en marketingcookies',
  },
  privacyFriendlyAnalytics: 'analytische cookies die geen inbreuk maken op uw privacy',
  cookiesUsed: (org, kinds) => `${org} gebruikt alleen ${kinds}.`,
  cookieDefinition:
    'Een cookie is een klein tekstbestand dat bij het eerste bezoek aan deze website wordt opgeslagen op uw computer, tablet of smartphone.',
  cookieExplanation: {
    functional:
      'Technische en functionele cookies zijn noodzakelijk voor de technische werking van de website en uw gebruiksgemak. Ze zorgen ervoor dat de website naar behoren werkt en onthouden bijvoorbeeld uw voorkeursinstellingen.',
    analytics: 'Met analytische cookies kunnen wij onze website optimaliseren.',
    preferences: 'Voorkeurscookies onthouden uw keuzes, zoals de taal waarin u de website bekijkt.',
    marketing:
      'Tracking- en marketingcookies volgen uw surfgedrag, zodat u gerichte advertenties te zien krijgt.',
  },
  cookieTableIntro: 'Wij gebruiken de volgende cookies:',
  cookieTableHeader: ['Naam', 'Aanbieder', 'Soort', 'Doel', 'Bewaartermijn'],
  cookieCategoryName: {
    functional: 'functioneel',
    analytics: 'analytisch',
    preferences: 'voorkeuren',
    marketing: 'marketing',
  },
  thirdPartyCookie: (provider) => `${provider} (derde partij)`,
  sessionLifetime: 'tot u de browser sluit',

  rightsIntro: 'U heeft de volgende rechten:',
  rightName: {
    access: 'Inzage',
    rectification: 'Correctie',
    erasure: 'Verwijdering',
    restriction: 'Beperking',
    withdraw_consent: 'Toestemming intrekken',
    objection: 'Bezwaar',
    portability: 'Gegevensoverdraagbaarheid',
  },
  rightText: {
    access: () => 'u kunt uw persoonsgegevens inzien en een kopie ervan krijgen.',
    rectification: () => 'u kunt onjuiste of onvolledige gegevens laten corrigeren of aanvullen.',
    erasure: () => 'u kunt ons vragen uw persoonsgegevens te verwijderen.',
    restriction: () =>
      'u kunt ons vragen de verwerking van uw persoonsgegevens tijdelijk te beperken, bijvoorbeeld zolang wij een verzoek tot correctie of een bezwaar beoordelen.',
    withdraw_consent: () =>
      'verwerken wij uw gegevens op basis van uw toestemming, dan kunt u die toestemming altijd intrekken.',
    objection: (org) => `u kunt bezwaar maken tegen de verwerking van uw persoonsgegevens door ${org}.`,
  },
  portability: ({ scope, to, formats }) =>
    `u kunt ons vragen ${
      scope === 'all_personal_data'
        ? 'de persoonsgegevens die wij van u hebben'
        : 'de persoonsgegevens die u zelf aan ons heeft verstrekt'
    } in een computerbestand ${to} te sturen${formats ? ` (als ${formats})` : ''}.`,
  portabilityTo: {
    data_subject: 'naar u',
    other_controller: 'naar een andere, door u genoemde organisatie',
    both: 'naar u of naar een andere, door u genoemde organisatie',
  },
  directMarketingObjection:
    'Tegen het gebruik van uw gegevens voor direct marketing kunt u altijd bezwaar maken; wij stoppen daar dan meteen mee.',
  directMarketingPurposes: (count) =>
    count === 1
      ? 'Wij gebruiken uw gegevens voor direct marketing bij het volgende doel:'
      : 'Wij gebruiken uw gegevens voor direct marketing bij de volgende doelen:',
  requestIntro: (channels) => [
    'Wilt u van een van deze rechten gebruikmaken? Dien uw verzoek dan in ',
    ...channels,
    '.',
  ],
  requestChannel: {
    email: (address) => ['per e-mail aan ', address],
    portal: 'via het privacyportaal op onze website',
    postal: 'per post aan ons adres bovenaan deze verklaring',
  },
  fee: {
    free: 'Dit is kosteloos.',
    only_if_manifestly_unfounded_or_excessive:
      'Dit is kosteloos, tenzij een verzoek kennelijk ongegrond of buitensporig is.',
  },
  verificationMethods: (methods) => `Wij weten dat een verzoek van u komt als u het ${methods}.`,
  verificationMethod: {
    registered_email: 'verstuurt vanaf het e-mailadres dat bij ons bekend is',
    logged_in_account: 'indient terwijl u bent ingelogd op uw account',
    in_person: 'persoonlijk indient en uw identiteitsbewijs laat zien',
  },
  idCopyAlways:
    'Om er zeker van te zijn dat een verzoek door u is gedaan, vragen wij u een kopie van uw identiteitsbewijs met het verzoek mee te sturen.',
  idCopyOnDoubt:
    'Alleen als wij redelijke twijfel hebben over uw identiteit, vragen wij u om een kopie van uw identiteitsbewijs.',
  idCopyMask: (items) => `Maak in deze kopie ${items} zwart. Dit ter bescherming van uw privacy.`,
  maskItem: {
    photo: 'uw pasfoto',
    mrz: 'de MRZ (machine readable zone, de strook met nummers onderaan het paspoort)',
    passport_number: 'uw paspoortnummer',
    id_card_number: 'het documentnummer van uw identiteitskaart',
    bsn: 'uw burgerservicenummer (BSN)',
  },
  idCopyDeleted: 'Zodra wij uw identiteit hebben vastgesteld, verwijderen wij de kopie.',
  responseDeadline: (d) => `We reageren zo snel mogelijk, en uiterlijk binnen ${d}, op uw verzoek.`,
  extension: ({ maxPeriod, conditions, noticeWithin }) =>
    `Bij ${conditions} kunnen wij deze termijn met ten hoogste ${maxPeriod} verlengen. Dat laten wij u dan binnen ${noticeWithin} weten, met de redenen.`,

  complaint: (authority) => [
    'Bent u niet tevreden over hoe wij met uw persoonsgegevens omgaan? Dan heeft u het recht een klacht in te dienen bij de toezichthouder, de ',
    authority,
    '.',
  ],

  measuresIntro: 'Wij nemen onder meer de volgende maatregelen:',
  breachEmail: (email) => ['U kunt ons daarvoor bereiken via ', email, '.'],
};
