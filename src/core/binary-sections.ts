/**
 * The binary layout of the files `npm run build` writes beside the code (the built knowledge base,
 * stages/knowledge/kb-cache.ts; the expanded lexicons, stages/extract/lexicon-cache.ts): a short JSON header,
 * then numeric sections (typed arrays) and one table of strings. Read back, a section is a view on the file's
 * bytes, not a copy, and a string is cut from the table only when it is asked for: the base comes back as a
 * few dozen large arrays instead of the hundreds of thousands of small objects a JSON parse makes (and the
 * garbage collector then copies, generation after generation).
 */

import { readFileSync, renameSync, writeFileSync } from 'node:fs';

/** The first four bytes of the file; a file without them (an older JSON cache) is not read. */
const MAGIC = 0x3142_4b4d; // "MKB1", little-endian
/** Every section starts on a multiple of this, so a Float64Array can view it in place. */
const ALIGN = 8;

/** The numeric sections the file holds. */
export type Section = Int32Array | Float64Array;

/** The file's parts: a JSON-able header and its named sections. */
export interface SectionFile<H> {
  header: H;
  sections: Record<string, Section>;
}

/** Where a section lies in the file, as the header lists it. */
interface SectionPlace {
  name: string;
  type: 'i32' | 'f64';
  offset: number;
  length: number;
}

/**
 * The file's bytes: magic, header length, header (UTF-8 JSON, with where each section lies), sections.
 *
 * @example readSections(writeSections({ header: { n: 1 }, sections: { a: Int32Array.of(7) } }), () => true)?.sections.a[0] === 7
 */
export function writeSections<H>(file: SectionFile<H>): Buffer {
  const entries = Object.entries(file.sections);
  const places: SectionPlace[] = [];
  const placed = (headerBytes: number): number => {
    let offset = align(8 + headerBytes);
    places.length = 0;
    for (const [name, section] of entries) {
      places.push({
        name,
        type: section instanceof Float64Array ? 'f64' : 'i32',
        offset,
        length: section.length,
      });
      offset = align(offset + section.byteLength);
    }
    return offset;
  };
  // The header holds the offsets, and the offsets depend on the header's length: placed until both agree.
  let head = Buffer.alloc(0);
  let size = 0;
  for (let placedFor = -1; placedFor !== head.length;) {
    placedFor = head.length;
    size = placed(placedFor);
    head = Buffer.from(JSON.stringify({ header: file.header, places }), 'utf8');
  }
  const out = Buffer.alloc(size);
  out.writeUInt32LE(MAGIC, 0);
  out.writeUInt32LE(head.length, 4);
  head.copy(out, 8);
  places.forEach((place, i) => {
    const section = entries[i][1];
    out.set(new Uint8Array(section.buffer, section.byteOffset, section.byteLength), place.offset);
  });
  return out;
}

/**
 * The header and sections of `bytes`, or null when they are no such file or `accept` turns the header down
 * (read before any section is). Sections view `bytes` in place when it is aligned, else are copied.
 */
export function readSections<H>(bytes: Buffer, accept: (header: H) => boolean): SectionFile<H> | null {
  if (bytes.length < 8 || bytes.readUInt32LE(0) !== MAGIC) return null;
  const headLength = bytes.readUInt32LE(4);
  const parts = parsedHead<H>(bytes.toString('utf8', 8, Math.min(bytes.length, 8 + headLength)));
  if (parts === null || !accept(parts.header)) return null;
  const { header, places } = parts;
  const sections: Record<string, Section> = {};
  for (const { name, type, offset, length } of places) {
    const at = bytes.byteOffset + offset;
    const Type = type === 'f64' ? Float64Array : Int32Array;
    // A file cut short (a disk filled while it was written) is no such file: the base is built afresh.
    if (offset + length * Type.BYTES_PER_ELEMENT > bytes.length) return null;
    sections[name] =
      at % Type.BYTES_PER_ELEMENT === 0
        ? new Type(bytes.buffer as ArrayBuffer, at, length)
        : new Type(bytes.buffer.slice(at, at + length * Type.BYTES_PER_ELEMENT) as ArrayBuffer);
  }
  return { header, sections };
}

/**
 * Writes `file` to `path` whole: through a temporary file of this process's own, so two builds at once each
 * rename a whole file into place.
 */
export function writeSectionFile<H>(path: string, file: SectionFile<H>): void {
  const partial = `${path}.${process.pid}.tmp`;
  writeFileSync(partial, writeSections(file));
  renameSync(partial, path);
}

/**
 * The header and sections of the file at `path` when it was written under `stamp`; null when there is no
 * such file, it is damaged or it was written from other sources.
 */
export function readStampedFile<H extends { stamp: string }>(
  path: string,
  stamp: string,
): SectionFile<H> | null {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch {
    return null;
  }
  return readSections<H>(bytes, (header) => header.stamp === stamp);
}

/** The header and section places, or null for a header that is not the JSON `writeSections` wrote. */
function parsedHead<H>(json: string): { header: H; places: SectionPlace[] } | null {
  try {
    const parts = JSON.parse(json) as { header: H; places: SectionPlace[] };
    return Array.isArray(parts?.places) ? parts : null;
  } catch {
    return null;
  }
}

const align = (n: number): number => Math.ceil(n / ALIGN) * ALIGN;

/** Where run `i` starts in a section of runs stored by where each ends. */
export const runStart = (ends: Int32Array, i: number): number => (i === 0 ? 0 : ends[i - 1]);

/** Strings by number: as the matcher and the entities ask for them. */
export interface StringSource {
  at(index: number): string;
}

/**
 * Numbers strings in order of first sight (each string stored once) and writes them as the file's table:
 * the one-byte strings (Latin) as Latin-1 bytes and the others (Arabic) as UTF-16, each with the offsets
 * where its strings end. Indexes count one-byte strings first; `-1` stands for null.
 */
export class StringIndexer implements StringSource {
  private readonly index = new Map<string, number>();
  private readonly list: string[] = [];

  /** The string numbered `index` by `of` (before any `table` renumbering). */
  at(index: number): string {
    return this.list[index];
  }

  /** The number of `value`, given when it is first seen; -1 for null. */
  of(value: string | null): number {
    if (value === null) return -1;
    let i = this.index.get(value);
    if (i === undefined) {
      this.index.set(value, (i = this.list.length));
      this.list.push(value);
    }
    return i;
  }

  /**
   * The table's sections, and the renumbering that puts one-byte strings first (`of` numbers are in order
   * of sight): map every stored number through `renumber` before writing it.
   */
  table(): { sections: Record<string, Section>; renumber: Int32Array } {
    const oneByte = (s: string): boolean => {
      for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0xff) return false;
      return true;
    };
    const narrow = this.list.map((s, i) => [s, i] as const).filter(([s]) => oneByte(s));
    const wide = this.list.map((s, i) => [s, i] as const).filter(([s]) => !oneByte(s));
    const renumber = new Int32Array(this.list.length);
    [...narrow, ...wide].forEach(([, old], i) => (renumber[old] = i));
    const ends = (group: readonly (readonly [string, number])[]): Int32Array => {
      const out = new Int32Array(group.length);
      let at = 0;
      group.forEach(([s], i) => (out[i] = at += s.length));
      return out;
    };
    return {
      sections: {
        narrowEnds: ends(narrow),
        narrowChars: charsOf(Buffer.from(narrow.map(([s]) => s).join(''), 'latin1')),
        wideEnds: ends(wide),
        wideChars: charsOf(Buffer.from(wide.map(([s]) => s).join(''), 'utf16le')),
      },
      renumber,
    };
  }
}

/** Bytes carried in an Int32Array section (padded with zeros to a whole number of its elements). */
function charsOf(bytes: Buffer): Int32Array {
  const out = new Int32Array(Math.ceil(bytes.length / 4));
  new Uint8Array(out.buffer).set(bytes);
  return out;
}

/**
 * The file's table of strings: two long strings, one-byte and two-byte, decoded at once; each string is cut
 * from its long string when asked for.
 */
export class StringTable implements StringSource {
  private readonly narrow: string;
  private readonly wide: string;
  private readonly narrowEnds: Int32Array;
  private readonly wideEnds: Int32Array;

  constructor(sections: Record<string, Section>) {
    this.narrowEnds = sections.narrowEnds as Int32Array;
    this.wideEnds = sections.wideEnds as Int32Array;
    const narrowLength = this.narrowEnds.length === 0 ? 0 : this.narrowEnds[this.narrowEnds.length - 1];
    const wideLength = this.wideEnds.length === 0 ? 0 : this.wideEnds[this.wideEnds.length - 1];
    this.narrow = bytesOf(sections.narrowChars).toString('latin1', 0, narrowLength);
    this.wide = bytesOf(sections.wideChars).toString('utf16le', 0, 2 * wideLength);
  }

  at(index: number): string {
    const narrowCount = this.narrowEnds.length;
    if (index < narrowCount) {
      return this.narrow.slice(runStart(this.narrowEnds, index), this.narrowEnds[index]);
    }
    const i = index - narrowCount;
    return this.wide.slice(runStart(this.wideEnds, i), this.wideEnds[i]);
  }
}

const bytesOf = (section: Section): Buffer =>
  Buffer.from(section.buffer, section.byteOffset, section.byteLength);
