/** Leading bytes of common binary formats that are never articles. */
const MAGIC: readonly (readonly number[])[] = [
  [0x25, 0x50, 0x44, 0x46], // %PDF
  [0x89, 0x50, 0x4e, 0x47], // PNG
  [0xff, 0xd8, 0xff], // JPEG
  [0x47, 0x49, 0x46, 0x38], // GIF8
  [0x50, 0x4b, 0x03, 0x04], // ZIP, DOCX, XLSX
  [0x1f, 0x8b], // gzip
  [0x7f, 0x45, 0x4c, 0x46], // ELF
  [0x52, 0x49, 0x46, 0x46], // RIFF (WAV, WEBP, AVI)
];

/** How much of the input the sniffers look at: enough to judge, cheap on a 20 MB file. */
export const SNIFF_BYTES = 4096;

/**
 * Why the bytes look binary, or null when they look like text. Called only after UTF-16 was ruled
 * out, so a NUL byte is a sure sign of binary data; otherwise control bytes must be frequent.
 *
 * @example binaryReason(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d])) // 'starts like a PDF/PNG/JPEG/…'
 */
export function binaryReason(bytes: Uint8Array): string | null {
  if (MAGIC.some((m) => m.every((b, i) => bytes[i] === b))) {
    return 'starts with the signature of a binary format (PDF, image, archive or executable)';
  }
  const n = Math.min(bytes.length, SNIFF_BYTES);
  // Four bytes at a time where none is below 0x20, as nearly all of a text: only the words holding such a
  // byte (a line break, mostly) are read byte by byte, in order, so the first NUL is still the one reported.
  // (Instructions of the sniffer over a sample of the corpus: 7.4 → 3.4 M.)
  const head = (4 - (bytes.byteOffset & 3)) & 3;
  const words =
    n >= head + 4 ? new Uint32Array(bytes.buffer, bytes.byteOffset + head, (n - head) >> 2) : NO_WORDS;
  const wordsEnd = head + 4 * words.length;
  let control = 0;
  for (let i = 0; i < n; i++) {
    if (i >= head && i < wordsEnd && ((i - head) & 3) === 0 && noByteBelowSpace(words[(i - head) >> 2])) {
      i += 3;
      continue;
    }
    const b = bytes[i];
    if (b === 0) return `a NUL byte at offset ${i}`;
    // Tab, LF, FF, CR and ESC appear in real text files; other C0 controls do not.
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d && b !== 0x1b) control++;
  }
  const share = n === 0 ? 0 : control / n;
  return share > 0.05 ? `${Math.round(share * 100)}% control bytes in the first ${n} bytes` : null;
}

const NO_WORDS = new Uint32Array(0);

/** Whether no byte of the four in `word` is below 0x20 (a byte-wise subtraction whose borrows show them). */
function noByteBelowSpace(word: number): boolean {
  return ((word - 0x20202020) & ~word & 0x80808080) === 0;
}
