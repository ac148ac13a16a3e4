import { describe, expect, it } from 'vitest';
import { fixtureDocument, type FixtureSpec } from './fixture-document.js';
import { placeEntity } from './fixture-entities.js';
import { createExtractStage } from './index.js';

const extract = createExtractStage();
const kirkuk: FixtureSpec['mentions'] = [['Kirkuk', placeEntity('Kirkuk', 'IQ')]];
const typeOf = (text: string) => {
  const doc = fixtureDocument({ text, mentions: kirkuk });
  extract.run(doc, { referenceDate: null });
  return doc.events![0]?.sub_event_type?.value;
};

describe('a bomber told as the doer of a killing', () => {
  it.each([
    ['A bomber on a motorbike killed nine shoppers outside a bakery in Kirkuk on Tuesday.', 'Suicide bomb'],
    ['In Kirkuk on Tuesday the bomber riding a motorcycle killed five guards at the gate.', 'Suicide bomb'],
    // The bomber killed, not killing; aircraft "bombers": no suicide bombing.
    ['The bomber was killed by guards at the gate in Kirkuk on Tuesday.', 'Attack'],
    ['Guards in Kirkuk on Tuesday killed a bomber riding a motorbike.', 'Attack'],
    ['Russian bombers killed nine shoppers in Kirkuk on Tuesday.', 'Air/drone strike'],
  ])('types "%s" as %s', (text, sub) => {
    expect(typeOf(text)).toBe(sub);
  });
});
