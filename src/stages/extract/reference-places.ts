import type { Mention } from '../../core/records.js';

// Towns the text measures a place from ("north of X", "20 km from X", "شمال X"): landmarks to find the
// incident by, which place-finder takes only when the clause names no place of its own.

/** The words before a town that make it a point another place is measured from. */
export const REFERENCE =
  /(?:\b(?:north|south|east|west|northeast|northwest|southeast|southwest)(?:ern)?\s+of\s+(?:the\s+)?|(?:\d+\s*(?:km|kilometres|kilometers|miles|كم|كيلومترا?ت?)\s+(?:\w+\s+)?(?:of|from|من)\s+)|(?:^|\s)[وب]?(?:شمال|جنوب|شرق|غرب|شمالي|جنوبي|شرقي|غربي|جنوب شرق|جنوب غرب|شمال شرق|شمال غرب|شمال شرقي|جنوب شرقي|جنوب غربي|شمال غربي)\s+)$/i;

/** "منطقتي الفلاحات غرب الفلوجة", "the villages north of Aleppo": localities the text names by a town. */
const NAMED_SITE_NEAR =
  /(?:(?:^|\s)[وفب]?(?:منطقة|منطقتي|قرية|قريتي|قرى|بلدة|بلدتي|ناحية|حي|احياء)\s+\S+(?:\s+\S+)?|\b(?:villages?|areas?|localities|hamlets?)\b[^.,;]{0,20})\s+[وب]?(?:\S+\s+){0,1}$/i;

/**
 * Sites too small for the knowledge base, told by the town they lie near, stand for that town (one event
 * at the shared reference place); a landmark that is not a locality ("an air base east of Aleppo") does not.
 *
 * @example namedSiteNear(places, 'shelling of the villages north of Aleppo')?.name // 'Aleppo'
 */
export function namedSiteNear(local: Mention[], text: string): Mention | undefined {
  return local.find((m) => {
    const before = text.slice(Math.max(0, m.span[0] - 48), m.span[0]);
    if (!REFERENCE.test(before.slice(-14)) || m.place?.precision !== 'town') return false;
    const head = before.replace(REFERENCE, '');
    return NAMED_SITE_NEAR.test(head + ' ');
  });
}

/**
 * "gunmen attacked a patrol northeast of Baqubah": in a sentence that names no other place, the incident is
 * placed at the town it is measured from, the nearest the text comes to it.
 *
 * @example measuredFromTown(local, places, 'attacked a patrol northeast of Baqubah')?.name // 'Baqubah'
 */
export function measuredFromTown(local: Mention[], places: Mention[], text: string): Mention | undefined {
  const reference = (m: Mention) => REFERENCE.test(text.slice(Math.max(0, m.span[0] - 14), m.span[0]));
  if (places.some((m) => m.place?.precision !== 'country' && !reference(m))) return undefined;
  // "20 km south of Aleppo": a distance puts the incident out of the town.
  const away = (m: Mention) => DISTANCE.test(text.slice(Math.max(0, m.span[0] - 40), m.span[0]));
  return local.find((m) => m.place?.precision === 'town' && reference(m) && !away(m));
}

const DISTANCE = /\d+\s*(?:km|kilomet(?:re|er)s?|miles|كم|كيلومترا?ت?)\s+(?:\S+\s+){0,3}$/i;
