import { z } from 'zod';

/** Largest event body the endpoint reads; a page view is a few hundred bytes. */
export const MAX_EVENT_BYTES = 4096;
const MAX_URL_LENGTH = 2048;

/**
 * What the tracker script sends for a page view. `url` is the page's address (the server keeps only
 * its path and campaign tags), `referrer` the `document.referrer` (only its host is kept).
 *
 * @example
 *   { "name": "pageview", "url": "https://cloudaware.nl/tarieven?utm_source=x", "referrer": "https://duckduckgo.com/" }
 */
export const pageviewEventSchema = z.strictObject({
  name: z.literal('pageview'),
  url: z
    .string()
    .max(MAX_URL_LENGTH)
    .pipe(z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' })),
  referrer: z.string().max(MAX_URL_LENGTH).optional(),
});

export type PageviewEvent = z.infer<typeof pageviewEventSchema>;
