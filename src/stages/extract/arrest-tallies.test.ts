import { describe, expect, it } from 'vitest';
import { subTypesOf } from '../../../test/support/resolved-events.js';
import type { FixtureSpec } from './fixture-document.js';
import { placeEntity } from './fixture-entities.js';

const karnataka = placeEntity('Karnataka', 'IN', 'region');
const izmir = placeEntity('Izmir', 'TR');
const held = (value: number) => ({ value, qualifier: 'at_least' as const, role: 'arrested' as const });

describe('hundreds held, by no one named and with no day of their own', () => {
  it('drops the tally of a campaign of arrests', () => {
    const spec: FixtureSpec = {
      text: 'More than 650 activists have been detained across Karnataka, the state police chief said.',
      mentions: [['Karnataka', karnataka]],
      quantities: [['More than 650 activists', held(650)]],
    };
    expect(subTypesOf(spec)).toEqual([]);
  });

  it.each<[string, FixtureSpec]>([
    [
      'hundreds held by the police',
      {
        text: 'Police arrested 300 protesters in Izmir.',
        mentions: [['Izmir', izmir]],
        quantities: [['300 protesters', held(300)]],
      },
    ],
    [
      'hundreds held in raids',
      {
        text: 'More than 320 people have been detained in raids in Izmir.',
        mentions: [['Izmir', izmir]],
        quantities: [['More than 320 people', held(320)]],
      },
    ],
    [
      'a dozen held with no day',
      {
        text: 'A dozen activists have been detained in Karnataka.',
        mentions: [['Karnataka', karnataka]],
        quantities: [['A dozen activists', held(12)]],
      },
    ],
  ])('keeps %s', (_, spec) => {
    expect(subTypesOf(spec)).toEqual(['Arrests']);
  });
});
