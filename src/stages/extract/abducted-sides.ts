/**
 * Sides an Arabic act of abduction carried off: counted after the act, or the subject of its passive, they
 * were taken, not taking.
 */
import type { ActorCandidate } from './actor-finder.js';
import { arabicAgentPhrases, type AgentPhrase } from './arabic-agent-phrase.js';
import { ARABIC_PREPOSITION, ARABIC_WORD } from './arabic-particles.js';
import type { Frame } from './frame-builder.js';
import type { PhraseHit } from './phrase-matcher.js';
import { tokenAt, type SentenceView } from './sentence-view.js';

const ABDUCTION = 'Abduction/forced disappearance';
/**
 * Tokens from the act to the count of those it took: the doer and a word of time may stand between
 * ("خطفت الجماعة أمس تسعة جنود").
 */
const COUNT_REACH = 4;
/** Tokens from the count to the side counted ("ثلاثة من رجال الشرطة"). */
const COUNTED_REACH = 3;
/** Tokens from a passive act to the phrase naming its agent ("اختطف جنديان صباح أمس على يد مسلحين"). */
const PASSIVE_REACH = 6;
/** Tokens between a side's name and the passive act it is the subject of ("جنديين عراقيين قد اختطفا"). */
const SUBJECT_GAP = 1;

/**
 * "خطفت الجماعة أمس تسعة جنود", "قام مسلحون بخطف ثلاثة من رجال الشرطة": a side counted right after an
 * Arabic verb or verbal noun of abduction is the object carried off — the target — whatever force or
 * nationality its noun names. Read alone, the soldiers were the only side told and passed for the doer.
 * So is the subject of a passive act whose agent a phrase names after it ("جنديين عراقيين اختطفا على يد
 * مسلحين", "اختطف جنديان عراقيان من قبل عناصر التنظيم"), counted or not.
 *
 * @example abductedSides(frame, candidates)[0]?.ref.name // 'Military Forces of Pakistan'
 */
export function abductedSides(frame: Frame, candidates: ActorCandidate[]): ActorCandidate[] {
  const view = frame.view;
  const acts = frame.triggers.filter(
    (t) => t.phrase.tag === ABDUCTION && ARABIC_WORD.test(view.tokens[t.start].norm),
  );
  if (acts.length === 0) return [];
  const agents = arabicAgentPhrases(view);
  return candidates.filter((c) =>
    acts.some((t) => countedAfter(view, t.end, c.at, agents) || passiveSubject(view, t, agents, c)),
  );
}

/**
 * Whether `c` is the subject of the act `t` told as a passive: an agent phrase follows the act within reach,
 * no other act between, and `c` stands between the two or right before the act.
 */
function passiveSubject(view: SentenceView, t: PhraseHit, agents: AgentPhrase[], c: ActorCandidate): boolean {
  const phrase = agents.find((p) => p.start >= t.end && p.start - t.end <= PASSIVE_REACH)?.start;
  if (phrase === undefined || view.triggers.some((o) => o.start >= t.end && o.start < phrase)) return false;
  if (c.at >= t.end) return c.at < phrase;
  return c.at < t.start && t.start - tokenAt(view, c.ref.spans[0][1]) <= SUBJECT_GAP;
}

/**
 * Whether a count opens within reach after the act ending at token `from` and counts the side at `at`, no
 * agent phrase of `agents` before it.
 */
function countedAfter(view: SentenceView, from: number, at: number, agents: AgentPhrase[]): boolean {
  for (const q of view.quantities) {
    const first = tokenAt(view, q.span[0]);
    const next = tokenAt(view, q.span[1]);
    if (first < from || first - from > COUNT_REACH || next > at || at - next > COUNTED_REACH) continue;
    // A phrase naming the doer before the count, or another act told before the side: the count is another's.
    if (agents.some((p) => p.start >= from && p.end <= first)) continue;
    if (view.triggers.some((t) => t.start >= from && t.start < at)) continue;
    const counted = view.tokens.slice(next, at);
    if (counted.every((t) => t.norm === 'من' || !ARABIC_PREPOSITION.test(t.norm))) return true;
  }
  return false;
}
