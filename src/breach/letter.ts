import type { Policy } from '../policy/schema.js';
import type { Breach } from './incident.js';
import { categoryLabels, contactPoint, type NoticeLang } from './notice.js';

/**
 * The plain-language letter to the people affected (Art. 34(2)): what happened, who to contact, what
 * it may mean for them, what the organisation did, and what they can do themselves. Short sentences,
 * no article numbers. Art. 34(3)(a): when the data was unintelligible no letter is required, and the
 * result says so rather than refusing — the DPO may still choose to write.
 */

export interface SubjectLetter {
  breachId: string;
  lang: NoticeLang;
  subject: string;
  text: string;
  /** Items with nothing recorded, named so the DPO can fill them in. */
  missing: string[];
  /** Why a letter may not be required (Art. 34(3)(a) or a risk below high), or null. */
  notRequired: string | null;
}

/**
 * @example
 *   subjectLetter(breach, policy, 'nl').subject; // 'Belangrijk: een beveiligingsincident bij CloudAware'
 */
export function subjectLetter(breach: Breach, policy: Policy, lang: NoticeLang): SubjectLetter {
  const t = lang === 'nl' ? nl : en;
  const org = policy.controller.tradeName ?? policy.controller.legalName;
  const missing: string[] = [];
  const need = (value: string | null, label: string): string => {
    if (value) return value;
    missing.push(label);
    return t.missing(label);
  };
  const cats = categoryLabels(breach.categories, policy, lang);
  const paragraphs = [
    t.greeting,
    t.intro(org),
    `${t.what}\n${need(breach.description, t.labels.nature)}`,
    ...(cats.length > 0 ? [`${t.which}\n${cats.map((c) => `- ${c}`).join('\n')}`] : []),
    `${t.consequences}\n${need(breach.consequences, t.labels.consequences)}`,
    `${t.measures}\n${need(breach.measures, t.labels.measures)}`,
    `${t.yourself}\n${selfHelp(breach.categories, lang)
      .map((s) => `- ${s}`)
      .join('\n')}`,
    `${t.contact}\n${need(contactPoint(breach, policy, lang), t.labels.contact)}`,
    t.complaint,
    t.closing(org),
  ];
  const notRequired = breach.unintelligible
    ? t.notRequiredEncrypted
    : breach.risk !== null && breach.risk !== 'high'
      ? t.notRequiredRisk
      : null;
  return {
    breachId: breach.id,
    lang,
    subject: t.subject(org),
    text: `${paragraphs.join('\n\n')}\n`,
    missing,
    notRequired,
  };
}

/** Advice people can act on, chosen by the kind of data involved. */
function selfHelp(categories: readonly string[], lang: NoticeLang): string[] {
  const has = (...ids: string[]) => ids.some((id) => categories.includes(id));
  const t = lang === 'nl' ? nl : en;
  const out = [t.advice.phishing];
  if (has('bank_account')) out.push(t.advice.bank);
  if (has('password', 'credentials', 'account')) out.push(t.advice.password);
  if (has('phone', 'telecom_traffic')) out.push(t.advice.phone);
  if (has('bsn', 'id_copy', 'identity_document')) out.push(t.advice.identity);
  out.push(t.advice.report);
  return out;
}

const nl = {
  subject: (org: string) => `Belangrijk: een beveiligingsincident bij ${org}`,
  greeting: 'Beste klant,',
  intro: (org: string) =>
    `Wij laten u weten dat er bij ${org} een beveiligingsincident is geweest waarbij uw persoonsgegevens betrokken zijn. Wij vinden dit erg vervelend en leggen hieronder uit wat er is gebeurd.`,
  what: 'Wat is er gebeurd?',
  which: 'Om welke gegevens gaat het?',
  consequences: 'Wat kan dit voor u betekenen?',
  measures: 'Wat hebben wij gedaan?',
  yourself: 'Wat kunt u zelf doen?',
  contact: 'Vragen? Neem contact op met:',
  complaint:
    'U kunt ook een klacht indienen bij de Autoriteit Persoonsgegevens (autoriteitpersoonsgegevens.nl).',
  closing: (org: string) => `Met vriendelijke groet,\n${org}`,
  missing: (label: string) => `[ONTBREEKT: ${label}]`,
  labels: {
    nature: 'wat er is gebeurd',
    consequences: 'mogelijke gevolgen',
    measures: 'genomen maatregelen',
    contact: 'contactpunt',
  },
  advice: {
    phishing:
      'Wees alert op e-mails, sms-berichten en telefoontjes die zich voordoen als ons. Wij vragen u nooit om een wachtwoord of pincode.',
    bank: 'Controleer uw bankafschriften en neem bij onbekende afschrijvingen contact op met uw bank.',
    password: 'Verander uw wachtwoord, en ook op andere plaatsen waar u hetzelfde wachtwoord gebruikt.',
    phone: 'Wees alert op oproepen en berichten van onbekende nummers.',
    identity: 'Meld misbruik van uw identiteit bij het Centraal Meldpunt Identiteitsfraude.',
    report: 'Ziet u iets verdachts? Meld het ons via het contactpunt hieronder.',
  },
  notRequiredEncrypted:
    'De gegevens waren onbegrijpelijk voor onbevoegden (bijv. versleuteld); een bericht aan betrokkenen is dan niet verplicht (art. 34 lid 3 onder a AVG).',
  notRequiredRisk:
    'De risicobeoordeling is niet "hoog risico"; een bericht aan betrokkenen is dan niet verplicht (art. 34 lid 1 AVG).',
};

const en: typeof nl = {
  subject: (org: string) => `Important: a security incident at ${org}`,
  greeting: 'Dear customer,',
  intro: (org: string) =>
    `We are writing to tell you that ${org} has had a security incident involving your personal data. We are sorry, and explain below what happened.`,
  what: 'What happened?',
  which: 'Which data is involved?',
  consequences: 'What could this mean for you?',
  measures: 'What have we done?',
  yourself: 'What can you do yourself?',
  contact: 'Questions? Contact:',
  complaint: 'You can also complain to the Dutch Data Protection Authority (autoriteitpersoonsgegevens.nl).',
  closing: (org: string) => `Kind regards,\n${org}`,
  missing: (label: string) => `[MISSING: ${label}]`,
  labels: {
    nature: 'what happened',
    consequences: 'likely consequences',
    measures: 'measures taken',
    contact: 'contact point',
  },
  advice: {
    phishing:
      'Be wary of e-mails, text messages and calls that claim to come from us. We never ask for your password or PIN.',
    bank: 'Check your bank statements and contact your bank about any payment you do not recognise.',
    password: 'Change your password, also anywhere else you use the same one.',
    phone: 'Be wary of calls and messages from numbers you do not know.',
    identity: 'Report misuse of your identity to the Centraal Meldpunt Identiteitsfraude.',
    report: 'Notice anything suspicious? Tell us through the contact point below.',
  },
  notRequiredEncrypted:
    'The data was unintelligible to anyone not authorised (e.g. encrypted); telling the people affected is then not required (GDPR Art. 34(3)(a)).',
  notRequiredRisk:
    'The risk is not assessed as high; telling the people affected is then not required (GDPR Art. 34(1)).',
};
