import type { NormalizedView } from '../records.js';
import type { Span } from '../span.js';
import { foldCodePoint } from './char-fold.js';
import { isWhiteSpace } from './unit-class.js';

/** ASCII folds to itself lower-cased; a table keeps the hot loop free of calls. */
const ASCII = Array.from({ length: 128 }, (_, c) => String.fromCharCode(c).toLowerCase());

/**
 * The fold of each BMP code unit that folds to exactly one unit (most do), so the view's loop reads a
 * number instead of a string; `OTHER` for units that fold to none or several, and for surrogates.
 */
const UNSEEN = 0x10001;
const OTHER = 0x10000;
const SINGLE_UNIT = new Uint32Array(0x10000).fill(UNSEEN);

/**
 * A normalised view of `text` for matching: NFKC, harakat/tatweel/zero-width characters dropped, alef and
 * hamza forms, alef maqsura/ya, ta marbuta/ha, kaf variants folded, Arabic-Indic and Persian digits to ASCII,
 * typographic quotes to ASCII, Latin lower-cased without accents. The text itself is never changed:
 * `toOriginal` maps every unit of the view back to the offset of the character it came from.
 *
 * @example
 * const v = normalizeForMatching('وَبِـأَنقرة');
 * v.text === 'وبانقره'; v.toOriginal[2] === 5 // 'ا' came from 'أ' at offset 5
 */
export function normalizeForMatching(text: string): NormalizedView {
  const length = text.length;
  if (isAscii(text)) return asciiView(text);
  // The view is built as code units and turned into a string once: appending to a string unit by unit
  // allocates a rope node per character.
  // Room for every character left to fold to one unit, and for the end offset: a character folded to one
  // unit, as most are, then writes with no test for room, and only a longer fold makes more room.
  // The units are copied into the view's string, so one array serves every text.
  let units = UNITS.length >= length + 16 ? UNITS : (UNITS = new Uint16Array(length + 16));
  let map = new Int32Array(length + 16);
  let n = 0;
  // Every unit or'ed in: above 0xFF the view needs two bytes a unit (see `unitsToString`).
  let wide = 0;
  for (let i = 0; i < length;) {
    const c = text.charCodeAt(i);
    let single = SINGLE_UNIT[c];
    if (single === UNSEEN && (c < 0xd800 || c > 0xdfff)) {
      const folded = c < 128 ? ASCII[c] : foldCodePoint(c);
      SINGLE_UNIT[c] = single = folded.length === 1 ? folded.charCodeAt(0) : OTHER;
    }
    if (single < OTHER) {
      units[n] = single;
      wide |= single;
      map[n++] = i++;
      continue;
    }
    let cp = c;
    let width = 1;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        cp = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
        width = 2;
      }
    }
    const folded = c < 128 ? ASCII[c] : foldCodePoint(cp);
    const needed = n + folded.length + (length - i - width) + 1;
    if (needed > map.length) map = grow(map, needed);
    if (needed > units.length) units = UNITS = grow(units, needed);
    for (let k = 0; k < folded.length; k++) {
      units[n] = folded.charCodeAt(k);
      wide |= units[n];
      map[n++] = i;
    }
    i += width;
  }
  map[n] = length;
  // A view of the map, not a copy: the few entries of room past its end cost less than copying it.
  return { text: unitsToString(units, n, wide > 0xff), toOriginal: map.subarray(0, n + 1) };
}

/** Whether every unit of `text` is ASCII. */
function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 128) return false;
  return true;
}

/**
 * The view of an ASCII text (two texts in five of the corpus): ASCII folds to itself lower-cased, unit for
 * unit, so the view is the text lower-cased and each unit maps to its own offset. The engine lower-cases
 * a whole string faster than the loop below reads it a unit at a time (replayed on a pass's 1,247 views:
 * 7.2 → 6.0 ms).
 */
function asciiView(text: string): NormalizedView {
  const map = new Int32Array(text.length + 1);
  for (let i = 0; i <= text.length; i++) map[i] = i;
  return { text: text.toLowerCase(), toOriginal: map };
}

/** The code units of the view being built (see `normalizeForMatching`). */
let UNITS = new Uint16Array(4096);

function grow<A extends Int32Array<ArrayBuffer> | Uint16Array<ArrayBuffer>>(array: A, needed: number): A {
  const bigger = new (array.constructor as new (length: number) => A)(
    Math.max(needed + 16, array.length * 2),
  );
  bigger.set(array);
  return bigger;
}

/** Whether this machine stores a Uint16Array's units low byte first, as UTF-16LE reads them. */
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/**
 * The first `n` units as a string, read by the runtime as bytes, a copy: Latin-1 when no unit is `wide`
 * (a one-byte string, as the engine would make of such units itself, which the matchers read fastest),
 * else UTF-16LE (lone surrogates stay as they are; a TextDecoder would replace them). A text of 2,000 units
 * takes about a microsecond, where `String.fromCharCode` over the units as an argument list took twenty.
 * A big-endian machine takes wide units that way still, in chunks small enough for the argument list.
 */
function unitsToString(units: Uint16Array, n: number, wide: boolean): string {
  if (!wide) return Buffer.from(units.subarray(0, n)).toString('latin1');
  if (LITTLE_ENDIAN) return Buffer.from(units.buffer, units.byteOffset, n * 2).toString('utf16le');
  let out = '';
  for (let k = 0; k < n; k += 4096) {
    // `apply` takes the typed array as the argument list directly; spreading it would iterate it.
    const chunk = units.subarray(k, Math.min(n, k + 4096)) as unknown as number[];
    out += String.fromCharCode.apply(null, chunk);
  }
  return out;
}

/**
 * The folding of `normalizeForMatching` for dictionary entries, with runs of white space collapsed to one
 * space and the ends trimmed, so a name typed in a knowledge file compares equal to the text's view.
 *
 * @example normalizeName('  الحُدَيْدَة ') === 'الحديده'
 * @example normalizeName('Hasaka  Governorate') === 'hasaka governorate'
 */
export function normalizeName(name: string): string {
  // The same folding as `normalizeForMatching`, without the offset map: the knowledge base folds some 30k
  // names at load, and the two typed arrays per name that a view needs were most of its garbage.
  return singleSpaced(foldEachCharacter(name));
}

/**
 * `text` with each run of white space one space and none at either end, as `.replace(/\s+/g, ' ').trim()`
 * gives it. Most names and sentences are spaced so already and are returned as they are: the regex copied
 * each, at as much cost as the folding.
 */
function singleSpaced(text: string): string {
  const last = text.length - 1;
  for (let i = 0; i <= last; i++) {
    const c = text.charCodeAt(i);
    if ((c > 32 && c < 128) || !isWhiteSpace(c)) continue;
    if (c !== 32 || i === 0 || i === last || isWhiteSpace(text.charCodeAt(i + 1)))
      return text.replace(/\s+/g, ' ').trim();
  }
  return text;
}

/** The folding of `normalizeForMatching`, character by character, without the offset map. */
function foldEachCharacter(name: string): string {
  let out = '';
  for (let i = 0; i < name.length;) {
    const c = name.charCodeAt(i);
    if (c < 128) {
      out += ASCII[c];
      i++;
      continue;
    }
    let cp = c;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < name.length) {
      const d = name.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) cp = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
    }
    out += foldCodePoint(cp);
    i += cp > 0xffff ? 2 : 1;
  }
  return out;
}

/**
 * Maps a span of the view back to the original text. The end moves to the next original character, so a
 * word's trailing harakat stay inside the span and a ligature split by the view is taken whole; pass the
 * text to keep invisible format characters after the word (RLM, ZWNJ) out of the span.
 *
 * @example
 * const v = normalizeForMatching('بِغْدَادَ مدينة');
 * toOriginalSpan(v, [0, 5]) // [0, 9]: the word with its harakat
 * toOriginalSpan(normalizeForMatching('بغداد\u200f قتل'), [0, 5], 'بغداد\u200f قتل') // [0, 5]
 */
export function toOriginalSpan(view: NormalizedView, span: Span, text?: string): Span {
  const map = view.toOriginal;
  const start = map[span[0]];
  if (span[1] <= span[0]) return [start, start];
  const last = map[span[1] - 1];
  let k = span[1];
  while (k < map.length - 1 && map[k] === last) k++;
  let end = map[k];
  // Given the text, invisible marks after the word (RLM, ZWNJ, BOM) are left out of the span.
  if (text !== undefined) while (end > last + 1 && INVISIBLE.test(text[end - 1])) end--;
  return [start, end];
}

const INVISIBLE = /[\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff\u061c\u00ad]/;

/**
 * The first unit of the view at or after an original offset (binary search over the monotone map).
 *
 * @example toViewOffset(normalizeForMatching('أَمس'), 2) === 1 // 'م' follows the dropped fatha
 */
export function toViewOffset(view: NormalizedView, originalOffset: number): number {
  const map = view.toOriginal;
  let lo = 0;
  let hi = map.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (map[mid] < originalOffset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
