import type { Detector } from '../detector.js';
import type { PiiFinding } from '../finding.js';

/**
 * A browser user agent: `Mozilla/5.0 (platform) engine/version (comment) product/version …`, and
 * the same shape from Opera and Android's Dalvik. The platform comment is what makes it a device
 * fingerprint; it is required.
 */
const BROWSER =
  /(?:Mozilla|Opera|Dalvik)\/\d+(?:\.\d+)* \([^()\n"]{3,250}\)(?: (?:[A-Za-z][\w.+-]*\/[\w.+-]+|\([^()\n"]{1,200}\)|Mobile|Safari|Version|like Gecko|[A-Z][A-Za-z]*Browser))*/y;

/** Other clients: tools and libraries. They identify software rather than a device. */
const TOOL =
  /(?:curl|Wget|python-requests|python-urllib|okhttp|PostmanRuntime|Go-http-client|Java|Apache-HttpClient|axios|node-fetch|Dart|CFNetwork)\/[\w.+-]+(?: \([^()\n"]{1,200}\))?/y;
const MARKERS = ['Mozilla/', 'Opera/', 'Dalvik/'];

/**
 * A mobile app's own agent: `MijnApp/4.0.8 (iPhone; iOS 15.2; Scale/3.00)`, `App/2.1 (Linux;
 * Android 13; SM-G991B)`. The device comment is what makes it a fingerprint, so it must name a
 * device or operating system. The HTTP library's token after it belongs to the same agent
 * (`… (Android 14; Pixel 8 Pro; nl-NL) okhttp/4.12.0`).
 */
const APP =
  /[A-Z][\w.-]{0,40}\/\d+(?:\.\w+)* \((?=[^()\n"]{0,120}?(?:iPhone|iPad|iOS|Android|Windows NT|Macintosh|Mac OS X))[^()\n"]{3,250}\)(?: [A-Za-z][\w.+-]*\/[\w.+-]+)*/y;

/**
 * User-agent strings: full browser agents (0.9), found from their product token; and tool agents
 * such as `curl/8.4.0`, which count only right after a "User-Agent" cue (0.7) because alone they
 * describe software, not a person's device. Tools are looked for only at those cues, so a text
 * without one costs nothing for them.
 */
export const userAgentDetector: Detector = {
  name: 'user-agent',
  type: 'user_agent',
  find(text, ctx) {
    const out: PiiFinding[] = [];
    for (const marker of MARKERS) {
      let i = text.indexOf(marker);
      while (i !== -1) {
        BROWSER.lastIndex = i;
        const m = BROWSER.exec(text);
        if (m) {
          const score = ctx.hasContext('user_agent', i) ? 0.95 : 0.9;
          out.push({
            type: 'user_agent',
            start: i,
            end: i + m[0].length,
            score,
            detector: 'user-agent',
          });
        }
        i = text.indexOf(marker, m ? i + m[0].length : i + marker.length);
      }
    }
    findAppAgents(text, out);
    for (const cueEnd of ctx.cueEnds('user_agent')) {
      // "User-Agent: curl/8.4.0", "ua=okhttp/4.12": skip the separator, then the tool token.
      let i = cueEnd;
      while (i < text.length && i - cueEnd < 4 && SEPARATORS.includes(text[i]!)) i++;
      TOOL.lastIndex = i;
      const m = TOOL.exec(text);
      if (m)
        out.push({
          type: 'user_agent',
          start: i,
          end: i + m[0].length,
          score: 0.7,
          detector: 'user-agent',
        });
    }
    if (out.length > 1) out.sort((a, b) => a.start - b.start);
    return out;
  },
};

const SEPARATORS = ' :="\'\t';

/** App agents (see APP) that are not part of a browser agent already found. */
function findAppAgents(text: string, out: PiiFinding[]): void {
  const browsers = out.length;
  // From each " (" back to the product token before it ("MijnTelecom/4.0.8"), then the sticky
  // pattern from there: a regex searching the whole text would try every capitalised word.
  for (let k = text.indexOf(' (', 1); k !== -1; k = text.indexOf(' (', k + 2)) {
    let start = k;
    let slash = false;
    while (start > 0 && start > k - 60 && isTokenChar(text.charCodeAt(start - 1))) {
      start--;
      if (text.charCodeAt(start) === 47) slash = true;
    }
    if (!slash) continue;
    APP.lastIndex = start;
    const m = APP.exec(text);
    if (!m || MARKERS.some((marker) => text.startsWith(marker, start))) continue;
    let inside = false;
    for (let b = 0; b < browsers && !inside; b++) inside = out[b]!.start <= start && start < out[b]!.end;
    if (!inside)
      out.push({ type: 'user_agent', start, end: start + m[0].length, score: 0.85, detector: 'user-agent' });
  }
}

/** Characters of a product token: letters, digits, `_`, `.`, `-`, `/`. */
function isTokenChar(c: number): boolean {
  return (
    (c >= 48 && c <= 57) ||
    (c >= 65 && c <= 90) ||
    (c >= 97 && c <= 122) ||
    c === 95 ||
    c === 46 ||
    c === 45 ||
    c === 47
  );
}
