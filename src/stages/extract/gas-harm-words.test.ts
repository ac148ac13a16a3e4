import { describe, expect, it } from 'vitest';
import { readTollAt } from './fixture-toll-reading.js';

describe('gasHarmRole: the people a gas left choking are its injured', () => {
  it.each([
    ['Chlorine-filled shells hit Tarsk and brought on cases of asphyxia in at least 14 farmers.', '14', 14],
    ['The gas drifted over the camp and caused choking and vomiting cases among 23 refugees.', '23', 23],
    ['After the canisters burst, 9 pupils suffered from suffocation at their school.', '9', 9],
    ['Nurses said 12 farmers were treated for breathing difficulties after the attack.', '12', 12],
  ])('reads "%s" as injured', (text, word, value) => {
    expect(readTollAt(text, word, value).role).toBe('injured');
  });

  it('leaves the dead of suffocation, and a count with no choking, to other words', () => {
    expect(
      readTollAt('The 4 men found in the cellar were dead of suffocation, a medic said.', '4', 4).role,
    ).not.toBe('injured');
    expect(readTollAt('Medics counted 7 buses parked near the clinic.', '7', 7).role).toBeUndefined();
  });
});
