import type { EventRecord } from '../../core/records.js';
import { DAY_MS } from '../../core/day-ms.js';
import type { Placed } from './placed.js';

/**
 * "a day after", "two days after", «بعد يوم من», «بعد يومين على», «بعد ثلاثة أيام من», then up to three words
 * before the trigger of the earlier incident ("a day after a suicide bomber killed …"). Group 1 or 2 counts
 * the days.
 */
const DAYS_AFTER =
  /(?:\b(a|one|two|three)\s+days?\s+after|(?:^|\s)[وف]?بعد\s+(يوم|يومين|ثلاث[ةه]\s+[أا]يام)\s+(?:من|على))(?:\s+\S+){0,3}\s*$/i;
/** Characters before a trigger within which its "a day after" stands. */
const REACH = 60;

/** How many days before the one told "a day after" its trigger puts the incident, or 0. */
function daysBefore(event: EventRecord, text: string): number {
  const trigger = event.event_type?.spans[0];
  if (!trigger) return 0;
  const m = DAYS_AFTER.exec(text.slice(Math.max(0, trigger[0] - REACH), trigger[0]));
  const count = (m?.[1] ?? m?.[2] ?? '').toLowerCase();
  if (!count) return 0;
  if (/^(?:a|one|يوم)$/.test(count)) return 1;
  return /^(?:two|يومين)$/.test(count) ? 2 : 3;
}

/**
 * "Five soldiers were killed in Ramadi on Saturday, a day after three police died in Fallujah", «قتل …، بعد
 * يومين من مقتل …»: an incident told as what came days before another of its sentence, with no day of its
 * own (`carried`: the items whose date was carried to them), took place that many days before that one.
 *
 * @example datedBeforeTold(told, carried, text) // the Fallujah blast dated the Friday before the Saturday
 */
export function datedBeforeTold(items: Placed[], carried: Set<Placed>, text: string): void {
  for (const item of carried) {
    const days = daysBefore(item.event, text);
    if (days === 0) continue;
    const [from, to] = item.event.evidence[0] ?? [0, 0];
    const told = items.find(
      (other) =>
        other !== item &&
        daysBefore(other.event, text) === 0 &&
        other.event.date?.precision === 'day' &&
        other.event.evidence.some(([a, b]) => a < to && from < b),
    );
    if (!told) continue;
    const day = new Date(Date.parse(told.event.date!.value) - days * DAY_MS).toISOString().slice(0, 10);
    item.event.date = {
      value: day,
      precision: 'day',
      spans: [...told.event.date!.spans],
      basis: 'days before told',
    };
  }
}
