/**
 * Violence played in a game, not done: «في اللعبة يقود اللاعب مقاتلا ليهاجم حاجزا», "in the
 * video game players storm a base". An article on how a group recruits through games tells what its games
 * show in the words of an attack, with the sides and places of a real one.
 */
import { wordSet } from '../../core/text/word-set.js';
import type { PhraseHit } from './phrase-matcher.js';
import type { SentenceView } from './sentence-view.js';

/** «لعبة», «الألعاب» with their clitics (folded). */
const GAME = wordSet('لعبه اللعبه العاب الالعاب', 'و ف ب وب فب في');
/**
 * What games named so are when they are no video games: sports meetings («دورة الألعاب الأولمبية», where a
 * bomb is a real one) and fireworks (folded, with «ال»).
 */
const NOT_PLAYED = wordSet(
  'الاولمبيه اولمبيه الرياضيه رياضيه الناريه ناريه الاسيويه العربيه الافريقيه المتوسط البارالمبيه الشتويه السياسيه سياسيه',
);
const MEETING = wordSet('دوره دورات بطوله', 'و ف ب');
/** "video game", "computer games", "online game": the word before "game(s)" that makes it one to play. */
const PLAYED_ON = wordSet('video computer online mobile war');
const GAME_EN = wordSet('game games');
const VIDEOGAME = wordSet('videogame videogames gamers');
/**
 * Every word that may name a game, the one look-up for each word before a trigger: three sets asked of every
 * word cost 2% of the views and frames (0.621 → 0.608 M instructions an article, every 10th of the corpus).
 */
const ANY_GAME = new Set([...GAME, ...GAME_EN, ...VIDEOGAME]);

/**
 * Whether the sentence names a game to play before `trigger`: what it goes on to tell is what the game shows
 * («… لا دماء فيها، لكن فيها قتل كثير»), however long it runs.
 *
 * @example playedViolence(view, hit) // true for «في اللعبة يقود اللاعب مقاتلا ليهاجم حاجزا»
 */
export function playedViolence(view: SentenceView, trigger: PhraseHit): boolean {
  const tokens = view.tokens;
  for (let at = trigger.start - 1; at >= 0; at--) {
    const word = tokens[at].norm;
    if (!ANY_GAME.has(word)) continue;
    if (GAME.has(word)) {
      if (!NOT_PLAYED.has(tokens[at + 1]?.norm ?? '') && !MEETING.has(tokens[at - 1]?.norm ?? ''))
        return true;
    } else if (VIDEOGAME.has(word) || (GAME_EN.has(word) && PLAYED_ON.has(tokens[at - 1]?.norm ?? ''))) {
      return true;
    }
  }
  return false;
}
