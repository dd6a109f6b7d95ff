// The CBOR Pagefind's files hold (minicbor's derive: every struct a definite-length array of
// its fields, integers and text strings in their shortest form), written straight into a
// growing buffer: the index of 10,000 articles holds ~11 million integers, and a general
// encoder's per-value work would be most of the index's time.

export class CborWriter {
  private bytes = Buffer.allocUnsafe(1 << 16);
  private length = 0;

  /** the bytes written so far (a view: copy it before writing more) */
  result(): Buffer {
    return this.bytes.subarray(0, this.length);
  }

  array(items: number): this {
    return this.head(4, items);
  }

  int(n: number): this {
    return n >= 0 ? this.head(0, n) : this.head(1, -1 - n);
  }

  text(s: string): this {
    const size = Buffer.byteLength(s, 'utf8');
    this.head(3, size);
    this.room(size);
    this.length += this.bytes.write(s, this.length, 'utf8');
    return this;
  }

  /** an array of integers */
  ints(ns: ArrayLike<number>): this {
    this.array(ns.length);
    for (let k = 0; k < ns.length; k++) this.int(ns[k]!);
    return this;
  }

  /** a major type and its argument, in the fewest bytes (RFC 8949 §3) */
  private head(major: number, n: number): this {
    this.room(9);
    const b = this.bytes;
    const type = major << 5;
    if (n < 24) b[this.length++] = type | n;
    else if (n < 0x100) {
      b[this.length++] = type | 24;
      b[this.length++] = n;
    } else if (n < 0x10000) {
      b[this.length++] = type | 25;
      b.writeUInt16BE(n, this.length);
      this.length += 2;
    } else if (n < 0x100000000) {
      b[this.length++] = type | 26;
      b.writeUInt32BE(n, this.length);
      this.length += 4;
    } else throw new Error(`cbor: ${n} is out of the range Pagefind writes`);
    return this;
  }

  private room(n: number): void {
    if (this.length + n <= this.bytes.length) return;
    const grown = Buffer.allocUnsafe(Math.max(this.bytes.length * 2, this.length + n));
    this.bytes.copy(grown, 0, 0, this.length);
    this.bytes = grown;
  }
}
