/**
 * The sides a frame's sentence offers for its roles, before any role is given: the knowledge base's actors,
 * the forces of a state its nationality or name stands for, the owner a possessive points back to ("its
 * jets"), and the common nouns of people (civilians, police, protesters) named for the incident's country.
 */
import { forcesId } from '../../core/forces-id.js';
import { CIVILIANS } from '../../core/civilians.js';
import { countryPhrase } from '../../core/country-names.js';
import { actorRef } from '../../core/record-refs.js';
import type { ActorRef, Mention } from '../../core/records.js';
import type { Span } from '../../core/span.js';
import type { Frame } from './frame-builder.js';
import { reframed } from './frame-window.js';
import {
  actsAsState,
  demonymNear,
  fallenOf,
  isNationality,
  loyalForcesAt,
  nearCue,
  nextToForceCue,
  withForceNoun,
} from './force-nationality.js';
import { foreignStrikes, loyalForces, pairedNationality, stateForces } from './state-force-sides.js';
import { hitSpan, tokenAt, type SentenceView } from './sentence-view.js';
import { namesNoSide } from './noun-senses.js';
import { ridersCivilianVehicle } from './ridden-vehicle.js';
import { isAddress, ownedSites } from './site-owners.js';
import { forcesThere, LOCAL_SIDES, RENAMED_SIDES } from './local-sides.js';
import { wornOrPassedFor } from './uniform-disguise.js';
import { sortSmall } from '../../core/small-sort.js';
import { namesWeaponMake } from './weapon-make.js';
import { ownedForcesEnd } from './leader-owned-forces.js';

/** Tokens between a cue ("by", "نفذه", "على", "against") and the side it introduces. */
export const CUE_REACH = 3;

/** Which side of an incident a candidate can be on. */
export type ActorSide = 'civilian' | 'forces' | 'group' | 'protesters' | 'rioters';

export interface ActorCandidate {
  ref: ActorRef;
  side: ActorSide;
  /** Token index of its first word in the sentence. */
  at: number;
  country: string | null;
  /**
   * A post, station or patrol the force is named by ("a police station"): a target, never the perpetrator.
   * Always written, false or true: one hidden class for every candidate keeps their readers monomorphic.
   */
  site: boolean;
}

/**
 * `c` named by `ref` instead, at another token, in another country or on another side if given: a literal in
 * the candidate's fields' order, not a spread, whose copy would take a hidden class V8 holds only weakly (every
 * rule of the roles reads candidates).
 *
 * @example renamed(c, actorRef('Rioters', null, c.ref.spans), c.at, c.country, 'rioters').side // 'rioters'
 */
export function renamed(
  c: ActorCandidate,
  ref: ActorRef,
  at = c.at,
  country = c.country,
  side = c.side,
): ActorCandidate {
  return { ref, side, at, country, site: c.site };
}

/** An armed side that can strike, arrest or fight: a group or a state's forces not named by a post they hold. */
export const armedSide = (c: ActorCandidate): boolean =>
  (c.side === 'forces' || c.side === 'group') && !c.site;

/**
 * A party to a truce or a handover: any group, even one named by its positions ("Houthi positions were handed
 * over"), or a state's forces not named by a post.
 */
export const partySide = (c: ActorCandidate): boolean => c.side === 'group' || armedSide(c);

const GROUP_KINDS = new Set(['armed-group', 'party', 'group']);
/**
 * "the police", «قوات الأمن», "جنديين" in a text that names no country nor place (`stateless`): still a
 * state's forces, named without their state ("Police Forces"), where a kind of side only a country tells
 * ("Opposition Rebels") is dropped. Where the text places anything, the forces' state is known to the
 * article if not to the sentence: a name without it would stand in for the state's own, so they are left out.
 */
const STATELESS_FORCES = /^((?:Police|Military) Forces) of \{country\}$/;

/** "Gunmen", "armed men": the knowledge base's catch-all entity names no side (ACLED leaves actor1 empty). */
export const UNNAMED = /^Unidentified\b/;

/**
 * The actors a frame's sentence offers: knowledge-base actors, nationalities that name a state's forces,
 * and common nouns (civilians, police, soldiers, protesters, mobs) named for the incident's country.
 *
 * @example actorCandidates(frame, 'Yemen').map((c) => c.ref.name) // ['Houthi Movement', 'Civilians']
 */
export function actorCandidates(
  frame: Frame,
  country: { code: string; name: string } | null,
  stateless = false,
): ActorCandidate[] {
  const view = frame.view;
  // "Rebels used Russian rockets in the attack on the town": a weapon's make tells no side's nationality.
  if (country && toldOnlyAsMake(view, country.code)) country = null;
  const out: ActorCandidate[] = [];
  for (const m of view.mentions) {
    const at = tokenAt(view, m.span[0]);
    if (at < frame.from || at >= frame.to || withinRanks(view, at) || wornOrPassedFor(view, at, m.span[1]))
      continue;
    const loyal = loyalForcesAt(view, m, at);
    const owned = loyal >= frame.from ? -1 : ownedForcesEnd(view, m);
    if (m.kind === 'state-forces') out.push(fromMention(m, 'forces', at));
    else if (loyal >= frame.from) out.push(loyalForces(view, m, loyal));
    else if (owned > at && owned < frame.to) out.push(loyalForces(view, m, at, view.tokens[owned].span[1]));
    else if (GROUP_KINDS.has(m.kind)) {
      if (!UNNAMED.test(m.name) && !ridersCivilianVehicle(view, m.span))
        out.push(generic(view, m, at, country) ?? fromMention(m, 'group', at));
    } else if (m.kind === 'country') {
      const nationality = isNationality(view, m, at);
      const fallen = nationality ? -1 : fallenOf(view, at);
      if (fallen >= frame.from)
        out.push(stateForces(m, [view.tokens[fallen].span[0], m.span[1]], fallen, false));
      else if (
        nationality
          ? nextToForceCue(view, at) || pairedNationality(view, at)
          : actsAsState(view, at, m.span) || foreignStrikes(view, m, country)
      )
        out.push(stateForces(m, withForceNoun(view, m.span, at), at, nearCue(view, at, 'police')));
    }
  }
  for (let at = frame.from; at < frame.to; at++) {
    const owner = possessiveOwner(frame, at, country);
    if (owner && !overlapsAny(out, owner.ref.spans[0])) out.push(owner);
  }
  for (const hit of view.actorNouns) {
    if (
      hit.start < frame.from ||
      hit.start >= frame.to ||
      withinRanks(view, hit.start) ||
      wornOrPassedFor(view, hit.start, view.tokens[hit.end - 1].span[1]) ||
      isAddress(view, hit) ||
      namesNoSide(view, hit) ||
      vagueOutsideUnrest(frame, hit.start)
    )
      continue;
    // One span a noun, and loops for the overlap tests: a span made per test and a closure per noun were
    // most of what this function allocated besides its candidates.
    const span = hitSpan(view, hit);
    if (ridersCivilianVehicle(view, span) || overlapsAny(out, span)) continue;
    const template = hit.phrase.tag;
    const local = LOCAL_SIDES[template];
    // "المقاومة الفلسطينية": the noun's own adjective; "المقاومة دورية إسرائيلية" names its target.
    const nation =
      demonymNear(view, hit.start, hit.end, local ? 0 : 1) ??
      (country ? forcesThere(template, country.code, view.tokens[hit.end]?.norm ?? '') : undefined);
    const place = nation ?? country;
    if (template.includes('{country}') && !place && !(stateless && STATELESS_FORCES.test(template))) continue;
    const named = place ? (local?.[place.code] ?? RENAMED_SIDES[template]?.[place.code]) : undefined;
    if (local && !named) continue;
    const name =
      named?.name ??
      (place
        ? template.replace('{country}', countryPhrase(place.name))
        : template.replace(STATELESS_FORCES, '$1'));
    // A local side the base files among a state's forces («جيش الجنوب» in South Sudan) is one.
    const side = named?.id.startsWith('actor:forces:') ? 'forces' : sideOf(template);
    // "جنود أميركيين", "Iraqi police": a force its nationality names is that state's force, as named as
    // the knowledge base's own entries for it; civilians are the base's one Civilians.
    const id =
      named?.id ??
      (side === 'civilian' ? CIVILIANS.entity_id : null) ??
      (nation && side === 'forces' ? forcesId(nation.code, template.startsWith('Police')) : null);
    out.push({
      ref: { name, entity_id: id, spans: [span] },
      side,
      at: hit.start,
      country: place?.code ?? null,
      site: hit.phrase.pos === 'site',
    });
  }
  return ownedSites(view, sortSmall(out, byPosition));
}

/**
 * Whether the sentence names the country `code` only as the make of weapons others used ("fired Russian
 * rockets"): the incident's country then comes from the weapon, not from where or by whom it was told.
 */
function toldOnlyAsMake(view: SentenceView, code: string): boolean {
  let made = false;
  for (const m of view.mentions) {
    if ((m.place?.country ?? m.actor?.country) !== code) continue;
    if (!namesWeaponMake(view, view.triggers, tokenAt(view, m.span[0]), tokenAt(view, m.span[1])))
      return false;
    made = true;
  }
  return made;
}

function byPosition(a: ActorCandidate, b: ActorCandidate): number {
  return a.at - b.at;
}

/** Whether a candidate's first span overlaps `span`. */
function overlapsAny(candidates: readonly ActorCandidate[], span: Span): boolean {
  for (const c of candidates) if (overlaps(c.ref.spans[0], span)) return true;
  return false;
}

/** «ضمن صفوف», «ضمن»: "within (the ranks of)" a side its fallen served with, not the side that struck them. */
const WITHIN = /^[وف]?ضمن$/;

/** Words between «ضمن» and the side: «ضمن صفوف قوات التحالف». */
const RANKS = /^(?:صفوف|قوات|القوات)$/;

/** «استشهدوا ضمن صفوف قوات التحالف»: the side at token `at` is the one the fallen served in. */
function withinRanks(view: SentenceView, at: number): boolean {
  let from = at - 1;
  while (from > at - 3 && RANKS.test(view.tokens[from]?.norm ?? '')) from--;
  return WITHIN.test(view.tokens[from]?.norm ?? '');
}

/**
 * A side's fighters, arms or aircraft with a pronoun of possession (folded): "جنوده" (his soldiers),
 * "وقواتها", "عناصرهم", "طائراته", "طائرته". Read from the word itself: a bare ه is often a ta marbuta, so
 * the clitic splitter may leave it on.
 */
const OWNED_FIGHTERS =
  /^[وفل]?(?:جنود|قوات|عناصر|مقاتلي|مسلحي|رجال|وحدات|افراد|طايرات|طايرت|مقاتلات|مروحيات|طيران|مدفعيت|دبابات)(?:ه|ها|هم|هما)$/;

/**
 * Whether `word` ends as OWNED_FIGHTERS's pronouns do (ه, ها, هم, هما). Every word of a clause is asked
 * whether it is one: a look at its last letter spares the pattern on nearly all of them.
 */
function endsAsPronoun(word: string): boolean {
  const last = word.charCodeAt(word.length - 1);
  return last === 0x647 || last === 0x627 || last === 0x645;
}

/**
 * Whether `word` is an English pronoun of possession before a side's fighters or aircraft ("its jets", "their
 * fighters"). Every word of a clause is asked: two comparisons, which fail on a word's length, cost less than
 * a set's hash and probe.
 */
function ownerPronoun(word: string): boolean {
  return word === 'its' || word === 'their';
}
/** English words of a side's fighters or aircraft that a possessive may name ("its warplanes"). */
const FIGHTERS_EN =
  /^(?:troops|soldiers|forces|fighters|gunmen|militants|men|units|jets|warplanes|aircraft|planes|drones|helicopters|artillery)$/;

/**
 * "قال الجيش الأميركي إن جنوده قتلوا", "أعلن الجيش التركي أن طائراته قصفت", "the army said its jets struck":
 * fighters or aircraft with a pronoun of possession belong to the side told before them in the sentence,
 * not to the incident's country. An Arabic owner must be one the knowledge base names; an English
 * possessive points back to the side's own noun ("the military … its jets") as readily.
 */
function possessiveOwner(
  frame: Frame,
  at: number,
  country: { code: string; name: string } | null,
): ActorCandidate | null {
  const token = frame.view.tokens[at];
  const next = frame.view.tokens[at + 1];
  const english = ownerPronoun(token.norm) && next !== undefined && FIGHTERS_EN.test(next.norm);
  if (!english && !(endsAsPronoun(token.norm) && OWNED_FIGHTERS.test(token.norm))) return null;
  const owner = candidatesBefore(frame, at, country).findLast(
    (c) => (english || c.ref.entity_id !== null) && !c.site && (c.side === 'forces' || c.side === 'group'),
  );
  if (!owner) return null;
  const span: Span = english ? [token.span[0], next.span[1]] : token.span;
  return renamed(owner, actorRef(owner.ref.name, owner.ref.entity_id, [span], owner.ref.basis), at);
}

/**
 * The candidates of each sentence's opening words, by end token, the frame's family and country, computed once
 * per sentence. The family is part of the key: "miscreants" are rioters only in a riot, so two frames of one
 * sentence may read the same words differently, and an answer must not hang on which frame asked first.
 */
const PREFIX_CANDIDATES = new WeakMap<Frame['view'], Map<string, ActorCandidate[]>>();

/**
 * The candidates told before token `at` of the sentence. Each possessive asks for the words before it, and
 * those words may hold possessives of their own: remembering each prefix keeps that linear, not exponential.
 */
export function candidatesBefore(
  frame: Frame,
  at: number,
  country: { code: string; name: string } | null,
): readonly ActorCandidate[] {
  let prefixes = PREFIX_CANDIDATES.get(frame.view);
  if (!prefixes) PREFIX_CANDIDATES.set(frame.view, (prefixes = new Map()));
  const key = `${at}|${frame.family}|${country?.code ?? ''}|${country?.name ?? ''}`;
  let found = prefixes.get(key);
  if (!found) prefixes.set(key, (found = actorCandidates(reframed(frame, 0, at), country)));
  return found;
}

/** "miscreants": wrongdoers of any kind — rioters only in a riot or its looting. */
const MISCREANTS = /^miscreants?$/;

/**
 * "a watchman was stabbed to death by some miscreants": outside a riot or its looting the word says only
 * that the perpetrators are unknown, so it names no side (as "gunmen" or "armed men" do).
 */
function vagueOutsideUnrest(frame: Frame, at: number): boolean {
  return MISCREANTS.test(frame.view.tokens[at].norm) && frame.family !== 'riot' && frame.family !== 'looting';
}

/** The knowledge base's names for people on no armed side, and the side each stands for. */
const GENERIC_SIDES: Record<string, ActorSide> = {
  Civilians: 'civilian',
  Protesters: 'protesters',
  Rioters: 'rioters',
};

/** "protesters", "the mob": ACLED names marchers and rioters by the country they act in. */
function generic(
  view: SentenceView,
  m: Mention,
  at: number,
  country: { code: string; name: string } | null,
): ActorCandidate | null {
  const side = GENERIC_SIDES[m.name];
  if (!side) return null;
  const c = fromMention(m, side, at);
  const place = demonymNear(view, at, tokenAt(view, m.span[1])) ?? country;
  if (side === 'civilian' || !place) return c;
  const ref = actorRef(`${m.name} (${countryPhrase(place.name)})`, c.ref.entity_id, c.ref.spans, c.ref.basis);
  return renamed(c, ref, c.at, place.code);
}

function fromMention(m: Mention, side: ActorSide, at: number): ActorCandidate {
  return {
    ref: { name: m.name, entity_id: m.entity_id, spans: [m.span] },
    side,
    at,
    country: m.actor?.country ?? null,
    site: false,
  };
}

function sideOf(template: string): ActorSide {
  if (template.startsWith('Civilians')) return 'civilian';
  if (template.startsWith('Protesters')) return 'protesters';
  if (template.startsWith('Rioters')) return 'rioters';
  return /^(?:Police|Military) Forces/.test(template) ? 'forces' : 'group';
}

function overlaps(a: Span, b: Span): boolean {
  return a[0] < b[1] && b[0] < a[1];
}

/**
 * The sides named anywhere in the frame's sentence: a protest's marchers are often told in the clause
 * beside the one that holds the protest word ("خرجوا في مظاهرات … ورفع المتظاهرون").
 *
 * @example sentenceWide(frame, null).map((c) => c.side) // ['protesters']
 */
export function sentenceWide(frame: Frame, country: { code: string; name: string } | null): ActorCandidate[] {
  return actorCandidates(reframed(frame, 0, frame.view.tokens.length), country);
}
