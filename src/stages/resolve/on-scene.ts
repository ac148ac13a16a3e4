// Whether a place a mention names is told as the scene: after a locative, not as a point another place is
// measured from, nor off the scene (where troops were heading, attackers are posted, a source was reached).
import { DISTANCE_UNIT } from '../../core/distance-words.js';
import { offScene } from '../../core/place-stance.js';
import type { Document, Mention } from '../../core/records.js';
import type { Span } from '../../core/span.js';
import { sentenceSpanAt } from './sentence-at.js';

/**
 * "20 km south of Aleppo", "from Gaza toward …", "between X and Y": a town the place is measured from. Not "in
 * the far north of Ruritania", "across the south of": a part of the place, which is the scene's.
 */
const RELATIVE =
  /\b(?<!\b(?:in|across|throughout)\s+the\s+(?:(?:far|extreme)\s+)?)(?:(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+of|from|between|toward|towards|and)\s+(?:the\s+)?$/i;

/**
 * "in Latifiyah", "at the city of Najaf", "in the eastern Ostmark capital of Rampur", "near the hill community
 * of Tirin", "in Ostmark's capital, Rampur", "in the main square of Rampur", "at the entrance to Rampur", "in
 * Ostmark province's Rampur district" (not "Ostmark's", which may be its namesake seat's quarter), «في تعز»,
 * «بالعاصمة»: a town told as where something is, after a locative — not a name ("the Minsk accords"), a
 * government ("brokered by Moscow") or a time ("after the fall of Aden"); nor the hospital the wounded were taken
 * to ("a hospital in Jenin").
 */
const LOCATIVE_BEFORE =
  /(?:\b(?:in|at|near|outside|inside)\s+(?:the\s+)?(?:(?:[a-z]+\s+)?(?:cent(?:re|er)|heart|square|entrance|edge|gates?|outskirts)\s+(?:of|to)\s+(?:the\s+)?)?(?:(?:[a-z-]+\s+){0,2}(?:city|town|village|capital|community|settlement)\s+of\s+|[A-Z][\w-]*\s+province['’]s\s+|[A-Z][\w-]*['’]s\s+(?:[a-z]+\s+)?(?:capital|city|town),?\s+)?|(?:^|\s)(?:في|قرب|داخل)\s+(?:(?:مدينة|بلدة|قرية)\s+)?)$/i;
const HOSPITAL_BEFORE = /(?:\bhospital|مستشفى)(?:\s+\S+){0,2}\s*$/i;
/** «بتعز»: the locative joined to the name itself. */
const JOINED_LOCATIVE = /^ب/;

/**
 * Whether the place at `span` is told as where something is, after a locative (see `LOCATIVE_BEFORE`), or with
 * «ب» joined to it («بالعاصمة»).
 *
 * @example toldAfterLocative('Shots were fired in Latifiyah.', [20, 29]) // true
 */
export function toldAfterLocative(text: string, span: Span): boolean {
  const before = text.slice(Math.max(0, span[0] - 40), span[0]);
  const locative = LOCATIVE_BEFORE.exec(before);
  if (locative) return !HOSPITAL_BEFORE.test(before.slice(0, locative.index));
  return JOINED_LOCATIVE.test(text.slice(span[0], span[1]));
}

/**
 * «على بعد 50 كلم جنوب كابل», «100 كم شمال العاصمة بغداد»: a distance and a bearing put the scene out of the
 * town. A bearing alone may name a part of it («جنوب بغداد», southern Baghdad), so it takes the distance.
 */
const DISTANCE_BEARING_AR = new RegExp(
  String.raw`\d+\s*(?:${DISTANCE_UNIT})\s+(?:الى\s+|إلى\s+)?[وف]?(?:ال)?(?:شمال|جنوب|شرق|غرب)\S*(?:\s+(?:شرق|غرب)\S*)?\s+(?:\S+\s+)?$`,
  'i',
);

/** "south of Aleppo", "between X and Y", «على بعد 50 كلم جنوب كابل»: a point another is measured from. */
function measuredFrom(text: string, span: Span): boolean {
  return (
    RELATIVE.test(text.slice(Math.max(0, span[0] - 24), span[0])) ||
    DISTANCE_BEARING_AR.test(text.slice(Math.max(0, span[0] - 48), span[0]))
  );
}

/**
 * A place the incident may be at: neither a point another is measured from nor off the scene.
 *
 * @example onScene(doc, mentionOf('Aleppo')) // false in "20 km south of Aleppo"
 */
export function onScene(doc: Document, m: Mention): boolean {
  const text = doc.text ?? '';
  return !measuredFrom(text, m.span) && !offScene(m, text, sentenceStart(doc, m));
}

/** Where the sentence holding a mention starts: how far back the words about it may be looked for. */
export const sentenceStart = (doc: Document, m: Mention): number => sentenceSpanAt(doc, m.span[0])?.[0] ?? 0;
