/**
 * A growable list of 32-bit integers: anchors of a scan, without a boxed number per entry. It
 * starts small enough (16 entries, 64 bytes) for V8 to keep the buffer on the heap, because the
 * stream scanner and the column sampler build one per short text and an off-heap buffer costs
 * more to make than the scan itself.
 */
export class IntList {
  data: Int32Array;
  length = 0;

  constructor(capacity = 16) {
    this.data = new Int32Array(capacity);
  }

  push(v: number): void {
    if (this.length === this.data.length) {
      const grown = new Int32Array(this.data.length * 4);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = v;
  }

  /**
   * The filled part. Short lists are copied by hand (a view, or `slice` with its species lookup,
   * costs more than the copy); long ones are a view.
   */
  toArray(): Int32Array {
    const n = this.length;
    if (n === 0) return EMPTY;
    if (n === this.data.length) return this.data;
    if (n > 256) return this.data.subarray(0, n);
    const out = new Int32Array(n);
    for (let i = 0; i < n; i++) out[i] = this.data[i]!;
    return out;
  }
}

const EMPTY = new Int32Array(0);
