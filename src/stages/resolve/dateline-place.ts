import type { Document, PlaceRef } from '../../core/records.js';

/** How far into the body a dateline's town may start ("HYDERABAD:", "Baghdad (Reuters) -"). */
const DATELINE_REACH = 3;
/** What follows a dateline's town: a colon, a dash, an agency in brackets, another town ("a/b:"). */
const DATELINE_END = /^\s*(?:[:\-–—]|\(|\/)/;

/**
 * The town of the article's dateline, where a local report's unplaced crowd events happen ("youths
 * threw stones at buses" in a story filed from the city).
 *
 * @example datelinePlace(doc)?.name // 'Srinagar' for a text opening "srinagar: youths …"
 */
export function datelinePlace(doc: Document): PlaceRef | null {
  const text = doc.text ?? '';
  const start = doc.body?.[0] ?? 0;
  const lead = text.slice(start, start + DATELINE_REACH);
  const offset = start + (lead.length - lead.trimStart().length);
  const m = (doc.mentions ?? []).find((x) => x.span[0] === offset && x.place?.precision === 'town');
  if (!m || !DATELINE_END.test(text.slice(m.span[1], m.span[1] + 3))) return null;
  return {
    name: m.name,
    country: m.place!.country ?? null,
    lat: m.place!.lat ?? null,
    lon: m.place!.lon ?? null,
    precision: 'town',
    entity_id: m.entity_id,
    spans: [m.span],
  };
}
