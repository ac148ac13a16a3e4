import { describe, expect, it } from 'vitest';
import { actorsOf, killed } from './fixture-actors.js';
import { placeEntity } from './fixture-entities.js';

describe('forces in a sentence that names no country', () => {
  it.each<[string, string, [string | undefined, string | undefined]]>([
    [
      'soldiers struck',
      'Gunmen attacked an army checkpoint at dawn, wounding two soldiers.',
      [undefined, 'Military Forces'],
    ],
    [
      'police who fired',
      'Police fired at the marchers outside the flour mill at dawn.',
      ['Police Forces', undefined],
    ],
    ['Arabic security forces', 'أطلق مسلحون النار على قوات الأمن فجر اليوم.', [undefined, 'Police Forces']],
  ])('are still state forces, without their state: %s', (_, text, roles) => {
    expect(actorsOf({ text })).toEqual(roles);
  });

  it('take their state once a place names it', () => {
    const text = 'Police fired at the marchers outside the flour mill in Kisumu at dawn, killing two people.';
    const [actor1] = actorsOf({
      text,
      mentions: [['Kisumu', placeEntity('Kisumu', 'KE')]],
      quantities: [['two people', killed(2, 'people')]],
    });
    expect(actor1).toBe('Police Forces of Kenya');
  });

  it('are left out where the text places its story but not their sentence', () => {
    const text =
      'Unrest spread across Kisumu last week. Police fired at the marchers outside the flour mill at dawn.';
    const [actor1] = actorsOf({ text, mentions: [['Kisumu', placeEntity('Kisumu', 'KE')]] }, -1);
    expect(actor1).toBeUndefined();
  });

  it('leave out a kind of side only a country tells', () => {
    const [actor1] = actorsOf({ text: 'The rebels shelled the airport at dawn.' });
    expect(actor1).toBeUndefined();
  });
});
