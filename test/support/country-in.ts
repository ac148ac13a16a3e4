import type { FixtureSpec } from '../../src/stages/extract/fixture-document.js';
import { demonymEntity, placeEntity } from '../../src/stages/extract/fixture-entities.js';
import { resolvedEvents } from './resolved-events.js';

/** For tests of the article's country: a nationality of the made-up country Freedonia ('FD'). */
export const freedonian = demonymEntity('Freedonian', 'FD');

/** For tests of the article's country: the made-up country Sylvania ('SV'), named as a place. */
export const sylvania = placeEntity('Sylvania', 'SV', 'country');

/**
 * For tests: the country the first event of a text with these mentions is placed in, after the extract and
 * resolve stages.
 *
 * @example countryIn('Gunmen fired on a patrol in Sylvania.', [['Sylvania', sylvania]]) // 'SV'
 */
export const countryIn = (text: string, mentions: FixtureSpec['mentions']) =>
  resolvedEvents({ text, published: '2010-05-02', mentions })[0]?.location?.country;
