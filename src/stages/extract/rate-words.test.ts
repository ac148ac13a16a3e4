import { describe, expect, it } from 'vitest';
import { subTypesOf } from '../../../test/support/resolved-events.js';
import { placeEntity } from './fixture-entities.js';

const mentions: [string, ReturnType<typeof placeEntity>][] = [['Leeds', placeEntity('Leeds', 'GB')]];

// "daily" after an act tells a rate of many acts; after "the" or "a" it names a kind of paper or market.
describe('"daily" beside an act', () => {
  it('keeps a blast at a paper a determiner and "daily" name', () => {
    expect(
      subTypesOf({
        text: 'A parcel bomb blew up at the Daily Courier office in Leeds, injuring a porter.',
        mentions,
      }),
    ).toEqual(['Remote explosive/landmine/IED']);
  });

  it.each([
    'Gunmen fired daily on the market in Leeds.',
    'Gunmen fired on a daily basis at the market in Leeds.',
  ])('drops acts told at a daily rate: %s', (text) => {
    expect(subTypesOf({ text, mentions })).toEqual([]);
  });
});
