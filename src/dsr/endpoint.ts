import { isIP } from 'node:net';
import { GrondslagError } from '../errors.js';

/**
 * Where personal data may be sent over the network: HTTPS only, since what goes there is personal
 * data (a portability package, an Art. 19 notification naming the person). Plain HTTP is accepted
 * for the loopback interface alone, and only when the caller says so — the tests run their receiving
 * server on 127.0.0.1; a deployment never needs it.
 */

export interface EndpointOptions {
  /** Accept http:// to 127.0.0.0/8, ::1 and localhost (tests). Default false. */
  allowLoopbackHttp?: boolean;
}

function isLoopback(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '');
  if (h === 'localhost') return true;
  if (isIP(h) === 4) return h.startsWith('127.');
  return h === '::1';
}

/**
 * Checks an endpoint URL; throws DSR_ENDPOINT_INSECURE (input) for anything but HTTPS (or loopback
 * HTTP when allowed) and DSR_ENDPOINT_INVALID for what is not a URL.
 *
 * @example
 *   checkEndpoint('https://receiver.example/dsr'); // URL
 *   checkEndpoint('http://127.0.0.1:8080/in', { allowLoopbackHttp: true }); // URL
 */
export function checkEndpoint(url: string, options: EndpointOptions = {}): URL {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new GrondslagError('DSR_ENDPOINT_INVALID', 'the endpoint is not a URL');
  }
  if (u.protocol === 'https:') return u;
  if (u.protocol === 'http:' && options.allowLoopbackHttp && isLoopback(u.hostname)) return u;
  throw new GrondslagError(
    'DSR_ENDPOINT_INSECURE',
    `the endpoint must use https:// (got ${u.protocol}//${u.host}): it receives personal data`,
  );
}

/**
 * POSTs a JSON document; resolves with the HTTP status, throws DSR_ENDPOINT_FAILED on a refusal or
 * a network error. The idempotency key lets the receiver recognise a repeat after a crash.
 */
export async function postJson(
  url: URL,
  body: unknown,
  options: { idempotencyKey: string; fetch?: typeof fetch; timeoutMs?: number },
): Promise<number> {
  const doFetch = options.fetch ?? fetch;
  let res: Response;
  try {
    res = await doFetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': options.idempotencyKey },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(options.timeoutMs ?? 30_000),
      redirect: 'error',
    });
  } catch (e) {
    throw new GrondslagError('DSR_ENDPOINT_FAILED', `could not reach ${url.host}: ${(e as Error).message}`, {
      kind: 'internal',
      cause: e,
    });
  }
  if (!res.ok) {
    throw new GrondslagError(
      'DSR_ENDPOINT_FAILED',
      `${url.host} refused the delivery with HTTP ${res.status}`,
      {
        kind: 'internal',
      },
    );
  }
  await res.body?.cancel().catch(() => {});
  return res.status;
}
