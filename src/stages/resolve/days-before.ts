import type { EventRecord } from '../../core/records.js';
import { DAY_MS } from '../../core/day-ms.js';
import type { Placed } from './placed.js';

/**
 * "a day after", "two days after", «بعد يوم من», «بعد يومين على», «بعد ثلاثة أيام من», «غداة», then up to three words
 * before the trigger of the earlier incident ("a day after a suicide bomber killed …"). Groups 1 to 3 count
 * the days.
 */
const DAYS_AFTER =
  /(?:\b(a|one|two|three)\s+days?\s+after|(?:^|\s)[وف]?(?:بعد\s+(يوم|يومين|ثلاث[ةه]\s+[أا]يام)\s+(?:من|على)|(غداة|غداه)))(?:\s+\S+){0,3}\s*$/i;
/** Characters before a trigger within which its "a day after" stands. */
const REACH = 60;

/**
 * How many days before the one told "a day after" its trigger puts the incident, or 0.
 *
 * @example daysBefore(event, 'Five died on Sunday, two days after a blast.') // 2 for the blast
 */
export function daysBefore(event: EventRecord, text: string): number {
  const trigger = event.event_type?.spans[0];
  if (!trigger) return 0;
  const m = DAYS_AFTER.exec(text.slice(Math.max(0, trigger[0] - REACH), trigger[0]));
  const count = (m?.[1] ?? m?.[2] ?? m?.[3] ?? '').toLowerCase();
  if (!count) return 0;
  if (/^(?:a|one|يوم|غداة|غداه)$/.test(count)) return 1;
  return /^(?:two|يومين)$/.test(count) ? 2 : 3;
}

/**
 * "Five soldiers were killed in Ramadi on Saturday, a day after three police died in Fallujah", «قتل …، بعد
 * يومين من مقتل …»: an incident told as what came days before another of its sentence, with no day of its
 * own (`carried`: the items whose date was carried to them, or none yet), took place that many days before
 * that one, and is as current as it.
 *
 * @example datedBeforeTold(told, carried, text) // the Fallujah blast dated the Friday before the Saturday
 */
export function datedBeforeTold(items: Placed[], carried: Set<Placed>, text: string): void {
  for (const item of items) {
    // A background clause ("two days after militants kidnapped them") comes undated: it may be dated too.
    if (!carried.has(item) && item.event.date) continue;
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
    // A day or two before the news it is told with, it is as current or as past as that news.
    item.event.timing = told.event.timing && { ...told.event.timing, spans: [...told.event.timing.spans] };
    item.event.date = {
      value: day,
      precision: 'day',
      spans: [...told.event.date!.spans],
      basis: 'days before told',
    };
  }
}
