/**
 * A growable list of 32-bit integers, meant to be kept and reused: the text index fills one per
 * kind of anchor for every text it indexes, and then copies out only the filled part. Reusing the
 * buffer matters because most texts are short (a log line, a CSV row, a ticket): growing a fresh
 * typed array several times per text, off the V8 heap once past 64 bytes, cost more than the scan.
 */
export class IntList {
  data: Int32Array;
  length = 0;

  constructor(capacity = 1024) {
    this.data = new Int32Array(capacity);
  }

  push(v: number): void {
    if (this.length === this.data.length) this.grow();
    this.data[this.length++] = v;
  }

  private grow(): void {
    const grown = new Int32Array(this.data.length * 2);
    grown.set(this.data);
    this.data = grown;
  }

  /** Empties the list, keeping its buffer. */
  clear(): void {
    this.length = 0;
  }

  /**
   * A copy of the filled part. Short lists are copied by hand (`slice`, with its species lookup,
   * costs more than the copy).
   */
  copy(): Int32Array {
    const n = this.length;
    if (n === 0) return EMPTY;
    if (n > 256) return this.data.slice(0, n);
    const out = new Int32Array(n);
    const data = this.data;
    for (let i = 0; i < n; i++) out[i] = data[i]!;
    return out;
  }
}

const EMPTY = new Int32Array(0);
