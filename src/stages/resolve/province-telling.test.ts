import { describe, expect, it } from 'vitest';
import { fixtureDocument } from '../extract/fixture-document.js';
import { placeEntity } from '../extract/fixture-entities.js';
import { createExtractStage } from '../extract/index.js';
import { createResolveStage } from './index.js';

const ctx = { referenceDate: null };
const hama = placeEntity('Hama', 'SY');
const salamiyah = placeEntity('Salamiyah', 'SY');
const killed = { value: 100, qualifier: 'exact' as const, role: 'killed' as const };

function placesOf(text: string): string[] {
  const doc = fixtureDocument({
    text,
    published: '2016-07-20',
    mentions: [
      ['Hama', hama],
      ['Salamiyah', salamiyah],
    ],
    quantities: [
      ['100 militants', killed, 1],
      ['100 militants', killed, 2],
    ],
  });
  createExtractStage().run(doc, ctx);
  createResolveStage().run(doc, ctx);
  return doc.events!.map((e) => `${e.location?.name} ${e.fatalities?.value}`);
}

describe('a strike told in its province and at its town', () => {
  it('is one event at the town when the text names "the province of" the town', () => {
    const text =
      'The monitor gave its figures on Wednesday. ' +
      'Jets killed 100 militants in air strikes in the province of Hama. ' +
      'Jets destroyed a convoy near the town of Salamiyah and killed 100 militants.';
    expect(placesOf(text)).toEqual(['Salamiyah 100']);
  });

  it('stays two events when both places are told as towns', () => {
    const text =
      'The monitor gave its figures on Wednesday. ' +
      'Jets killed 100 militants in air strikes on the town of Hama. ' +
      'Jets destroyed a convoy near the town of Salamiyah and killed 100 militants.';
    expect(placesOf(text)).toEqual(['Hama 100', 'Salamiyah 100']);
  });
});
