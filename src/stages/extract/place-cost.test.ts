import { describe, expect, it } from 'vitest';
import { townMention as town } from '../../core/mention-fixture.js';
import type { Mention } from '../../core/records.js';
import { resolvedEvents } from '../../../test/support/resolved-events.js';
import { placeEntity } from './fixture-entities.js';
import { isNationality, LOCATIVE, locativeBefore, TOWN_MARK, townNamed } from './place-cost.js';

/** A country named in the text as `via` tells (a nationality's adjective, or an alias of the country). */
function country(text: string, name: string, via: Mention['via']): Mention {
  const m = town(text, name, 'TR');
  return { ...m, kind: 'country', via, place: { ...m.place!, precision: 'country' } };
}

describe("the words that weigh a place's cost", () => {
  it('reads a locative right before the name, but not one before the sentence starts', () => {
    const text = 'Rains fell. Clashes broke out in Adrow on Monday.';
    expect(locativeBefore(town(text, 'Adrow'), text, 0)).toBe(true);
    expect(locativeBefore(town(text, 'Adrow'), text, text.indexOf('Adrow'))).toBe(false);
    const bare = 'Adrow police said clashes broke out.';
    expect(locativeBefore(town(bare, 'Adrow'), bare, 0)).toBe(false);
    expect(LOCATIVE.test('قصف مدفعي على ')).toBe(true);
  });

  it('tells a name the text calls a town, in either language', () => {
    const english = 'gunmen stormed the city of Hader at dawn';
    expect(townNamed(town(english, 'Hader'), english)).toBe(true);
    const arabic = 'قصف بمدينة أبها أمس';
    expect(townNamed(town(arabic, 'أبها'), arabic)).toBe(true);
    const plain = 'gunmen stormed Hader at dawn';
    expect(townNamed(town(plain, 'Hader'), plain)).toBe(false);
    expect(TOWN_MARK.test('raided the village of ')).toBe(true);
    expect(TOWN_MARK.test('raided the valley of ')).toBe(false);
  });

  it('takes an Arabic adjective of a country for a nationality, unless a locative stands before it', () => {
    const jets = 'أغارت مقاتلات تركية على القرية';
    expect(isNationality(country(jets, 'تركية', 'alias'), jets)).toBe(true);
    const inIt = 'وقع انفجار في السعودية أمس';
    expect(isNationality(country(inIt, 'السعودية', 'alias'), inIt)).toBe(false);
    const english = 'Turkish jets struck the village';
    expect(isNationality(country(english, 'Turkish', 'demonym'), english)).toBe(true);
  });

  it('places an incident at a foreign town that names it right before its word', () => {
    const text =
      'The law was drawn up after the attacks on the US. Critics cite the Madrid train bombings, which killed 191 people.';
    const events = resolvedEvents({
      text,
      mentions: [
        ['US', placeEntity('United States', 'US', 'country')],
        ['Madrid', placeEntity('Madrid', 'ES')],
      ],
      quantities: [['191 people', { value: 191, qualifier: 'exact', role: 'killed' }]],
    });
    expect(events.map((e) => e.location?.name)).toEqual(['Madrid']);
  });
});
