import type { EventRecord, PlaceRef } from '../../core/records.js';
import type { Span } from '../../core/span.js';
import type { AnswerRole } from './mention-traits.js';
import { differ } from './incident-facts.js';
import { nameAfterPartOf } from '../../core/text/part-of-words.js';

/** An event with where it sits in the article, as the merger needs it. */
export interface Placed {
  event: EventRecord;
  /** Sentence indexes of its evidence, first and last. */
  first: number;
  last: number;
  /** Its trigger is a definite noun ("the attack", "الهجوم"): it may point back to an incident told before. */
  anaphoric: boolean;
  /** Its trigger follows "this" or "these" («هذا», «هذه»): it points back to the incident told last. */
  demonstrative?: boolean;
  /** Its trigger names the bomb itself ("car bomb", "عبوة ناسفة"), not just a blast. */
  namedBomb?: boolean;
  /** Its trigger names a shooting ("gunned down", "برصاص"): a bomb told in another sentence does not retype it. */
  namedGun?: boolean;
  /** Its place is named as a town or village ("the town of X"). */
  townMarked?: boolean;
  /** Its place is named as a province ("Raqqa province"), though the knowledge base has the town. */
  provinceNamed?: boolean;
  /** Its place is named by a side of it ("Northern Homs", "rural Idlib"): an area, not the town alone. */
  areaNamed?: boolean;
  /** Its words only say where the incident was ("The attack occurred in X"): its place corrects the one before. */
  toldPlace?: boolean;
  /** Its place is only a nationality ("Seven Iraqis were killed"): whose people, not where. */
  nationalityPlace?: boolean;
  /** Its place is only the town the scene is told to lie some distance from ("10 km from X"): a landmark. */
  measuredFrom?: boolean;
  /** It tells more victims of an incident told before ("His driver was also killed."): its toll adds. */
  moreVictims?: boolean;
  /** Its toll retells the victim told before with the others killed beside him: the fuller count wins. */
  fullerToll?: boolean;
  /** Its toll opens with a victim named in full and the others killed beside him (see `retoldFuller`). */
  namedWithOthers?: boolean;
  /** Its own day lies more than two weeks before publication: an earlier incident the article recalls. */
  recalled?: boolean;
  /** Its day is the day of publication: most often the day a source told of it ("the army said on Sunday"). */
  reportDay?: boolean;
  /** Its clause says it is another incident ("In a separate incident", "وفي حادث منفصل"). */
  separate?: boolean;
  /** Its clause opens on "Meanwhile", the turn a report takes to its next item (see `separate`). */
  turn?: boolean;
  /** Its clause says it was part of the operation told before ("during the same operation"). */
  sameOperation?: boolean;
  /** It is an arrest told as made on the held's way elsewhere ("for trying to travel to X"). */
  onTheirWay?: boolean;
  /** Its trigger opens a clause set beside the one before ("…، فيما اعتقل", "while"). */
  alongside?: boolean;
  /** The quotation its trigger stands in: a party's own telling («قتل 15 من الكفار»). */
  quotation?: Span | null;
  /** Its triggers are casualty words only ("مقتل 13 حوثيا"): its type is a guess from who died. */
  onlyCasualty?: boolean;
  /** The places it measures its own from ("جنوب غرب مأرب", "south of Hodeidah"), by entity id. */
  landmarks?: string[];
  /** It is told in the article's title: a first line with no full stop. */
  title?: boolean;
  /** The sentence index of the last section heading before it ("Attacks on the rise" on a line of its own). */
  section?: number;
  /** It is told as an act a day or more before the news of its sentence ("a week after"): see `toldEarlier`. */
  earlier?: boolean;
  /** It is told as the act the news of its sentence came hours after ("hours after a truck bomb …"). */
  hoursBefore?: boolean;
  /** Its sentence sets an act against the act it answers, and which of the two it is. */
  answer?: AnswerRole | null;
  /** It counts several incidents under one telling ("five simultaneous attacks"): see `countsSeveral`. */
  several?: boolean;
  /** Its trigger is a plural noun ("the attacks"): a reference back may point to a round-up. */
  plural?: boolean;
  /** It is a clash whose dead are told as fallen in it ("killed in clashes"): see `diedInBattle`. */
  battleDead?: boolean;
  /** It is told only as an attack, naming no weapon and no second side: see `toldAsBareAttack`. */
  bareAttack?: boolean;
  /** It is a doerless shelling told only by a bare «قصف»: see `toldAsBareBombardment`. */
  bareBombardment?: boolean;
  /** Its actor1 is one side of a fight told by a word of both sides ("clashes between X and Y"). */
  mutual?: boolean;
  /** Its actor1 is told as leading or backing another side ("an assault led by X"): see `toldAsAlly`. */
  ally?: boolean;
  /** The name, lower-cased, its town is told to lie in right after it ("al-Rastan in northern Homs"). */
  partOf?: string | null;
  /**
   * The names, lower-cased, of the provinces it was told at before a finer place of another telling took over
   * ("jets struck Sindhia province" … "the raid hit a depot near Rampur"): the seat of such a province is no other place.
   */
  provincesTold?: string[];
}

/** The name of the place an incident is told at, when finer than a country ("Rampur"); else null. */
export const townName = (p: Placed): string | null => {
  const location = p.event.location;
  return location !== null && location.precision !== 'country' ? location.name : null;
};

/** Whether an event is placed finer than a country: at a town, a district, a site or a region. */
export function hasTown(e: EventRecord): boolean {
  return e.location !== null && e.location.precision !== 'country';
}

/**
 * The place an incident is told at; a nationality, or a town the scene is only measured from, places nothing
 * and agrees with any place.
 */
export const whereOf = (p: Placed): PlaceRef | null =>
  p.nationalityPlace || p.measuredFrom ? null : p.event.location;

/**
 * "Jets struck the camp in retaliation for a rocket fired at the town": the answering act and the act it
 * answers, told in one sentence, are two incidents, whatever kind, place and day they share.
 */
export function answerEachOther(a: Placed, b: Placed): boolean {
  const [x, y] = [a.answer, b.answer];
  return !!x && !!y && x.span[0] === y.span[0] && x.answering !== y.answering;
}

/**
 * "Army jets pounded the suburbs. The assault came just after rebels fired mortars on the centre": an act told,
 * in its own words, as what the sentence's reference back came after is not the incident told just before
 * it, the one that reference names, but the earlier act that incident answered (see `AnswerRole`).
 */
export function answeredAfterLatest(item: Placed, into: Placed): boolean {
  const role = item.answer;
  return !!role && role.afterReference && !role.answering && !item.anaphoric && into.last < item.first;
}

/** A round-up with a toll of its own ("five attacks in which 43 were killed"): see `countsSeveral`. */
export const roundUpToll = (p: Placed): boolean =>
  p.several === true && (p.event.fatalities !== null || p.event.injuries !== null);

/** `town`'s telling puts its town in the place `seat` is told at: the seat there names the province. */
export function townOfSeat(town: Placed, seat: Placed): boolean {
  return !!town.partOf && town.partOf === seat.event.location?.name.toLowerCase();
}

/**
 * "Rebel Leader Killed in Homs" and "troops stormed rebel posts in al-Rastan in northern Homs, killing him":
 * a telling at the seat of the province the other telling's town is told in, of the same kind and sides,
 * on the same day or both undated, is that town's incident. The seat's telling counts no more dead than
 * the town's: one that counts more ("shelling of Aleppo killed 5" beside 2 in a town of its countryside)
 * tells the seat's own incident or the province's sum. A telling at a district of the seat («منطقة الدورة»
 * after a blast «في الكرادة وسط بغداد») tells another quarter's incident, not the seat's.
 */
export function toldAtItsSeat(into: Placed, item: Placed): boolean {
  const [a, b] = [into.event, item.event];
  const [seat, town] = townOfSeat(item, into) ? [a, b] : townOfSeat(into, item) ? [b, a] : [null, null];
  return (
    seat !== null &&
    town !== null &&
    seat.location?.precision !== 'district' &&
    (seat.fatalities?.value ?? 0) <= (town.fatalities?.value ?? 0) &&
    a.sub_event_type?.value === b.sub_event_type?.value &&
    !differ(a.actor1?.entity_id, b.actor1?.entity_id) &&
    !differ(a.actor2?.entity_id, b.actor2?.entity_id) &&
    (a.date?.value ?? null) === (b.date?.value ?? null)
  );
}

/**
 * "stormed posts in al-Rastan in northern Homs": the name, lower-cased, of the place the words right after
 * its town put it in (a province named by its seat), else null.
 *
 * @example partOfName(event, 'Troops stormed posts in Rampur in northern Sindhia.') // 'sindhia' when placed at Rampur
 */
export function partOfName(event: EventRecord, text: string): string | null {
  if (event.location?.precision !== 'town') return null;
  for (const [, end] of event.location.spans) {
    const name = nameAfterPartOf(text.slice(end, end + 40));
    if (name) return name.toLowerCase();
  }
  return null;
}
