/** Where a cue or a day stands from a trigger: in the same clause, within a few tokens. */
import type { Token } from '../../core/records.js';
import { anyUnit } from '../../core/text/unit-class.js';
import type { PhraseHit } from './phrase-matcher.js';
import { marksBetween, type SentenceView } from './sentence-view.js';

/** What ends a clause: a cue, a weapon or a killing beyond it belongs to another act. */
export const CLAUSE_BREAK = /[.;:!?؟؛]|،\s*(?:و|ثم|لكن)|,\s*(?:but|while|and)\b/;

/** A comma, English or Arabic. */
const COMMA = /[,،]/;
/** Words that open a clause of their own after a comma: "and", "but", «ثم», «لكن», «فيما» (folded). */
const CONJUNCTIONS = new Set(['and', 'but', 'while', 'ثم', 'لكن', 'فيما']);
/** The Arabic conjunctions that cling to the next word: «وقتل», «فهاجم». */
const CLINGING_CONJUNCTION = /^[وف]/;

/**
 * Whether a token from `from` (0 when below) up to `to` (not included) is one of `words`: rules that walk
 * back to such a word, asking at each token whether a mark stops them, ask this first (most sentences hold none).
 *
 * @example holdsWordIn(view, 0, 3, new Set(['plan'])) // true for "the plan was to attack"
 */
export function holdsWordIn(
  view: SentenceView,
  from: number,
  to: number,
  words: ReadonlySet<string>,
): boolean {
  const tokens = view.tokens;
  for (let k = Math.max(0, from); k < to; k++) if (words.has(tokens[k].norm)) return true;
  return false;
}

/**
 * Whether a clause ends between token `k` and the next: a mark of `CLAUSE_BREAK` stands between them, or a
 * comma does and the next word opens with a conjunction («قال إنه سيزور المدينة، وقتل مسلحون …», "the plan
 * was set, and gunmen attacked"). The gap alone never shows the conjunction: the Arabic «و» and «ف» are
 * part of the next word, and the English one is a word of its own. A word the language stage reads with a
 * «و» or «ف» of its own («وزير», «فجر») opens no clause.
 *
 * @example clauseEndsAfter(view, text, 2) // true at «المدينة» in «سيزور المدينة، وقتل مسلحون»
 */
export function clauseEndsAfter(view: SentenceView, text: string, k: number): boolean {
  if (marksBetween(view, text, k, CLAUSE_BREAK)) return true;
  return marksBetween(view, text, k, COMMA) && opensWithConjunction(view.tokens[k + 1]);
}

/**
 * Whether a clause ends anywhere between token `from` and token `to`: «لم يصل الجيش إلى البلدة، وهاجم
 * مسلحون» — the conjunction of the last gap is the first letter of token `to` itself.
 */
function clauseEndsBefore(view: SentenceView, text: string, from: number, to: number): boolean {
  return (
    CLAUSE_BREAK.test(text.slice(view.tokens[from].span[1], view.tokens[to].span[0])) ||
    (marksBetween(view, text, to - 1, COMMA) && opensWithConjunction(view.tokens[to]))
  );
}

/** Whether a word is a conjunction, or opens with one the language stage reads as a proclitic. */
function opensWithConjunction(token: Token): boolean {
  if (CONJUNCTIONS.has(token.norm)) return true;
  return token.stemSpan[0] > token.span[0] && CLINGING_CONJUNCTION.test(token.norm);
}

/** The cue of a kind that governs a trigger: before it, close, in the same clause. */
export function governing(
  view: SentenceView,
  text: string,
  trigger: PhraseHit,
  cue: string,
  reach: number,
  floor = 0,
): PhraseHit | undefined {
  return view.cues.find(
    (c) =>
      c.phrase.tag === cue &&
      c.end <= trigger.start &&
      c.start >= floor &&
      trigger.start - c.end <= reach &&
      !clauseEndsBefore(view, text, c.end - 1, trigger.start) &&
      !inClosedAside(view, text, c, trigger),
  );
}

/**
 * The words that open a relative aside after a comma: ", who had threatened …,", or after a short noun phrase
 * set beside a name (", a fighter who was planning to surrender,").
 */
const ASIDE_OPENING = /,\s*(?:(?:a|an|the)\s+(?:[\w'-]+\s+){1,3})?(?:who|whom|whose|which)\b[^,]*$/i;

/**
 * A participle set between commas beside a noun, its words within four of the comma: "a sniper, apparently
 * seeking to hit an officer, killed a cook", "the rockets, ready to be launched, were defused".
 */
const PARTICIPLE_ASIDE_OPENING = /,\s*(?:[\w'-]+\s+){0,4}$/;

/**
 * The opening phrase of a sentence that tells what came before or around the act: "Following rumours of a
 * planned raid, police searched …", "Amid threats to burn the market, gunmen shot …".
 */
const FRONTED_CIRCUMSTANCE = /^[\s"“]*(?:following|after|amid|amidst|despite|before)\b[^,]*$/i;

/**
 * "A trader, who had received threats, was shot dead", "A trader, a man who had received threats, was shot
 * dead", "A sniper, apparently seeking to hit an officer, killed a cook", "After threats to bomb the depot, a
 * bomb exploded there": words (a cue, or an act a cue makes unreal) inside an aside or a fronted circumstance
 * that a comma closes before the trigger tell of the person the aside describes or of what came before, not
 * of the main clause's act.
 */
export function inClosedAside(
  view: SentenceView,
  text: string,
  inside: PhraseHit,
  trigger: PhraseHit,
): boolean {
  // The closing comma first: most words have none before the trigger, and the openings are searched for
  // over all of the sentence before the words, by patterns ending in `$` tried at every comma.
  if (!anyUnit(text, view.tokens[inside.end - 1].span[1], view.tokens[trigger.start].span[0], isComma))
    return false;
  const before = text.slice(view.span[0], view.tokens[inside.start].span[0]);
  return (
    ASIDE_OPENING.test(before) || PARTICIPLE_ASIDE_OPENING.test(before) || FRONTED_CIRCUMSTANCE.test(before)
  );
}

/** An English comma («،» is not one). */
const isComma = (unit: number): boolean => unit === 0x2c;

/** Words that may stand before a cue that opens its sentence: a link or a count ("And two days after"). */
const OPENING_WORDS =
  /^[\s"“«]*(?:(?:and|but|just|only|a|an|one|two|three|four|five|six|seven|few|several|\d+|و|ف)\s+)*$/i;

/**
 * "Days after the truce took effect, gunmen killed five soldiers", «على غرار هجوم باريس، قتل مسلحون …»: a cue
 * that opens its sentence and whose words a comma closes before the trigger frames only those words; the
 * main clause after the comma tells the news.
 */
export function frontedAndClosed(
  view: SentenceView,
  text: string,
  cue: PhraseHit,
  trigger: PhraseHit,
): boolean {
  const cueStart = view.tokens[cue.start].span[0];
  if (!OPENING_WORDS.test(text.slice(view.tokens[0].span[0], cueStart))) return false;
  return /[,،]/.test(text.slice(view.tokens[cue.end - 1].span[1], view.tokens[trigger.start].span[0]));
}

/** The cue of a kind that stands just after a trigger, in the same clause. */
export function followed(
  view: SentenceView,
  text: string,
  trigger: PhraseHit,
  cue: string,
  reach: number,
): boolean {
  return view.cues.some(
    (c) =>
      c.phrase.tag === cue &&
      c.start >= trigger.end &&
      c.start - trigger.end <= reach &&
      !CLAUSE_BREAK.test(text.slice(view.tokens[trigger.end - 1].span[1], view.tokens[c.start].span[0])),
  );
}

/** How far after a referenced incident its own day may stand ("the attack near Damascus on August 21"). */
const OWN_DAY_REACH = 8;

/**
 * "in response to an alleged chemical attack near Damascus on August 21": an incident the text dates to a
 * day is told as something that happened, whatever the clause uses it for — kept, and dated.
 */
export function datedInClause(view: SentenceView, text: string, trigger: PhraseHit): boolean {
  const after = view.tokens[trigger.end - 1].span[1];
  const limit = view.tokens[Math.min(trigger.end - 1 + OWN_DAY_REACH, view.tokens.length - 1)].span[1];
  return view.times.some(
    (t) =>
      t.precision === 'day' &&
      t.span[0] >= after &&
      t.span[0] <= limit &&
      !CLAUSE_BREAK.test(text.slice(after, t.span[0])),
  );
}
