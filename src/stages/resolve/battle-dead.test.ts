import { describe, expect, it } from 'vitest';
import { battleBeside, diedInBattle, placeBattleDead } from './battle-dead.js';
import { mergeIncidents } from './incident-merger.js';
import { eventRecord, mention, place } from './placed-fixture.js';

const killed = { value: 20, qualifier: 'exact' as const, spans: [] };

describe('a battle told with its own dead', () => {
  it.each([
    ['English', 'Jets hit the base, and 20 rebels were killed in clashes with troops.', 'clashes'],
    ['Arabic', 'قصفت الطائرات القاعدة، وقتل 20 مسلحا في معارك مع الجيش.', 'معارك'],
  ])('is read from the word before its battle word (%s)', (_, text, word) => {
    const at = text.indexOf(word);
    const clash = eventRecord('Armed clash', [at, at + word.length], [0, text.length], {
      fatalities: killed,
    });
    expect(diedInBattle(clash, text)).toBe(true);
  });

  it('is not a clash that names its dead otherwise', () => {
    const text = 'Clashes with troops killed 20 rebels.';
    const clash = eventRecord('Armed clash', [0, 7], [0, text.length], { fatalities: killed });
    expect(diedInBattle(clash, text)).toBe(false);
  });

  it('stays apart from the air strike of its sentence, placed where the strike was', () => {
    const town = place('Hama');
    const strike = mention(2, 'Air/drone strike', { location: town });
    const clash = { ...mention(2, 'Armed clash', { fatalities: killed }), battleDead: true };
    expect(battleBeside(strike, clash)).toBe(true);
    const merged = mergeIncidents([strike, clash]);
    placeBattleDead(merged);
    expect(
      merged.map((m) => [m.event.sub_event_type?.value, m.event.fatalities?.value, m.event.location?.name]),
    ).toEqual([
      ['Air/drone strike', undefined, 'Hama'],
      ['Armed clash', 20, 'Hama'],
    ]);
  });

  it('places the strike beside it where the battle was, when its own clause names no town', () => {
    const strike = mention(2, 'Air/drone strike');
    const clash = {
      ...mention(2, 'Armed clash', { fatalities: killed, location: place('Hama') }),
      battleDead: true,
    };
    const merged = mergeIncidents([clash, strike]);
    placeBattleDead(merged);
    expect(merged.map((m) => m.event.location?.name)).toEqual(['Hama', 'Hama']);
  });

  it('does not keep a strike apart from a clash told without its dead', () => {
    const strike = mention(2, 'Air/drone strike', { location: place('Hama') });
    expect(mergeIncidents([strike, mention(2, 'Armed clash', { fatalities: killed })])).toHaveLength(1);
  });
});
