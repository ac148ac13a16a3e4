/**
 * Sides implied when the text names none: a protest's protesters, an arrest's police, the people an attack
 * harmed.
 */
import { civiliansAt } from '../../core/civilians.js';
import { countryPhrase } from '../../core/country-names.js';
import type { Quantity } from '../../core/records.js';
import type { ActorCandidate } from './actor-finder.js';
import { inFrame, type Frame } from './frame-builder.js';
import { MARTYR } from './force-nationality.js';
import { ARMED_DEAD } from './armed-nouns.js';
import { hitSpan, tokenAt } from './sentence-view.js';
import { wordSet } from '../../core/text/word-set.js';

/**
 * A side the trigger itself names, by the country it happened in: a protest implies protesters, an arrest
 * the police. `prefix` ending in "of" takes the country after it, any other in brackets.
 *
 * @example impliedSide(frame, 'Police Forces of', { code: 'IQ', name: 'Iraq' })?.ref.name // 'Police Forces of Iraq'
 */
export function impliedSide(
  frame: Frame,
  prefix: string,
  country: { code: string; name: string } | null,
): ActorCandidate | null {
  if (!country) return null;
  // "Police Forces of the United Kingdom", as the side finder and the knowledge base name that force.
  const name = prefix.endsWith('of')
    ? `${prefix} ${countryPhrase(country.name)}`
    : `${prefix} (${country.name})`;
  const span = hitSpan(frame.view, frame.triggers[0]);
  return {
    ref: { name, entity_id: null, spans: [span] },
    side: 'forces',
    at: frame.triggers[0].start,
    country: country.code,
    site: false,
  };
}

/** Families of acts whose harmed the clause may leave unnamed: an arrest or a protest harms no one by itself. */
const HARMING = new Set<Frame['family']>(['violence', 'riot']);
/** "air strikes on the stronghold", «غارات على مواقع»: a military objective struck, whose dead were fighters. */
// Sets of whole words (the Arabic with each proclitic it may carry), not an anchored alternation: every token
// of the frame is asked, and a set answers with one hash where the pattern ran the regex machine.
const MILITARY_OBJECTIVE: ReadonlySet<string> = new Set([
  ...wordSet('stronghold strongholds position positions base bases camp camps checkpoint checkpoints'),
  ...wordSet('مواقع موقع معسكر معسكرات معقل معاقل تحصينات ثكنه', 'و ف ب ل ال وال فال بال لال'),
]);

/**
 * Whether those the act harmed, when no side is named as its target, are civilians: not in a clash, whose
 * dead are its fighters, nor in a strike on a military objective, nor in an act that harms no one by itself.
 */
export function mayHarmCivilians(frame: Frame): boolean {
  const { tokens } = frame.view;
  if (!HARMING.has(frame.family) || frame.triggers.some((t) => t.phrase.tag === 'Armed clash')) return false;
  return !tokens.slice(frame.from, frame.to).some((t) => MILITARY_OBJECTIVE.has(t.norm));
}

/**
 * Whether the words of count `q` (its number and noun phrase) name its people as known martyrs: «الشهيد
 * مفرح …», «شهداء الإمارات الثلاثة», the honoured dead named as known ones — definite, or in the construct
 * before a definite word (their country, their unit). The Gulf press so names its soldiers fallen on duty;
 * the words mark no victim as civilian. A bare count of martyrs («ألفي شهيد») is left to the act, as are
 * English "martyrs".
 */
function countsKnownMartyrs(frame: Frame, q: Quantity): boolean {
  const from = Math.min(q.span[0], q.nounSpan?.[0] ?? q.span[0]);
  const to = Math.max(q.span[1], q.nounSpan?.[1] ?? q.span[1]);
  const { tokens } = frame.view;
  for (let k = tokenAt(frame.view, from); k < tokenAt(frame.view, to); k++) {
    const m = MARTYR.exec(tokens[k].norm);
    if (m && (m[1] || /^[وفبل]?ال/.test(tokens[k + 1]?.norm ?? ''))) return true;
  }
  return false;
}

/** «في صفوف», «من», «بين», "among", "of": the words that open the group a count is some of. */
const SOME_OF = wordSet('صفوف من بين among of');
/** Fighters and soldiers a count may be some of («جرحى في صفوف المقاتلين», "three of the soldiers"). */
const COMBATANTS = new Set([...ARMED_DEAD, ...wordSet('soldiers troops الجنود العسكريين')]);
/** Tokens after a count within which the group it is some of opens («على الاقل في صفوف»). */
const SOME_OF_REACH = 4;

/**
 * Whether count `q` is of some of the fighters («أربعة جرحى على الأقل في صفوف المقاتلين», "two of the
 * soldiers"): people counted so are combatants, though the count's own noun named no side.
 */
function countsCombatants(frame: Frame, q: Quantity): boolean {
  const { tokens } = frame.view;
  const from = tokenAt(frame.view, Math.max(q.span[1], q.nounSpan?.[1] ?? q.span[1]));
  const end = Math.min(frame.view.tokens.length - 1, from + SOME_OF_REACH);
  for (let k = from; k < end; k++) {
    if (!SOME_OF.has(tokens[k].norm)) continue;
    const group = tokens[k + 1].norm === 'the' ? tokens[k + 2] : tokens[k + 1];
    return COMBATANTS.has(group?.norm ?? '');
  }
  return false;
}

/**
 * "قتل 30 شخصا في تفجير انتحاري", "an air strike killed 27 people": people counted among the harmed of an
 * act that names no side as its target are civilians (see `mayHarmCivilians`); known martyrs are not
 * (see `countsKnownMartyrs`), nor some of the fighters (see `countsCombatants`).
 *
 * @example harmedPeople(frame)?.ref.name // 'Civilians' for "a car bomb killed nine people"
 */
export function harmedPeople(frame: Frame): ActorCandidate | null {
  if (!mayHarmCivilians(frame)) return null;
  const counted = frame.view.quantities.find(
    (q) => q.noun === 'people' && (q.role === 'killed' || q.role === 'injured') && inFrame(frame, q.span),
  );
  if (!counted || countsKnownMartyrs(frame, counted) || countsCombatants(frame, counted)) return null;
  const span = counted.nounSpan ?? counted.span;
  return {
    ref: civiliansAt([span], 'people harmed'),
    side: 'civilian',
    at: tokenAt(frame.view, span[0]),
    country: null,
    site: false,
  };
}
