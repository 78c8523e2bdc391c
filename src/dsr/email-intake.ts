import { createHash } from 'node:crypto';
import { simpleParser } from 'mailparser';
import { GrondslagError } from '../errors.js';
import { classifyRequestText, findCustomerNumber } from './classify.js';
import type { DsrDeps } from './deps.js';
import { parseIdentity } from './identity.js';
import { type SubmitResult, submitRequest } from './intake.js';
import type { RequestDetails, RequestLanguage, SubjectIdentity } from './request.js';
import { sendVerificationCode } from './verification.js';

/**
 * E-mail intake: the statement tells people to write to privacy@…; each message (an .eml file, or
 * one fetched from the IMAP mailbox by the `dsr.imap-poll` job) becomes a request of the type its
 * words ask for — or `unknown` for an operator — with the raw message kept sealed as evidence. The
 * sender's address is who the request is for; like every channel, it is verified by a code mailed
 * back to that address (a From header is easily forged).
 */

export interface ParsedRequestMail {
  from: string;
  subject: string;
  text: string;
  /** Message-ID, or a hash of the raw message when it has none: importing twice adds nothing. */
  sourceId: string;
  /** The Date header, when present and plausible. */
  date?: Date;
  details: RequestDetails;
  language: RequestLanguage;
  identity: SubjectIdentity;
}

/** How far back a Date header may lie and still count as the receipt (older ones: the import time). */
const MAX_HEADER_AGE_MS = 90 * 24 * 3600 * 1000;

/**
 * Reads a raw message. Throws DSR_EMAIL_INVALID (kind input) when it has no usable sender.
 *
 * @example
 *   const mail = await parseRequestMail(readFileSync('inzage.eml'), now);
 *   mail.details.type; // 'access'
 */
export async function parseRequestMail(raw: Buffer | string, now: Date): Promise<ParsedRequestMail> {
  const parsed = await simpleParser(raw, { skipImageLinks: true, skipTextToHtml: true });
  const from = parsed.from?.value.find((a) => a.address)?.address;
  if (!from) {
    throw new GrondslagError('DSR_EMAIL_INVALID', 'the message has no sender address (From)');
  }
  const subject = parsed.subject ?? '';
  const text = (parsed.text ?? '').trim();
  const classification = classifyRequestText(`${subject}\n${text}`);
  const customerNumber = findCustomerNumber(text);
  let identity: SubjectIdentity;
  try {
    identity = parseIdentity({ email: from, ...(customerNumber ? { customerNumber } : {}) });
  } catch {
    throw new GrondslagError('DSR_EMAIL_INVALID', 'the sender address (From) is not a valid e-mail address');
  }
  const sourceId = parsed.messageId ?? `sha256:${createHash('sha256').update(raw).digest('hex')}`;
  const date = parsed.date;
  const plausible =
    date &&
    !Number.isNaN(date.getTime()) &&
    date.getTime() <= now.getTime() &&
    now.getTime() - date.getTime() < MAX_HEADER_AGE_MS;
  return {
    from,
    subject,
    text,
    sourceId,
    ...(plausible ? { date } : {}),
    details: classification.details,
    language: classification.language,
    identity,
  };
}

export interface ImportResult extends SubmitResult {
  mail: Pick<ParsedRequestMail, 'details' | 'language'>;
  /** Whether a verification code was mailed to the sender. */
  codeSent: boolean;
}

/**
 * Imports one message as a request (or groups it, or skips a message imported before). With mail
 * configured, a verification code goes to the sender.
 *
 * @example
 *   const r = await importRequestMail(deps, readFileSync('inzage.eml'), { actor: 'cli' });
 */
export async function importRequestMail(
  deps: DsrDeps,
  raw: Buffer | string,
  options: { actor?: string; sendCode?: boolean } = {},
): Promise<ImportResult> {
  const now = deps.clock();
  const mail = await parseRequestMail(raw, now);
  const result = await submitRequest(deps, {
    details: mail.details,
    identity: mail.identity,
    channel: 'email',
    language: mail.language,
    subject: mail.subject,
    text: mail.text,
    evidence: { raw: typeof raw === 'string' ? raw : raw.toString('utf8'), sourceId: mail.sourceId },
    ...(mail.date ? { receivedAt: mail.date } : {}),
    actor: options.actor ?? 'person',
  });
  let codeSent = false;
  const wantCode = options.sendCode ?? deps.mailer !== undefined;
  const waiting = result.request.status === 'received';
  if (wantCode && waiting && !result.alreadyImported && !result.grouped) {
    await sendVerificationCode(deps, result.request.id);
    codeSent = true;
  }
  return { ...result, mail: { details: mail.details, language: mail.language }, codeSent };
}
