import { MarsadError } from '../../core/errors.js';
import { normalizeName } from '../../core/text/normalize.js';
import { nounForms, verbForms } from './arabic-forms.js';
import { tsvRows } from '../../core/tsv-rows.js';
import { expandWordSets } from './word-sets.js';

/** One line of a lexicon: a phrase (one or more folded words) and the tag it carries. */
export interface LexiconPhrase {
  lang: 'ar' | 'en';
  /** Folded words, in order. */
  words: string[];
  /** The class, cue or actor the line names. */
  tag: string;
  /** 'strong' or 'weak' for triggers; empty for other lexicons. */
  strength: string;
  /** 'verb', 'noun' or 'fixed' as the lexicon line says. */
  pos: string;
  /**
   * For a phrase written with gaps ("فتح … النار"): how many other words may stand before each word (the
   * first entry is 0). Absent when the words must be adjacent.
   */
  gaps?: number[];
  /**
   * An Arabic verb in the imperfect ("يستهدف", "تقصف"): it tells a habit, an aim or what goes on as often as
   * an incident, so what it tells needs a day or a toll of its own.
   */
  imperfect?: true;
}

/** "…" (folded to "...") between two words: up to this many other words, or the number written after it. */
const GAP = /^\.\.\.(\d{1,2})?$/;
const DEFAULT_GAP = 3;

/**
 * A hyphen between letters: the text's words are split there ("booby-trapped" is two tokens), so a lexicon
 * form written with one is read as two words too, or it could never match.
 */
const HYPHEN_IN_WORD = /(?<=\p{L})-(?=\p{L})/gu;

/** The lexicon folder shipped with marsad, found from this file so it works from src/ and from dist/. */
export const LEXICON_DIR = new URL('../../../data/lexicons/', import.meta.url);

/** One Arabic word in the third person of the imperfect: «يفجر», «يفجرون», «يغتال» (folded). */
const IMPERFECT_WORD = /^ي[\u0621-\u064a]{2,}$/;

/**
 * Reads a `lang forms pos tag [strength]` TSV lexicon and expands Arabic verbs and nouns to their forms.
 * A verb written as a phrase ("فتح … النار") has its first word expanded; a set named in braces
 * ("defuse …2 {device-noun}") is read from word-sets.tsv in the same folder, one form per word.
 *
 * @example loadLexicon('events-triggers.tsv').some((p) => p.words.join(' ') === 'يقصف') === true
 */
export function loadLexicon(fileName: string, dir: URL = LEXICON_DIR): LexiconPhrase[] {
  const phrases: LexiconPhrase[] = [];
  for (const { cells, line, where } of tsvRows(fileName, dir)) {
    const [lang, forms, pos, tag, strength = ''] = cells;
    if ((lang !== 'ar' && lang !== 'en') || !forms || !pos || !tag) {
      throw new MarsadError('KB_INVALID', `${where}: expected "lang forms pos tag", got "${line}"`);
    }
    const tagTrimmed = tag.trim();
    const strengthTrimmed = strength.trim();
    for (const written of forms.split('|').flatMap((w) => expandWordSets(w, dir, where))) {
      const base = normalizeName(written.replace(HYPHEN_IN_WORD, ' '));
      const head = base.split(' ')[0];
      for (const form of expand(base, lang, pos)) {
        // "يستهدف", "يهاجم": the imperfect tells a habit, an aim or a plan as often as an act ("خطة تستهدف
        // تطوير المدن"), so a strong verb needs a place, a count or a named side there.
        // A verb written out as a fixed word in its imperfect («يفجرون», «يغتال») is as much an imperfect.
        const imperfect =
          lang === 'ar' &&
          (pos === 'verb' ? !form.startsWith(head) : pos === 'fixed' && IMPERFECT_WORD.test(form));
        const { words, gaps } = gapped(form.split(/\s+/));
        // One literal, every field set (undefined when absent): spreads made a layout per combination of
        // gaps and imperfect, which the matcher's hot loop then read polymorphically, and copied each of the
        // 17k phrases through the runtime.
        phrases.push({
          lang,
          words,
          gaps,
          tag: tagTrimmed,
          strength: imperfect && strengthTrimmed === 'strong' ? 'weak' : strengthTrimmed,
          pos,
          imperfect: imperfect ? true : undefined,
        });
      }
    }
  }
  return phrases;
}

function expand(form: string, lang: string, pos: string): string[] {
  if (lang !== 'ar') return [form];
  const [first, ...rest] = form.split(' ');
  if (pos === 'verb') return verbForms(first).map((f) => [f, ...rest].join(' '));
  if (pos === 'noun' && rest.length === 0) return nounForms(form);
  return [form];
}

/** Words without their gap marks, and the gap before each word when the phrase has any. */
function gapped(written: string[]): Pick<LexiconPhrase, 'words' | 'gaps'> {
  if (!written.some((w) => GAP.test(w))) return { words: written, gaps: undefined };
  const words: string[] = [];
  const gaps: number[] = [];
  let gap = 0;
  for (const w of written) {
    const mark = GAP.exec(w);
    if (mark) {
      gap = mark[1] ? Number(mark[1]) : DEFAULT_GAP;
      continue;
    }
    words.push(w);
    gaps.push(gap);
    gap = 0;
  }
  return { words, gaps };
}
