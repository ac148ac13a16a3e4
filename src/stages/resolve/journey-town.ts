// A town named only as where travellers or captives came from, or where they were going: the best place left.
import { placeRefOf } from '../../core/place-ref.js';
import type { Document, EventRecord, Mention } from '../../core/records.js';

/** "{verb} … from (the village of)" right before a town. */
const FROM_TOWN = String.raw`\s+from\s+(?:the\s+)?(?:(?:town|village|city|settlement)\s+of\s+)?$`;
/**
 * "travelling from X", "on their way back from X", "shortly after takeoff from X", "kidnapped five farmers from
 * X": where a journey began, or the place captives were taken from.
 */
const ORIGIN = new RegExp(
  String.raw`(?:\b(?:travel+(?:ing|ed)|return(?:ing|ed)|coming|driving|flying|(?:on\s+(?:their|its|his|her|the)\s+way|en\s+route)(?:\s+(?:back|home))?|left|departed|take-?off|took\s+off)` +
    String.raw`|\b(?:kidnapp?(?:ed|ing)|abduct(?:ed|ing)|snatch(?:ed|ing)|seiz(?:ed|ing))(?:\s+[^\s,;.:]+){0,6}?)${FROM_TOWN}`,
  'i',
);
/** "on its way to X", "en route to X", "a bus bound for X", "travelling towards X": where a journey was going. */
const DESTINATION =
  /\b(?:(?:on\s+(?:their|its|his|her|the)\s+way|en\s+route|head(?:ing|ed)|travel+(?:ing|ed)|driving|going|flying|returning)\s+(?:back\s+)?(?:to|for|towards?)|bound\s+for)\s+(?:the\s+)?(?:(?:town|village|city|settlement)\s+of\s+)?$/i;
/** How far before a town its cue may reach (characters): a captor's verb, its captives and "from". */
const REACH = 80;

/**
 * "Rebels kidnapped eight farmers from Rampur", "gunmen ambushed a lorry on its way to Lakhpur", "a convoy travelling
 * from Rampur to Lakhpur": an event left at its country whose own sentences name a town of that country only as
 * a journey's end is placed at that town — the town, not the country, is the best place an analyst has. The
 * start is taken over the end: captives taken "from" a village were taken there, and travellers were last known
 * to be where they set out from, while the end is where they never got to (RAND files such an incident under
 * its start). A town told as the scene would have placed the event already.
 *
 * @example placeAtJourneyEnd(event, doc) // event.location.name === 'Rampur'
 */
export function placeAtJourneyEnd(event: EventRecord, doc: Document): void {
  if (event.location && event.location.precision !== 'country') return;
  const text = doc.text ?? '';
  const country = event.location?.country;
  const towns = (doc.mentions ?? []).filter(
    (m) =>
      m.place?.precision === 'town' &&
      m.via !== 'demonym' &&
      (!country || m.place.country === country) &&
      event.evidence.some(([from, to]) => from <= m.span[0] && m.span[1] <= to),
  );
  const before = (m: Mention) => {
    const sentence = event.evidence.find(([from, to]) => from <= m.span[0] && m.span[1] <= to)!;
    return text.slice(Math.max(sentence[0], m.span[0] - REACH), m.span[0]);
  };
  const end = towns.find((m) => ORIGIN.test(before(m))) ?? towns.find((m) => DESTINATION.test(before(m)));
  if (end) event.location = placeRefOf(end);
}
