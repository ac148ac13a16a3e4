import { describe, expect, it } from 'vitest';
import { resolvedEvents } from '../../../test/support/resolved-events.js';
import { killed } from './fixture-actors.js';
import { placeEntity } from './fixture-entities.js';

const velmora = placeEntity('Velmora', 'RT', 'region');
const dunhollow = placeEntity('Dunhollow', 'RT');

// "X stormed a farm, killing 12": the killing participle tells the dead of the storming.
describe('a killing told as what a storming did', () => {
  it('keeps the province told before the storming verb', () => {
    const text = 'In Velmora province loyalist soldiers stormed a hamlet before dawn killing 11 herders.';
    const events = resolvedEvents({
      text,
      mentions: [['Velmora', velmora]],
      quantities: [['11', killed(11, 'herders')]],
    });
    expect(events.map((e) => [e.location?.name, e.fatalities?.value])).toEqual([['Velmora', 11]]);
  });

  it('leaves a killing past a semicolon to its own clause', () => {
    const text =
      'In Velmora province loyalist soldiers stormed a hamlet before dawn; killing 11 herders, gunmen raided Dunhollow.';
    const events = resolvedEvents({
      text,
      mentions: [
        ['Velmora', velmora],
        ['Dunhollow', dunhollow],
      ],
      quantities: [['11', killed(11, 'herders')]],
    });
    expect(events.find((e) => e.fatalities?.value === 11)?.location?.name).toBe('Dunhollow');
  });
});
