import { placeRefOf, placeWith } from '../../core/place-ref.js';
import type { EventRecord, Mention } from '../../core/records.js';
import type { Frame } from './frame-builder.js';
import type { SentenceView } from './sentence-view.js';

// "… استهدف المسلحون قاعدة العند بقذائف الهاون. ثم قصفت الطائرات محيط القاعدة.": a military site named once
// with its place ("قاعدة العند", "مطار صنعاء") and then by its noun alone ("القاعدة", "بالمطار").

/** Site nouns a place's name follows as their genitive, as written (hamza and ta marbuta either way). */
const SITE_NOUN = '(قاعد[ةه]|معسكر|مطار|ميناء|مينا)';
/** A site noun right before a place's name: "قاعدة العند" with the name alone a mention. */
const NAMED_SITE = new RegExp(String.raw`(?:^|\s)[وفبل]?${SITE_NOUN}\s+$`);
/** A name that opens with the site noun: "قاعدة العند". */
const SITE_OPENS = new RegExp(String.raw`^${SITE_NOUN}\s`);
/** The same nouns made definite, as the tokens fold them: "القاعده", "بالمطار", "للمعسكر". */
const SITE_AGAIN = /^[وف]?(?:[بلك]?ال|لل)(قاعده|معسكر|مطار|ميناء|مينا)$/;
/** How many sentences back the site's first naming is looked for. */
const SITE_REACH = 4;

const stem = (noun: string) => noun.replace(/ة$/, 'ه').replace(/ء$/, '');

/**
 * An incident the clause places no finer than a country, at a site it names by its definite noun alone
 * ("غارات جوية على القاعدة", "قرب المطار"), is at the place a sentence shortly before named that site by
 * ("قاعدة العند"), when exactly one such place was named. A noun that is part of a name («القاعدة» the
 * group) is no site.
 *
 * @example siteToldBack(record, frame, views, at, text); record.location?.name // 'Al-Anad'
 */
export function siteToldBack(
  record: EventRecord,
  frame: Pick<Frame, 'view' | 'from' | 'to'>,
  views: readonly SentenceView[],
  at: number,
  text: string,
): boolean {
  const own = record.location;
  if (own && own.precision !== 'country') return false;
  const { tokens, mentions } = frame.view;
  const named = (span: readonly [number, number]) =>
    mentions.some((m) => m.span[0] < span[1] && m.span[1] > span[0]);
  const site = tokens.slice(frame.from, frame.to).find((t) => SITE_AGAIN.test(t.norm) && !named(t.span));
  if (!site) return false;
  const noun = stem(SITE_AGAIN.exec(site.norm)![1]);
  // The noun may stand before the name or open it: the base knows "قاعدة العند" as one name.
  const sitePlace = (m: Mention) => {
    const before =
      NAMED_SITE.exec(text.slice(Math.max(0, m.span[0] - 12), m.span[0])) ??
      SITE_OPENS.exec(text.slice(m.span[0], m.span[1]));
    return before !== null && stem(before[1]) === noun && !!m.place && m.place.precision !== 'country';
  };
  for (const view of views.slice(Math.max(0, at - SITE_REACH), at).reverse()) {
    const places = view.mentions.filter(sitePlace);
    if (places.length === 0) continue;
    if (places.some((m) => m.entity_id !== places[0].entity_id)) return false;
    const place = placeRefOf(places[0]);
    if (own && own.country !== place.country) return false;
    record.location = placeWith(place, place.country, [places[0].span, site.span]);
    return true;
  }
  return false;
}
