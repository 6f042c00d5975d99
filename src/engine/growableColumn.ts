/** A growable column of doubles: a million of them without a million-element JS array. */
export class GrowableColumn {
  private data = new Float64Array(1024);
  length = 0;

  push(x: number): void {
    if (this.length === this.data.length) {
      const d = new Float64Array(this.data.length * 2);
      d.set(this.data);
      this.data = d;
    }
    this.data[this.length++] = x;
  }

  /** A copy of the values, exactly `length` long. */
  values(): Float64Array {
    return this.data.slice(0, this.length);
  }
}
