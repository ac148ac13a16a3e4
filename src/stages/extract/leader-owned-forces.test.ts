import { describe, expect, it } from 'vitest';
import { type FixtureSpec } from './fixture-document.js';
import { actorsOf, killed } from './fixture-actors.js';
import { actorEntity, placeEntity } from './fixture-entities.js';

/** A leader the base files under a state, or under nothing. */
const leader = (name: string, parent: [string, string] | null) => ({
  ...actorEntity(name, 'person', 'SY'),
  actor: { country: 'SY', parent_id: parent?.[0] ?? null, parent_name: parent?.[1] ?? null },
});
const president = leader('Darosh', ['country:SY', 'Syria']);
const homs = placeEntity('Homs', 'SY');

describe("a head of state's possessive before a force noun names his state's forces", () => {
  it.each<[string, FixtureSpec, [string | undefined, string | undefined]]>([
    [
      "takes the president's air force for his state's military",
      {
        text: "Darosh's air force bombed a market in Homs, killing nine civilians.",
        mentions: [
          ['Darosh', president],
          ['Homs', homs],
        ],
        quantities: [['nine', killed(9, 'civilians')]],
      },
      ['Military Forces of Syria', 'Civilians'],
    ],
    [
      'reads the possessive whose mark was dropped',
      {
        text: 'Daroshs warplanes bombed a market in Homs, killing nine civilians.',
        mentions: [
          ['Darosh', president],
          ['Homs', homs],
        ],
        quantities: [['nine', killed(9, 'civilians')]],
      },
      ['Military Forces of Syria', 'Civilians'],
    ],
    [
      'does not take a man the base files under no state for any side',
      {
        text: "Darosh's warplanes bombed a market in Homs, killing nine civilians.",
        mentions: [
          ['Darosh', leader('Darosh', null)],
          ['Homs', homs],
        ],
        quantities: [['nine', killed(9, 'civilians')]],
      },
      [undefined, 'Civilians'],
    ],
    [
      "does not take the president's supporters for his forces",
      {
        text: "Darosh's supporters were attacked in Homs, and nine civilians were killed.",
        mentions: [
          ['Darosh', president],
          ['Homs', homs],
        ],
        quantities: [['nine', killed(9, 'civilians')]],
      },
      [undefined, 'Civilians'],
    ],
  ])('%s', (_, spec, expected) => {
    expect(actorsOf(spec)).toEqual(expected);
  });
});
