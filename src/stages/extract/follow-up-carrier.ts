import type { EventRecord } from '../../core/records.js';
import { takesNoToll } from './event-builder.js';
import type { SentenceView } from './sentence-view.js';

/**
 * "police fired on a rioting mob. Two men were hurt in the firing.": a sentence that
 * tells no incident of its own but the injured of the one just told gives that incident its injuries
 * (the sentence joins its evidence). Only the last event of the sentence before, and only when it has none.
 *
 * @example carryInjuries(previousSentenceEvents, view) // true when the toll was taken
 */
export function carryInjuries(previous: readonly EventRecord[], view: SentenceView): boolean {
  const last = previous.at(-1);
  if (!last || last.injuries !== null || takesNoToll(last.sub_event_type?.value)) return false;
  // "none were hurt in the firing" after police fire on a mob says the firing was harmless; after a
  // blast it is the blast's toll.
  const zeroCounts = last.event_type?.value === 'Explosions/Remote violence';
  const q = view.quantities.find(
    (x) => x.role === 'injured' && x.value !== null && (x.value > 0 || zeroCounts),
  );
  if (!q) return false;
  last.injuries = {
    value: q.value!,
    qualifier: q.qualifier,
    spans: q.nounSpan ? [q.span, q.nounSpan] : [q.span],
  };
  last.evidence = [...last.evidence, view.span];
  return true;
}

/** "الحادثة وقعت في", "وقع الهجوم في", "the incident took place in": a sentence that says where it was. */
const INCIDENT_AT =
  /(?:(?:^|\s)[وف]?(?:الحادث|الحادثة|الهجوم|الانفجار|الاعتداء)\s+(?:وقع|وقعت)|(?:^|\s)[وف]?(?:وقع|وقعت)\s+(?:الحادث|الحادثة|الهجوم|الانفجار|الاعتداء)|\bthe (?:incident|attack|blast|explosion) (?:took place|occurred|happened))\s/i;
/** "قرب الخليل", "near Hebron": a landmark to find the place by. */
const NEAR = /(?:قرب|بالقرب من|near)\s+$/i;

/**
 * "… burned a house in Hebron. The incident took place in the village of Zaytoun near Hebron.": a sentence
 * that tells no incident but says where the one just told happened gives it that town (same country).
 *
 * @example carryPlace(previousSentenceEvents, view, doc.text) // true when the place was taken
 */
export function carryPlace(previous: readonly EventRecord[], view: SentenceView, text: string): boolean {
  const last = previous.at(-1);
  const sentence = text.slice(view.span[0], view.span[1]);
  const at = INCIDENT_AT.exec(sentence);
  if (!last || !at) return false;
  const from = view.span[0] + at.index + at[0].length;
  const town = view.mentions.find(
    (m) =>
      m.span[0] >= from &&
      m.place?.precision === 'town' &&
      !NEAR.test(text.slice(Math.max(0, m.span[0] - 12), m.span[0])) &&
      (last.location === null || last.location.country === m.place.country),
  );
  if (!town) return false;
  last.location = {
    name: town.name,
    country: town.place!.country,
    lat: town.place!.lat,
    lon: town.place!.lon,
    precision: 'town',
    entity_id: town.entity_id,
    spans: [town.span],
  };
  last.evidence = [...last.evidence, view.span];
  return true;
}
