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
  /** Pairs of (hash, entry number + 1) in open addressing: a probe reads the hash beside the entry. */
  private readonly slots: Int32Array;
  private readonly mask: number;
  private keys: string[] = [];
  private values: T[] = [];

  /** `capacity`: distinct keys kept; when full the memo starts over, bounding a long run's memory. */
  constructor(private readonly capacity: number) {
    // At most half of the slots in use keeps the linear probes short.
    let size = 16;
    while (size < capacity * 2) size *= 2;
    this.slots = new Int32Array(size * 2);
    this.mask = size - 1;
  }

  /** The value stored for the characters `text[start, end)`, wherever they were seen. */
  get(text: string, start: number, end: number): T | undefined {
    const hash = rangeHash(text, start, end);
    for (let i = hash & this.mask; ; i = (i + 1) & this.mask) {
      const entry = this.slots[2 * i + 1];
      if (entry === 0) return undefined;
      if (this.slots[2 * i] === hash && equalsRange(this.keys[entry - 1], text, start, end))
        return this.values[entry - 1];
    }
  }

  /** Stores `value` for the characters `text[start, end)`; the key must not be present already. */
  set(text: string, start: number, end: number, value: T): void {
    if (this.keys.length >= this.capacity) this.clear();
    const hash = rangeHash(text, start, end);
    let i = hash & this.mask;
    while (this.slots[2 * i + 1] !== 0) i = (i + 1) & this.mask;
    this.keys.push(text.slice(start, end));
    this.values.push(value);
    this.slots[2 * i] = hash;
    this.slots[2 * i + 1] = this.keys.length;
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
