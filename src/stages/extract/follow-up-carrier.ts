import type { EventRecord } from '../../core/records.js';
import type { SentenceView } from './sentence-view.js';

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
