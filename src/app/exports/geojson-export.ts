import type { StoredEvent } from '../../core/article-output.js';
import { sourceLabel } from '../../core/source-label.js';
import { arabicColumns, englishNameOf } from '../arabic-names.js';
import { evidenceTexts, type ArticleLookup } from './article-lookup.js';
import { countColumns } from './count-columns.js';

/**
 * A GeoJSON FeatureCollection (RFC 7946): one Point feature per event, [longitude, latitude]; an event
 * with no coordinates keeps its place in the collection with a null geometry, as the RFC allows.
 * Properties are flat so GIS tools can show and filter them as columns.
 *
 * @example for await (const chunk of geojsonExport(events, lookup)) out.write(chunk);
 */
export async function* geojsonExport(
  events: AsyncIterable<StoredEvent>,
  articles: ArticleLookup,
): AsyncIterable<string> {
  yield '{"type":"FeatureCollection","features":[';
  let first = true;
  for await (const event of events) {
    const feature = await featureOf(event, articles);
    yield `${first ? '' : ','}\n${JSON.stringify(feature)}`;
    first = false;
  }
  yield '\n]}\n';
}

async function featureOf(e: StoredEvent, articles: ArticleLookup) {
  const place = e.location;
  const article = await articles(e.article_id);
  const geometry =
    place && place.lat !== null && place.lon !== null
      ? { type: 'Point', coordinates: [place.lon, place.lat] }
      : null;
  return {
    type: 'Feature',
    id: e.id,
    geometry,
    properties: {
      event_date: e.date?.value ?? null,
      date_precision: e.date?.precision ?? null,
      date_basis: e.date?.basis ?? null,
      event_type: e.event_type?.value ?? null,
      sub_event_type: e.sub_event_type?.value ?? null,
      timing: e.timing?.value ?? null,
      actor1: englishNameOf(e.actor1),
      actor2: englishNameOf(e.actor2),
      claimed_by: englishNameOf(e.claimed_by),
      ...countColumns(e),
      location: englishNameOf(place),
      country: place?.country ?? null,
      geo_precision: place?.precision ?? null,
      notes: evidenceTexts(article, e.evidence).join(' … '),
      confidence: e.confidence,
      article_id: e.article_id,
      // The article's address, or its file's name: never the path it had on the ingesting machine.
      source: sourceLabel(article?.url, e.source),
      language: e.language,
      ...arabicColumns(e),
    },
  };
}
