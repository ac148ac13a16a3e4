import { describe, expect, it } from 'vitest';
import { subTypesOf } from '../../../test/support/resolved-events.js';
import { placeEntity } from './fixture-entities.js';

const brega = placeEntity('Brega', 'LY');

/** The sub-types a text told in Brega gives. */
const types = (text: string) => subTypesOf({ text, mentions: [['البريقة', brega]] });

describe('a liberation of a place announced or completed took place', () => {
  it.each([
    [
      'announced across its subject',
      'وأعلنت وحدات الجيش الليبي عن تحرير مدينة البريقة من المسلحين يوم السبت.',
    ],
    ['completed', 'واستكملت القوات تحرير مدينة البريقة بعد أسبوع من المعارك.'],
    ['told as what came first', 'وقد سبق ذلك تحرير بلدة البريقة الساحلية بأيام.'],
  ])('types a liberation %s as ground won back', (_, text) => {
    expect(types(text)).toContain('Government regains territory');
  });

  it('leaves hostages freed near a town to no ground won back', () => {
    // No event at all: the announcement frees people, and the liberation phrases want a place noun.
    expect(types('وأعلن الجيش تحرير 14 رهينة قرب البريقة يوم السبت.')).toEqual([]);
  });
});
