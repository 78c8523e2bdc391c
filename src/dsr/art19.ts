import { isGrondslagError } from '../errors.js';
import type { Mailer } from '../mail/mailer.js';
import type { Policy } from '../policy/schema.js';
import type { Queryable } from '../store/db.js';
import type { Art19Record } from './certificate.js';
import { checkEndpoint, type EndpointOptions, postJson } from './endpoint.js';
import type { ExecutionKind } from './plan.js';
import type { DsrRequest, SubjectIdentity } from './request.js';

/**
 * Art. 19: recipients to whom the person's data was disclosed are told of a rectification, erasure
 * or restriction, so that they can do the same. A recipient of the policy's register with a
 * `contact` gets an e-mail (an address or `mailto:`) or a webhook POST (an https:// URL). The message
 * names the person — the recipient cannot act otherwise, and holds those identifiers already — but
 * the record kept here holds only the recipient, channel and outcome.
 *
 * Each notification is recorded when it was sent; a resumed execution skips recipients already
 * recorded as sent and tries failed ones again.
 */

export interface Art19Deps extends EndpointOptions {
  mailer?: Mailer;
  fetch?: typeof fetch;
}

export interface Art19Input {
  policy: Policy;
  kind: Exclude<ExecutionKind, 'access'>;
  recipients: string[];
  request: Pick<DsrRequest, 'id' | 'reference'>;
  identity: SubjectIdentity;
  now: Date;
}

const actionWords: Record<Art19Input['kind'], string> = {
  erasure: 'erasure (Art. 17)',
  rectification: 'rectification (Art. 16)',
  restriction: 'restriction of processing (Art. 18)',
};

/**
 * Notifies every recipient not yet notified and records each outcome in its own transaction.
 *
 * @example
 *   const sent = await notifyRecipients(db, { mailer }, { policy, kind: 'erasure', recipients: plan.notify, request, identity, now });
 */
export async function notifyRecipients(
  db: { transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> } & Queryable,
  deps: Art19Deps,
  input: Art19Input,
): Promise<Art19Record[]> {
  const done = await sentRecipients(db, input.request.id);
  for (const id of input.recipients) {
    if (done.get(id)?.status === 'sent') continue;
    const recipient = input.policy.recipients.find((r) => r.id === id);
    const contact = recipient?.contact;
    if (!recipient || !contact) continue;
    const channel: Art19Record['channel'] = /^https?:\/\//i.test(contact) ? 'webhook' : 'email';
    let status: Art19Record['status'] = 'sent';
    let detail: string | null = null;
    try {
      if (channel === 'webhook') {
        await postJson(checkEndpoint(contact, deps), payload(input), {
          idempotencyKey: `${input.request.id}:${id}`,
          ...(deps.fetch ? { fetch: deps.fetch } : {}),
        });
      } else {
        if (!deps.mailer) throw new Error('mail is not configured');
        const org = input.policy.controller.tradeName ?? input.policy.controller.legalName;
        await deps.mailer.send({
          to: contact.replace(/^mailto:/i, ''),
          subject: `${org}: ${actionWords[input.kind]} — ${input.request.reference}`,
          text: mailText(input, org),
        });
      }
    } catch (e) {
      status = 'failed';
      detail = isGrondslagError(e) ? e.code : e instanceof Error ? e.message.slice(0, 200) : 'failed';
    }
    await db.transaction(async (tx) => {
      await tx.query(
        `insert into grondslag.dsr_notification (request_id, recipient, channel, status, detail, at)
         values ($1, $2, $3, $4, $5, $6)
         on conflict (request_id, recipient) do update
           set channel = excluded.channel, status = excluded.status, detail = excluded.detail, at = excluded.at`,
        [input.request.id, id, channel, status, detail, input.now],
      );
    });
    done.set(id, { recipient: id, channel, status });
  }
  return input.recipients.flatMap((id) => (done.has(id) ? [done.get(id)!] : []));
}

async function sentRecipients(q: Queryable, requestId: string): Promise<Map<string, Art19Record>> {
  const { rows } = await q.query<{
    recipient: string;
    channel: Art19Record['channel'];
    status: Art19Record['status'];
  }>('select recipient, channel, status from grondslag.dsr_notification where request_id = $1', [requestId]);
  return new Map(
    rows.map((r) => [r.recipient, { recipient: r.recipient, channel: r.channel, status: r.status }]),
  );
}

function subject(identity: SubjectIdentity): Record<string, string> {
  return {
    email: identity.email,
    ...(identity.phone ? { phone: identity.phone } : {}),
    ...(identity.customerNumber ? { customerNumber: identity.customerNumber } : {}),
  };
}

function payload(input: Art19Input) {
  return {
    type: 'art19_notification',
    action: input.kind,
    reference: input.request.reference,
    controller: {
      name: input.policy.controller.tradeName ?? input.policy.controller.legalName,
      email: input.policy.controller.email,
    },
    subject: subject(input.identity),
    at: input.now.toISOString(),
  };
}

function mailText(input: Art19Input, org: string): string {
  const who = Object.entries(subject(input.identity))
    .map(([k, v]) => `  ${k}: ${v}`)
    .join('\n');
  return [
    `${org} has carried out a request for ${actionWords[input.kind]} of the GDPR (reference ${input.request.reference}).`,
    'We disclosed personal data of this person to you. Under Art. 19 GDPR we inform you, so that you can do the same:',
    '',
    who,
    '',
    `Questions: ${input.policy.controller.email}`,
  ].join('\n');
}
