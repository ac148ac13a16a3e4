import type { Document, Mention, PlaceRef } from '../../core/records.js';
import type { Span } from '../../core/span.js';
import { near } from './place-relations.js';

/** "Ostmark Province", "Ostmark governorate", "Ostmark Department": a region named with its unit's word. */
const UNIT_IN_OR_AFTER =
  /(?:^|\s)(?:province|governorate|department|state|district|county|prefecture|oblast|wilaya)s?\b|^[^.]*?\s(?:province|governorate|department|state|district)s?\b/i;
/**
 * "the state of Ostmark", "the provinces of Ostmark and Lakhpur", «محافظة X», «ولاية X»: the unit's word before
 * the name.
 */
const UNIT_BEFORE =
  /(?:\b(?:province|governorate|department|state|district|county|prefecture)s?\s+of\s+(?:the\s+)?|(?:^|\s)[وفب]?(?:محافظة|ولاية|إقليم|اقليم|مقاطعة)\s+)$/i;

/**
 * "in Ostmark Province", "the state of Ostmark", «في محافظة X»: the text tells the region as an administrative unit,
 * whose bounds the base's provinces follow — not a desert, a valley, a coast or a delta named bare ("the western
 * Negev", "in Galilee"), which may reach over several.
 *
 * @example toldAsUnit('Shells fell in Ostmark province.', [[15, 22]]) // true
 */
export function toldAsUnit(text: string, spans: readonly Span[]): boolean {
  return spans.some(
    ([from, to]) =>
      UNIT_IN_OR_AFTER.test(text.slice(from, to + 14).split(/[,;(]/u)[0]) ||
      UNIT_BEFORE.test(text.slice(Math.max(0, from - 24), from)),
  );
}

/**
 * The town lies in the region: the base files it in the region's province; or, when the base gives the town no
 * province or the text names the region bare ("a rocket hit near Rampur in the western Negev"), the town is named
 * in the region's sentence or the next, and lies within a region's reach of it. A region the text calls a province
 * ("in Ostmark Province") holds only its own province's towns: one of the next province, however near, is
 * another place; so does a town told further on, most often of another incident.
 *
 * @example inRegionOf(doc, negev, 'Negev', sderotMention) // true: Sderot, told beside the Negev, lies near it
 */
export function inRegionOf(doc: Document, region: PlaceRef, admin1: string, town: Mention): boolean {
  const place = town.place!;
  if (place.admin1 === admin1) return true;
  const text = doc.text ?? '';
  if (place.admin1 && toldAsUnit(text, region.spans)) return false;
  const sentences = doc.sentences ?? [];
  const at = (offset: number) => sentences.findIndex((s) => s.span[0] <= offset && offset < s.span[1]);
  const gap = at(town.span[0]) - at(region.spans[0]?.[0] ?? -1);
  return gap >= 0 && gap <= 1 && near(region, { ...region, lat: place.lat, lon: place.lon });
}
