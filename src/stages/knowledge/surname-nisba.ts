import type { NameMatch } from './mention-matcher.js';

/**
 * «اللواء منصور», «الشيخ محمد»: a title and a given name (folded), after which a nationality adjective is the
 * man's family name («اللواء منصور التركي»), not his country's: an adjective after a bare given name
 * describes no noun.
 */
const TITLE_AND_NAME_BEFORE =
  /(?:^|\s)[وف]?(?:ال)?(?:لواء|عميد|عقيد|مقدم|رائد|نقيب|شيخ|دكتور|مهندس|استاذ|امير)\s+[\u0621-\u064a]+\s+$/u;
/** «وأشار», «وقال» (folded): a verb of saying whose subject, right after it, is a person. */
const SAYING_BEFORE = /(?:^|\s)[وف]?(?:قال|اشار|اضاف|اكد|اوضح|بين|لفت|تابع|ذكر|صرح|نفي|شدد)\s+$/u;
/** Characters before a name searched for a title and a given name. */
const LEAD_REACH = 30;

/**
 * Whether the nationality adjective of `match` is a person's family name: after a title and a given name
 * («اللواء منصور التركي»), or alone as the subject of a verb of saying («وأشار التركي إلى أن»), where no
 * noun stands for it to describe.
 *
 * @example surnameNisba(view.text, matchOf('التركي')) === true // in "وقال اللواء منصور التركي إن"
 */
export function surnameNisba(viewText: string, match: NameMatch): boolean {
  if (!match.senses.some((s) => s.via === 'demonym')) return false;
  const lead = viewText.slice(Math.max(0, match.view[0] - LEAD_REACH), match.view[0]);
  return TITLE_AND_NAME_BEFORE.test(lead) || SAYING_BEFORE.test(lead);
}
