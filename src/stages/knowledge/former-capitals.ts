// Capitals move (Lagos → Abuja, Almaty → Astana) and states merge (South Vietnam, West Germany, South Yemen),
// while a chronology or an old report still says "the capital" and means the capital of its day. This module
// holds the few such facts and reads "the capital" of an article by its publication date.
import type { Entity, KnowledgeBase } from './kb-types.js';

/** A town that was a country's capital until a day, for texts dated before it. */
interface FormerCapital {
  /** ISO alpha-2 of the country the base files the town under today. */
  country: string;
  /** The first day (YYYY-MM-DD) the town no longer was the capital. */
  until: string;
  town: string;
  /** The state whose capital it was, when it is not the whole of today's country: the text must name it. */
  state?: RegExp;
}

const EAST_GERMANY = /\beast(?:ern)?\s+german(?:y|ic)?\b|\bGDR\b|ألمانيا الشرقية/i;

/**
 * Earliest first within a country: a text dated before several moves takes the first town whose day is still
 * ahead of it (1955 Karachi, 1962 Rawalpindi). West Germany's Bonn counts unless the text names East Germany.
 */
const FORMER_CAPITALS: readonly FormerCapital[] = [
  { country: 'KZ', until: '1997-12-10', town: 'place:kz:almaty' },
  { country: 'NG', until: '1991-12-12', town: 'place:ng:lagos' },
  { country: 'BR', until: '1960-04-21', town: 'place:br:rio-de-janeiro' },
  { country: 'PK', until: '1959-10-27', town: 'place:pk:karachi' },
  { country: 'PK', until: '1967-08-14', town: 'place:pk:rawalpindi' },
  { country: 'DE', until: '1990-10-03', town: 'place:de:east-berlin', state: EAST_GERMANY },
  { country: 'DE', until: '1990-10-03', town: 'place:de:bonn' },
  {
    country: 'VN',
    until: '1975-04-30',
    town: 'place:vn:ho-chi-minh-city',
    state: /\bsouth(?:ern)?\s+viet\s*nam|فيتنام الجنوبية/i,
  },
  {
    country: 'YE',
    until: '1990-05-22',
    town: 'place:ye:aden',
    state: /\bsouth(?:ern)?\s+yemen|\bPDRY\b|اليمن الجنوبي/i,
  },
];

/** The day of the latest listed move: a text dated from then on takes today's capitals. */
const LAST_MOVE = FORMER_CAPITALS.reduce((last, f) => (f.until > last ? f.until : last), '');

/**
 * The capitals as they stood when the text was published (`published` an ISO date, YYYY-MM-DD or longer):
 * `capitals` itself for a text with no date or one dated after every listed move, else a copy with each moved
 * capital's town of the time.
 *
 * @example capitalsAt(kb, capitalsOf(kb), 'NIGERIA.  A bomb hit the capital.', '1985-06-01').get('NG')?.name
 * // 'Lagos'
 */
export function capitalsAt(
  kb: KnowledgeBase,
  capitals: ReadonlyMap<string, Entity>,
  text: string,
  published: string | null | undefined,
): ReadonlyMap<string, Entity> {
  if (!published || !/^\d{4}/u.test(published) || published >= LAST_MOVE) return capitals;
  const dated = new Map(capitals);
  const settled = new Set<string>();
  for (const former of FORMER_CAPITALS) {
    if (settled.has(former.country) || published >= former.until) continue;
    if (former.state !== undefined && !former.state.test(text)) continue;
    const town = kb.entities.get(former.town);
    if (town === undefined) continue;
    dated.set(former.country, town);
    settled.add(former.country);
  }
  return dated;
}
