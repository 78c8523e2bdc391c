/**
 * Which characters of an input did a redaction tool remove? Tools return text, not positions, so the
 * benchmark recovers positions by aligning the tool's output with its input. Two methods:
 *
 * - **tags**: the caller knows what the tool's replacements look like (a regular expression such as
 *   `/\[[A-Z_]+\]/g`). The output is then a pattern: literal text that must appear in the input in
 *   order, and replacements that each stand for one non-empty run of input. Matching it like a glob
 *   (earliest position for every literal; the first and last are anchored) gives an exact answer
 *   whenever the tool only replaced spans, which is what all measured tools do.
 * - **diff**: without a pattern, or when the output does not fit it, a Myers diff over word, number,
 *   whitespace and punctuation tokens finds the kept text; inside each changed region the common
 *   prefix and suffix of old and new text count as kept (a tool that rewrote "Postcode" into
 *   "Po[X]" kept "Po"). This can credit a replacement that happens to start or end with the same
 *   character as the value it replaced, so it is only the fallback.
 */

export interface RedactionAlignment {
  /** One entry per UTF-16 code unit of the input: 1 when the tool removed or replaced it. */
  redacted: Uint8Array;
  method: 'tags' | 'diff';
}

/**
 * Aligns a tool's output with its input.
 *
 * @example
 *   const { redacted } = alignRedaction('Mail jan@x.nl now', 'Mail [EMAIL] now', /\[[A-Z]+\]/g);
 *   // redacted[5..13] are 1, the rest 0
 */
export function alignRedaction(input: string, output: string, replacement?: RegExp): RedactionAlignment {
  if (output === input)
    return { redacted: new Uint8Array(input.length), method: replacement ? 'tags' : 'diff' };
  if (replacement) {
    const byTags = alignByTags(input, output, replacement);
    if (byTags) return { redacted: byTags, method: 'tags' };
  }
  return { redacted: alignByDiff(input, output), method: 'diff' };
}

/** Splits `output` on the replacement pattern: literals[i] sits before wildcard i; adjacent tags merge. */
function literalsAround(output: string, replacement: RegExp): string[] {
  const re = new RegExp(
    replacement.source,
    replacement.flags.includes('g') ? replacement.flags : `${replacement.flags}g`,
  );
  const literals: string[] = [];
  let last = 0;
  for (const m of output.matchAll(re)) {
    if (m[0].length === 0) continue;
    const literal = output.slice(last, m.index);
    // Two tags in a row ("[NAME][NAME]") cannot be told apart: treat them as one replacement.
    if (literal.length > 0 || literals.length === 0) literals.push(literal);
    last = m.index + m[0].length;
  }
  literals.push(output.slice(last));
  return literals;
}

function alignByTags(input: string, output: string, replacement: RegExp): Uint8Array | undefined {
  const literals = literalsAround(output, replacement);
  if (literals.length < 2) return undefined;
  const first = literals[0]!;
  const last = literals[literals.length - 1]!;
  const tailStart = input.length - last.length;
  if (!input.startsWith(first) || !input.endsWith(last) || tailStart < first.length) return undefined;
  const redacted = new Uint8Array(input.length);
  let pos = first.length;
  for (let i = 1; i < literals.length - 1; i++) {
    const literal = literals[i]!;
    // A replacement stands for at least one character, so the next literal starts one further on.
    const at = input.indexOf(literal, pos + 1);
    if (at < 0 || at + literal.length > tailStart) return undefined;
    redacted.fill(1, pos, at);
    pos = at + literal.length;
  }
  if (pos >= tailStart) return undefined;
  redacted.fill(1, pos, tailStart);
  return redacted;
}

const tokenPattern = /\p{L}+|\p{N}+|\s+|[^\p{L}\p{N}\s]/gu;

function tokenize(text: string): { tokens: string[]; starts: number[] } {
  const tokens: string[] = [];
  const starts: number[] = [];
  for (const m of text.matchAll(tokenPattern)) {
    tokens.push(m[0]);
    starts.push(m.index);
  }
  return { tokens, starts };
}

/**
 * Myers' O((N+M)·D) shortest edit script; returns pairs of matched token indexes in order.
 * Gives up (returns undefined) past `maxD` edits, where the caller degrades gracefully.
 */
function myersMatches(a: number[], b: number[], maxD: number): [number, number][] | undefined {
  const n = a.length;
  const m = b.length;
  const max = n + m;
  const offset = max + 1;
  // v[offset + k] is the furthest x reached on diagonal k; a copy per round d allows the backtrack.
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  for (let d = 0; d <= Math.min(max, maxD); d++) {
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      const down = k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!);
      let x = down ? v[offset + k + 1]! : v[offset + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) return backtrack(trace, n, m, offset);
    }
  }
  return undefined;
}

function backtrack(trace: Int32Array[], n: number, m: number, offset: number): [number, number][] {
  const matches: [number, number][] = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d >= 0; d--) {
    const v = trace[d]!;
    const k = x - y;
    const down = k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!);
    const prevK = down ? k + 1 : k - 1;
    const prevX = v[offset + prevK]!;
    const prevY = prevX - prevK;
    // The snake (run of equal tokens) that ended this round.
    while (x > prevX && y > prevY) {
      x--;
      y--;
      matches.push([x, y]);
    }
    if (d > 0) {
      x = prevX;
      y = prevY;
    }
  }
  return matches.reverse();
}

function alignByDiff(input: string, output: string): Uint8Array {
  const redacted = new Uint8Array(input.length);
  const a = tokenize(input);
  const b = tokenize(output);
  const ids = new Map<string, number>();
  const id = (t: string) => {
    let v = ids.get(t);
    if (v === undefined) {
      v = ids.size;
      ids.set(t, v);
    }
    return v;
  };
  const matches = myersMatches(a.tokens.map(id), b.tokens.map(id), 20_000) ?? [];
  const charStart = (t: ReturnType<typeof tokenize>, text: string, i: number) =>
    i < t.starts.length ? t.starts[i]! : text.length;
  // Walk the changed regions between consecutive matched tokens.
  let ai = 0;
  let bi = 0;
  for (const [ma, mb] of [...matches, [a.tokens.length, b.tokens.length] as [number, number]]) {
    if (ma > ai) {
      const from = charStart(a, input, ai);
      const to = charStart(a, input, ma);
      const oldText = input.slice(from, to);
      const newText = output.slice(charStart(b, output, bi), charStart(b, output, mb));
      let prefix = 0;
      while (prefix < oldText.length && prefix < newText.length && oldText[prefix] === newText[prefix])
        prefix++;
      let suffix = 0;
      while (
        suffix < oldText.length - prefix &&
        suffix < newText.length - prefix &&
        oldText[oldText.length - 1 - suffix] === newText[newText.length - 1 - suffix]
      ) {
        suffix++;
      }
      redacted.fill(1, from + prefix, to - suffix);
    }
    ai = ma + 1;
    bi = mb + 1;
  }
  return redacted;
}
