/**
 * A bounded memo keyed by a range of a text, looked up without cutting the range out. News vocabulary is
 * Zipfian, so per-word work (folding, clitic splitting) is best done once per distinct word; but keying a
 * `Map` by `text.slice(start, end)` allocates a string and hashes it on every hit, which costs more than
 * the work saved for short words. Here the hash is computed from the code units in place and a hit is
 * confirmed by comparing them, so a hit allocates nothing.
 *
 * @example
 * const memo = new RangeMemo<number>(1000);
 * memo.get('the cat', 4, 7); // undefined
 * memo.set('the cat', 4, 7, 42);
 * memo.get('a cat!', 2, 5); // 42
 */
export class RangeMemo<T> {
  private slots: Int32Array;
  private mask: number;
  private keys: string[] = [];
  private readonly hashes: Int32Array;
  private values: T[] = [];

  /** `capacity`: distinct keys kept; when full the memo starts over, bounding a long run's memory. */
  constructor(private readonly capacity: number) {
    // At most a quarter of the slots in use keeps the linear probes short.
    let size = 16;
    while (size < capacity * 4) size *= 2;
    this.slots = new Int32Array(size);
    this.mask = size - 1;
    this.hashes = new Int32Array(capacity);
  }

  /** The value stored for the characters `text[start, end)`, wherever they were seen. */
  get(text: string, start: number, end: number): T | undefined {
    const hash = rangeHash(text, start, end);
    for (let i = hash & this.mask; ; i = (i + 1) & this.mask) {
      const slot = this.slots[i];
      if (slot === 0) return undefined;
      const e = slot - 1;
      if (this.hashes[e] === hash && equalsRange(this.keys[e], text, start, end)) return this.values[e];
    }
  }

  /** Stores `value` for the characters `text[start, end)`; the key must not be present already. */
  set(text: string, start: number, end: number, value: T): void {
    if (this.keys.length >= this.capacity) this.clear();
    const hash = rangeHash(text, start, end);
    let i = hash & this.mask;
    while (this.slots[i] !== 0) i = (i + 1) & this.mask;
    this.hashes[this.keys.length] = hash;
    this.keys.push(text.slice(start, end));
    this.values.push(value);
    this.slots[i] = this.keys.length;
  }

  private clear(): void {
    this.slots.fill(0);
    this.keys = [];
    this.values = [];
  }
}

/** FNV-1a over UTF-16 code units, as a signed 32-bit integer (`& mask` still gives a slot index). */
function rangeHash(text: string, start: number, end: number): number {
  let h = 0x811c9dc5 | 0;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h;
}

/**
 * True when `word` is exactly `text[start, end)`, compared in place.
 *
 * @example equalsRange('cat', 'the cat', 4, 7) === true
 */
export function equalsRange(word: string, text: string, start: number, end: number): boolean {
  if (word.length !== end - start) return false;
  for (let k = 0; k < word.length; k++) if (word.charCodeAt(k) !== text.charCodeAt(start + k)) return false;
  return true;
}
