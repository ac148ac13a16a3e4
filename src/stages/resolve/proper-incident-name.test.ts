import { describe, expect, it } from 'vitest';
import { resolvedEvents } from '../../../test/support/resolved-events.js';
import type { FixtureSpec } from '../extract/fixture-document.js';
import { placeEntity } from '../extract/fixture-entities.js';

const rampur = placeEntity('Rampur', 'IN');

/** Each resolved event as "sub-type date" for a text published on 2 May 2016. */
function dated(text: string): string[] {
  const spec: FixtureSpec = { text, published: '2016-05-02', mentions: [['Rampur', rampur]] };
  return resolvedEvents(spec).map((e) => `${e.sub_event_type?.value} ${e.date?.value ?? null}`);
}

describe('an incident known by a capitalised name', () => {
  it('keeps no date when a plain sentence recalls it by its name', () => {
    const text =
      'The families of the forty farm workers shot dead in the Rampur Massacre demanded compensation from the state on Thursday.';
    expect(dated(text)).toEqual(['Attack null']);
  });

  it('is dated as the news when the massacre is told in plain words', () => {
    expect(dated('Clan gunmen shot dead forty farm workers in a massacre at Rampur.')).toEqual([
      'Attack 2016-05-02',
    ]);
  });

  it('is dated as the news when a capitalised noun opens the sentence that tells it', () => {
    expect(dated('Massacre at Rampur: clan gunmen shot dead forty farm workers.')).toEqual([
      'Attack 2016-05-02',
    ]);
  });
});
