import { describe, expect, it } from 'vitest';
import { subTypesOf } from '../../../test/support/resolved-events.js';
import { type FixtureSpec } from './fixture-document.js';
import { placeEntity } from './fixture-entities.js';

const hasaka = placeEntity('Hasaka', 'SY', 'region');
const qamishli = placeEntity('Qamishli', 'SY');
const darayya = placeEntity('Darayya', 'SY');

describe('acts a side has done in the past', () => {
  it('gives no event for a group that has targeted a province in the past, towns named or not', () => {
    const spec = {
      text: 'The group has targeted areas of Hasaka province in the past including another city Qamishli.',
      mentions: [
        ['Hasaka', hasaka],
        ['Qamishli', qamishli],
      ],
    } satisfies FixtureSpec;
    expect(subTypesOf(spec)).toEqual([]);
  });

  it('keeps an act counted back from today over the past hours', () => {
    const spec = {
      text: 'Government aircraft have bombed Darayya in the past 24 hours.',
      mentions: [['Darayya', darayya]],
    } satisfies FixtureSpec;
    expect(subTypesOf(spec)).toEqual(['Air/drone strike']);
  });
});

describe('acts told in the plural over recent months', () => {
  it('gives no event for bomb attacks a city has seen in recent months', () => {
    const spec = {
      text: 'But bomb attacks in Qamishli city itself have been rarer in recent months.',
      mentions: [['Qamishli', qamishli]],
    } satisfies FixtureSpec;
    expect(subTypesOf(spec)).toEqual([]);
  });
});
