// A bomb told planted, then found or defused in the next sentence, never went off: ACLED's disrupted
// weapons use.
import type { EventRecord } from '../../core/records.js';
import { uniqueSpans } from '../../core/span.js';
import { USED } from './unused-device.js';

const IED = 'Remote explosive/landmine/IED';
const DISRUPTED = 'Disrupted weapons use';

/**
 * "A bomb was planted outside the judge's home. Police found the device and defused it.": the first
 * sentence alone reads as a bombing, the second as a device found. When the sentence right after a planted
 * device (no word of a blast, no one harmed) tells a device found or made harmless, the planted one is
 * retyped as found, so the two tell one incident.
 *
 * @example retypePlanted([planted], [found], text) // planted becomes 'Disrupted weapons use'
 */
export function retypePlanted(
  before: readonly EventRecord[],
  now: readonly EventRecord[],
  text: string,
): void {
  const found = now.find((r) => r.sub_event_type?.value === DISRUPTED);
  if (!found?.sub_event_type || !found.event_type) return;
  for (const r of before) {
    if (r.sub_event_type?.value !== IED || !r.event_type || r.fatalities?.value || r.injuries?.value)
      continue;
    const words = r.sub_event_type.spans.map(([s, e]) => text.slice(s, e).toLowerCase()).join(' ');
    if (USED.test(words)) continue;
    r.sub_event_type = {
      value: DISRUPTED,
      spans: uniqueSpans([...r.sub_event_type.spans, ...found.sub_event_type.spans]),
    };
    r.event_type = {
      value: found.event_type.value,
      spans: uniqueSpans([...r.event_type.spans, ...found.event_type.spans]),
    };
  }
}
