import { describe, expect, it } from 'vitest';
import type { FixtureSpec } from './fixture-document.js';
import { placeEntity } from './fixture-entities.js';
import { firstSubType } from './fixture-sub-type.js';

const kirkuk: FixtureSpec['mentions'] = [['Kirkuk', placeEntity('Kirkuk', 'IQ')]];

describe('a bomber told as the doer of a killing', () => {
  it.each([
    ['A bomber on a motorbike killed nine shoppers outside a bakery in Kirkuk on Tuesday.', 'Suicide bomb'],
    ['In Kirkuk on Tuesday the bomber riding a motorcycle killed five guards at the gate.', 'Suicide bomb'],
    // The bomber killed, not killing; aircraft "bombers": no suicide bombing.
    ['The bomber was killed by guards at the gate in Kirkuk on Tuesday.', 'Attack'],
    ['Guards in Kirkuk on Tuesday killed a bomber riding a motorbike.', 'Attack'],
    ['Russian bombers killed nine shoppers in Kirkuk on Tuesday.', 'Air/drone strike'],
  ])('types "%s" as %s', (text, sub) => {
    expect(firstSubType({ text, mentions: kirkuk })).toBe(sub);
  });
});
