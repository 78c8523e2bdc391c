import type { Phrases } from './phrases.js';

/**
 * English (British spelling, as EU texts use). Written as an English privacy notice reads, not as a
 * translation of the Dutch: the Dutch trade-name marker "h.o.d.n." becomes "trading as", the Dutch
 * citizen service number keeps its abbreviation (BSN) because that is what is printed on the document.
 */
export const phrasesEn: Phrases = {
  locale: 'en-GB',
  duration: {
    numberWords: [
      'zero',
      'one',
      'two',
      'three',
      'four',
      'five',
      'six',
      'seven',
      'eight',
      'nine',
      'ten',
      'eleven',
      'twelve',
    ],
    year: ['year', 'years'],
    month: ['month', 'months'],
    week: ['week', 'weeks'],
    day: ['day', 'days'],
  },
  lastUpdated: 'Last updated:',
  headings: {
    categories: 'Personal data we process',
    sensitive: 'Special and sensitive personal data',
    purposes: 'Why we process personal data, and on what legal basis',
    automatedDecisions: 'Automated decision-making',
    retention: 'How long we keep personal data',
    sharing: 'Sharing personal data with third parties',
    cookies: 'Cookies and similar technologies we use',
    rights: 'Accessing, correcting or deleting your data',
    complaint: 'Making a complaint',
    security: 'How we protect personal data',
  },

  tradingAs: (legalName, tradeName) => `${legalName}, trading as ${tradeName}`,
  chamberOfCommerce: (n) => `Chamber of Commerce (KvK) number ${n}`,
  defaultDpoTitle: 'Data Protection Officer',
  dpo: ({ name, title, org, email, phone }) =>
    phone
      ? [`${name} is ${possessive(org)} ${title} and can be reached at `, email, ' or on ', phone, '.']
      : [`${name} is ${possessive(org)} ${title} and can be reached at `, email, '.'],
  controllerContact: (org, email) => [`You can reach ${org} at `, email, '.'],
  representative: (name) => `Our representative in the European Union is ${name}.`,
  jointControllers: (names) => `We are jointly responsible for the processing with ${names}.`,

  categoriesIntro: 'Below is an overview of the personal data we process:',
  sourceThirdParty: 'We also receive personal data from third parties.',
  sourcePublic: 'We also use personal data from public sources.',

  noSpecialCategories:
    'We do not process special categories of personal data, such as data about your health, religion or ethnic origin.',
  specialCategories: (labels) => `We process the following special categories of personal data: ${labels}.`,
  sensitiveCategories: (labels) =>
    `Some of the data we process is sensitive, even though it is not a special category of personal data under the GDPR: ${labels}.`,
  statutoryBasis: (label, basis) => `We process ${label} only because the law requires us to (${basis}).`,
  people: 'people',
  childrenNotIntended: ({ group, age, parentalConsent }) =>
    parentalConsent
      ? `Our website and services are not intended to collect data about ${group} under the age of ${age}, unless their parent or guardian consents to it.`
      : `Our website and services are not intended to collect data about ${group} under the age of ${age}.`,
  childrenAgeCheck: {
    none: (age) =>
      `However, we cannot check whether a visitor is ${age} or older. We therefore encourage parents to take an interest in their children's online activities, so that no data about children is collected without parental consent.`,
    self_declaration: (age) =>
      `We ask visitors whether they are ${age} or older, but cannot check that the answer is true. We therefore encourage parents to take an interest in their children's online activities.`,
    verified: (age) => `We check that a person is ${age} or older before we collect any data.`,
  },
  childrenReport: ({ email, parentalConsent, age, onReport }) => [
    parentalConsent
      ? 'If you believe we have collected personal data about a minor without that consent, please contact us at '
      : `If you believe we have collected personal data about someone under the age of ${age}, please contact us at `,
    email,
    onReport === 'delete'
      ? ' and we will delete it.'
      : ' and we will look into it and delete the data where necessary.',
  ],

  purposesIntro: (org) => `${org} processes your personal data for the following purposes:`,
  legalBasis: {
    consent: 'Legal basis: your consent (Article 6(1)(a) GDPR).',
    contract: 'Legal basis: performance of our contract with you (Article 6(1)(b) GDPR).',
    legal_obligation: 'Legal basis: a legal obligation (Article 6(1)(c) GDPR).',
    vital_interests: 'Legal basis: protection of vital interests (Article 6(1)(d) GDPR).',
    public_task: 'Legal basis: a task carried out in the public interest (Article 6(1)(e) GDPR).',
    legitimate_interests: 'Legal basis: our legitimate interests (Article 6(1)(f) GDPR).',
  },
  legitimateInterest: (interest) => `Our legitimate interest: ${interest}`,
  provision: {
    statutory: 'You are required by law to provide this data.',
    contractual: 'Providing this data is required under the contract.',
    contract_prerequisite: 'You need to provide this data to enter into a contract with us.',
    voluntary: 'Providing this data is voluntary.',
  },

  noAutomatedDecisions: (org) =>
    `${org} does not make decisions by automated processing about matters that may have (significant) consequences for people. By this we mean decisions made by computer programs or systems without a human being (for example an employee of ${org}) involved.`,
  automatedDecisions: (org, listFollows) =>
    listFollows
      ? `${org} makes decisions by automated processing that may have (significant) consequences for you, for the following purposes:`
      : `${org} makes decisions by automated processing that may have (significant) consequences for you.`,
  automatedDecisionLogic: (logic) => `How this works: ${logic}`,
  profilingIntro: (count) =>
    count === 1
      ? 'For the following purpose we do analyse your behaviour or preferences (profiling), but we do not use it to make automated decisions:'
      : 'For the following purposes we do analyse your behaviour or preferences (profiling), but we do not use it to make automated decisions:',

  retentionIntro: 'We apply the following retention periods:',
  retentionPeriod: ({ from, duration, legalHold, anonymise }) => {
    const base = {
      collected: `at most ${duration}`,
      contract_end: `up to ${duration} after the contract ends`,
      last_activity: `at most ${duration} after your last activity`,
    }[from];
    const hold = legalHold ? ', or longer if a forensic order requires it' : '';
    const after = anonymise ? '; after that we anonymise the data' : '';
    return `${base}${hold}${after}`;
  },
  retentionGround: (ground) => `(basis: ${ground})`,

  recipientsIntro: 'We share personal data with the following recipients:',
  recipientKind: {
    processor: 'processor',
    third_party: 'third party',
    authority: 'public authority',
    joint_controller: 'joint controller',
  },
  disclosureBasis: {
    consent: 'with your consent',
    contract: 'to perform our contract with you',
    legal_obligation: 'to comply with a legal obligation',
    vital_interests: 'to protect vital interests',
    public_task: 'for a task carried out in the public interest',
    legitimate_interests: 'on the basis of our legitimate interests',
  },
  recipient: ({ name, kind, country, basis, agreement }) =>
    `${name} (${country ? `${kind}, ${country}` : kind})${basis ? `, ${basis}` : ''}${
      agreement ? '; we have a data processing agreement with them' : ''
    }`,
  noTransfers: 'We do not transfer personal data to countries outside the European Economic Area (EEA).',
  transfersIntro: 'We transfer personal data to countries outside the European Economic Area (EEA):',
  safeguard: {
    adequacy_decision: 'an adequacy decision of the European Commission',
    standard_contractual_clauses: "the European Commission's standard contractual clauses",
    binding_corporate_rules: 'binding corporate rules',
    derogation_art49: 'a derogation under Article 49 GDPR',
  },
  transfer: ({ country, recipient, safeguard, reference }) =>
    `${country}${recipient ? ` (${recipient})` : ''}: on the basis of ${safeguard}${reference ? ` (${reference})` : ''}`,

  noCookies: (org) => `${org} does not use cookies.`,
  cookieKinds: {
    functional: 'technical and functional cookies',
    analytics: 'analytics cookies',
    preferences: 'preference cookies',
    marketing: 'tracking and marketing cookies',
  },
  privacyFriendlyAnalytics: 'analytics cookies that do not intrude on your privacy',
  cookiesUsed: (org, kinds) => `${org} only uses ${kinds}.`,
  cookieDefinition:
    'A cookie is a small text file that is stored on your computer, tablet or smartphone when you first visit this website.',
  cookieExplanation: {
    functional:
      'Technical and functional cookies are needed for the website to work and for your convenience. They make sure the website works properly and remember your preferences, for example.',
    analytics: 'Analytics cookies help us improve our website.',
    preferences: 'Preference cookies remember your choices, such as the language you view the website in.',
    marketing:
      'Tracking and marketing cookies follow your browsing so that you can be shown targeted advertising.',
  },
  cookieTableIntro: 'We use the following cookies:',
  cookieTableHeader: ['Name', 'Provider', 'Type', 'Purpose', 'Lifetime'],
  cookieCategoryName: {
    functional: 'functional',
    analytics: 'analytics',
    preferences: 'preferences',
    marketing: 'marketing',
  },
  thirdPartyCookie: (provider) => `${provider} (third party)`,
  sessionLifetime: 'until you close your browser',

  rightsIntro: 'You have the following rights:',
  rightName: {
    access: 'Access',
    rectification: 'Rectification',
    erasure: 'Erasure',
    restriction: 'Restriction',
    withdraw_consent: 'Withdrawing consent',
    objection: 'Objection',
    portability: 'Data portability',
  },
  rightText: {
    access: () => 'you can see the personal data we hold about you and get a copy of it.',
    rectification: () => 'you can have incorrect or incomplete data corrected or completed.',
    erasure: () => 'you can ask us to delete your personal data.',
    restriction: () =>
      'you can ask us to restrict the processing of your personal data for a time, for example while we consider a request for correction or an objection.',
    withdraw_consent: () =>
      'where we process your data on the basis of your consent, you can withdraw that consent at any time.',
    objection: (org) => `you can object to ${org} processing your personal data.`,
  },
  portability: ({ scope, to, formats }) =>
    `you can ask us to send ${
      scope === 'all_personal_data'
        ? 'the personal data we hold about you'
        : 'the personal data you have provided to us'
    } in a computer file ${to}${formats ? ` (as ${formats})` : ''}.`,
  portabilityTo: {
    data_subject: 'to you',
    other_controller: 'to another organisation you name',
    both: 'to you or to another organisation you name',
  },
  directMarketingObjection:
    'You can object to the use of your data for direct marketing at any time, and we will then stop straight away.',
  directMarketingPurposes: (count) =>
    count === 1
      ? 'We use your data for direct marketing for the following purpose:'
      : 'We use your data for direct marketing for the following purposes:',
  requestIntro: (channels) => ['To exercise any of these rights, send us your request ', ...channels, '.'],
  requestChannel: {
    email: (address) => ['by email to ', address],
    portal: 'through the privacy portal on our website',
    postal: 'by post to our address at the top of this statement',
  },
  fee: {
    free: 'This is free of charge.',
    only_if_manifestly_unfounded_or_excessive:
      'This is free of charge, unless a request is manifestly unfounded or excessive.',
  },
  verificationMethods: (methods) => `We know a request comes from you if you ${methods}.`,
  verificationMethod: {
    registered_email: 'send it from the email address we have on file',
    logged_in_account: 'make it while signed in to your account',
    in_person: 'make it in person and show your identity document',
  },
  idCopyAlways:
    'To make sure a request really comes from you, we ask you to include a copy of your identity document.',
  idCopyOnDoubt:
    'Only if we have reasonable doubts about your identity will we ask you for a copy of your identity document.',
  idCopyMask: (items) => `To protect your privacy, please black out ${items} on the copy.`,
  maskItem: {
    photo: 'your photo',
    mrz: 'the MRZ (machine-readable zone: the strip of numbers and letters at the bottom of a passport)',
    passport_number: 'your passport number',
    id_card_number: 'the document number of your identity card',
    bsn: 'your citizen service number (BSN)',
  },
  idCopyDeleted: 'Once we have verified your identity, we delete the copy.',
  responseDeadline: (d) =>
    `We will respond to your request as soon as possible, and within ${d} at the latest.`,
  extension: ({ maxPeriod, conditions, noticeWithin }) =>
    `In the case of ${conditions}, we may extend this period by up to ${maxPeriod}. If we do, we will tell you within ${noticeWithin}, with our reasons.`,

  complaint: (authority) => [
    'If you are not satisfied with how we handle your personal data, you have the right to lodge a complaint with the supervisory authority, the ',
    authority,
    '.',
  ],

  measuresIntro: 'Our measures include:',
  breachEmail: (email) => ['You can reach us at ', email, '.'],
};

/** "CloudAware's", "Siemens'". */
function possessive(name: string): string {
  return name.endsWith('s') ? `${name}'` : `${name}'s`;
}
