import { describe, expect, it } from 'vitest';
import { fixtureDocument, type FixtureSpec } from './fixture-document.js';
import { placeEntity } from './fixture-entities.js';
import { createExtractStage } from './index.js';

const extract = createExtractStage();

/** The dead of the first event the extract stage finds in a blast in Kirkuk, then `after`. */
function deadAfter(after: string, word: string, value: number): number | null {
  const quantities: FixtureSpec['quantities'] = [
    ['three', { value: 3, qualifier: 'exact', role: 'killed', noun: 'people' }],
    [word, { value, qualifier: 'exact', role: 'killed', noun: 'people' }],
  ];
  const doc = fixtureDocument({
    text: `A bomb blew up beside a bus shelter in Kirkuk, killing three people. ${after}`,
    published: '2021-05-02',
    mentions: [['Kirkuk', placeEntity('Kirkuk', 'IQ')]],
    quantities,
  });
  extract.run(doc, { referenceDate: null });
  return doc.events![0].fatalities?.value ?? null;
}

describe('more dead told by a count and "more"', () => {
  it.each([
    ['Two more people died in hospital.', 'Two', 2, 5],
    ['Four more of the wounded died overnight.', 'Four', 4, 7],
  ])('add to the toll told before: "%s"', (after, word, value, dead) => {
    expect(deadAfter(after, word, value)).toBe(dead);
  });

  it.each([
    ['Two people died in hospital.', 'Two', 2],
    ['More than two people died in hospital.', 'two', 2],
  ])('leave the toll as told: "%s"', (after, word, value) => {
    expect(deadAfter(after, word, value)).toBe(3);
  });
});
