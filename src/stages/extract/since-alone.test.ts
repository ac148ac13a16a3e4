import { describe, expect, it } from 'vitest';
import { subTypesOf } from '../../../test/support/resolved-events.js';
import { type FixtureSpec } from './fixture-document.js';
import { placeEntity } from './fixture-entities.js';

const killed = (value: number) => ({ value, qualifier: 'exact' as const, role: 'killed' as const });
const mentions: FixtureSpec['mentions'] = [['Mombasa', placeEntity('Mombasa', 'KE')]];

describe('a bare "since" closing a sentence (non-event-filter)', () => {
  it('keeps a bombing told before a clause of its own that ends on it', () => {
    const text = 'The hotel bombing in Mombasa killed 15 people, and tourism has been weak ever since.';
    expect(subTypesOf({ text, mentions, quantities: [['15 people', killed(15)]] })).toEqual([
      'Remote explosive/landmine/IED',
    ]);
  });

  it('still drops a toll counted up to now that ends on it', () => {
    const text = 'Gunmen have killed 40 people in Mombasa since.';
    expect(subTypesOf({ text, mentions, quantities: [['40 people', killed(40)]] })).toEqual([]);
  });
});
