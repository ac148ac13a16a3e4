import { samePlace } from '../../core/place-ref.js';
import type { EventRecord, PlaceRef } from '../../core/records.js';
import type { Span } from '../../core/span.js';
import { addCount, type CountMerge, largerCount, mergeCount, otherSide } from './incident-facts.js';
import { absorb } from './incident-absorb.js';
import type { Placed } from './placed.js';
import { answerEachOther } from './placed.js';
import { arrestsOfCrowd } from './incident-kinds.js';
import { placesAgree, provinceOrSeat } from './place-relations.js';

/**
 * "Shells killed 5 in Aleppo on Friday" and then the reports from its neighbourhoods: incidents of one kind,
 * by the same side, in the same town on the same day make one event, however many tellings the article
 * gives them (the dev convention for round-ups). Their counts are most often a total and its parts, or a
 * toll told again as it rose: the largest stands, unless a telling adds victims ("also killed"). A toll
 * told for several towns at once is none of them alone: the town's own telling gives its count. Tellings
 * at two named quarters of the town («في الكرادة» … «في الدورة») are two incidents.
 *
 * @example foldTownDays(items, text).length // 1 for two shellings of Aleppo on 2016-11-18
 */
export function foldTownDays(items: Placed[], text: string): Placed[] {
  const out: Placed[] = [];
  const shared = new Set(items.filter((item) => toldForSeveralTowns(item, items, text)));
  for (const item of items) {
    const into = out.find((kept) => sameTownDay(kept, item));
    if (!into) {
      out.push(item);
      continue;
    }
    const { actor1, actor2 } = into.event;
    absorb(into, item, countMerge(shared.has(into), shared.has(item), item.moreVictims === true));
    // Arrests at a crowd add their telling to the crowd's event, not the arresters or the held as its sides.
    if (crowdArrestsOf(into, item)) Object.assign(into.event, { actor1, actor2 });
    // Once the town's own telling is in, the fold speaks for the town alone.
    if (!shared.has(item)) shared.delete(into);
  }
  return out;
}

/** The own count wins over a several towns' total; two counts of one kind: the larger, or their sum. */
function countMerge(intoShared: boolean, itemShared: boolean, more: boolean): CountMerge {
  if (more) return addCount;
  if (intoShared && !itemShared) return (a, b) => mergeCount(b, a);
  if (itemShared && !intoShared) return mergeCount;
  return largerCount;
}

/** A capitalised name, with its article ("al-Baath"). */
const NAME = String.raw`(?:(?:al|el|ad|as|ar|ash)-)?[A-Z][\w'’-]*`;
/** "Aleppo and al-Baath", "Tartous, Homs and Hasakeh": the town named as an item of a list of names. */
const LIST_AFTER = new RegExp(String.raw`^(?:,?\s+${NAME})*,?\s+and\s+${NAME}`);
const LIST_BEFORE = new RegExp(String.raw`\b${NAME}(?:,?\s+${NAME})*,?\s+and\s+$`);
/** "the neighborhoods of New Aleppo, Bab al-Faraj and …": a list of a town's own quarters. */
const QUARTERS = /\b(?:neighbou?rhoods?|districts?|quarters?|areas?|suburbs?)\s+of\s+/i;

/**
 * "At least four were killed by the shelling of Aleppo and al-Baath": the telling's toll is told for
 * several towns, its town among them. So is a toll told without the town's name ("blasts across the
 * country killed 42") in a telling that opened with several towns.
 */
function toldForSeveralTowns(item: Placed, items: Placed[], text: string): boolean {
  const { evidence, location, fatalities, injuries } = item.event;
  const at = (fatalities ?? injuries)?.spans[0]?.[0];
  const told = evidence.find((s) => at !== undefined && s[0] <= at && at < s[1]);
  const own = location?.spans[0];
  if (!told || !own) return false;
  const name = text.slice(own[0], own[1]);
  const several = (sentence: Span): boolean => {
    const sibling = items.some(
      (other) =>
        other !== item &&
        other.event.evidence[0]?.[0] === sentence[0] &&
        other.event.evidence[0]?.[1] === sentence[1] &&
        other.event.location !== null &&
        !samePlace(other.event.location, location!),
    );
    const words = text.slice(sentence[0], sentence[1]);
    const where = own[0] >= sentence[0] && own[1] <= sentence[1] ? own[0] - sentence[0] : words.indexOf(name);
    if (sibling) return true;
    if (where < 0 || QUARTERS.test(words)) return false;
    return LIST_AFTER.test(words.slice(where + name.length)) || LIST_BEFORE.test(words.slice(0, where));
  };
  if (several(told)) return true;
  return !text.slice(told[0], told[1]).includes(name) && several(evidence[0]);
}

/** Arrests of the town's crowd that day, unless told as made on the held's way elsewhere. */
function crowdArrestsOf(into: Placed, item: Placed): boolean {
  return !item.onTheirWay && arrestsOfCrowd(into.event, item.event, false);
}

function sameTownDay(into: Placed, item: Placed): boolean {
  const [a, b] = [into.event, item.event];
  // "25 held in and around Kadi" on the day of its riot: the police's arrests at the crowd they faced.
  const crowdArrests = crowdArrestsOf(into, item);
  return (
    // A "Meanwhile" turn back to the town's act of that day tells the same act again.
    (!item.separate || item.turn === true) &&
    !answerEachOther(into, item) &&
    !into.nationalityPlace &&
    !item.nationalityPlace &&
    a.sub_event_type !== null &&
    (a.sub_event_type.value === b.sub_event_type?.value || crowdArrests) &&
    current(a) &&
    current(b) &&
    a.location !== null &&
    b.location !== null &&
    (sameTownOrProvince(a.location, b.location) ||
      provinceOrSeat(a.location, b.location, [
        ...(into.provincesTold ?? []),
        ...(item.provincesTold ?? []),
      ])) &&
    a.date?.precision === 'day' &&
    a.date.value === b.date?.value &&
    (crowdArrests || !otherSide(a.actor1, b.actor1))
  );
}

/** One town, or one province: an incident told only at its province is told there each time. */
function sameTownOrProvince(a: PlaceRef, b: PlaceRef): boolean {
  return (
    (a.precision === 'town' || a.precision === 'region') && samePlace(a, b) && placesAgree(a, b) !== 'differ'
  );
}

const current = (e: EventRecord): boolean => e.timing?.value !== 'historical';
