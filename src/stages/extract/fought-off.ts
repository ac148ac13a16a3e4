/** Attacks fought off: what a repelling word leaves of the attack it governs. */
import { foiledAttempt } from './attempted-acts.js';
import type { PhraseHit } from './phrase-matcher.js';
import type { SentenceView } from './sentence-view.js';

/** Verbs and nouns of repelling or foiling an attack ("صد هجوما", "تصدت لهجوم", "repelled an attack"). */
export const REPEL =
  /^(?:repelled|repulsed|thwarted|foiled|repel|repulse|[وف]?(?:صد|صدت|صدوا|يصد|تصد|تصدي|تصدت|تصدوا|يتصدي|احبط|احبطت|احباط|افشل|افشلت|افشال))$/;
/**
 * "soldiers thwarted the rebels' assault and killed nine of them": an attack a repelling word governs did
 * not happen as planned, but one fought off with dead or wounded told in the same sentence was a fight all
 * the same. "guards foiled a plot against the depot" tells no toll: the plot never came to blows. Dead told
 * before the foiling ("five died in a foiled raid") are the raid's own toll: the raid is told by them. An
 * attempt foiled ("guards foiled a clumsy attempt to kidnap the minister") was made all the same, and so was an
 * attack told as launched ("foiled an attack launched by the rebels on two posts"): it came to a fight, whose
 * dead the next sentence may tell.
 *
 * @example foughtOff(view, thwarted, assault) // true for "… thwarted the assault, killing nine raiders"
 */
export function foughtOff(view: SentenceView, cue: PhraseHit, trigger: PhraseHit): boolean {
  if (!REPEL.test(view.tokens[cue.start].norm)) return false;
  return harmToldAfter(view, trigger.end - 1) || foiledAttempt(view, cue, trigger) || launched(view, trigger);
}

/** Words right after an attack noun that tell it was made: "launched by", «شنه». */
const LAUNCHED = /^(?:launched|mounted|staged|waged|شنه|شنته|شنها|شنوه|نفذه|نفذته|نفذها|نفذوه)$/;

/** "an attack launched by …", "an assault carried out by …", «هجوما شنه المسلحون». */
function launched(view: SentenceView, trigger: PhraseHit): boolean {
  const next = view.tokens[trigger.end]?.norm ?? '';
  return LAUNCHED.test(next) || (next === 'carried' && view.tokens[trigger.end + 1]?.norm === 'out');
}

/** Dead or wounded told after token `at`: a killing word, or a count of the killed or injured. */
function harmToldAfter(view: SentenceView, at: number): boolean {
  const after = view.tokens[at].span[1];
  return (
    view.triggers.some((t) => t.phrase.tag === '@kill' && t.start > at) ||
    view.quantities.some((q) => (q.role === 'killed' || q.role === 'injured') && q.span[0] >= after)
  );
}

/** Words of trying, the unreal cue of an attack attempted: «حاول المسلحون اقتحام القرية», "tried to storm". */
const TRYING = /^(?:tried|attempted|[وف]?(?:حاول|حاولوا|حاولت|يحاول|يحاولون|محاوله|محاولات))$/;

/**
 * «حاول المسلحون اقتحام البلدة فصدهم الأهالي وقتلوا ثلاثة منهم», "rebels tried to storm the post but were
 * repelled, losing six men": an attack tried and fought off with dead or wounded told after the repelling word
 * was a fight, not an attempt only.
 *
 * @example repelledAttempt(view, tried, attack) // true for "… tried to attack …, but were repelled: six died"
 */
export function repelledAttempt(view: SentenceView, cue: PhraseHit, trigger: PhraseHit): boolean {
  if (!TRYING.test(view.tokens[cue.start].norm)) return false;
  const repel = view.tokens.findIndex((t, k) => k >= trigger.end && REPEL.test(t.norm));
  return repel >= 0 && harmToldAfter(view, repel);
}
