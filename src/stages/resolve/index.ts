import type { Stage, StageContext } from '../../core/stage.js';
import type { Document, EventRecord } from '../../core/records.js';
import { firstTellings } from '../../core/span.js';
import { packedMap } from '../../core/packed-map.js';
import { statesByPhrase, withSideIds } from '../../core/sides-by-name.js';
import { readMentions } from './mention-reading.js';
import { placeAtDatelineTown, placeInTheCity } from './the-city.js';
import { toldIncidents } from './told-incidents.js';
import { dateIncidents } from './incident-dating.js';
import { placeIncidents } from './incident-placement.js';
import { readDateline } from './dateline-reader.js';
import { confidenceOf, eventId } from './event-scorer.js';
import { foldLead, mergeIncidents } from './incident-merger.js';
import { foldStrikeEchoes } from './strike-echo.js';
import { placeBattleDead } from './battle-dead.js';
import { foldTownDays } from './town-day.js';
import { foldRetoldIncidents } from './retold-incident.js';
import { withoutSeriesLeads } from './series-lead.js';
import { withoutSummedLeads } from './summed-lead.js';
import { sceneAfterRoute } from './next-town.js';
import { crowdOfScene } from './crowd-country.js';
import { abductedCivilians } from './abducted-civilians.js';
import { rebelsNamed } from './rebels-named.js';
import { dateLeadByNamedDay } from './day-named-incident.js';

/** The fields of an event that point to their words. */
const EVIDENCED_FIELDS = [
  'event_type',
  'sub_event_type',
  'date',
  'timing',
  'location',
  'actor1',
  'actor2',
  'claimed_by',
  'fatalities',
  'injuries',
] as const;

/**
 * The resolve stage: merges the mentions of one incident into one event, dates undated news against the
 * publication date, judges current vs historical, fills a missing country from the article, and gives
 * each event its id (`e-<hash 12>-<n>`) and confidence.
 *
 * @example
 * const stage = createResolveStage();
 * stage.run(doc, { referenceDate: null }); // doc.events[0].id === 'e-3f2a9c0d1e2b-1'
 */
export function createResolveStage(): Stage {
  return {
    name: 'resolve',
    reads: ['events', 'text', 'sentences', 'mentions', 'times', 'published', 'genre', 'content_hash'],
    writes: ['events'],
    run(doc, ctx) {
      doc.events = resolveEvents(doc, ctx);
    },
  };
}

/**
 * The resolved events of a document whose `events` hold the extract stage's mentions: read (mention-reading),
 * merged (incident-merger and the folds), kept when told as news (told-incidents), dated (incident-dating),
 * placed (incident-placement), told-again incidents folded once placed, then scored.
 */
export function resolveEvents(doc: Document, ctx: StageContext): EventRecord[] {
  // An article the extract stage found no incident in has nothing to merge, date or place: the reading of
  // its dateline, digest items and country below would be thrown away.
  if (!doc.events?.length) return [];
  const text = doc.text ?? '';
  // Lists built here are pushed, not mapped (see `packedMap`): mapped, they turned holey once this function
  // was optimised, and every reader of them after was deoptimised and recompiled.
  const starts = packedMap(doc.sentences ?? [], (s) => s.span[0]);
  const reference = doc.published?.value?.slice(0, 10) ?? ctx.referenceDate;
  const placed = readMentions(doc, starts, reference);
  const { town: datelineTown, country: datelineCountry } = readDateline(doc);
  // A report filed from a town calls that town "the city"; another, the town it told last.
  if (!datelineTown) placeInTheCity(placed, text);
  sceneAfterRoute(placed, doc);
  dateLeadByNamedDay(placed, doc);
  const merged = foldStrikeEchoes(
    foldLead(mergeIncidents(withoutSummedLeads(withoutSeriesLeads(placed, doc), doc))),
    text,
  );
  placeBattleDead(merged);
  if (datelineTown) placeAtDatelineTown(merged, datelineTown, text);
  const { told, towned } = toldIncidents(merged, doc, datelineCountry !== null);
  dateIncidents(told, merged, doc, starts, reference, datelineTown !== null);
  // Days carried from the lead or the report date join a town's tellings of the day into one event.
  const incidents = foldTownDays(told, text);
  // Where each incident was told before the dateline, the article or the next telling placed it.
  const placeAsTold = new Map(incidents.map((item) => [item, item.event.location]));
  placeIncidents(incidents, doc, datelineCountry, towned.length > 0);
  // Only now placed where they happened, two tellings of one incident may show as one (a review of the papers).
  const once = packedMap(
    foldRetoldIncidents(incidents, (item) => placeAsTold.get(item) ?? null),
    (item) => item.event,
  );
  once.forEach((event, i) => (event.id = eventId(doc.content_hash ?? '', i)));
  const states = statesByPhrase(doc.mentions ?? []);
  for (const event of once) {
    crowdOfScene(event, doc.mentions ?? []);
    abductedCivilians(event, text);
    rebelsNamed(event, text, doc.mentions ?? []);
    event.confidence = confidenceOf(event);
    withSideIds(event, states);
    for (const field of EVIDENCED_FIELDS) {
      const value = event[field];
      if (value) value.spans = firstTellings(value.spans);
    }
  }
  return once;
}
