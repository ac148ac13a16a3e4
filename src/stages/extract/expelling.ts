/** Verbs of expelling a side from ground: «طرد الحوثيين من عدن». */
import { reach, type PhraseHit } from './phrase-matcher.js';
import type { SentenceView } from './sentence-view.js';

/** Actor nouns that name no fighting side: people a verb of expelling may put out of a hall or a country. */
const UNARMED = new Set(['Civilians', 'Protesters ({country})', 'Rioters ({country})']);

/** English verbs of expelling, written with their object in a gap before "from" or "out of". */
const EXPELLING_EN = new Set(['expelled', 'ousted', 'drove', 'driven', 'pushed', 'kicked']);

/**
 * «طرد الحوثيين من عدن», "طردت القوات المسلحين من المدينة", «قامت بطرد», "ousted the Islamic State from
 * Hasakeh": a verb of expelling, whose object is the side that lost the ground (its subject took it).
 *
 * @example expels(trigger) // true for the trigger of «وطردت القوات المسلحين من المدينة»
 */
export function expels(trigger: PhraseHit): boolean {
  const { lang, words, gaps } = trigger.phrase;
  if (lang === 'en') return EXPELLING_EN.has(words[0]) && gaps !== undefined;
  return /^[يتن]?طرد/.test(words[0]);
}

/**
 * "طردت السلطات السفير من البلاد", «طرد اللاعب من المباراة»: expelling an envoy or a player takes no ground.
 * An expelling verb tells ground changing hands only with a fighting side named in its phrase (a named armed
 * group or force, or an armed actor noun).
 *
 * @example expelsNoSide(view, trigger) // true for «طردت السلطات السفير من البلاد»
 */
export function expelsNoSide(view: SentenceView, trigger: PhraseHit): boolean {
  if (!expels(trigger)) return false;
  const end = reach(trigger);
  const [from, to] = [view.tokens[trigger.start].span[1], view.tokens[end - 1].span[0]];
  const named = view.mentions.some(
    (m) => (m.kind === 'armed-group' || m.kind === 'state-forces') && m.span[0] >= from && m.span[0] < to,
  );
  const armedNoun = view.actorNouns.some(
    (n) => n.start > trigger.start && n.start < end && !UNARMED.has(n.phrase.tag),
  );
  return !named && !armedNoun;
}
