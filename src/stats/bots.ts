/**
 * Bots, crawlers, link previews, monitors and automated browsers are not visitors. They are told
 * apart by what they say about themselves: the user agent, and the client hints a headless Chromium
 * sends (`Sec-CH-UA: "HeadlessChrome"`). The tracker script also stays silent in a browser that
 * announces automation (`navigator.webdriver`); this is the server's half of the filter, for
 * anything that posts events without running the script.
 */

/** Words that only non-human clients put in their user agent. */
const botWords =
  /bot\b|bot[/_-]|crawl|spider|slurp|scrape|archiver|facebookexternalhit|meta-externalagent|embedly|preview|monitor|uptime|pingdom|statuscake|checkly|lighthouse|pagespeed|gtmetrix|headless|phantomjs|puppeteer|playwright|selenium|webdriver|cypress|whatsapp|telegram|discord|skypeuripreview|bitlybot|curl\/|wget\/|httpie|python-|python\/|aiohttp|httpx|go-http-client|java\/|okhttp|apache-httpclient|libwww|lwp::|axios\/|node-fetch|undici|got \(|postmanruntime|insomnia|feedfetcher|rss|yahoo! slurp|daum|yeti\/|seznam|sogou|bytespider|petalsearch|qwantify|ia_archiver|gptbot|chatgpt|claude|anthropic|perplexity|ccbot|amazonbot|applebot|cohere|diffbot/i;

/** Brands in `Sec-CH-UA` that mark an automated browser. */
const headlessBrands = /headless/i;

/**
 * Whether a request comes from a bot or an automated browser rather than a person.
 *
 * @example
 *   isBot('Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)'); // true
 *   isBot('Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36'); // false
 */
export function isBot(userAgent: string | undefined, clientHints: { secChUa?: string } = {}): boolean {
  const ua = (userAgent ?? '').trim();
  // Every browser people use starts with "Mozilla/5.0"; libraries and scripts mostly do not, and an
  // empty or tiny user agent is never a browser.
  if (ua.length < 25 || !/^Mozilla\/5\.0 /.test(ua)) return true;
  if (botWords.test(ua)) return true;
  return clientHints.secChUa !== undefined && headlessBrands.test(clientHints.secChUa);
}
