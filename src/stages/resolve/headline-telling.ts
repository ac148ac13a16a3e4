import { near, placesAgree } from './place-relations.js';
import { type Placed, whereOf } from './placed.js';

// How a headline's telling and the body's tell one incident: the body's town, the lead's count.

/** The sentences after a headline that make its lead. */
const HEADLINE_LEAD = 2;

/**
 * Characters a section heading holds at most: a few words. A longer line with no full stop is a clause a
 * line break cut off, not a heading.
 */
const SECTION_HEADING_CHARS = 60;

/**
 * "… on rural Idlib" in the headline, "in the town of X" in the body: the body names the very town. So does
 * a body town near the area a headline names by its side ("… in Northern Homs", then "… in al-Rastan"), and
 * the line right under a section heading of its own ("Four dead in Hebron" on a line, then "… in Yatta").
 */
export function headlineTown(into: Placed, item: Placed): boolean {
  const short = into.event.evidence.every(([from, to]) => to - from <= SECTION_HEADING_CHARS);
  const underHeading = short && item.section === into.first && item.first === into.first + 1;
  return (
    into.last === into.first &&
    (into.first === 0 ? item.townMarked === true || areaAround(into, item) : underHeading) &&
    !into.townMarked &&
    into.event.location?.country === item.event.location?.country &&
    item.event.location?.precision === 'town'
  );
}

/** The headline names an area by its side, and the body's place lies near it. */
function areaAround(into: Placed, item: Placed): boolean {
  return into.areaNamed === true && near(into.event.location, item.event.location);
}

/**
 * "At Least 40 Civilians Killed in Manbij" over a lead that counts "43 civilians dead" there: a headline's
 * bound that the lead's own count meets, for the same kind of incident at the same place, is that count. A
 * title's exact count ("Car bomb kills 8", no full stop) that the lead's passes, at a place that agrees, is
 * an earlier toll. A party's own count, quoted («قتل 15 من الكفار»), corrects no one's.
 */
export function roundedHeadline(into: Placed, item: Placed): boolean {
  const [a, b] = [into.event, item.event];
  if (into.first !== 0 || into.last !== 0 || item.first > HEADLINE_LEAD || item.quotation || !a.fatalities) {
    return false;
  }
  const place = placesAgree(whereOf(into), whereOf(item));
  const bound = a.fatalities.qualifier === 'at_least' && place === 'same';
  return (
    (bound || (into.title === true && place !== 'differ')) &&
    (b.fatalities?.value ?? 0) > a.fatalities.value &&
    a.sub_event_type?.value === b.sub_event_type?.value
  );
}
