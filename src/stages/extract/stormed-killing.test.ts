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

// "Bandits stormed a wedding. Three were wounded.": the storming of a gathering is an attack, placed or not,
// and the toll of the next sentence is its own.
describe('a gathering stormed, its toll told in the next sentence', () => {
  /** Sub-type, place and tolls of each event of a text. */
  const told = (spec: Parameters<typeof resolvedEvents>[0]) =>
    resolvedEvents(spec).map((e) => [
      e.sub_event_type?.value,
      e.location?.name ?? null,
      e.fatalities?.value ?? null,
      e.injuries?.value ?? null,
    ]);

  it('keeps the attack and its wounded in a village the knowledge base does not know', () => {
    const text = 'Bandits stormed a wedding in Orvane on Friday. Three were wounded.';
    const injured = { value: 3, qualifier: 'exact' as const, role: 'injured' as const };
    expect(told({ text, quantities: [['Three', injured]] })).toEqual([['Attack', 'Orvane', null, 3]]);
  });

  it('types the storming of a funeral in a known province an attack, with the dead told after it', () => {
    const text = 'Gunmen stormed a funeral in Velmora province on Sunday. All seven mourners were killed.';
    expect(
      told({ text, mentions: [['Velmora', velmora]], quantities: [['seven', killed(7, 'mourners')]] }),
    ).toEqual([['Attack', 'Velmora', 7, null]]);
  });
});
