import type { EventRecord } from '../../core/records.js';

/**
 * An article with no publication date has nothing to measure an incident's age against. Its news, the
 * incident it leads with, is then told without a date ("on Friday", or not at all), while the incidents it
 * recalls are dated by their year ("the withdrawal in the summer of 2021"): such an incident, told after an
 * undated lead, is history. A day of its own could be this week's news, and is left current.
 *
 * @example markRecalledYears([moscowAttack, withdrawal2021]) // withdrawal2021.timing.value === 'historical'
 */
export function markRecalledYears(told: readonly EventRecord[]): void {
  const [lead, ...rest] = told;
  if (!lead || lead.date || lead.timing?.value === 'historical') return;
  for (const event of rest) {
    const date = event.date;
    if (!date || date.basis || date.precision === 'day' || date.spans.length === 0) continue;
    event.timing = { value: 'historical', spans: date.spans };
  }
}
