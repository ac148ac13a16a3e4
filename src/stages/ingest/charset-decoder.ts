import { createRequire } from 'node:module';
import type * as Chardet from 'chardet';
import type Iconv from 'iconv-lite';
import { chooseArabicCodepage } from './arabic-codepage-chooser.js';
import { utf16Order } from './utf16-sniffer.js';

/**
 * chardet and iconv-lite are loaded with the first text that needs them: most articles are UTF-8 and need
 * neither, and loading both cost some 30 ms of CPU at every start. Their CommonJS builds load synchronously.
 */
const requireOnce = createRequire(import.meta.url);
let chardet: typeof Chardet | undefined;
let iconv: typeof Iconv | undefined;

export interface Decoded {
  text: string;
  /** WHATWG name of the encoding used. */
  encoding: string;
  /** How the encoding was chosen, for the diagnostic a reader looks at when the text is garbled. */
  how: 'bom' | 'declared' | 'detected' | 'chardet' | 'fallback';
  /** Offsets in `text` of U+FFFD characters that replaced invalid bytes. */
  replaced: number[];
  /** Whether the bytes were exactly `text` in UTF-8 (valid UTF-8, no BOM): hashing them hashes the text. */
  utf8Exact?: boolean;
}

const BOMS: readonly { bytes: readonly number[]; encoding: string }[] = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8' },
  { bytes: [0xff, 0xfe], encoding: 'utf-16le' },
  { bytes: [0xfe, 0xff], encoding: 'utf-16be' },
];

/**
 * A charset label TextDecoder knows, in its canonical name, or null (labels come from untrusted input).
 *
 * @example canonicalEncoding('cp1256') // 'windows-1256'
 */
export function canonicalEncoding(label: string | undefined): string | null {
  if (!label) return null;
  try {
    return new TextDecoder(label.trim().toLowerCase()).encoding;
  } catch {
    return null;
  }
}

/**
 * Decodes article bytes: BOM, then UTF-16 without BOM, then a declared charset, then strict UTF-8, then the
 * Arabic code pages, then chardet. Bytes that are valid UTF-8 with non-ASCII characters are read as UTF-8
 * even when a single-byte charset is declared: servers mislabel pages, random code-page text never is.
 *
 * @example decodeBytes(new TextEncoder().encode('سلام'), null).encoding // 'utf-8'
 */
export function decodeBytes(bytes: Uint8Array, declared: string | null): Decoded {
  for (const bom of BOMS) {
    if (bom.bytes.every((b, i) => bytes[i] === b)) {
      return decodeWith(bytes.subarray(bom.bytes.length), bom.encoding, 'bom');
    }
  }
  const utf16 = utf16Order(bytes);
  if (utf16) return decodeWith(bytes, utf16, 'detected');
  const strict = strictUtf8(bytes);
  if (strict !== null && (declared === null || declared === 'utf-8' || /[\u0080-\uFFFF]/.test(strict))) {
    return {
      text: strict,
      encoding: 'utf-8',
      how: declared === 'utf-8' ? 'declared' : 'detected',
      replaced: [],
      utf8Exact: true,
    };
  }
  if (declared === 'windows-1256' || declared === 'iso-8859-6') {
    const arabic = chooseArabicCodepage(bytes);
    if (arabic) return withReplacements(arabic.text, arabic.encoding, 'declared');
  }
  if (declared !== null) return decodeWith(bytes, declared, 'declared');
  if (mostlyUtf8(bytes)) return decodeWith(bytes, 'utf-8', 'detected');
  const arabic = chooseArabicCodepage(bytes);
  if (arabic) return withReplacements(arabic.text, arabic.encoding, 'detected');
  return decodeWith(bytes, chardetGuess(bytes) ?? 'windows-1252', 'chardet');
}

function decodeWith(bytes: Uint8Array, encoding: string, how: Decoded['how']): Decoded {
  // Node's TextDecoder reads windows-1252 as Latin-1 (0x93 becomes U+0093, not “); iconv-lite does not.
  const text =
    encoding === 'windows-1252'
      ? (iconv ??= requireOnce('iconv-lite') as typeof Iconv).decode(Buffer.from(bytes), 'windows-1252')
      : new TextDecoder(encoding).decode(bytes);
  return withReplacements(text, encoding, how);
}

function withReplacements(text: string, encoding: string, how: Decoded['how']): Decoded {
  const replaced: number[] = [];
  for (let i = text.indexOf('\uFFFD'); i !== -1; i = text.indexOf('\uFFFD', i + 1)) replaced.push(i);
  return { text, encoding, how, replaced };
}

/**
 * One decoder for every input: a call without `stream` starts afresh, even after one that threw, and a
 * decoder built per article cost a third of the decoding.
 */
const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true });

function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return STRICT_UTF8.decode(bytes);
  } catch {
    return null;
  }
}

/** UTF-8 with a few broken bytes (a truncated download, one bad paste): well-formed sequences dominate. */
function mostlyUtf8(bytes: Uint8Array): boolean {
  const text = new TextDecoder('utf-8').decode(bytes);
  let bad = 0;
  let good = 0;
  for (const ch of text) {
    if (ch === '\uFFFD') bad++;
    else if (ch.charCodeAt(0) > 0x7f) good++;
  }
  return good >= 4 * bad;
}

/** chardet's ISO-8859-6 guesses are windows-1256 in practice; its Latin-1 guesses are windows-1252 (as browsers read them). */
function chardetGuess(bytes: Uint8Array): string | null {
  const guess = (chardet ??= requireOnce('chardet') as typeof Chardet).detect(bytes);
  if (!guess) return null;
  const name = canonicalEncoding(guess);
  if (name === 'iso-8859-6') return 'windows-1256';
  if (name === 'utf-16le' || name === 'utf-16be' || name === 'utf-8') return null;
  return name;
}
