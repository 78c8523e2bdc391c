import {
  approveRequest,
  decideObjectionRequest,
  denyRequest,
  extendRequest,
  markVerified,
  sendAnswer,
  setRequestType,
  withdrawRequest,
} from '../../../dsr/actions.js';
import type { DsrDeps } from '../../../dsr/deps.js';
import { parseDetails, parseRequestType } from '../../../dsr/details-schema.js';
import { type DenialGround, type DsrRequest, denialGrounds } from '../../../dsr/request.js';
import { requestSummary } from '../../../dsr/summary.js';
import { sendVerificationCode } from '../../../dsr/verification.js';
import { GrondslagError } from '../../../errors.js';
import {
  type Command,
  type CommandContext,
  ExitCode,
  type OptionSpec,
  printJson,
  stateConflictAsInput,
} from '../../command.js';
import { withDsr } from './context.js';

/**
 * The operator's decisions on a request from the command line — the same domain actions as the
 * console's buttons and the API (src/dsr/actions.ts), so a request can go from `dsr submit` to
 * `dsr run` and `dsr answer` without the console. Each is one transaction with its event and audit
 * entry (actor `cli`); those that write to the person (deny, extend, answer) send the letter over
 * `mail.smtp` before committing, so a refused mail records nothing.
 */

const ACTOR = 'cli';

function text(ctx: CommandContext, name: string): string | undefined {
  const v = ctx.values[name];
  return typeof v === 'string' ? v : undefined;
}

function required(ctx: CommandContext, name: string, what: string): string {
  const v = text(ctx, name)?.trim();
  if (!v) throw new GrondslagError('CLI_BAD_ARGUMENTS', `--${name} is required: ${what}`);
  return v;
}

interface Decision {
  verb: string;
  summary: string;
  usage: string;
  options?: Record<string, OptionSpec>;
  /** Checks the flags before the store is opened, so bad input changes nothing. */
  parse(ctx: CommandContext): (deps: DsrDeps, id: string) => Promise<{ request: DsrRequest; note?: string }>;
  /** What happened, for the one line printed without --json. */
  done: string;
}

function decisionCommand(d: Decision): Command {
  return {
    name: ['dsr', d.verb],
    summary: d.summary,
    usage: d.usage ? `ID ${d.usage} [--json]` : 'ID [--json]',
    positionals: { min: 1, max: 1 },
    ...(d.options ? { options: d.options } : {}),
    async run(ctx) {
      const act = d.parse(ctx);
      const id = ctx.positionals[0]!;
      const result = await withDsr(ctx, `grondslag dsr ${d.verb}`, async (deps) => {
        const done = await stateConflictAsInput(() => act(deps, id));
        return { ...done, now: deps.clock() };
      });
      const r = result.request;
      if (ctx.json) {
        printJson(ctx, { request: requestSummary(r, result.now) });
        return ExitCode.ok;
      }
      ctx.io.stdout(
        `${r.reference}: ${d.done}${result.note ? ` ${result.note}` : ''}; now ${r.status}, due ${r.dueAt.toISOString().slice(0, 10)}\n`,
      );
      return ExitCode.ok;
    },
  };
}

export const dsrSendCodeCommand = decisionCommand({
  verb: 'send-code',
  summary: 'mail the person a (new) one-time verification code (needs mail.smtp)',
  usage: '',
  parse: () => async (deps, id) => ({ request: (await sendVerificationCode(deps, id)).request }),
  done: 'verification code sent',
});

export const dsrVerifyCommand = decisionCommand({
  verb: 'verify',
  summary: 'record that the person’s identity was confirmed by other means (e.g. signed in to their account)',
  usage: '[--note T]',
  options: { note: { type: 'string', description: 'how the identity was confirmed (kept with the event)' } },
  parse(ctx) {
    const note = text(ctx, 'note')?.trim();
    return async (deps, id) => ({
      request: await markVerified(deps, id, { by: ACTOR, ...(note ? { note } : {}) }),
    });
  },
  done: 'verified',
});

export const dsrApproveCommand = decisionCommand({
  verb: 'approve',
  summary: 'approve a verified request for execution (then `dsr run ID`, or the worker, executes it)',
  usage: '',
  parse: () => async (deps, id) => ({ request: await approveRequest(deps, id, { by: ACTOR }) }),
  done: 'approved',
});

export const dsrDenyCommand = decisionCommand({
  verb: 'deny',
  summary: 'refuse a request with reasons and mail the Art. 12(4) letter (needs mail.smtp)',
  usage: `--ground ${denialGrounds.join('|')} --reasons T`,
  options: {
    ground: { type: 'string', description: `why: ${denialGrounds.join(', ')}` },
    reasons: { type: 'string', description: 'the reasons, in the person’s language (quoted in the letter)' },
  },
  parse(ctx) {
    const ground = required(ctx, 'ground', denialGrounds.join(', '));
    if (!(denialGrounds as readonly string[]).includes(ground)) {
      throw new GrondslagError('CLI_BAD_ARGUMENTS', `--ground must be one of ${denialGrounds.join(', ')}`);
    }
    const reasons = required(ctx, 'reasons', 'the reasons the letter gives');
    return async (deps, id) => ({
      request: await denyRequest(deps, id, { by: ACTOR, ground: ground as DenialGround, reasons }),
    });
  },
  done: 'refused, the letter sent',
});

export const dsrExtendCommand = decisionCommand({
  verb: 'extend',
  summary: 'extend the deadline by one or two months by mailing the notice with reasons (Art. 12(3))',
  usage: '--reasons T [--months 1|2]',
  options: {
    reasons: { type: 'string', description: 'why more time is needed (quoted in the notice)' },
    months: { type: 'string', description: 'months added to the first due date: 1 or 2 (default 2)' },
  },
  parse(ctx) {
    const reasons = required(ctx, 'reasons', 'why more time is needed');
    const m = text(ctx, 'months') ?? '2';
    if (m !== '1' && m !== '2') throw new GrondslagError('CLI_BAD_ARGUMENTS', '--months must be 1 or 2');
    const months = Number(m) as 1 | 2;
    return async (deps, id) => ({ request: await extendRequest(deps, id, { by: ACTOR, reasons, months }) });
  },
  done: 'extended, the notice sent',
});

export const dsrAnswerCommand = decisionCommand({
  verb: 'answer',
  summary: 'mail the answer (with a fresh download link when there is a package) and complete the request',
  usage: '--message T',
  options: { message: { type: 'string', description: 'the answer’s text, in the person’s language' } },
  parse(ctx) {
    const message = required(ctx, 'message', 'the text of the answer');
    return async (deps, id) => {
      const r = await sendAnswer(deps, id, { by: ACTOR, message });
      // The link is the person's key to their data: it goes in their mail only, never to this terminal.
      return { request: r.request, ...(r.downloadUrl ? { note: '(with a download link)' } : {}) };
    };
  },
  done: 'answer sent',
});

export const dsrWithdrawCommand = decisionCommand({
  verb: 'withdraw',
  summary: 'record that the person withdrew the request',
  usage: '',
  parse: () => async (deps, id) => ({ request: await withdrawRequest(deps, id, { by: ACTOR }) }),
  done: 'withdrawn',
});

export const dsrTypeCommand = decisionCommand({
  verb: 'type',
  summary: 'set the type of a request whose wording did not reveal it (`unknown`), before approval',
  usage: '--type TYPE [--details JSON]',
  options: {
    type: {
      type: 'string',
      description:
        'access, portability, rectification, erasure, restriction, objection, withdraw_consent, minor_report',
    },
    details: {
      type: 'string',
      description:
        'the type’s details as JSON, e.g. {"type":"rectification","changes":[{"field":"city","value":"Utrecht"}]}',
    },
  },
  parse(ctx) {
    const type = parseRequestType(text(ctx, 'type'));
    const raw = text(ctx, 'details');
    let details: unknown;
    if (raw !== undefined) {
      try {
        details = JSON.parse(raw);
      } catch (e) {
        throw new GrondslagError('CLI_BAD_ARGUMENTS', `--details is not valid JSON: ${(e as Error).message}`);
      }
    }
    // parseDetails also refuses details of another type than --type.
    const parsed = parseDetails(type, details);
    return async (deps, id) => ({ request: await setRequestType(deps, id, { by: ACTOR, details: parsed }) });
  },
  done: 'type set',
});

export const dsrDecideCommand = decisionCommand({
  verb: 'decide',
  summary: 'the DPO’s decision on an objection on legitimate interest (a rejection mails the refusal)',
  usage: '--outcome upheld|rejected --reasons T',
  options: {
    outcome: {
      type: 'string',
      description: 'upheld (the processing stops) or rejected (compelling grounds)',
    },
    reasons: { type: 'string', description: 'the reasons for the decision' },
  },
  parse(ctx) {
    const outcome = required(ctx, 'outcome', 'upheld or rejected');
    if (outcome !== 'upheld' && outcome !== 'rejected') {
      throw new GrondslagError('CLI_BAD_ARGUMENTS', '--outcome must be upheld or rejected');
    }
    const reasons = required(ctx, 'reasons', 'the reasons for the decision');
    return async (deps, id) => ({
      request: await decideObjectionRequest(deps, id, { by: ACTOR, outcome, reasons }),
    });
  },
  done: 'decision recorded',
});
