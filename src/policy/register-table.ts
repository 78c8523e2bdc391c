import { parseDuration } from './duration.js';
import {
  NOT_APPLICABLE,
  type Register,
  type RegisterActivity,
  type RegisterErasure,
  type RegisterRecipient,
  type RegisterTransfer,
  type Unstated,
} from './register.js';
import {
  type RegisterColumn,
  type RegisterLabels,
  registerColumns,
  registerLabels,
} from './register-labels.js';
import { UNSTATED } from './schema.js';

/**
 * The register as a table of text: one header row and one row per activity, in the register's
 * language. Every cell says something: "not stated" where the policy is silent, "none" where it says
 * there is nothing, so that no empty cell can be misread. Multi-valued cells are joined with "; ",
 * which is why no single value below contains a semicolon of its own.
 */
export interface RegisterTable {
  columns: readonly RegisterColumn[];
  header: string[];
  rows: string[][];
}

/**
 * @example
 *   const { header, rows } = registerTable(buildRegister(policy, { lang: 'en' }));
 *   header[2]; // → 'Legal basis'
 */
export function registerTable(register: Register): RegisterTable {
  const l = registerLabels(register.language);
  const rows = register.activities.map((a) => {
    const cells = cellsOf(register, a, l);
    return registerColumns.map((c) => cells[c]);
  });
  return { columns: registerColumns, header: registerColumns.map((c) => l.columns[c]), rows };
}

export const VALUE_SEPARATOR = '; ';

function cellsOf(register: Register, a: RegisterActivity, l: RegisterLabels): Record<RegisterColumn, string> {
  const c = register.controller;
  const list = (values: string[]) => (values.length > 0 ? values.join(VALUE_SEPARATOR) : l.none);
  const stated = <T>(value: T | Unstated, show: (v: T) => string) =>
    value === UNSTATED ? l.notStated : show(value);
  return {
    activity: a.id,
    purpose: a.purpose,
    legalBasis: stated(a.legalBasis, (b) => l.legalBasis[b.code]),
    legitimateInterest:
      a.legitimateInterest === NOT_APPLICABLE ? l.notApplicable : stated(a.legitimateInterest, (t) => t),
    controller: c.tradeName ? `${c.legalName} (${c.tradeName})` : c.legalName,
    controllerContact: [c.address, c.phone, c.email, ...(c.website ? [c.website] : [])].join(VALUE_SEPARATOR),
    jointControllers: list(c.jointControllers),
    representative: c.representative ?? l.none,
    dpo: stated(c.dpo, (d) =>
      [d.title ? `${d.name} (${d.title})` : d.name, d.email, ...(d.phone ? [d.phone] : [])].join(', '),
    ),
    dataSubjects: list(a.dataSubjects.map((s) => s.label)),
    personalData: list(a.personalData.map((p) => p.label)),
    fides: list(a.personalData.map((p) => p.fides)),
    recipients: stated(a.recipients, (rs) => list(rs.map((r) => recipientText(r, l)))),
    thirdCountries: stated(a.thirdCountries, list),
    transfers: stated(a.transfers, (ts) => list(ts.map((t) => transferText(t, l)))),
    erasure: stated(a.erasure, (es) => list(es.map((e) => erasureText(e, l)))),
    security:
      a.security === UNSTATED
        ? `${l.notStated} (${l.generalStatement}: ${register.securityStatement})`
        : list(a.security),
    sources: list(a.sources.map((s) => l.sources[s])),
    systems: list(a.systems),
    profiling: a.profiling ? l.yes : l.no,
    automatedDecisions: a.automatedDecisions ? l.yes : l.no,
  };
}

function recipientText(r: RegisterRecipient, l: RegisterLabels): string {
  const notes = [
    l.recipientKinds[r.kind],
    ...(r.isCategory ? [l.recipientCategory] : []),
    ...(r.country ? [r.country] : []),
  ];
  return `${r.name} (${notes.join(', ')})`;
}

function transferText(t: RegisterTransfer, l: RegisterLabels): string {
  const to = t.recipient ? ` ${l.transferTo} ${t.recipient}` : '';
  const ref = t.reference ? `, ${t.reference}` : '';
  return `${t.country}${to}: ${l.safeguards[t.safeguard]}${ref}`;
}

/** "Customer data: 7 years (P7Y) after the contract ends, then deleted (ground: not stated)". */
function erasureText(e: RegisterErasure, l: RegisterLabels): string {
  const hold = e.legalHoldExtends ? `, ${l.legalHold}` : '';
  const ground = e.ground === UNSTATED ? l.notStated : e.ground;
  return `${e.label}: ${durationText(e.period, l)} (${e.period}) ${l.clocks[e.from]}, ${l.actions[e.action]}${hold} (${l.ground}: ${ground})`;
}

function durationText(period: string, l: RegisterLabels): string {
  const d = parseDuration(period);
  if (!d) return period;
  const parts: string[] = [];
  for (const unit of ['years', 'months', 'weeks', 'days'] as const) {
    const n = d[unit];
    if (n > 0) parts.push(`${n} ${n === 1 ? l.units[unit][0] : l.units[unit][1]}`);
  }
  return parts.join(' ');
}
