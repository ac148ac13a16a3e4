import { describe, expect, it } from 'vitest';
import { subTypesOf } from '../../../test/support/resolved-events.js';
import { type FixtureSpec } from './fixture-document.js';
import { placeEntity } from './fixture-entities.js';

const idlibProvince = placeEntity('Idlib', 'SY', 'region');
const sarmin = placeEntity('Sarmin', 'SY');

describe('conduct summed up in the present perfect', () => {
  it('gives no event for a side that has heavily shelled a province', () => {
    const spec = {
      text: 'The army has heavily shelled areas in Idlib province that slipped out of its hands.',
      mentions: [['Idlib', idlibProvince]],
    } satisfies FixtureSpec;
    expect(subTypesOf(spec)).toEqual([]);
  });

  it('keeps the towns a past perfect tells bombed', () => {
    const spec = {
      text: 'A witness said jets had heavily bombed the town of Sarmin.',
      mentions: [['Sarmin', sarmin]],
    } satisfies FixtureSpec;
    expect(subTypesOf(spec)).toEqual(['Air/drone strike']);
  });
});
