import type { FixtureSpec } from '../../src/stages/extract/fixture-document.js';
import { resolvedEvents } from './resolved-events.js';

/**
 * For tests: each event's place and country after the extract and resolve stages, as "Name CC".
 *
 * @example placesOf({ text: 'A bomb exploded in Mosul.', mentions: [['Mosul', placeEntity('Mosul', 'IQ')]] }) // ['Mosul IQ']
 */
export function placesOf(spec: FixtureSpec): (string | undefined)[] {
  return resolvedEvents(spec).map((e) => `${e.location?.name} ${e.location?.country}`);
}
