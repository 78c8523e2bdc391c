import { parseRequestType } from '../../../dsr/details-schema.js';
import { parseIdentity } from '../../../dsr/identity.js';
import { submitRequest } from '../../../dsr/intake.js';
import { defaultDetails, type RequestLanguage } from '../../../dsr/request.js';
import { requestSummary } from '../../../dsr/summary.js';
import { sendVerificationCode } from '../../../dsr/verification.js';
import { GrondslagError } from '../../../errors.js';
import { type Command, ExitCode, printJson } from '../../command.js';
import { withDsr } from './context.js';

function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

/**
 * `grondslag dsr submit`: files a request on someone's behalf (a phone call, a letter). The same
 * person with an open request of the same type gets no second request: it is grouped.
 */
export const dsrSubmitCommand: Command = {
  name: ['dsr', 'submit'],
  summary: 'file a data-subject request (grouped with an open one of the same person and type)',
  usage:
    '--type TYPE --email ADDRESS [--phone P] [--customer N] [--text T] [--language nl|en] [--send-code] [--json]',
  options: {
    type: {
      type: 'string',
      description:
        'access, portability, rectification, erasure, restriction, objection, withdraw_consent, minor_report, unknown',
    },
    email: { type: 'string', description: 'the person’s e-mail address (where the code and answer go)' },
    phone: { type: 'string', description: 'phone number, to find records kept by number' },
    customer: { type: 'string', description: 'customer number' },
    text: { type: 'string', description: 'the request in the person’s words (kept sealed as evidence)' },
    language: { type: 'string', description: 'language of the letters: nl (default) or en' },
    'send-code': {
      type: 'boolean',
      description: 'mail the person a verification code now (needs mail.smtp)',
    },
  },
  async run(ctx) {
    const type = parseRequestType(ctx.values.type);
    const language = str(ctx.values.language) ?? 'nl';
    if (language !== 'nl' && language !== 'en') {
      throw new GrondslagError('CLI_BAD_ARGUMENTS', '--language must be nl or en');
    }
    const identity = parseIdentity({
      email: str(ctx.values.email) ?? '',
      ...(str(ctx.values.phone) ? { phone: str(ctx.values.phone) } : {}),
      ...(str(ctx.values.customer) ? { customerNumber: str(ctx.values.customer) } : {}),
    });
    const text = str(ctx.values.text);
    const result = await withDsr(ctx, 'grondslag dsr submit', async (deps) => {
      const r = await submitRequest(deps, {
        details: defaultDetails(type),
        identity,
        channel: 'cli',
        language: language as RequestLanguage,
        ...(text ? { text } : {}),
        actor: 'cli',
      });
      let codeSent = false;
      if (ctx.values['send-code'] === true && !r.grouped) {
        const sent = await sendVerificationCode(deps, r.request.id);
        r.request = sent.request;
        codeSent = true;
      }
      return { ...r, codeSent, now: deps.clock() };
    });
    if (ctx.json) {
      printJson(ctx, {
        request: requestSummary(result.request, result.now),
        grouped: result.grouped,
        codeSent: result.codeSent,
      });
      return ExitCode.ok;
    }
    const r = result.request;
    ctx.io.stdout(
      result.grouped
        ? `${r.reference}: grouped with the open ${r.type} request of the same person (due ${r.dueAt.toISOString().slice(0, 10)})\n`
        : `${r.reference}: ${r.type} request ${r.status}, due ${r.dueAt.toISOString().slice(0, 10)}${result.codeSent ? '; verification code sent' : ''}\n`,
    );
    return ExitCode.ok;
  },
};
