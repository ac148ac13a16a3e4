import { describe, expect, it } from 'vitest';
import { resolvedEvents } from '../../../test/support/resolved-events.js';
import type { FixtureSpec } from '../extract/fixture-document.js';
import { placeEntity } from '../extract/fixture-entities.js';

const towns = {
  Strelsau: placeEntity('Strelsau', 'RT'),
  Zenda: placeEntity('Zenda', 'RT'),
  Hentzau: placeEntity('Hentzau', 'RT'),
};

/** Where the first event resolved from `text` is placed. */
function firstPlace(text: string): string | undefined {
  const mentions: FixtureSpec['mentions'] = [];
  for (const [name, entity] of Object.entries(towns)) if (text.includes(name)) mentions.push([name, entity]);
  return resolvedEvents({ text, published: '2004-03-09', mentions })[0]?.location?.name;
}

const JOURNEY = 'A bomb ripped through a coach on its way from Strelsau to Zenda on Monday, killing two. ';

describe('a telling placed only at the end of a route', () => {
  it('takes the town the next telling of the same kind puts the incident in', () => {
    expect(firstPlace(JOURNEY + 'The blast went off as the coach was in Hentzau.')).toBe('Hentzau');
  });

  it('keeps the route end when the next telling is of another kind', () => {
    expect(firstPlace(JOURNEY + 'Police arrested a man in Hentzau on Tuesday.')).toBe('Strelsau');
  });

  it('keeps the route end when the next telling names another route', () => {
    expect(firstPlace(JOURNEY + 'Another bomb exploded on the Hentzau-Zenda road.')).toBe('Strelsau');
  });
});

describe('a flight placed at the town it left', () => {
  it('keeps that town over where the plane landed', () => {
    const text =
      'Gunmen hijacked an airliner flying from Strelsau to Zenda on Monday. ' +
      'The hijackers forced the plane to land in Hentzau.';
    expect(firstPlace(text)).toBe('Strelsau');
  });
});
