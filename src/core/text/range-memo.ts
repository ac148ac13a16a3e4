/**
 * A bounded memo keyed by a range of a text, looked up without cutting the range out. News vocabulary is
 * Zipfian, so per-word work (folding, clitic splitting) is best done once per distinct word; but keying a
 * `Map` by `text.slice(start, end)` allocates a string and hashes it on every hit, which costs more than
 * the work saved for short words. Here the hash is computed from the code units in place and a hit is
 * confirmed by comparing them, so a hit allocates nothing.
 *
 * The keys are not strings: their code units are copied one after another into one array, and each slot
 * holds only its key's hash and entry number (8 bytes), the entry's key being found by its number in a
 * dense list of where each key ends. A look-up in a vocabulary-sized table is bound by memory latency: with
 * slots half as big, and up to three in four of them in use, the table of a news vocabulary (35k words) is
 * 512 KB instead of 2 MB, and more of it stays in the processor's caches. Nor does the collector have a
 * string per word to copy and mark.
 *
 * @example
 * const memo = new RangeMemo<number>(1000);
 * memo.get('the cat', 4, 7); // undefined
 * memo.set('the cat', 4, 7, 42);
 * memo.get('a cat!', 2, 5); // 42
 */
export class RangeMemo<T> {
  /** Two numbers a slot, in open addressing: the key's hash, its entry number + 1 (0 = free). */
  private slots: Int32Array;
  private mask: number;
  /** The most slots the table grows to: room for the capacity with at most three in four slots in use. */
  private readonly maxSlots: number;
  /** The code units of every key, in the order they were stored. */
  private units: Uint16Array;
  /** Where the key of entry number + 1 `e` ends in `units`: it is `units[keyEnds[e - 1], keyEnds[e])`. */
  private keyEnds: Int32Array;
  private values: T[] = [];

  /** `capacity`: distinct keys kept; when full the memo starts over, bounding a long run's memory. */
  constructor(private readonly capacity: number) {
    // Up to three slots in four in use: a slot is 8 bytes, so a probe runs on within its cache line, and a
    // table twice as big for a load of at most a half missed the processor's caches more than it saved.
    let size = 16;
    while (size * MAX_LOAD < capacity) size *= 2;
    this.maxSlots = size;
    // The table starts small and doubles as keys come: a table sized for the capacity would spread the
    // words of a smaller vocabulary over megabytes, and every probe would miss the processor's caches.
    size = Math.min(size, INITIAL_SLOTS);
    this.slots = new Int32Array(size * SLOT);
    this.mask = size - 1;
    this.units = new Uint16Array(size * 4);
    this.keyEnds = new Int32Array(size + 1);
  }

  /** The value stored for the characters `text[start, end)`, wherever they were seen. */
  get(text: string, start: number, end: number): T | undefined {
    const hash = rangeHash(text, start, end);
    const slots = this.slots;
    for (let i = hash & this.mask; ; i = (i + 1) & this.mask) {
      const s = i * SLOT;
      const entry = slots[s + 1];
      if (entry === 0) return undefined;
      if (slots[s] === hash && this.keyEquals(entry, text, start, end)) return this.values[entry - 1];
    }
  }

  /**
   * The values stored for each range `text[starts[w], ends[w])`, w < count, into `out` (undefined where
   * none is). As `get` for each, but in phases over all the ranges, each phase's loads independent of one
   * another: a look-up in a vocabulary-sized table waits on memory, slot then key then value, and `get`
   * after `get` waits for one chain after the other, where here the processor has the slots of many ranges
   * loading at once, then their keys, then their values.
   */
  getAll(text: string, starts: Int32Array, ends: Int32Array, count: number, out: (T | undefined)[]): void {
    const slots = this.slots;
    const mask = this.mask;
    const found = this.found.length >= count ? this.found : (this.found = new Int32Array(count * 2));
    // The first slot of each range's probe, read with nothing waiting on it: every slot loads at once.
    let firstEntries = 0;
    for (let w = 0; w < count; w++) {
      const hash = rangeHash(text, starts[w], ends[w]);
      found[w] = hash;
      firstEntries |= slots[(hash & mask) * SLOT + 1];
    }
    if (firstEntries === 0) {
      // Every first slot is free: none of the ranges is held.
      for (let w = 0; w < count; w++) out[w] = undefined;
      return;
    }
    for (let w = 0; w < count; w++) {
      const hash = found[w];
      let entry = 0;
      for (let i = hash & mask; ; i = (i + 1) & mask) {
        const e = slots[i * SLOT + 1];
        if (e === 0) break;
        if (slots[i * SLOT] === hash && this.keyEquals(e, text, starts[w], ends[w])) {
          entry = e;
          break;
        }
      }
      found[w] = entry;
    }
    for (let w = 0; w < count; w++) out[w] = found[w] === 0 ? undefined : this.values[found[w] - 1];
  }

  /** Scratch of `getAll`: a hash, then an entry, per range. */
  private found = new Int32Array(64);

  /** Stores `value` for the characters `text[start, end)`; the key must not be present already. */
  set(text: string, start: number, end: number, value: T): void {
    if (this.values.length >= this.capacity) this.clear();
    const entry = this.values.length + 1;
    if (entry >= this.keyEnds.length) this.growKeyEnds();
    const at = this.keyEnds[entry - 1];
    const length = end - start;
    if (at + length > this.units.length) this.growUnits(at + length);
    for (let k = 0; k < length; k++) this.units[at + k] = text.charCodeAt(start + k);
    this.keyEnds[entry] = at + length;
    this.values.push(value);
    if (entry > (this.mask + 1) * MAX_LOAD && this.mask + 1 < this.maxSlots) this.growSlots();
    this.place(rangeHash(text, start, end), entry);
  }

  /** Writes a key's slot at the first free place of its probe sequence. */
  private place(hash: number, entry: number): void {
    let i = hash & this.mask;
    while (this.slots[i * SLOT + 1] !== 0) i = (i + 1) & this.mask;
    this.slots[i * SLOT] = hash;
    this.slots[i * SLOT + 1] = entry;
  }

  private growSlots(): void {
    const old = this.slots;
    this.slots = new Int32Array(old.length * 2);
    this.mask = this.mask * 2 + 1;
    for (let s = 0; s < old.length; s += SLOT) if (old[s + 1] !== 0) this.place(old[s], old[s + 1]);
  }

  private keyEquals(entry: number, text: string, start: number, end: number): boolean {
    const at = this.keyEnds[entry - 1];
    if (this.keyEnds[entry] - at !== end - start) return false;
    const units = this.units;
    for (let k = 0; k < end - start; k++) if (units[at + k] !== text.charCodeAt(start + k)) return false;
    return true;
  }

  private growUnits(needed: number): void {
    const bigger = new Uint16Array(Math.max(needed, this.units.length * 2));
    bigger.set(this.units.subarray(0, this.keyEnds[this.values.length]));
    this.units = bigger;
  }

  private growKeyEnds(): void {
    const bigger = new Int32Array(this.keyEnds.length * 2);
    bigger.set(this.keyEnds);
    this.keyEnds = bigger;
  }

  private clear(): void {
    this.slots.fill(0);
    this.values = [];
  }
}

/** Numbers per slot of `RangeMemo.slots`, and the slots of a new table. */
const SLOT = 2;
const INITIAL_SLOTS = 1024;
/** The share of the slots in use beyond which the table doubles. */
const MAX_LOAD = 0.75;

/** FNV-1a over UTF-16 code units, as a signed 32-bit integer (`& mask` still gives a slot index). */
export function rangeHash(text: string, start: number, end: number): number {
  let h = 0x811c9dc5 | 0;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h;
}
