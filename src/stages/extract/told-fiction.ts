/**
 * Violence told in a work of fiction, not done: "In the movie, rebels storm a prison", "the series follows a
 * detective who shot two smugglers". A news article on a film or a novel tells its plot in the words of an
 * attack, often with real sides and places; review-story.ts drops a whole review, this a sentence of plot in
 * other news.
 */
import { wordSet } from '../../core/text/word-set.js';
import { CLAUSE_BREAK } from './cue-scope.js';
import type { PhraseHit } from './phrase-matcher.js';
import type { SentenceView } from './sentence-view.js';
import { toldFictionAr } from './told-fiction-ar.js';

const WORKS = 'film films movie movies novel novels series miniseries sitcom thriller blockbuster screenplay';
/** A work of fiction, with its possessive as tokens keep it ("the film's plot"). */
const WORK = new Set([
  ...wordSet(WORKS),
  ...WORKS.split(' ').map((w) => (w.endsWith('s') ? `${w}'` : `${w}'s`)),
]);
/** What a sentence's opening "in the …" may name besides a work: "In the fictional town of …". */
const FICTIONAL = wordSet('fictional fictitious');
/**
 * Words after a work's name that make it something else than the story: "a series of strikes", "the film
 * crew", "the film industry", "a film festival", "a movie star".
 */
const NOT_THE_STORY = wordSet(
  'of crew crews maker makers industry festival festivals star stars director directors studio studios set premiere screening',
);
/** What a work does to its story: "the series follows", "the novel recounts", "the film's plot". */
const TELLS = wordSet(
  'follows tells depicts portrays imagines recounts chronicles centres centers revolves dramatises dramatizes plot storyline',
);
/** Words a sentence may open with before its "In the movie, …". */
const LEAD_IN = wordSet('and but later then yet');
/** "In his latest novel, …", "In the HBO series, …": how far after the opening "in" the work stands. */
const IN_REACH = 4;

/**
 * Whether `trigger` tells what a work of fiction shows: the sentence opens on "in" a work ("In the movie,
 * …", "In the fictional town of …"), or a work says what it tells before the trigger in the same clause
 * ("the series follows a man who shot …"). "The actor, who starred in the film, was shot" opens on no work;
 * "a series of air strikes" and "a film crew" name none. An Arabic trigger is read by `toldFictionAr`.
 *
 * @example toldFiction(view, text, hit) // true for "In the movie, rebels stormed a prison."
 */
export function toldFiction(view: SentenceView, text: string, trigger: PhraseHit): boolean {
  if (trigger.phrase.lang === 'ar') return toldFictionAr(view, text, trigger);
  if (trigger.phrase.lang !== 'en') return false;
  const tokens = view.tokens;
  const opening = LEAD_IN.has(tokens[0]?.norm ?? '') ? 1 : 0;
  if (tokens[opening]?.norm === 'in') {
    const last = Math.min(trigger.start - 1, opening + IN_REACH);
    for (let at = opening + 1; at <= last; at++)
      if (namesStory(view, at) || FICTIONAL.has(tokens[at].norm)) return true;
  }
  for (let at = trigger.start - 2; at >= 0; at--) {
    if (!WORK.has(tokens[at].norm) || !TELLS.has(tokens[at + 1].norm)) continue;
    const between = text.slice(tokens[at + 1].span[1], tokens[trigger.start].span[0]);
    return !CLAUSE_BREAK.test(between);
  }
  return false;
}

/** A work's name told as the story, not as "a series of …", "a film crew", nor an adjective of the act. */
function namesStory(view: SentenceView, at: number): boolean {
  if (!WORK.has(view.tokens[at].norm)) return false;
  const next = at + 1;
  return !NOT_THE_STORY.has(view.tokens[next]?.norm ?? '') && !view.triggers.some((t) => t.start === next);
}
