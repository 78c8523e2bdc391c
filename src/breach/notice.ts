import type { Policy } from '../policy/schema.js';
import { breachClocks } from './clocks.js';
import type { Breach } from './incident.js';
import { formatLocal } from './local-time.js';

/**
 * The content of a notification to the Autoriteit Persoonsgegevens, item by item as Art. 33(3)(a)–(d)
 * lists them. An item with nothing recorded is kept, marked missing and named in `missing`, so the DPO
 * sees what is left to fill in instead of sending a notice that silently lacks it.
 */

export type NoticeLang = 'nl' | 'en';

export interface NoticeItem {
  /** Stable key, e.g. `nature`, `approxPeople`. */
  key: string;
  /** The provision it answers, e.g. `33(3)(a)`. */
  article: string;
  label: string;
  value: string | null;
}

export interface AuthorityNotice {
  breachId: string;
  lang: NoticeLang;
  items: NoticeItem[];
  /** Labels of the items with nothing recorded. */
  missing: string[];
  /** Reasons for a late notice, when the governing clock has run out (Art. 33(1)). */
  late: boolean;
  text: string;
}

const labels: Record<string, { article: string; nl: string; en: string }> = {
  nature: { article: '33(3)(a)', nl: 'Aard van de inbreuk', en: 'Nature of the breach' },
  categories: {
    article: '33(3)(a)',
    nl: 'Categorieën persoonsgegevens',
    en: 'Categories of personal data',
  },
  subjects: { article: '33(3)(a)', nl: 'Categorieën betrokkenen', en: 'Categories of data subjects' },
  approxPeople: {
    article: '33(3)(a)',
    nl: 'Geschat aantal betrokkenen',
    en: 'Approximate number of data subjects',
  },
  approxRecords: {
    article: '33(3)(a)',
    nl: 'Geschat aantal registraties',
    en: 'Approximate number of records',
  },
  contact: {
    article: '33(3)(b)',
    nl: 'Functionaris gegevensbescherming of contactpunt',
    en: 'Data protection officer or contact point',
  },
  consequences: {
    article: '33(3)(c)',
    nl: 'Waarschijnlijke gevolgen',
    en: 'Likely consequences',
  },
  measures: {
    article: '33(3)(d)',
    nl: 'Genomen of voorgestelde maatregelen',
    en: 'Measures taken or proposed',
  },
};

/** The contact point: what was recorded, else the policy's DPO, else the policy's breach address. */
export function contactPoint(
  breach: Pick<Breach, 'contact'>,
  policy: Policy,
  lang: NoticeLang,
): string | null {
  if (breach.contact) return breach.contact;
  if (typeof policy.dpo === 'object') {
    const d = policy.dpo;
    const title = d.title?.[lang] ?? d.title?.en ?? d.title?.nl;
    return [title ? `${d.name} (${title})` : d.name, d.email, d.phone].filter(Boolean).join(', ');
  }
  return policy.breach?.email ?? null;
}

/** Category labels in `lang`, unknown ids as themselves. */
export function categoryLabels(ids: readonly string[], policy: Policy, lang: NoticeLang): string[] {
  return ids.map((id) => {
    const c = policy.categories.find((x) => x.id === id);
    return c ? (c.label[lang] ?? c.label.en ?? id) : id;
  });
}

/**
 * @example
 *   const n = authorityNotice(breach, policy, 'en', new Date());
 *   n.missing; // ['Likely consequences'] when no consequences were recorded
 */
export function authorityNotice(
  breach: Breach,
  policy: Policy,
  lang: NoticeLang,
  now: Date,
): AuthorityNotice {
  const values: Record<string, string | null> = {
    nature: breach.description,
    categories:
      breach.categories.length > 0 ? categoryLabels(breach.categories, policy, lang).join(', ') : null,
    subjects: breach.subjects,
    approxPeople: breach.approxPeople === null ? null : `~${breach.approxPeople}`,
    approxRecords: breach.approxRecords === null ? null : `~${breach.approxRecords}`,
    contact: contactPoint(breach, policy, lang),
    consequences: breach.consequences,
    measures: breach.measures,
  };
  const items = Object.entries(labels).map(([key, l]) => ({
    key,
    article: l.article,
    label: l[lang],
    value: values[key] ?? null,
  }));
  const missing = items.filter((i) => i.value === null).map((i) => i.label);
  const clocks = breachClocks(breach, now);
  const late = clocks.notifiedAt === null ? clocks.governing.overdue : clocks.governing.state === 'late';
  const t = lang === 'nl' ? nl : en;
  const org = policy.controller.tradeName ?? policy.controller.legalName;
  const lines = [
    t.title(org),
    '',
    `${t.reference}: ${breach.id}`,
    phaseLine(breach, t),
    ...(breach.occurredAt ? [`${t.occurred}: ${formatLocal(breach.occurredAt)}`] : []),
    `${t.aware}: ${formatLocal(breach.awareAt)}`,
    ...clocks.clocks.map(
      (c) => `${t.clock(c.hours)}: ${formatLocal(c.dueAt)} (${c.dueAt.toISOString().slice(0, 16)}Z)`,
    ),
    '',
    ...items.map((i) => `${i.label} [Art. ${i.article}]: ${i.value ?? t.missingValue}`),
  ];
  if (breach.unintelligible) lines.push('', t.unintelligible);
  if (breach.risk)
    lines.push(
      '',
      `${t.risk}: ${t.riskLevel[breach.risk]}${breach.riskReasons ? ` — ${breach.riskReasons}` : ''}`,
    );
  if (late) lines.push('', t.lateNote);
  if (missing.length > 0) lines.push('', `${t.missingList}: ${missing.join('; ')}`);
  return { breachId: breach.id, lang, items, missing, late, text: `${lines.join('\n')}\n` };
}

/** Art. 33(4): the first notice says more may follow; later ones say which notice they add to. */
function phaseLine(breach: Breach, t: typeof nl): string {
  const sent = breach.phases.filter((p) => p.audience === 'authority');
  const first = sent[0];
  return first ? t.followUp(sent.length, formatLocal(first.sentAt)) : t.initial;
}

const nl = {
  initial: 'Soort melding: eerste melding (aanvullende informatie kan volgen, art. 33 lid 4 AVG)',
  followUp: (n: number, first: string) => `Soort melding: aanvulling ${n} op de melding van ${first}`,
  title: (org: string) => `Melding datalek aan de Autoriteit Persoonsgegevens — ${org}`,
  reference: 'Kenmerk',
  occurred: 'Datum en tijd van de inbreuk',
  aware: 'Ontdekt op',
  clock: (h: number) => `Uiterste meldtermijn (${h} uur)`,
  missingValue: '[ONTBREEKT — nog in te vullen]',
  missingList: 'Nog in te vullen',
  unintelligible: 'De gegevens waren onbegrijpelijk voor onbevoegden (bijvoorbeeld versleuteld).',
  risk: 'Risicobeoordeling',
  riskLevel: { none: 'geen risico', risk: 'risico', high: 'hoog risico' },
  lateNote:
    'Deze melding is later dan de termijn; de redenen voor de vertraging worden meegezonden (art. 33 lid 1 AVG).',
};

const en: typeof nl = {
  initial: 'Type: initial notification (further information may follow, GDPR Art. 33(4))',
  followUp: (n: number, first: string) => `Type: follow-up ${n} to the notification of ${first}`,
  title: (org: string) => `Personal data breach notification to the Autoriteit Persoonsgegevens — ${org}`,
  reference: 'Reference',
  occurred: 'Date and time of the breach',
  aware: 'Became aware',
  clock: (h: number) => `Notification due (${h} hours)`,
  missingValue: '[MISSING — to be filled in]',
  missingList: 'Still to fill in',
  unintelligible: 'The data was unintelligible to anyone not authorised to access it (e.g. encrypted).',
  risk: 'Risk assessment',
  riskLevel: { none: 'no risk', risk: 'risk', high: 'high risk' },
  lateNote:
    'This notification is past the deadline; the reasons for the delay accompany it (GDPR Art. 33(1)).',
};
