import type { Mailer } from '../mail/mailer.js';
import type { Queryable } from '../store/db.js';
import type { DsrDeps } from './deps.js';
import type { Letter } from './letters.js';
import { addMessage, loadIdentity, type MessagePurpose } from './store.js';

/**
 * Mails a letter to the person of a request and keeps it with the request's messages, sealed, in
 * the caller's transaction. Mail goes out before the transaction commits: if the server refuses
 * it, the decision it belongs to is not recorded either. `kept` is the text kept as evidence when
 * it must differ from what was sent (a download link's secret token left out).
 */
export async function mailLetter(
  deps: Pick<DsrDeps, 'sealer'>,
  mailer: Mailer,
  tx: Queryable,
  input: { requestId: string; letter: Letter; purpose: MessagePurpose; at: Date; kept?: string },
): Promise<void> {
  const identity = await loadIdentity(tx, deps.sealer, input.requestId);
  await addMessage(tx, deps.sealer, {
    requestId: input.requestId,
    direction: 'out',
    channel: 'email',
    purpose: input.purpose,
    subject: input.letter.subject,
    body: input.kept ?? input.letter.text,
    at: input.at,
  });
  await mailer.send({ to: identity.email, subject: input.letter.subject, text: input.letter.text });
}
