import { describe, expect, it } from 'vitest';
import { subTypesOf } from '../../../test/support/resolved-events.js';
import { placeEntity } from './fixture-entities.js';

const mentions: [string, ReturnType<typeof placeEntity>][] = [['Tikrit', placeEntity('Tikrit', 'IQ')]];

// A body named before a long aside and then found, and people found with the wounds of an attack.
describe('bodies and victims found', () => {
  it.each([
    'The body of a local judge, a father of four, was found near a canal outside Tikrit.',
    // A long aside with a bracketed district between the body and its verb.
    'The body of Omar Fadel, the head of the Tikrit water board (Salahuddin Governorate), was discovered at dawn.',
    'Two guards were found shot in a warehouse in Tikrit.',
    'A shepherd was found stabbed near his flock outside Tikrit.',
  ])('keeps a killing told by what was found: %s', (text) => {
    expect(subTypesOf({ text, mentions })).toEqual(['Attack']);
  });

  it('keeps a body told in an ordinary clause apart from one found', () => {
    expect(
      subTypesOf({ text: 'The governing body of the league met in Tikrit to review the season.', mentions }),
    ).toEqual([]);
  });
});
