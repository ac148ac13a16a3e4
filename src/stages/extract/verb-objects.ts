/** Sides a verb of striking takes as its object (English, or Arabic after its own subject): struck, not striking. */
import type { ActorCandidate } from './actor-finder.js';
import { ARABIC_DEFINITE, ARABIC_PREPOSITION, NOMINATIVE_PLURAL } from './arabic-particles.js';
import type { Frame } from './frame-builder.js';
import { ARMED_NOUNS } from './armed-nouns.js';
import { PAST_PASSIVE_AUXILIARY } from './passive-auxiliaries.js';
import { agentBetween, type SentenceView } from './sentence-view.js';

/**
 * English verbs whose object is the side struck ("the army destroyed three hideouts of the rebels",
 * "militants attacking a police unit", "gunmen assassinated police Colonel X").
 */
const STRIKING_VERB =
  /^(?:destroyed|eliminated|killed|targeted|attacked|shelled|bombed|struck|hit|ambushed|pounded|routed|repelled|wounded|neutralized|neutralised|attacking|targeting|shelling|ambushing|pounding|assassinated|murdered|executed|beheaded|stabbed|shot|gunned|kidnapped|abducted)$/;
/** Adverbs between a subject and its verb ("insurgents later ambushed"). */
const ADVERB = /^(?:also|then|later|reportedly|allegedly|again|first)$/;
/** Tokens from a verb of striking to the side it struck ("destroyed three hideouts of the rebels"). */
const OBJECT_REACH = 5;

/**
 * Sides struck by an English verb whose subject is another side named before it, or armed men of no side
 * named right before it: "an army battalion destroyed three hideouts of the rebels, wounding
 * some" — the hideouts' owners were hit; "insurgents ambushed troops" — the troops were.
 *
 * @example verbObjects(frame, perpetrators)[0]?.ref.name // 'Islamic State'
 */
export function verbObjects(frame: Frame, perpetrators: ActorCandidate[]): ActorCandidate[] {
  const view = frame.view;
  const word = (i: number) => view.tokens[i]?.norm ?? '';
  return perpetrators.filter((c) => {
    for (let verb = Math.max(frame.from, c.at - OBJECT_REACH); verb < c.at; verb++) {
      if (!STRIKING_VERB.test(word(verb)) || PAST_PASSIVE_AUXILIARY.has(word(verb - 1))) continue;
      const byAgent = agentBetween(view, verb + 1, c.at);
      if (byAgent) continue;
      if (perpetrators.some((p) => p !== c && p.at < verb && p.ref.name !== c.ref.name)) return true;
      if (armedSubject(view, verb)) return true;
    }
    return false;
  });
}

/** "our men", "their units": a speaker's or a side's own fighters, named by a pronoun of possession. */
const OWN_PRONOUN = /^(?:our|their|his)$/;
const OWN_FIGHTERS = /^(?:men|forces|troops|units|combatants|comrades)$/;

/**
 * "gunmen attacked", "insurgents later ambushed", "our men ambushed": armed men of no named side are the
 * subject of the verb at `verb`.
 */
function armedSubject(view: SentenceView, verb: number): boolean {
  let at = verb - 1;
  while (at > 0 && ADVERB.test(view.tokens[at].norm)) at--;
  if (at < 0) return false;
  const word = view.tokens[at].norm;
  return (
    ARMED_NOUNS.has(word) || (OWN_FIGHTERS.test(word) && OWN_PRONOUN.test(view.tokens[at - 1]?.norm ?? ''))
  );
}

/** «أن», «إن» (folded, maybe after «و», «ف», «ل», «ب»): a clause after them may open with its subject. */
const THAT = /^[وف]?[لب]?ان$/;
/**
 * The noun such a clause opens with, its subject: indefinite in the accusative («فلسطينيا», «مسلحا») or
 * definite, its case unseen («الجيش»).
 */
const OPENING_NOUN = /^(?:[\u0600-\u06ff]{3,}ا|ال[\u0600-\u06ff]{2,})$/;
/** Tokens from the verb to the side it struck («هاجم الجنديين», «هاجم دورية للجيش»). */
const ARABIC_OBJECT_REACH = 3;
/** Words that, besides a preposition, make the side after them no object of the verb: they open another clause. */
const CLAUSE_LINK = /^(?:و|ثم|كما|فيما)$/;

/**
 * «وقال الجيش إن فلسطينيا هاجم الجنديين بسيارته», «قال مسؤول إن الجيش هاجم المتمردين»: after «أن»/«إن», an
 * Arabic verb preceded by its own subject (one noun: of no side, or a side only implied, as the army of the
 * country told) takes the side right after it as its object — the side struck, not striking. `verb` is the
 * frame's main trigger.
 */
export function objectsAfterOpenedSubject(
  frame: Frame,
  verb: { start: number; end: number },
  perpetrators: ActorCandidate[],
): ActorCandidate[] {
  const word = (i: number) => frame.view.tokens[i]?.norm ?? '';
  if (!THAT.test(word(verb.start - 2)) || !OPENING_NOUN.test(word(verb.start - 1))) return [];
  if (ARABIC_DEFINITE.test(word(verb.start))) return [];
  // A side the text names there is the subject the word-order rules already read (violence-roles' adjacent).
  if (perpetrators.some((c) => c.at === verb.start - 1 && c.ref.entity_id !== null)) return [];
  return sidesStruckFrom(frame, verb.end, perpetrators);
}

/**
 * «هاجم مسلحون الجنود», «هاجم المسلحون المجهولون حاجزا للشرطة»: an Arabic verb whose subject right after it is
 * men of no side the text names, in the nominative plural, takes the side after them as its object.
 */
export function objectsAfterNamelessSubject(
  frame: Frame,
  verb: { start: number; end: number },
  perpetrators: ActorCandidate[],
): ActorCandidate[] {
  const tokens = frame.view.tokens;
  let after = verb.end;
  while (after < tokens.length && NOMINATIVE_PLURAL.test(tokens[after].norm)) after++;
  if (after === verb.end || perpetrators.some((c) => c.at >= verb.end && c.at < after)) return [];
  return sidesStruckFrom(frame, after, perpetrators);
}

/** The sides within reach from token `from` on, no preposition nor clause link before them: a verb's object. */
function sidesStruckFrom(frame: Frame, from: number, perpetrators: ActorCandidate[]): ActorCandidate[] {
  return perpetrators.filter(
    (c) =>
      c.at >= from &&
      c.at - from < ARABIC_OBJECT_REACH &&
      !frame.view.tokens
        .slice(from, c.at)
        .some((t) => ARABIC_PREPOSITION.test(t.norm) || CLAUSE_LINK.test(t.norm)),
  );
}
