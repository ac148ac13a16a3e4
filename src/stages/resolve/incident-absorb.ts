/** Folding one telling of an incident into another: the evidence, type, place, actors and counts both give. */
import type { ActorRef, CountRef, EventRecord } from '../../core/records.js';
import { STATE_FORCES } from '../../core/sides-by-name.js';
import { type Span, spansOverlap, uniqueSpans } from '../../core/span.js';
import { placeWith, samePlace } from '../../core/place-ref.js';
import { actorWeight, CLAIMANT } from './actor-weight.js';
import { addCount, type CountMerge, mergeCount } from './incident-facts.js';
import { CHEMICAL, isViolent, LOOTING, riotRunsOn, WEAPONLESS } from './incident-kinds.js';
import { finer, near } from './place-relations.js';
import { type Placed, townOfSeat } from './placed.js';
import { headlineTown, roundedHeadline } from './headline-telling.js';
import { retoldFuller } from './added-victims.js';

const ARRESTS = 'Arrests';
const IED = 'Remote explosive/landmine/IED';

/** Sub-types, least telling first: a merge keeps the more telling one. */
const VAGUE_SUBS = [LOOTING, 'Attack', 'Armed clash', IED];

/** Told by casualty words alone, naming no weapon: its type and sides are guesses from who died. */
export function tollOnly(p: Placed): boolean {
  return p.onlyCasualty === true && WEAPONLESS.has(p.event.sub_event_type?.value ?? '');
}

/** `p` finds its place by the place of `e` ("Jufainah, south-west of Marib"). */
export function findsPlaceBy(p: Placed, e: EventRecord): boolean {
  const id = e.location?.entity_id;
  return id !== undefined && id !== null && (p.landmarks ?? []).includes(id);
}

/**
 * Folds `item` into `into`: evidence, the more telling type, the finer place, the surer actors, and the counts.
 * Each fact is folded by a function of its own: one function of all of them, run on every merge, was the
 * largest TurboFan compiled in a warm-up: 31 KB of machine code in one piece, where the four take 7-9 KB each.
 */
export function absorb(
  into: Placed,
  item: Placed,
  merge: CountMerge = item.moreVictims ? addCount : mergeCount,
): void {
  const a = into.event;
  const b = item.event;
  const headline = headlineTown(into, item);
  const rounded = roundedHeadline(into, item);
  // A toll told alone guesses its sides from who died: the telling that names the weapon names them.
  const guessed = tollOnly(into) && !tollOnly(item) && b.actor1 !== null;
  into.onlyCasualty = into.onlyCasualty === true && item.onlyCasualty === true;
  // The site a later sentence finds by the town told before is where it happened: the town is its landmark.
  const site = item.first > into.first && findsPlaceBy(item, a);
  into.last = Math.max(into.last, item.last);
  // Lists are joined by `concat`, not spread: a spread is an iteration loop in the bytecode, and this function,
  // called only on a merge (so run unoptimised for long, and compiled late, often inside a measured pass),
  // had a TurboFan graph a sixth larger with them (7150 → 5910 nodes after effect linearisation, measured
  // while it was one function, before its type, place and sides went to functions of their own).
  a.evidence = uniqueSpans(a.evidence.concat(b.evidence));
  if (a.sub_event_type && b.sub_event_type) absorbType(into, item);
  // "in Homs" … "in al-Rastan in northern Homs": the town told in the seat's province is finer than the seat.
  const seat = townOfSeat(item, into);
  const ownDay = datesItsOwnDay(into, item);
  absorbPlace(into, item, headline || site || seat || ownDay);
  a.date = a.date && !ownDay && (!b.date || a.date.value.length >= b.date.value.length) ? a.date : b.date;
  if (ownDay) into.reportDay = false;
  // Unrest told on two days ("rioting late on Sunday" … "on Monday") is dated from its start.
  if (
    riotRunsOn(a, b) &&
    b.date &&
    a.date &&
    b.date.value.length === a.date.value.length &&
    b.date.value < a.date.value
  )
    a.date = b.date;
  absorbActors(into, item, guessed);
  a.claimed_by ??= b.claimed_by;
  // The town's own telling gives its count, not the seat's.
  const count: CountMerge = seat ? (x, y) => merge(y, x) : merge;
  // "The captain along with six of his men died": a retelling that holds the first victim
  // and the others with him gives the fuller toll.
  const fuller = retoldFuller(into, item) && (b.fatalities?.value ?? 0) > (a.fatalities?.value ?? 0);
  a.fatalities = rounded || fuller ? b.fatalities : count(a.fatalities, b.fatalities);
  a.injuries = count(a.injuries, b.injuries);
}

/** Folds the sub-type and type of `item` into those of `into`, both typed: the more telling one stays. */
function absorbType(into: Placed, item: Placed): void {
  const a = into.event;
  const b = item.event;
  const aSub = a.sub_event_type!;
  const bSub = b.sub_event_type!;
  // A named bomb stays a bomb when shelling or an air raid is told with it; a bare blast does not.
  // "the attack on the hotel": a reference back with no weapon of its own does not retype the incident.
  const vagueReference = item.anaphoric && WEAPONLESS.has(bSub.value);
  // Men taken during a raid or a battle are taken in that incident: the violence is the event, whichever
  // telling came first.
  const arrestInViolence = bSub.value === ARRESTS && isViolent(a);
  // "A driver was gunned down at dawn. A mine hit the same road last year.": a shooting its own trigger tells
  // is not made a bombing by a bomb another sentence tells, most often an earlier attack or the background.
  const shotNotBombed = into.namedGun === true && item.first !== into.first && bSub.value === IED;
  const keepB =
    (a.event_type?.value === 'Protests' && b.event_type?.value === 'Riots') ||
    (aSub.value === ARRESTS && (b.event_type?.value === 'Battles' || isViolent(b))) ||
    // The raid or the shells that carried the gas do not retype a gas attack; the gas retypes them.
    (bSub.value === CHEMICAL && a.event_type?.value === b.event_type?.value) ||
    ((!into.namedBomb || bSub.value === 'Suicide bomb') &&
      !vagueReference &&
      !arrestInViolence &&
      !shotNotBombed &&
      moreTelling(bSub.value, aSub.value));
  const spans = uniqueSpans(aSub.spans.concat(bSub.spans));
  // "Teachers held a sit-in in Tehran. Police arrested 40 of them.": a peaceful protest whose crowd was
  // arrested on the spot is one the police intervened in, not a protest and an arrest.
  if (crowdArrested(aSub.value, bSub.value)) {
    a.sub_event_type = { value: 'Protest with intervention', spans };
    a.event_type = { value: 'Protests', spans: uniqueSpans(a.event_type!.spans.concat(b.event_type!.spans)) };
    return;
  }
  a.sub_event_type = { value: keepB ? bSub.value : aSub.value, spans };
  a.event_type = {
    value: keepB ? b.event_type!.value : a.event_type!.value,
    spans: uniqueSpans(a.event_type!.spans.concat(b.event_type!.spans)),
  };
  // An attack told bare takes the type of the blast or raid told with it (`attackOfTheBlast`); once a
  // telling has named its weapon it is bare no more, and a raid told later is another incident.
  if (into.bareAttack) into.bareAttack = WEAPONLESS.has(a.sub_event_type.value);
}

/**
 * A telling dated only by the day it was told gives way to a second source's that dates the incident itself
 * (see `toldBySecondSource` in incident-merger.ts): its day, and the town told with that day.
 */
function datesItsOwnDay(into: Placed, item: Placed): boolean {
  const a = into.event;
  const b = item.event;
  return (
    into.reportDay === true &&
    !item.reportDay &&
    a.date?.precision === 'day' &&
    b.date?.precision === 'day' &&
    a.date.value !== b.date.value &&
    !riotRunsOn(a, b)
  );
}

/**
 * Folds the place of `item` into that of `into`: the place of `item` replaces it where finer, where the
 * place of `into` gives way to any told, or where `told` says the telling of `item` places the incident.
 */
function absorbPlace(into: Placed, item: Placed, told: boolean): void {
  const a = into.event;
  const b = item.event;
  // A nationality, or a town the scene is only measured from, gives way to any place told.
  const nationality = (into.nationalityPlace || into.measuredFrom) === true && b.location !== null;
  // "in the province of Hama" … "near the town of Salamiyah": the town told is finer than the province.
  const province = into.provinceNamed === true && !item.provinceNamed && b.location?.precision === 'town';
  into.landmarks = (into.landmarks ?? []).concat(item.landmarks ?? []);
  // "raids hit Rampur" folded with "in Sindhia" after "jets struck Sindhia province" was narrowed to Rampur:
  // the seat of a province the incident was told at is no finer than the town found in that province.
  const seatOfTold =
    a.location?.precision === 'town' && (item.provincesTold ?? []).includes(a.location.name.toLowerCase());
  if (item.provincesTold) into.provincesTold = (into.provincesTold ?? []).concat(item.provincesTold);
  if (
    !a.location ||
    (b.location &&
      (finer(b.location, a.location) || told || nationality || province || seatOfTold || item.toldPlace))
  ) {
    // Only a town within the province's reach is found in it: a telling merged from afar keeps its own.
    if (
      a.location?.precision === 'region' &&
      b.location &&
      !samePlace(a.location, b.location) &&
      near(a.location, b.location)
    )
      into.provincesTold = (into.provincesTold ?? []).concat(a.location.name.toLowerCase());
    a.location = b.location ?? a.location;
    into.nationalityPlace = item.nationalityPlace;
    into.measuredFrom = item.measuredFrom;
    into.provinceNamed = item.provinceNamed;
    into.partOf = item.partOf;
  } else if (b.location && samePlace(b.location, a.location)) {
    a.location = placeWith(
      a.location,
      a.location.country,
      uniqueSpans(a.location.spans.concat(b.location.spans)),
    );
  }
}

/**
 * Folds the sides of `item` into those of `into`: the surer perpetrator, the target a telling names.
 * `guessed`: the sides of `into` are guesses from who died.
 */
function absorbActors(into: Placed, item: Placed, guessed: boolean): void {
  const a = into.event;
  const b = item.event;
  // A side told as the target does not become the perpetrator through another telling, unless it claimed.
  // The second side of a clash is no target: a telling that has it strike a target of its own names the
  // attacker ("Al-Shabaab attacked an army base").
  const struck = into.mutual === true && b.actor2 !== null;
  const target =
    !guessed && !struck && b.actor1?.name === a.actor2?.name && actorWeight(b, item.mutual) < CLAIMANT;
  // "the army fought rebels" … "an assault led by the Nusra Front": a side told only as another's ally, with
  // no foe of its own, joins a pair already told; it takes the place of neither.
  const joins = item.ally === true && b.actor2 === null && a.actor2 !== null;
  const replaced =
    (actorWeight(b, item.mutual) > actorWeight(a, into.mutual) || guessed) && !target && !joins;
  // "Army units clashed with Nusra" … "Ahrar al-Sham attacked army posts": when the side the telling
  // struck is the perpetrator told before, its pair stands whole; two foes of one side are no pair.
  const struckBefore = replaced && b.actor2 !== null && b.actor2.name === a.actor1?.name;
  if (replaced) a.actor1 = b.actor1;
  // A target one telling names outweighs the civilians another only supposes from the people harmed.
  // "clashes with the security forces" … "a soldier was wounded": a force of the doer's own state that
  // another telling names (by its dead or wounded) is the doer's side, not its foe.
  const ownTelling = replaced ? b.actor2 : a.actor2;
  // Tested one by one, not by `filter` and `find` over arrays made for them: their closures made this the
  // largest function of the merge for TurboFan to compile.
  const first = isTarget(a.actor2, a.actor1, ownTelling) ? a.actor2 : null;
  const second = isTarget(b.actor2, a.actor1, ownTelling) ? b.actor2 : null;
  // The first target told by a word of its own (with no basis), else the first.
  const named = first && !first.basis ? first : second && !second.basis ? second : (first ?? second);
  const kept = struckBefore ? b.actor2 : named;
  // "the attack on the concert hall" … "where 115 people were shot": of one side both tellings name, the
  // telling whose words for it hold its toll tells who the victims were, not only where they were.
  const counted = holdsTollOf(a, kept) ? a : holdsTollOf(b, kept) ? b : null;
  a.actor2 = counted?.actor2 ?? kept;
  // Both sides are a clash's pair only when both come from the telling that named the pair.
  if (replaced) into.mutual = item.mutual === true && a.actor2?.name === b.actor2?.name;
}

/**
 * Whether `side`, a target of one telling, stays a target beside the perpetrator `doer`: not the doer itself,
 * nor a force of the doer's state unless it is the target of the telling that named the doer (`ownTelling`).
 */
function isTarget(
  side: ActorRef | null,
  doer: ActorRef | null,
  ownTelling: ActorRef | null,
): side is ActorRef {
  return (
    side !== null && side.name !== doer?.name && (side === ownTelling || !sameState(side.name, doer?.name))
  );
}

/** Whether `e` names `side` as its target, told by words that hold its toll. */
function holdsTollOf(e: EventRecord, side: ActorRef | null): boolean {
  return e.actor2?.name === side?.name && e.actor2?.basis === side?.basis && holdsToll(e);
}

/** Whether the words for the target of `e` hold its toll ("killing nine people"), of the dead or the hurt. */
function holdsToll(e: EventRecord): boolean {
  // Each count's spans read where they are, not gathered by `flatMap` into a list made for each merge.
  return (
    e.actor2 !== null &&
    e.actor2.spans.some((s) => overlapsCount(s, e.fatalities) || overlapsCount(s, e.injuries))
  );
}

/** Whether `span` overlaps a span of `count`. */
function overlapsCount(span: Span, count: CountRef | null): boolean {
  return count?.spans.some((c) => spansOverlap(span, c)) === true;
}

/** A peaceful protest and the arrests told with it, whichever came first. */
function crowdArrested(a: string, b: string): boolean {
  return (a === PEACEFUL && b === ARRESTS) || (a === ARRESTS && b === PEACEFUL);
}
const PEACEFUL = 'Peaceful protest';

/** Whether sub-type `b` says more of the act than `a`: any sub-type outside `VAGUE_SUBS` says most. */
function moreTelling(b: string, a: string): boolean {
  const rank = (s: string) => (VAGUE_SUBS.includes(s) ? VAGUE_SUBS.indexOf(s) : VAGUE_SUBS.length);
  return rank(b) > rank(a);
}

/** Whether two actor names are forces of one state (its army and its police). */
function sameState(x: string, y: string | undefined): boolean {
  const state = STATE_FORCES.exec(x)?.[2];
  return state !== undefined && state === STATE_FORCES.exec(y ?? '')?.[2];
}
