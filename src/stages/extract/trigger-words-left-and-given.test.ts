import { describe, expect, it } from 'vitest';
import { subTypesOf } from '../../../test/support/resolved-events.js';
import type { FixtureSpec } from './fixture-document.js';
import { placeEntity } from './fixture-entities.js';

// Trigger rows for harm told by what was left, given or felled rather than by a blow: gas canisters, bombs and
// mines set down, poison given, a sniper's shot, hangings by an armed side, harassment, towers brought down.
describe('incidents told by what was left, given or felled', () => {
  it.each<[string, FixtureSpec, string[]]>([
    [
      'gas canisters placed at a bank are a home-made bomb, not a chemical weapon',
      {
        text: 'A cell called Night Owls placed three gas canisters outside a bank in Patras on Monday.',
        mentions: [['Patras', placeEntity('Patras', 'GR')]],
      },
      ['Remote explosive/landmine/IED'],
    ],
    [
      'tear-gas canisters fired at a crowd stay no bomb',
      {
        text: 'Police fired tear gas canisters at students in Patras on Monday.',
        mentions: [['Patras', placeEntity('Patras', 'GR')]],
      },
      [],
    ],
    [
      'a bomb told as left somewhere, in the passive',
      {
        text: 'Two bombs were left beside a police post in Patras overnight.',
        mentions: [['Patras', placeEntity('Patras', 'GR')]],
      },
      ['Remote explosive/landmine/IED'],
    ],
    [
      'explosives a war left over tell no incident',
      {
        text: 'Many explosives were left over from the civil war in the hills near Patras.',
        mentions: [['Patras', placeEntity('Patras', 'GR')]],
      },
      [],
    ],
    [
      'mines planted on a road by rebels',
      {
        text: 'Rebels planted mines on the road near Kalaw on Tuesday.',
        mentions: [['Kalaw', placeEntity('Kalaw', 'MM')]],
      },
      ['Remote explosive/landmine/IED'],
    ],
    [
      'a water supply poisoned by an armed group is an attack',
      {
        text: 'Guerrillas poisoned the water supply of Tunja on Friday.',
        mentions: [['Tunja', placeEntity('Tunja', 'CO')]],
      },
      ['Attack'],
    ],
    [
      'a man sniped by a gunman',
      {
        text: 'A clerk in Tikrit was sniped by a lone gunman on Sunday.',
        mentions: [['Tikrit', placeEntity('Tikrit', 'IQ')]],
      },
      ['Attack'],
    ],
    [
      'a hanging by militants is a killing',
      {
        text: 'Militants hanged two farmers in Ghazni on Sunday.',
        mentions: [['Ghazni', placeEntity('Ghazni', 'AF')]],
      },
      ['Attack'],
    ],
    [
      'fighters harassing a village',
      {
        text: 'Rebel fighters harassed farming villages near Pikit on Monday.',
        mentions: [['Pikit', placeEntity('Pikit', 'PH')]],
      },
      ['Attack'],
    ],
    [
      'power towers brought down by an armed band',
      {
        text: 'Four power towers near Yarumal were brought down by an armed band on Monday.',
        mentions: [['Yarumal', placeEntity('Yarumal', 'CO')]],
      },
      ['Looting/property destruction'],
    ],
    [
      'a drone downed by air defences is no felled tower',
      {
        text: 'A drone was downed by air defences near Yarumal on Monday.',
        mentions: [['Yarumal', placeEntity('Yarumal', 'CO')]],
      },
      [],
    ],
  ])('%s', (_case, spec, expected) => {
    expect(subTypesOf(spec)).toEqual(expected);
  });
});
