/** Sides a target cue ("على", "ضد", "against", "استهدفت") introduces as the ones struck. */
import { CUE_REACH, type ActorCandidate } from './actor-finder.js';
import type { Frame } from './frame-builder.js';
import type { PhraseHit } from './phrase-matcher.js';
import { agentBetween, tokenAt, wordsBetween } from './sentence-view.js';

/** Target cues that are Arabic verbs ("استهدفت", "طالت"): the side right after one is its subject. */
const TARGET_VERB = /^(?:استهدف|طال)/;
/** A subject's head word that may stand before its side ("استهدفت طائرات التحالف", "عناصر داعش"). */
const SUBJECT_HEAD = /^(?:عناصر|مقاتلو|مسلحو|قوات|طايرات|طايره|مقاتلات|مروحيات|طيران|مدفعيه)$/;

/**
 * The side is the subject right after a verb of targeting, past its head word; not when an act noun stands
 * right before the verb ("غارة استهدفت عناصر داعش", "حملات استهدفت"): the act is its subject, the side its
 * object.
 */
function subjectOfTargetVerb(view: Frame['view'], cue: PhraseHit, c: ActorCandidate): boolean {
  if (!TARGET_VERB.test(cue.phrase.words[0])) return false;
  if (view.triggers.some((t) => t.end === cue.start || t.tail?.at(-1)?.[1] === cue.start)) return false;
  return c.at === cue.end || (c.at === cue.end + 1 && SUBJECT_HEAD.test(view.tokens[cue.end].norm));
}

/**
 * Where the object of a target cue begins: past the subject of a verb of targeting ("استهدفت طائرات التحالف
 * الدولي تجمعا لمسلحي داعش": the reach to the struck side counts from the end of the subject), else right
 * after the cue.
 */
function objectFrom(view: Frame['view'], cue: PhraseHit, candidates: ActorCandidate[]): number {
  const subject = candidates.find((c) => c.at >= cue.end && subjectOfTargetVerb(view, cue, c));
  return subject ? tokenAt(view, subject.ref.spans[0][1]) : cue.end;
}

/**
 * Candidates within a few tokens after a target cue ("على", "ضد", "against"). Not the subject right after a
 * verb of targeting ("استهدفت طائرات التحالف مواقع …"), nor a side past another incident word ("ردا على
 * الهجوم، قصفت كتائب القسام …": the cue belongs to that word).
 *
 * @example targetsAfterCue(frame, targetCues, candidates).map((c) => c.ref.name) // ['Houthi Movement']
 */
export function targetsAfterCue(
  frame: Frame,
  cues: PhraseHit[],
  candidates: ActorCandidate[],
): ActorCandidate[] {
  const { triggers, tokens } = frame.view;
  return candidates.filter((c) =>
    cues.some(
      (cue) =>
        c.at >= cue.end &&
        c.at - objectFrom(frame.view, cue, candidates) <= CUE_REACH &&
        !subjectOfTargetVerb(frame.view, cue, c) &&
        !triggers.some((t) => t.start >= cue.end && t.start < c.at) &&
        // "the convoy was hit by Syrian or Russian warplanes": "by" names who struck, not what was hit.
        !agentBetween(frame.view, cue.end, c.at) &&
        !tokens.slice(cue.end, c.at).some((t) => SUBORDINATOR.test(t.norm)),
    ),
  );
}

/**
 * "shelling of Idlib on Friday after rebels launched an offensive": a word that opens a clause of time
 * or cause; the side after it is that clause's subject, not the target of the cue before it.
 */
const SUBORDINATOR = /^(?:after|as|when|while|before|since|because|until|بعد|عقب|اثر|حين|عندما|بينما|لان)$/;

/**
 * "chanting slogans against the security forces", «هتافات ضد الحكومة»: words shouted or written against a
 * side, right before the cue.
 */
const SPOKEN = /^(?:slogans|chants|[وب]?(?:شعارات|الشعارات|هتافات|الهتافات))$/;

/**
 * Sides named only as what slogans are against: no party to the act, neither its perpetrator nor its target.
 *
 * @example spokenAgainst(frame, candidates)[0]?.ref.name // 'Police Forces of India'
 */
export function spokenAgainst(frame: Frame, candidates: ActorCandidate[]): ActorCandidate[] {
  const { cues, tokens } = frame.view;
  const spoken = cues.filter(
    (q) => q.phrase.tag === 'target' && SPOKEN.test(tokens[q.start - 1]?.norm ?? ''),
  );
  return candidates.filter((c) => spoken.some((q) => c.at >= q.end && c.at - q.end <= CUE_REACH));
}

/** «العمليات», «حملة», "operations", "campaign": a struggle waged against a side, not one act. */
const CAMPAIGN_NOUN =
  /^(?:[وفب]?(?:ال)?(?:عمليات|حمله|حملات|حرب|الحرب)|operations?|campaigns?|war|offensive|crackdown)$/;

/**
 * «العمليات العسكرية ضد التنظيم متواصلة، وقصفت المدفعية …», "the campaign against the rebels": a target cue
 * right after a campaign noun (maybe past one adjective). The side it names is struck by the campaign, never
 * the subject of an act told in it.
 *
 * @example afterCampaign(view, againstCue) // true for «العمليات العسكرية ضد»
 */
export function afterCampaign(view: Frame['view'], cue: PhraseHit): boolean {
  const before = wordsBetween(view, Math.max(0, cue.start - 2), cue.start);
  return before.some((w) => CAMPAIGN_NOUN.test(w));
}
