import { describe, expect, it } from 'vitest';
import { subTypesOf } from '../../../test/support/resolved-events.js';
import type { FixtureSpec } from './fixture-document.js';
import { placeEntity } from './fixture-entities.js';

const mentions: FixtureSpec['mentions'] = [['Tell Haroun', placeEntity('Tell Haroun', 'SY')]];

describe('an accident word told as what an act brought about', () => {
  it('keeps the wrecking when the collapse is its outcome', () => {
    const text = 'Unknown raiders sabotaged a relay mast in Tell Haroun, causing it to collapse.';
    expect(subTypesOf({ text, mentions })).toEqual(['Looting/property destruction']);
  });

  it('tells no incident of a fire an accident caused', () => {
    const text = 'A fire caused by a short circuit destroyed a shop in Tell Haroun.';
    expect(subTypesOf({ text, mentions })).toEqual([]);
  });

  it('tells no incident of damage a collapse told as the cause brought', () => {
    const text = 'A relay mast in Tell Haroun was damaged when it collapsed in high winds.';
    expect(subTypesOf({ text, mentions })).toEqual([]);
  });
});
