/** windows-1252 characters for bytes 0x80–0x9F: what a UTF-8 continuation byte becomes when misread. */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';
const BYTE_OF = new Map<string, number>();
for (let i = 0; i < 32; i++) BYTE_OF.set(CP1252_HIGH[i], 0x80 + i);
for (let b = 0x80; b <= 0xff; b++)
  if (!BYTE_OF.has(String.fromCharCode(b))) BYTE_OF.set(String.fromCharCode(b), b);

/** A lead byte misread as Latin-1/1252 (Â…ô), followed by the characters its continuation bytes became. */
const CANDIDATE = new RegExp(
  `[\\u00C2-\\u00F4][\\u0080-\\u00BF${CP1252_HIGH.replace(/[\u0080-\u009F]/g, '')}]+`,
  'g',
);
const utf8 = new TextDecoder('utf-8', { fatal: true });
/**
 * Traces that a second lossy pass left: windows-1252 has no character for byte 0x9D, so ” (E2 80 9D)
 * comes out as "â€" plus U+FFFD; a no-break space (C2 A0) whose A0 was later folded to a plain space
 * comes out as "Â ". Neither spelling occurs in real text.
 */
const LOSSY: readonly [RegExp, string][] = [
  [/â€\uFFFD/g, '”'],
  [/Â(?= )/g, ''],
];

/** The first character of every `LOSSY` spelling and `CANDIDATE` run. */
const MISREAD_LEAD = /[\u00C2-\u00F4]/;

export interface Repair {
  text: string;
  /** How many misread sequences were turned back into the characters they encoded. */
  repairs: number;
}

/**
 * Repairs double-encoded UTF-8 ("â€™" for ’, "Ã©" for é, "Ø§Ù„" for ال): each run that reads back as valid
 * UTF-8 bytes through windows-1252 is replaced by what it encoded. A run that does not form a valid
 * sequence is left alone, so genuine Latin-1 text survives. Twice, for text double-encoded twice.
 *
 * @example repairMojibake('itâ€™s').text // 'it’s'
 */
export function repairMojibake(text: string): Repair {
  // Every pattern below opens with a misread lead byte (Â…ô); most texts hold none, and one scan for it
  // spares the three that would each find nothing.
  if (!MISREAD_LEAD.test(text)) return { text, repairs: 0 };
  let out = text;
  let repairs = 0;
  for (const [re, by] of LOSSY) {
    out = out.replace(re, () => {
      repairs++;
      return by;
    });
  }
  for (let pass = 0; pass < 2; pass++) {
    CANDIDATE.lastIndex = 0;
    if (!CANDIDATE.test(out)) break;
    let n = 0;
    out = out.replace(CANDIDATE, (run) => {
      const fixed = decodeRun(run);
      if (fixed !== run) n++;
      return fixed;
    });
    if (n === 0) break;
    repairs += n;
  }
  return { text: out, repairs };
}

/** Decodes a run sequence by sequence: a lead byte says how many continuation bytes follow. */
function decodeRun(run: string): string {
  let out = '';
  let i = 0;
  while (i < run.length) {
    const lead = BYTE_OF.get(run[i]) ?? 0;
    const need = lead >= 0xf0 ? 3 : lead >= 0xe0 ? 2 : lead >= 0xc2 ? 1 : 0;
    const chunk = run.slice(i, i + need + 1);
    const decoded = need > 0 && chunk.length === need + 1 ? tryDecode(chunk) : null;
    out += decoded ?? run[i];
    i += decoded ? chunk.length : 1;
  }
  return out;
}

function tryDecode(chunk: string): string | null {
  const bytes = new Uint8Array(chunk.length);
  for (let i = 0; i < chunk.length; i++) {
    const b = BYTE_OF.get(chunk[i]);
    if (b === undefined) return null;
    bytes[i] = b;
  }
  try {
    return utf8.decode(bytes);
  } catch {
    return null;
  }
}
