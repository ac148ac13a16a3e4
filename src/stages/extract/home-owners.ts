/** Sides named as the household of a home that was struck: "a rebel commander's house", «منزل قيادي حوثي». */
import type { ActorCandidate } from './actor-finder.js';
import type { Frame } from './frame-builder.js';
import { civilianTarget } from './role-clues.js';
import { POSSESSIVE_TOKEN } from './possessive-token.js';

/** A dwelling: what was struck, not the one it belongs to. */
const HOME = /^(?:house|houses|home|homes|residence|residences|family|relatives)$/;
/** The dwelling among a civilian cue's words: the home itself tells nothing of who was harmed in it. */
const HOME_CUE = /\b(?:house|houses|home|homes|residence|residences)\b/;
/** One person of a side whose home it is ("a rebel commander's house", "the home of a Taliban leader"). */
const MEMBER =
  /^(?:commander|commanders|leader|leaders|chief|chiefs|member|members|official|officials|elder|elders|fighter|fighters|militant|militants|figure|loyalist|loyalists|supporter|supporters)$/;
/** A word that carries its possessive ("commander's", "Banner's"). */
const POSSESSED = /(?:'s|’s)$/;
/** «منزل», «بيت», «مسكن» and their plurals, with a clitic or the article (folded). */
const HOME_AR = /^[وفبل]?(?:ال)?(?:منزل|منازل|بيت|بيوت|مسكن|مساكن)$/;
/** «قيادي», «القائد», «احد قادة»: one or more of a side's people, folded, between the home and the side. */
const MEMBER_AR = /^(?:ال)?(?:قيادي|قياديين|قايد|قاده|زعيم|عضو|اعضاء|مسوول|احد)$/;
/** «منزل القيادي في حركة …», «منزل احد قادة الحركة»: words that tie the member to the side. */
const MEMBER_OF_AR = /^(?:في|من|ب)$/;
/** How many words may stand between an Arabic home and the side. */
const ARABIC_REACH = 3;

/** Articles between "of" and the side ("the home of a Taliban leader"). */
const ARTICLE = /^(?:a|an|the)$/;

/**
 * "Gunmen attacked a rebel commander's house, killing four civilians", "a blast at the home of a Taliban
 * leader killed his two sons": an armed group named for whose home was struck, where the blow harmed
 * civilians, tells the household, not the target, as a group named for the place it holds does. The home
 * itself is no sign of civilians harmed; with none (or only fighters) harmed the group stays the target.
 * `after` is the token past the side.
 *
 * @example householdOnly(frame, candidates, rebels, 3) // true for "a rebel commander's house … killing four civilians"
 */
export function householdOnly(
  frame: Frame,
  candidates: ActorCandidate[],
  c: ActorCandidate,
  after: number,
): boolean {
  const norm = (i: number) => frame.view.tokens[i]?.norm ?? '';
  return (
    c.side === 'group' &&
    homeOf(norm, c.at, after) &&
    (candidates.some((o) => o.side === 'civilian' && !HOME.test(norm(o.at))) ||
      civilianTarget(frame, HOME_CUE) !== null)
  );
}

/**
 * Whether the side at token `at` (`after` the token past it) is named for whose home it is.
 *
 * @example homeOf((i) => ['a', 'rebel', "commander's", 'house'][i] ?? '', 1, 3) // true
 */
export function homeOf(norm: (i: number) => string, at: number, after: number): boolean {
  return homeAfter(norm, after) || homeBefore(norm, at) || arabicHome(norm, at);
}

/**
 * "rebel commander's house", "the Front's homes": the home told after the possessive of the side or of one of
 * its members. `after` may be the side's own last word when the possessive is written on it, or the home
 * when the side's span took in its possessive word.
 */
function homeAfter(norm: (i: number) => string, after: number): boolean {
  let home = MEMBER.test(norm(after)) ? after + 1 : after;
  if (POSSESSIVE_TOKEN.test(norm(home)) || POSSESSED.test(norm(home))) home++;
  else if (!POSSESSED.test(norm(home - 1))) return false;
  return HOME.test(norm(home));
}

/** "the home of a Taliban leader": the home told before "of" and the side. */
function homeBefore(norm: (i: number) => string, at: number): boolean {
  const of = ARTICLE.test(norm(at - 1)) ? at - 2 : at - 1;
  return norm(of) === 'of' && HOME.test(norm(of - 1));
}

/**
 * «منزل قيادي حوثي», «منزل القيادي في حركة الشباب»: an Arabic home, then one of the side's people, before
 * the side (a construct state needs no "of").
 */
function arabicHome(norm: (i: number) => string, at: number): boolean {
  let i = at - 1;
  while (i >= at - ARABIC_REACH && (MEMBER_AR.test(norm(i)) || MEMBER_OF_AR.test(norm(i)))) i--;
  return i < at - 1 && HOME_AR.test(norm(i));
}
