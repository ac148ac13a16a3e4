import { describe, expect, it } from 'vitest';
import { subTypesOf } from '../../../test/support/resolved-events.js';
import type { FixtureSpec } from './fixture-document.js';
import { placeEntity } from './fixture-entities.js';

const nazran = placeEntity('Nazran', 'RU');

// Wrecking or wounding a side claims, or is held to account for, told by the claim alone.
describe('a deed a side is held to account for', () => {
  it.each<[string, FixtureSpec, string[]]>([
    [
      'a claim of credit for damaging property',
      {
        text: 'The Dawn Front claimed credit for damaging a ferry moored in the port of Nazran.',
        mentions: [['Nazran', nazran]],
      },
      ['Looting/property destruction'],
    ],
    [
      'a destruction a group is believed responsible for',
      {
        text: 'Police say the Dawn Front is presumed responsible for the destruction of two relay masts near Nazran.',
        mentions: [['Nazran', nazran]],
      },
      ['Looting/property destruction'],
    ],
    [
      'a claim of causing a sum in damage',
      {
        text: 'The cell claimed responsibility for causing about $9,000 in damage at two car showrooms in Nazran.',
        mentions: [['Nazran', nazran]],
      },
      ['Looting/property destruction'],
    ],
    [
      'a claim of credit for wounding someone',
      {
        text: 'The Dawn Front claimed credit for seriously wounding a bank manager in Nazran.',
        mentions: [['Nazran', nazran]],
      },
      ['Attack'],
    ],
  ])('is an incident: %s', (_why, spec, expected) => {
    expect(subTypesOf(spec)).toEqual(expected);
  });

  it.each<[string, FixtureSpec]>([
    [
      'a minister crediting himself with a policy',
      {
        text: 'The minister claimed credit for destroying the old tax system in Nazran.',
        mentions: [['Nazran', nazran]],
      },
    ],
    [
      'a claim with nothing to place it',
      { text: 'The front later claimed credit for damaging the morale of the army.' },
    ],
  ])('tells no incident: %s', (_why, spec) => {
    expect(subTypesOf(spec)).toEqual([]);
  });
});
