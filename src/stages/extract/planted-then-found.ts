// A bomb told planted, then found or defused in the next sentence, never went off: ACLED's disrupted
// weapons use.
import type { EventRecord } from '../../core/records.js';
import { type Span, uniqueSpans } from '../../core/span.js';
import { eventTypeOf } from '../../core/taxonomy.js';
import { hitSpan, type SentenceView } from './sentence-view.js';
import { USED } from './unused-device.js';

const IED = 'Remote explosive/landmine/IED';
const DISRUPTED = 'Disrupted weapons use';
/** Words of a device made harmless, not merely found ("it was removed"), told of a device named before. */
const MADE_HARMLESS =
  /^(?:defused|was defused|were defused|was removed|were removed|did not explode|failed to explode)$/;
/** Words of harm done ("a boat damaged by a bomb"): a device that did harm went off. */
const HARM = /damag|destr|wreck|kill|dead|wound|injur/;
/** The words that name the device told before: "the device", "it". */
const TOLD_BEFORE = /^(?:it|device|devices|bomb|bombs|explosives)$/;

/**
 * "A bomb was planted outside the judge's home. Police found the device and defused it.": the first
 * sentence alone reads as a bombing, the second as a device found. When the sentence right after a planted
 * device (no word of a blast, no one harmed) tells a device found or made harmless, the planted one is
 * retyped as found, so the two tell one incident. `told` is what that sentence told, `previous` the span of
 * the sentence before: no word in it of a blast or of harm. Bails out before reading any text unless a
 * planted device with no toll was told just before, since this runs for every sentence.
 *
 * @example retypePlanted([planted], [found], view, text, previousSpan) // planted becomes disrupted
 */
export function retypePlanted(
  before: readonly EventRecord[],
  told: readonly { record: EventRecord }[],
  view: SentenceView,
  text: string,
  previous: Span,
): void {
  const planted = before.filter(
    (r) => r.sub_event_type?.value === IED && r.event_type && !r.fatalities?.value && !r.injuries?.value,
  );
  if (planted.length === 0) return;
  const now = told.map((m) => m.record);
  // "three bombs were set … two went off and the third was defused": a blast told beside the find stays.
  if (!now.every((r) => r.sub_event_type?.value === DISRUPTED)) return;
  const sentenceBefore = text.slice(previous[0], previous[1]).toLowerCase();
  if (USED.test(sentenceBefore) || HARM.test(sentenceBefore)) return;
  // "One wrecked a bank, and the other was defused": harm told beside the find is a blast's.
  if (HARM.test(view.tokens.map((t) => t.norm).join(' '))) return;
  const found = now.find((r) => r.sub_event_type?.value === DISRUPTED)?.sub_event_type?.spans;
  const evidence = found ?? (now.length === 0 ? madeHarmless(view) : undefined);
  if (!evidence) return;
  for (const r of planted) {
    r.sub_event_type = { value: DISRUPTED, spans: uniqueSpans([...r.sub_event_type!.spans, ...evidence]) };
    r.event_type = {
      value: eventTypeOf(DISRUPTED),
      spans: uniqueSpans([...r.event_type!.spans, ...evidence]),
    };
  }
}

/**
 * "A passer-by warned the police, and it was removed safely": a sentence telling no incident of its own
 * whose device, named before ("it", "the device"), was made harmless. The words that say so.
 */
function madeHarmless(view: SentenceView): Span[] | undefined {
  const cue = view.cues.find(
    (c) =>
      c.phrase.tag === 'disrupted' &&
      MADE_HARMLESS.test(c.phrase.words.join(' ')) &&
      view.tokens.slice(0, c.start).some((t) => TOLD_BEFORE.test(t.norm)),
  );
  return cue ? [hitSpan(view, cue)] : undefined;
}
