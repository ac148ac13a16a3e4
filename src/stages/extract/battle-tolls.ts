/** Killings told with the battle they happened in: «وقتل 31 متمردا في معارك», "were killed in clashes". */
import { IN_BATTLE } from '../../core/text/battle-words.js';
import { clauseOpening } from './clause-opening.js';
import { CLAUSE_BREAK } from './cue-scope.js';
import type { PhraseHit } from './phrase-matcher.js';
import type { SentenceView } from './sentence-view.js';

/** Tokens from the killing verb to the battle word, over a list of the dead («قتل 31 متمردا و4 من القوات … في معارك»). */
const BATTLE_REACH = 10;
/** What opens a new clause before a killing: a comma, "and", or «و» on the verb itself («وقتل»). */
const CLAUSE_OPEN = /[,،]|\band\b/i;

/**
 * "شنت طائرات التحالف غارات على مأرب، وقتل 31 متمردا في معارك مع الجيش": a killing verb followed by the
 * battle it happened in tells that battle's dead, an incident of its own; it does not join the air strike
 * or shelling told before it.
 *
 * @example killedInBattle(view, text, trigger) // true for «قتل» in «وقتل 31 متمردا في معارك»
 */
export function killedInBattle(view: SentenceView, text: string, trigger: PhraseHit): boolean {
  if (trigger.phrase.tag !== '@kill') return false;
  return view.triggers.some(
    (b) =>
      isBattle(b) &&
      b.start > trigger.end &&
      b.start - trigger.end <= BATTLE_REACH &&
      IN_BATTLE.test(view.tokens[b.start - 1]?.norm ?? '') &&
      !CLAUSE_BREAK.test(text.slice(view.tokens[trigger.end - 1].span[1], view.tokens[b.start].span[0])),
  );
}

/** A trigger of fighting between armed sides ("clashes", «معارك»). */
export function isBattle(trigger: PhraseHit): boolean {
  return trigger.phrase.tag === 'Armed clash';
}

/** "where", «حيث»: a clause that points back at the place told just before it. */
const WHERE = /^(?:حيث|where)$/i;

/**
 * Where a battle's toll clause opens, between the last trigger of the incident before (`end`) and its
 * killing verb (`kill`): at «وقتل» itself, or after the last comma or "and" ("…, and 47 rebels were
 * killed"); a clause opened by «حيث» takes the place told before it too («فضلا عن تعز، حيث قتل»), from
 * the comma before that. Undefined when nothing opens a clause there.
 */
export function tollClauseStart(
  view: SentenceView,
  text: string,
  end: number,
  kill: PhraseHit,
): number | undefined {
  if (view.tokens[kill.start].norm.startsWith('و') && !kill.phrase.words[0].startsWith('و'))
    return kill.start;
  // A «حيث» clause passes the opening before it on to the one before that.
  let where = false;
  return clauseOpening(kill.start, end, (k) => {
    if (!CLAUSE_OPEN.test(text.slice(view.tokens[k - 1].span[0], view.tokens[k].span[0]))) return false;
    if (where || !WHERE.test(view.tokens[k].norm)) return true;
    where = true;
    return false;
  });
}
