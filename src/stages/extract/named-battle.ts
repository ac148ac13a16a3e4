/**
 * «تبقى معركة الزبداني التي بدأت قبل شهر هدفا استراتيجيا», «الخسائر التي تكبدها منذ بدء المعركة»: a battle
 * named after its place, or told from its start, is a whole battle of weeks or months — a campaign the
 * article refers to, not an incident it reports. The day's fighting inside it is told by other words
 * («خاضوا أمس اشتباكات عنيفة»), which stay.
 */
import { datedInClause } from './cue-scope.js';
import type { PhraseHit } from './phrase-matcher.js';
import { inPlaceName, type SentenceView } from './sentence-view.js';

/** «معركة» alone (folded), with its proclitics: the one word the rule reads. */
const BATTLE = /^[وف]?(?:[بل]?ال|لل|[بل])?معركه$/;
/** The battle word with the article: «المعركة», «للمعركة» — a battle told before, not named here. */
const DEFINITE = /^[وف]?(?:[بل]?ال|لل)معركه$/;
/** «بدء», «بداية», «انطلاق», «اندلاع» (folded) right before: the battle is told from its start. */
const START = /^(?:بدء|بدايه|انطلاق|اندلاع)$/;

/**
 * Whether `trigger` is a battle named after the place it is fought for («معركة الزبداني») or told from its
 * start («منذ بدء المعركة»), with no day in its clause and no dead or hurt counted in its sentence.
 *
 * @example namedBattle(view, text, hit) // true for «معركة» in «تبقى معركة الزبداني التي بدأت قبل شهر هدفا»
 */
export function namedBattle(view: SentenceView, text: string, trigger: PhraseHit): boolean {
  if (trigger.end - trigger.start !== 1) return false;
  const word = view.tokens[trigger.start].norm;
  if (!BATTLE.test(word)) return false;
  const named = !DEFINITE.test(word) && inPlaceName(view, trigger.end);
  const fromStart = START.test(view.tokens[trigger.start - 1]?.norm ?? '');
  if (!named && !fromStart) return false;
  const tolled = view.quantities.some((q) => q.role === 'killed' || q.role === 'injured');
  return !tolled && !datedInClause(view, text, trigger);
}
