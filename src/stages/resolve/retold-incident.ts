import type { EventRecord, PlaceRef } from '../../core/records.js';
import { samePlace } from '../../core/place-ref.js';
import { datesAgree, differ, otherSide } from './incident-facts.js';
import { absorb } from './incident-absorb.js';
import { answerEachOther, type Placed } from './placed.js';

/**
 * "A suicide bomber of the Front killed 12 worshippers in Ruritania" and, paragraphs on in a review of the
 * papers, "the Bordurian press condemned the Front's bombing", which only the article's country places:
 * once every incident has its final place, a definite telling of a kind ("the bombing") and one of that
 * kind told before it, at one place (or one of them placed only in the other's country, or nowhere), on
 * days that may be one, by sides that may be one, with no count or claimant the other contradicts, are one
 * incident told twice. Tellings that are each such a retelling of all the others fold together; one that
 * could be the retelling of two incidents that are not one ("the bombing in Ruritania" after "12 killed in
 * a bombing" and "3 killed in a bombing" there) joins neither. `firstPlace` gives the place each telling had
 * before the article's dateline or country placed it: two tellings told at two towns, or at a town and in
 * another country, are two incidents even when both were later moved to one scene ("the attack on the bank in
 * Rome" under an Athens dateline).
 *
 * @example foldRetoldIncidents(items).length // 1 for a bombing in a country and "the bombing" placed there later
 */
export function foldRetoldIncidents(
  items: Placed[],
  firstPlace: (item: Placed) => PlaceRef | null = (item) => item.event.location,
): Placed[] {
  if (items.length < 2) return items;
  const partners = new Map(
    items.map((item) => [
      item,
      items.filter((o) => o !== item && toldTwice(item, o) && !toldApart(firstPlace(item), firstPlace(o))),
    ]),
  );
  const folded = new Set<Placed>();
  for (const item of items) {
    const group = partners.get(item)!;
    if (folded.has(item) || group.length === 0) continue;
    // Each member's own retellings are exactly the others: the group is one incident, and no member is
    // the retelling of an incident outside it.
    const whole = group.every((member) => {
      const own = partners.get(member)!;
      return own.length === group.length && own.every((o) => o === item || group.includes(o));
    });
    if (!whole) continue;
    for (const member of group) {
      absorb(item, member);
      folded.add(member);
    }
  }
  return folded.size === 0 ? items : items.filter((item) => !folded.has(item));
}

/** Whether `a` and `b` may tell one incident: nothing either tells of it contradicts the other. */
function toldTwice(a: Placed, b: Placed): boolean {
  const [x, y] = [a.event, b.event];
  return (
    x.sub_event_type !== null &&
    x.sub_event_type.value === y.sub_event_type?.value &&
    current(x) &&
    current(y) &&
    // "In a separate incident": a telling that says it is another incident is one.
    !a.separate &&
    !b.separate &&
    // "five attacks across the province": a telling of several incidents is none of them.
    !a.several &&
    !b.several &&
    // "the attacks": a plural may point back to a round-up, not to one incident.
    !a.plural &&
    !b.plural &&
    // "Seven Iraqis were killed": a place only a nationality gives says whose people, not where.
    !a.nationalityPlace &&
    !b.nationalityPlace &&
    !answerEachOther(a, b) &&
    // "Stones were thrown in X … in Y too, stones were thrown": an indefinite telling brings in an incident of
    // its own; only a definite one ("the bombing") points back to one told before.
    (a.first < b.first ? b : a).anaphoric &&
    oneScene(x.location, y.location) &&
    datesAgree(x.date?.value, y.date?.value) &&
    !differ(x.fatalities?.value, y.fatalities?.value) &&
    !differ(x.injuries?.value, y.injuries?.value) &&
    !otherSide(x.actor1, y.actor1) &&
    !otherSide(x.actor2, y.actor2) &&
    !otherSide(x.claimed_by, y.claimed_by)
  );
}

/**
 * One place, or one told only in the other's country, or one placed nowhere: two towns, or two countries,
 * are two scenes, and two tellings placed nowhere have nothing to say they are one.
 */
function oneScene(a: PlaceRef | null, b: PlaceRef | null): boolean {
  if (!a || !b) return a !== b;
  if (samePlace(a, b)) return true;
  return a.country === b.country && (a.precision === 'country' || b.precision === 'country');
}

/**
 * Whether two tellings' own places name two scenes: two towns, or a town and another country. Only a telling
 * placed nowhere or only in a country can have been placed wrongly by the papers it is read in.
 */
function toldApart(a: PlaceRef | null, b: PlaceRef | null): boolean {
  if (!a || !b || samePlace(a, b)) return false;
  const town = (p: PlaceRef): boolean => p.precision !== 'country';
  return (town(a) && town(b)) || ((town(a) || town(b)) && a.country !== b.country);
}

const current = (e: EventRecord): boolean => e.timing?.value === 'current';
