import { randomBytes } from 'node:crypto';
import { appendAudit } from '../audit/log.js';
import type { Sealer } from '../crypto/sealed.js';
import { GrondslagError } from '../errors.js';
import type { Queryable } from '../store/db.js';
import { needsDelayReasons } from './clocks.js';
import type { Breach, BreachFacts, NoticeAudience, NoticePhase } from './incident.js';

/**
 * The breach register in the store. Every change is audited in its own transaction with ids, counts
 * and states only; the free text is sealed.
 */

type Tx = Queryable;
type Run = <T>(fn: (tx: Tx) => Promise<T>) => Promise<T>;

export interface BreachStoreDeps {
  /** Runs `fn` in one transaction (`db.transaction`, or `ctx.complete` in a job). */
  transaction: Run;
  sealer: Sealer;
  now: () => Date;
  /** `cli`, `user:<id>`, `system:breach`. */
  actor: string;
}

/** The free-text fields, sealed together as one JSON document. */
type SealedDetails = Pick<
  BreachFacts,
  'description' | 'subjects' | 'consequences' | 'measures' | 'contact' | 'riskReasons'
>;

export function newBreachId(): string {
  return `br_${randomBytes(10).toString('hex')}`;
}

/**
 * Records a breach. `telecom` is the policy's `breach.telecomProvider`.
 *
 * @example
 *   const id = await recordBreach(deps, checkBreachInput({ awareAt: '2026-03-28 23:30' }), { telecom: true });
 */
export async function recordBreach(
  deps: BreachStoreDeps,
  facts: BreachFacts,
  opts: { telecom: boolean },
): Promise<string> {
  const id = newBreachId();
  const now = deps.now();
  const details: SealedDetails = {
    description: facts.description,
    subjects: facts.subjects,
    consequences: facts.consequences,
    measures: facts.measures,
    contact: facts.contact,
    riskReasons: facts.riskReasons,
  };
  await deps.transaction(async (tx) => {
    await tx.query(
      `insert into grondslag.breach (id, occurred_at, aware_at, recorded_at, updated_at, telecom, categories,
         approx_people, approx_records, unintelligible, risk, details_sealed)
       values ($1, $2, $3, $4, $4, $5, $6::jsonb, $7, $8, $9, $10, $11)`,
      [
        id,
        facts.occurredAt,
        facts.awareAt,
        now,
        opts.telecom,
        JSON.stringify(facts.categories),
        facts.approxPeople,
        facts.approxRecords,
        facts.unintelligible,
        facts.risk,
        deps.sealer.seal(JSON.stringify(details)),
      ],
    );
    await appendAudit(
      tx,
      {
        actor: deps.actor,
        action: 'breach.recorded',
        subjectType: 'breach',
        subjectId: id,
        data: {
          telecom: opts.telecom,
          categories: facts.categories.length,
          risk: facts.risk ?? 'unassessed',
        },
      },
      { now: deps.now },
    );
  });
  return id;
}

interface BreachRow {
  id: string;
  occurred_at: Date | null;
  aware_at: Date;
  recorded_at: Date;
  telecom: boolean;
  categories: string[] | string;
  approx_people: number | null;
  approx_records: number | null;
  unintelligible: boolean;
  risk: Breach['risk'];
  details_sealed: string;
}

interface NoticeRow {
  breach_id: string;
  seq: number;
  audience: NoticeAudience;
  phase: NoticePhase['phase'];
  sent_at: Date;
  content_sealed: string;
  delay_reasons_sealed: string | null;
}

function toBreach(row: BreachRow, notices: NoticeRow[], sealer: Sealer): Breach {
  const d = JSON.parse(sealer.openText(row.details_sealed)) as SealedDetails;
  const categories =
    typeof row.categories === 'string' ? (JSON.parse(row.categories) as string[]) : row.categories;
  return {
    id: row.id,
    occurredAt: row.occurred_at ? new Date(row.occurred_at) : null,
    awareAt: new Date(row.aware_at),
    recordedAt: new Date(row.recorded_at),
    telecom: row.telecom,
    categories,
    approxPeople: row.approx_people,
    approxRecords: row.approx_records,
    unintelligible: row.unintelligible,
    risk: row.risk,
    ...d,
    phases: notices
      .filter((n) => n.breach_id === row.id)
      .map((n) => ({
        seq: n.seq,
        audience: n.audience,
        phase: n.phase,
        sentAt: new Date(n.sent_at),
        content: sealer.openText(n.content_sealed),
        delayReasons: n.delay_reasons_sealed ? sealer.openText(n.delay_reasons_sealed) : null,
      })),
  };
}

const BREACH_COLUMNS = `id, occurred_at, aware_at, recorded_at, telecom, categories, approx_people, approx_records,
  unintelligible, risk, details_sealed`;

/** All breaches, newest awareness first. */
export async function listBreaches(q: Queryable, sealer: Sealer): Promise<Breach[]> {
  const { rows } = await q.query<BreachRow>(
    `select ${BREACH_COLUMNS} from grondslag.breach order by aware_at desc, id`,
  );
  const notices = await q.query<NoticeRow>(
    'select breach_id, seq, audience, phase, sent_at, content_sealed, delay_reasons_sealed from grondslag.breach_notice order by breach_id, seq',
  );
  return rows.map((r) => toBreach(r, notices.rows, sealer));
}

/** One breach; BREACH_NOT_FOUND (exit 2 / 404) when there is none. */
export async function getBreach(q: Queryable, sealer: Sealer, id: string): Promise<Breach> {
  const { rows } = await q.query<BreachRow>(`select ${BREACH_COLUMNS} from grondslag.breach where id = $1`, [
    id,
  ]);
  const row = rows[0];
  if (!row) throw new GrondslagError('BREACH_NOT_FOUND', `no breach "${id}"`, { kind: 'not_found' });
  const notices = await q.query<NoticeRow>(
    'select breach_id, seq, audience, phase, sent_at, content_sealed, delay_reasons_sealed from grondslag.breach_notice where breach_id = $1 order by seq',
    [id],
  );
  return toBreach(row, notices.rows, sealer);
}

export interface NoticeRecordInput {
  audience: NoticeAudience;
  sentAt: Date;
  content: string;
  delayReasons?: string | null;
}

/**
 * Records a notification as sent. The first one to an audience is the initial notice, later ones are
 * follow-ups (Art. 33(4)). An initial notice to the authority after the governing clock needs reasons
 * for the delay (Art. 33(1)): BREACH_DELAY_REASONS_REQUIRED otherwise.
 *
 * @example
 *   await recordNotice(deps, id, { audience: 'authority', sentAt: new Date(), content: notice.text });
 */
export async function recordNotice(
  deps: BreachStoreDeps,
  id: string,
  input: NoticeRecordInput,
): Promise<NoticePhase> {
  if (!input.content.trim()) {
    throw new GrondslagError('BREACH_INPUT_INVALID', 'content: the notice as sent is required', {
      details: [{ path: 'content', message: 'required' }],
    });
  }
  if (Number.isNaN(input.sentAt.getTime())) {
    throw new GrondslagError('BREACH_INPUT_INVALID', 'sentAt: not a valid time', {
      details: [{ path: 'sentAt', message: 'not a valid time' }],
    });
  }
  return deps.transaction(async (tx) => {
    const breach = await getBreach(tx, deps.sealer, id);
    if (input.sentAt.getTime() < breach.awareAt.getTime()) {
      throw new GrondslagError('BREACH_INPUT_INVALID', 'sentAt: a notice cannot be sent before awareness', {
        details: [{ path: 'sentAt', message: 'before awareAt' }],
      });
    }
    const earlier = breach.phases.filter((p) => p.audience === input.audience);
    const phase: NoticePhase['phase'] = earlier.length === 0 ? 'initial' : 'follow-up';
    const reasons = input.delayReasons?.trim() || null;
    const late =
      input.audience === 'authority' && phase === 'initial' && needsDelayReasons(breach, input.sentAt);
    if (late && !reasons) {
      throw new GrondslagError(
        'BREACH_DELAY_REASONS_REQUIRED',
        `delayReasons: this notice is sent after the ${breach.telecom ? '24' : '72'}-hour deadline; give the reasons for the delay (GDPR Art. 33(1))`,
        { details: [{ path: 'delayReasons', message: 'required for a late notification' }] },
      );
    }
    const seq = breach.phases.reduce((m, p) => Math.max(m, p.seq), 0) + 1;
    await tx.query(
      `insert into grondslag.breach_notice (breach_id, seq, audience, phase, sent_at, content_sealed,
         delay_reasons_sealed, recorded_at) values ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [
        id,
        seq,
        input.audience,
        phase,
        input.sentAt,
        deps.sealer.seal(input.content),
        reasons ? deps.sealer.seal(reasons) : null,
        deps.now(),
      ],
    );
    await tx.query('update grondslag.breach set updated_at = $2 where id = $1', [id, deps.now()]);
    await appendAudit(
      tx,
      {
        actor: deps.actor,
        action: 'breach.notice_recorded',
        subjectType: 'breach',
        subjectId: id,
        data: { seq, audience: input.audience, phase, late },
      },
      { now: deps.now },
    );
    return {
      seq,
      audience: input.audience,
      phase,
      sentAt: input.sentAt,
      content: input.content,
      delayReasons: reasons,
    };
  });
}
