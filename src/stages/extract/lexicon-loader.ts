import { readFileSync } from 'node:fs';
import { MarsadError } from '../../core/errors.js';
import { normalizeName } from '../../core/text/normalize.js';
import { nounForms, verbForms } from './arabic-forms.js';

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
}

/** The lexicon folder shipped with marsad, found from this file so it works from src/ and from dist/. */
export const LEXICON_DIR = new URL('../../../data/lexicons/', import.meta.url);

/**
 * Reads a `lang forms pos tag [strength]` TSV lexicon and expands Arabic verbs and nouns to their forms.
 *
 * @example loadLexicon('events-triggers.tsv').some((p) => p.words.join(' ') === 'يقصف') === true
 */
export function loadLexicon(fileName: string, dir: URL = LEXICON_DIR): LexiconPhrase[] {
  const path = new URL(fileName, dir);
  const phrases: LexiconPhrase[] = [];
  readFileSync(path, 'utf8')
    .split('\n')
    .forEach((line, index) => {
      if (line.trim() === '' || line.startsWith('#')) return;
      const [lang, forms, pos, tag, strength = ''] = line.split('\t');
      if ((lang !== 'ar' && lang !== 'en') || !forms || !pos || !tag) {
        throw new MarsadError(
          'KB_INVALID',
          `${fileName}:${index + 1}: expected "lang forms pos tag", got "${line}"`,
        );
      }
      for (const written of forms.split('|')) {
        const base = normalizeName(written);
        for (const form of expand(base, lang, pos)) {
          // "يستهدف", "يهاجم": the imperfect tells a habit, an aim or a plan as often as an act ("خطة تستهدف
          // تطوير المدن"), so a strong verb needs a place, a count or a named side there.
          const imperfect =
            pos === 'verb' && lang === 'ar' && strength.trim() === 'strong' && !form.startsWith(base);
          phrases.push({
            lang,
            words: form.split(/\s+/),
            tag: tag.trim(),
            strength: imperfect ? 'weak' : strength.trim(),
            pos,
          });
        }
      }
    });
  return phrases;
}

function expand(form: string, lang: string, pos: string): string[] {
  if (lang !== 'ar' || form.includes(' ')) return [form];
  if (pos === 'verb') return verbForms(form);
  if (pos === 'noun') return nounForms(form);
  return [form];
}
