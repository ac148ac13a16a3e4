// The placement pass: each incident, once merged and dated, placed where it happened — by the dateline, the
// digest item it is told in, the article's country, and the towns, routes and borders its words name.
import type { Document, EventRecord, Mention, PlaceRef } from '../../core/records.js';
import { packedMap } from '../../core/packed-map.js';
import {
  nationalityTownToArticle,
  placeAtUnknownTown,
  placeFromArticle,
  placeFromSentence,
} from './article-place.js';
import { articleCountry } from './article-country.js';
import { locateCountryPlace } from './country-coordinates.js';
import { placeAlongCrossBorderRoute } from './cross-border-route.js';
import { datelinePlace, toDatelineCountry } from './dateline-reader.js';
import { offDestination, placeAtDeparture } from './destination.js';
import { digestStories, storyOf, type Story } from './digest-stories.js';
import { doerInDoubt, hearsayDoer } from './doubted-doer.js';
import { groundStriker } from './grounded-striker.js';
import { placeAtJourneyEnd } from './journey-town.js';
import { namesakeAtHome } from './namesake-abroad.js';
import { placeFromNextTelling } from './next-town.js';
import { placeAtRegionTown } from './region-town.js';
import { roundUpToll, type Placed } from './placed.js';
import { townOfQuarter } from './quarter-of-town.js';
import { placeWithinThenBorders } from './then-borders.js';
import { trucePlace } from './truce-place.js';

/**
 * Places each incident (and drops a doer the article only doubts or hears of): a destination is no scene; a
 * dateline's country holds its incidents; the story's country (its digest item's, its dateline's, or the
 * article's) places an incident its words do not; then the article's or the sentence's town, a region's town,
 * a journey's end, a route, a quarter's town, a namesake at home, the borders of the day and a country's
 * point; last, the next telling's town. `datelineCountry` is the country a chronology's dateline names; `articleTowned`,
 * whether the article places any incident at a town.
 *
 * @example placeIncidents(incidents, doc, null, true) // incidents[0].event.location: the town its sentence names
 */
export function placeIncidents(
  incidents: readonly Placed[],
  doc: Document,
  datelineCountry: Mention | null,
  articleTowned: boolean,
): void {
  const text = doc.text ?? '';
  const mentions = doc.mentions ?? [];
  // A digest's item is its own article: no item lends its country or towns to another.
  const stories = digestStories(doc, articleCountry);
  // The article's country is read from every place it names: asked only once an incident needs it.
  let fallback: PlaceRef | null | undefined;
  const articleFallback = () => (fallback === undefined ? (fallback = articleCountry(doc)) : fallback);
  // Under a chronology's dateline the entry's country is the dateline's, whatever nationalities it names.
  const countryOfStory = (story: Story | null): PlaceRef | null =>
    story ? story.country : datelineCountry ? datelinePlace(datelineCountry) : articleFallback();
  const spans = packedMap(doc.sentences ?? [], (s) => s.span);
  const events = packedMap(incidents, (item) => item.event);
  const resolved = incidents.map((item) => {
    const event = item.event;
    offDestination(event, doc);
    if (datelineCountry) toDatelineCountry(event, datelineCountry, doc);
    placeAtDeparture(event, doc);
    if (doerInDoubt(event, events, text, spans) || hearsayDoer(event, text, spans)) event.actor1 = null;
    groundStriker(event, text, mentions);
    const story = storyOf(stories, event);
    const storyDoc = story?.doc ?? doc;
    // Weighed only for an event it may place: the article's country reads every mention it names.
    const storyCountry = mayTakeStoryCountry(event) ? countryOfStory(story) : null;
    if (!event.location && storyCountry) event.location = storyCountry;
    event.location = trucePlace(event, storyCountry);
    nationalityTownToArticle(event, storyDoc, storyCountry);
    if (!articleTowned) placeFromArticle(event, storyDoc, storyCountry);
    else placeFromSentence(event, storyDoc);
    // A round-up's toll is its incidents' together: no one town of the region takes it.
    if (!roundUpToll(item)) placeAtRegionTown(event, storyDoc);
    placeAtUnknownTown(event, doc);
    placeAtJourneyEnd(event, storyDoc);
    placeAlongCrossBorderRoute(event, doc);
    townOfQuarter(event, storyDoc);
    namesakeAtHome(event, storyDoc);
    placeWithinThenBorders(event, mentions);
    locateCountryPlace(event, mentions);
    return event;
  });
  placeFromNextTelling(resolved, doc);
}

/**
 * Whether the country of the story (its dateline's, or the article's) may still place an event: one with no
 * place, only a country, or a town the base does not know, whose country a nationality may have given. Every
 * reader of that country below (`trucePlace`, `nationalityTownToArticle`, `placeFromArticle`) leaves a known
 * town or area where it is.
 */
function mayTakeStoryCountry(event: EventRecord): boolean {
  const loc = event.location;
  return !loc || loc.precision === 'country' || (loc.precision === 'town' && loc.entity_id === null);
}
