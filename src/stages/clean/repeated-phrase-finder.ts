import { finding, type Finding } from './finding.js';

interface Word {
  w: string;
  s: number;
  e: number;
}

/**
 * Finds two to six words immediately repeated ("the Russian president the Russian president"): scrapers glue
 * a caption or headline fragment to the sentence that repeats it. Single words are left alone, since
 * writers repeat those on purpose. The first copy becomes the removed span, so the text that remains
 * reads once. Compares white-space-separated words in one pass, not a backtracking regex.
 *
 * @example findRepeatedPhrases('said the minister the minister said')[0].span // [5, 18]
 */
export function findRepeatedPhrases(text: string): Finding[] {
  const words = splitWords(text);
  const out: Finding[] = [];
  for (let i = 0; i < words.length; i++) {
    for (let k = 2; k <= 6 && i + 2 * k <= words.length; k++) {
      if (words[i].w !== words[i + k].w || !sameRun(words, i, k, text)) continue;
      if (words[i + k - 1].e - words[i].s < 6) continue;
      out.push(finding([words[i].s, words[i + k].s], 'other', 'immediately repeated phrase'));
      i += 2 * k - 1;
      break;
    }
  }
  return out;
}

function sameRun(words: readonly Word[], i: number, k: number, text: string): boolean {
  for (let j = 0; j < k; j++) if (words[i + j].w !== words[i + k + j].w) return false;
  for (let j = i; j < i + 2 * k - 1; j++) if (!isGap(text, words[j].e, words[j + 1].s)) return false;
  return true;
}

/** Only spaces between the words: a line break between two copies is layout, not an artefact. */
function isGap(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 0xa0) return false;
  }
  return to > from;
}

/** Runs of characters between white space, with their offsets: a char-code loop, no regex. */
function splitWords(text: string): Word[] {
  const out: Word[] = [];
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 32;
    const space = c === 32 || c === 10 || c === 13 || c === 9 || c === 0xa0;
    if (space && start !== -1) {
      out.push({ w: text.slice(start, i), s: start, e: i });
      start = -1;
    } else if (!space && start === -1) start = i;
  }
  return out;
}
