import { locale } from './locale.js';
import type { Locale } from './strings.js';

/**
 * A place, actor or mention as the API returns it: the stored English canonical name and, when the
 * knowledge base knows the entity, its Arabic name (`name_ar`, added by the server at response time).
 */
export interface NamedRef {
  name: string;
  name_ar?: string;
}

/**
 * The name to show in the interface language; an entity the knowledge base does not know keeps its
 * English name in both.
 *
 * @example localName({ name: 'Mosul', name_ar: 'الموصل' }, 'ar') === 'الموصل'
 */
export function localName(ref: NamedRef, loc: Locale = locale()): string {
  return (loc === 'ar' && ref.name_ar) || ref.name;
}

/**
 * Where a name in `localName`'s language comes from, for `lang` on its element: screen readers and
 * fonts pick the right voice and shapes.
 *
 * @example h('bdi', { lang: nameLang(place) }, localName(place))
 */
export function nameLang(ref: NamedRef, loc: Locale = locale()): Locale {
  return loc === 'ar' && ref.name_ar ? 'ar' : 'en';
}

/**
 * Whether a place's own name goes before its country's: not when the place is the country itself, which
 * would read "Yemen, Yemen".
 *
 * @example showsOwnName({ precision: 'country' }) === false
 */
export function showsOwnName(place: { precision: string }): boolean {
  return place.precision !== 'country';
}
