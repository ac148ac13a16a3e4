import { describe, expect, it } from 'vitest';
import type { FixtureSpec } from '../extract/fixture-document.js';
import { actorEntity, placeEntity } from '../extract/fixture-entities.js';
import { resolvedEvents } from '../../../test/support/resolved-events.js';

const [oslo, bergen] = [placeEntity('Oslo', 'NO'), placeEntity('Bergen', 'NO')];
const mentions: FixtureSpec['mentions'] = [
  ['Oslo', oslo],
  ['Bergen', bergen],
  ['the rebels', actorEntity('Northern Rebels')],
];
const year = { value: '2019', precision: 'year', reason: 'year' } as const;

/** Each resolved event as "place timing". */
const timings = (spec: FixtureSpec) =>
  resolvedEvents(spec).map((e) => `${e.location?.name} ${e.timing?.value}`);

describe('an article with no publication date', () => {
  const text =
    'Gunmen killed nine shoppers at a market in Oslo. ' +
    'The attack recalls the bombing of a ferry in Bergen in 2019 by the rebels that killed twenty passengers.';

  it('tells its undated lead as news and an incident dated by a year as history', () => {
    expect(timings({ text, mentions, times: [['in 2019', year]] })).toEqual([
      'Oslo current',
      'Bergen historical',
    ]);
  });

  it('leaves the year to the publication date when there is one', () => {
    expect(timings({ text, mentions, times: [['in 2019', year]], published: '2019-12-20' })).toEqual([
      'Oslo current',
      'Bergen current',
    ]);
  });
});
