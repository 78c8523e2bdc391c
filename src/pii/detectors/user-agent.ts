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
 * User-agent strings: full browser agents (0.9), found from their product token; tool and app
 * agents such as `curl/8.4.0` or `MijnMergel/2.5.3 CFNetwork/1494.0.7`, which count only right
 * after a "User-Agent" cue (0.7) because alone they describe software, not a person's device; and
 * whatever an access log in the combined format writes in its agent field (0.85). Tools are looked
 * for only at those cues, so a text without one costs nothing for them.
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
      // Or any product tokens the cue labels: "ua":"MijnMergel/2.5.3 CFNetwork/1494.0.7 Darwin/23.4.0".
      const end = m ? i + m[0].length : productsEnd(text, i);
      if (end > i) out.push({ type: 'user_agent', start: i, end, score: 0.7, detector: 'user-agent' });
    }
    logAgents(text, ctx.digitRuns(), out);
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

/** A product token `Name/version` at `i` (name: a letter, then up to 40 token characters): its end, or -1. */
function productEnd(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122))) return -1;
  let k = i + 1;
  while (k - i <= 41 && isTokenChar(text.charCodeAt(k)) && text.charCodeAt(k) !== 47) k++;
  if (text.charCodeAt(k) !== 47) return -1;
  const v = k + 1;
  let e = v;
  let digit = false;
  while (e < text.length && isTokenChar(text.charCodeAt(e)) && text.charCodeAt(e) !== 47) {
    if (text.charCodeAt(e) >= 48 && text.charCodeAt(e) <= 57) digit = true;
    e++;
  }
  return e > v && digit ? e : -1;
}

/** Product tokens from `i`, separated by single spaces ("MijnMergel/4.5.1 CFNetwork/1494.0.7"): their end, or -1. */
function productsEnd(text: string, i: number): number {
  let end = productEnd(text, i);
  if (end < 0) return -1;
  for (let next = end; text.charCodeAt(next) === 32; ) {
    const e = productEnd(text, next + 1);
    if (e < 0) break;
    end = e;
    next = e;
  }
  return end;
}

/** How far the referer and agent fields of an access-log line may run. */
const MAX_FIELD = 2048;

/**
 * The agent field of an access log in the combined format — `"GET / HTTP/1.1" 200 512 "referer"
 * "agent"` — whatever client wrote it: an app (`MijnMergel/4.5.1 CFNetwork/1494.0.7 Darwin/23.4.0`)
 * or a library (`okhttp/4.9.3`). Its place in the line says what it is; it must hold a product
 * token. Fields a browser or app rule found already are left to them.
 */
function logAgents(text: string, runs: ArrayLike<number>, out: PiiFinding[]): void {
  const found = out.length;
  // From the status code: a run of three digits after `HTTP/1.1" ` (the text index has the runs).
  for (let r = 0; r < runs.length; r += 2) {
    const s = runs[r]!;
    if (runs[r + 1]! - s !== 3 || text.charCodeAt(s - 1) !== 32 || text.charCodeAt(s - 2) !== 34) continue;
    let v = s - 3;
    while (v > s - 8 && ((text.charCodeAt(v) >= 48 && text.charCodeAt(v) <= 57) || text.charCodeAt(v) === 46))
      v--;
    if (v === s - 3 || v < 4 || !text.startsWith('HTTP/', v - 4)) continue;
    // The size: digits or "-".
    let k = s + 3;
    if (text.charCodeAt(k) !== 32) continue;
    k++;
    let d = k;
    while (
      d < k + 12 &&
      ((text.charCodeAt(d) >= 48 && text.charCodeAt(d) <= 57) || text.charCodeAt(d) === 45)
    )
      d++;
    if (d === k || text.charCodeAt(d) !== 32 || text.charCodeAt(d + 1) !== 34) continue;
    // The referer, quoted, then the agent, quoted.
    const refererEnd = closingQuote(text, d + 2);
    if (refererEnd < 0 || text.charCodeAt(refererEnd + 1) !== 32 || text.charCodeAt(refererEnd + 2) !== 34)
      continue;
    const start = refererEnd + 3;
    const end = closingQuote(text, start);
    if (end <= start) continue;
    let product = false;
    for (let p = start; p < end && !product; p++)
      product = (p === start || text.charCodeAt(p - 1) === 32) && productEnd(text, p) > 0;
    if (!product) continue;
    let covered = false;
    for (let f = 0; f < found && !covered; f++) covered = out[f]!.start < end && start < out[f]!.end;
    if (!covered) out.push({ type: 'user_agent', start, end, score: 0.85, detector: 'user-agent' });
  }
}

/** The index of the `"` closing a field that starts at `i`, on the same line, or -1. */
function closingQuote(text: string, i: number): number {
  for (let k = i; k < text.length && k - i < MAX_FIELD; k++) {
    const c = text.charCodeAt(k);
    if (c === 34) return k;
    if (c === 10) return -1;
  }
  return -1;
}
