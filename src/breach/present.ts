import { breachClocks, type Clocks } from './clocks.js';
import type { Breach } from './incident.js';

/** A breach as JSON for the CLI and the API: times as ISO 8601 UTC, clocks as of `now`. */
export function presentBreach(b: Breach, now: Date) {
  const c = breachClocks(b, now);
  return {
    id: b.id,
    occurredAt: b.occurredAt?.toISOString() ?? null,
    awareAt: b.awareAt.toISOString(),
    recordedAt: b.recordedAt.toISOString(),
    telecom: b.telecom,
    description: b.description,
    categories: b.categories,
    subjects: b.subjects,
    approxPeople: b.approxPeople,
    approxRecords: b.approxRecords,
    consequences: b.consequences,
    measures: b.measures,
    contact: b.contact,
    unintelligible: b.unintelligible,
    risk: b.risk,
    riskReasons: b.riskReasons,
    ...presentClocks(c),
    phases: b.phases.map((p) => ({
      seq: p.seq,
      audience: p.audience,
      phase: p.phase,
      sentAt: p.sentAt.toISOString(),
      content: p.content,
      delayReasons: p.delayReasons,
    })),
  };
}

/** The clocks part of a presented breach. */
export function presentClocks(c: Clocks) {
  return {
    notifiedAt: c.notifiedAt?.toISOString() ?? null,
    governingClock: c.governing.kind,
    clocks: c.clocks.map((k) => ({
      kind: k.kind,
      hours: k.hours,
      dueAt: k.dueAt.toISOString(),
      remainingMinutes: k.remainingMinutes,
      overdue: k.overdue,
      state: k.state,
    })),
  };
}
