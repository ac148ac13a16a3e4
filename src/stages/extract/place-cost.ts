/**
 * How unlikely a place is to be the incident's: its distance from the trigger, and the words around its name
 * ("in", "the town of", "south of", a wire's dateline) that mark it as the scene, a landmark or elsewhere.
 * place-finder ranks a frame's places by it.
 */
import { perText } from '../../core/per-text.js';
import type { Mention } from '../../core/records.js';
import { attackersPost, bordersOn, namesOrigin, namesSpeechPlace } from '../../core/place-stance.js';
import { sameTheatre } from '../../core/shared-theatres.js';
import type { Frame } from './frame-builder.js';
import { nationalityVouches } from './national-towns.js';
import { ASIDE_COST, namedAside, namesLaunchSite } from './place-asides.js';
import type { PhraseHit } from './phrase-matcher.js';
import { REFERENCE } from './reference-places.js';
import { tokenAt } from './sentence-view.js';

/** The cost of a place that cannot be the incident's: a landmark, a speaker's seat, a foreign word unmarked. */
export const FOREIGN_UNMARKED = 1e6;
/**
 * Whether a place is named aside (see `namedAside`), read once per mention: each frame of a sentence weighs
 * the sentence's places again.
 *
 * @example asideOf(diyala, 'gunmen shot Diyala governor Ali', 0) // true
 */
export const asideOf = perText(namedAside);
/** "Moscow AFP", "بيروت (رويترز)": where the wire filed the story, not where the incident happened. */
const DATELINE =
  /^\s*[-–(]?\s*(?:AFP|Reuters|AP|UPI|dpa|Xinhua|SANA|IRNA|KUNA|أ\s?ف\s?ب|رويترز|واس|د\s?ب\s?أ|سانا)\b/;
/** A place name that carries its own locative: "بغزة", "وفي", "مدينة تعز", "the town of X". */
const LOCATIVE_HEAD = /^(?:مدينة|بلدة|قرية|محافظة|منطقة|ناحية|مديرية|قضاء|town|city|village|province)/i;
/**
 * Words that put a place name after them: "in", "near", "town of", "في", "قرب", "مدينة", "شمال" … and
 * "toward", "باتجاه", "an air strike on", «غارة على»: where a shot was aimed, which is where it fell.
 *
 * @example LOCATIVE.test('a raid near the ') === true
 */
export const LOCATIVE =
  /(?:\b(?:in|at|near|outside|of|into|from|towards?)\s+(?:the\s+)?(?:\w+\s+)?|\b(?:strikes?|attacks?|raids?|assaults?|offensive|shelling|bombing|rockets?|missiles?|shells?)\s+on\s+(?:the\s+)?|(?:في|قرب|بالقرب من|داخل|مدينة|بلدة|قرية|محافظة|منطقة|ناحية|حي|قضاء|مديرية|وسط|مخيم|قطاع|باتجاه|نحو|على)\s+|(?:^|\s)[وف]?ب)$/i;

/** How far back a locative may stand before a name: "toward the western Negev". */
const LOCATIVE_WINDOW = 24;

/**
 * A locative word ("in", "toward the western", "في") right before the place's name, not before `from`.
 *
 * @example locativeBefore(townMention('clashes in Adrow', 'Adrow'), 'clashes in Adrow', 0) === true
 */
export function locativeBefore(m: Mention, text: string, from: number): boolean {
  return LOCATIVE.test(text.slice(Math.max(from, m.span[0] - LOCATIVE_WINDOW), m.span[0]));
}

/** A place's cost as the incident's place, asked once per frame. */
export type CostOf = (m: Mention) => number;

/**
 * How unlikely a place is to be the incident's: distance from the trigger in tokens, more when no "in"/"في"
 * /"near" stands before it, when it lies in another country than the article's, and for whole regions.
 *
 * @example cost(adrow, frame, mainTrigger(frame), 'a bomb exploded in Adrow', 'XX') // low: just after "in"
 */
export function cost(
  m: Mention,
  frame: Frame,
  trigger: PhraseHit,
  text: string,
  home: string | null,
): number {
  const view = frame.view;
  const at = tokenAt(view, m.span[0]);
  const distance = at >= trigger.start ? at - trigger.end : (trigger.start - at) * 1.5;
  const before = text.slice(Math.max(view.span[0], m.span[0] - 14), m.span[0]);
  // "south of Tripoli", "شمال دهوك": a landmark to find the place by, not the place.
  // "adjacent to Latakia province", "near the border with Turkey": the scene's neighbour, not the scene.
  if (REFERENCE.test(before) || bordersOn(m, text) || DATELINE.test(text.slice(m.span[1], m.span[1] + 16)))
    return FOREIGN_UNMARKED;
  if (
    namesSpeechPlace(m, text, view.span[0]) ||
    namesOrigin(m, text, view.span[0]) ||
    namesLaunchSite(m, text) ||
    attackersPost(m, text, view.span[0], at < trigger.start)
  )
    return FOREIGN_UNMARKED;
  const locative =
    locativeBefore(m, text, view.span[0]) ||
    LOCATIVE_HEAD.test(text.slice(m.span[0], m.span[1])) ||
    namesTheIncident(m.span, text, view.tokens[trigger.start]?.span[0] ?? -1);
  // "the Zarqa Strip settlement of Tirin": a place of the neighbour one theatre shares is not abroad.
  const foreign =
    home !== null &&
    m.place?.country !== undefined &&
    !sameTheatre(m.place.country ?? '', home) &&
    !nationalityVouches(m, view.mentions, text);
  // A foreign place with no "in" before it is most often a word the gazetteer mistook for a name.
  if (foreign && !locative) return FOREIGN_UNMARKED;
  // "in the town of X", "في بلدة X": the text marks the very locality.
  const marked = TOWN_MARK.test(before) ? TOWN_BONUS : 0;
  return (
    distance +
    (locative ? 0 : 3) +
    (foreign ? 6 : 0) +
    (m.place?.precision === 'region' ? 2 : 0) +
    (asideOf(m, text, view.span[0]) ? ASIDE_COST : 0) -
    marked
  );
}

/** "the Madrid train ": "the", a capitalised name, and up to two lower-case words before the trigger. */
const NAMING_INCIDENT = /^\s+(?:[a-z][\w-]*\s+){0,2}$/;

/**
 * "the Madrid train bombings", "the Bali nightclub attack": a place (at `span`) that names the incident right
 * before its word (at `triggerAt`) says where it was, as "in" would.
 */
function namesTheIncident(span: readonly [number, number], text: string, triggerAt: number): boolean {
  if (triggerAt < span[1] || !/\bthe\s+$/i.test(text.slice(Math.max(0, span[0] - 5), span[0]))) return false;
  return /^\p{Lu}/u.test(text.slice(span[0])) && NAMING_INCIDENT.test(text.slice(span[1], triggerAt));
}

/**
 * "the town of", "في بلدة": words that name the place after them as a town or a village.
 *
 * @example TOWN_MARK.test('in the village of ') === true
 */
export const TOWN_MARK = /(?:\b(?:town|village|settlement) of\s+|(?:^|\s)[وفب]?(?:بلدة|قرية)\s+)$/i;
/** Tokens of distance a place named as a town, a village or a settlement is worth. */
const TOWN_BONUS = 4;

/**
 * "بمدينة أبها", "مدينة تعز", "the town of Hader": the text itself says the name is a town's.
 *
 * @example townNamed(townMention('the city of Hader', 'Hader'), 'the city of Hader') === true
 */
export function townNamed(m: Mention, text: string): boolean {
  const before = text.slice(Math.max(0, m.span[0] - 16), m.span[0]);
  return (
    LOCATIVE_HEAD.test(text.slice(m.span[0], m.span[1])) ||
    /(?:(?:^|\s)[وفب]?(?:مدينة|بلدة|قرية|مديرية|ناحية|قضاء|منطقة|قطاع)\s+|\b(?:town|city|village|district) of\s+)$/i.test(
      before,
    )
  );
}

/**
 * A country named by its adjective ("مقاتلات تركية", "Turkish jets") tells whose side, not where: a
 * nationality, unless a locative stands before it ("في السعودية").
 *
 * @example isNationality(demonymMention, 'Turkish jets struck') === true
 */
export function isNationality(m: Mention, text: string): boolean {
  if (m.via === 'demonym') return true;
  if (m.place?.precision !== 'country' || m.via !== 'alias') return false;
  const surface = text.slice(m.span[0], m.span[1]);
  return /(?:ية|ي)$/.test(surface) && !LOCATIVE.test(text.slice(Math.max(0, m.span[0] - 12), m.span[0]));
}
