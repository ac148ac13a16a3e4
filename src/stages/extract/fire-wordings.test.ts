import { describe, expect, it } from 'vitest';
import { subTypesOf } from '../../../test/support/resolved-events.js';
import type { FixtureSpec } from './fixture-document.js';
import { placeEntity } from './fixture-entities.js';

const dorvik = (text: string): FixtureSpec => ({
  text,
  mentions: [['Dorvik', placeEntity('Dorvik', 'NO')]],
});

// Arson told in the wordings the older rows missed: a long object between "set" and "on fire", a fire told
// by what it wrecked, a burning someone claims, and a fire an armed or unknown hand started or lit.
describe('fires set on purpose', () => {
  it.each<[string, FixtureSpec, string[]]>([
    [
      'a long object between "set" and "on fire"',
      { text: 'Two youths set the parked delivery van of the mayor on fire.' },
      ['Looting/property destruction'],
    ],
    [
      'an object with an aside between "set" and "on fire"',
      { text: 'Masked men set a tyre shop, which was closed, on fire.' },
      ['Looting/property destruction'],
    ],
    [
      'a fire told by what it destroyed, with a place',
      dorvik('A fire in the town hall of Dorvik destroyed its archive on Sunday.'),
      ['Looting/property destruction'],
    ],
    [
      'a building destroyed by a fire, with a place',
      dorvik('The ferry office in Dorvik was destroyed by a large fire.'),
      ['Looting/property destruction'],
    ],
    [
      'a fire told by what it destroyed, with no place, count or side: none',
      { text: 'A fire destroyed the old wooden barn.' },
      [],
    ],
    [
      'a fire an accident started is none, even with a place',
      dorvik('A fire caused by faulty wiring destroyed a bakery in Dorvik.'),
      [],
    ],
    [
      'cars burnt out by an unknown hand, with no place',
      { text: 'Three taxis were burnt out by unidentified individuals.' },
      ['Looting/property destruction'],
    ],
    ['cars burnt out, nobody told and no place: none', { text: 'Three taxis were burnt out.' }, []],
    [
      'a burning someone claims',
      { text: 'An anarchist cell claimed responsibility for burning a courier van.' },
      ['Looting/property destruction'],
    ],
    [
      'a fire gunmen lit, with no place',
      { text: 'Two gunmen lit a fire in the lobby before escaping on foot.' },
      ['Looting/property destruction'],
    ],
    [
      'a fire unknown individuals started, with no place',
      { text: 'Some unknown individuals started a blaze inside the depot.' },
      ['Looting/property destruction'],
    ],
    [
      'a fire campers started, with no place: none',
      { text: 'The campers started a fire near the lake.' },
      [],
    ],
  ])('%s', (_case, spec, expected) => {
    expect(subTypesOf(spec)).toEqual(expected);
  });
});
