import type { EventRecord } from '../../core/records.js';
import { addCount, differ, largerCount } from './incident-facts.js';
import { absorb, type Placed } from './incident-merger.js';

/**
 * "Shells killed 5 in Aleppo on Friday" and then the reports from its neighbourhoods: incidents of one kind,
 * by the same side, in the same town on the same day make one event, however many tellings the article
 * gives them (the dev convention for round-ups). Their counts are most often a total and its parts, or a
 * toll told again as it rose: the largest stands, unless a telling adds victims ("also killed").
 *
 * @example foldTownDays(items).length // 1 for two shellings of Aleppo on 2016-11-18
 */
export function foldTownDays(items: Placed[]): Placed[] {
  const out: Placed[] = [];
  for (const item of items) {
    const into = out.find((kept) => sameTownDay(kept, item));
    if (into) absorb(into, item, item.moreVictims ? addCount : largerCount);
    else out.push(item);
  }
  return out;
}

function sameTownDay(into: Placed, item: Placed): boolean {
  const [a, b] = [into.event, item.event];
  return (
    !item.separate &&
    !into.nationalityPlace &&
    !item.nationalityPlace &&
    a.sub_event_type !== null &&
    a.sub_event_type.value === b.sub_event_type?.value &&
    current(a) &&
    current(b) &&
    a.location?.precision === 'town' &&
    a.location.entity_id === b.location?.entity_id &&
    a.date?.precision === 'day' &&
    a.date.value === b.date?.value &&
    !differ(a.actor1?.entity_id, b.actor1?.entity_id)
  );
}

const current = (e: EventRecord): boolean => e.timing?.value !== 'historical';
