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
