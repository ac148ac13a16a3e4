import { describe, expect, it } from 'vitest';
import { fixtureDocument } from '../extract/fixture-document.js';
import { actorEntity, placeEntity } from '../extract/fixture-entities.js';
import { createExtractStage } from '../extract/index.js';
import { createResolveStage } from './index.js';

const ctx = { referenceDate: null };

/** actor1 and actor2 of each event the pipeline reads in `text`, told at Hama with the Nusra Front named. */
function sides(text: string): [string | undefined, string | undefined][] {
  const doc = fixtureDocument({
    text,
    published: '2015-03-09',
    mentions: [
      ['Hama', placeEntity('Hama', 'SY')],
      ['Nusra Front', actorEntity('Al-Nusra Front')],
    ],
  });
  createExtractStage().run(doc, ctx);
  createResolveStage().run(doc, ctx);
  return doc.events!.map((e) => [e.actor1?.name, e.actor2?.name]);
}

describe('a side told only as the ally of another', () => {
  it('joins the pair of the fight told before, in the place of neither side', () => {
    expect(
      sides(
        'Heavy battles between army units and rebel fighters near Hama killed 30 people on Monday. ' +
          'The army fell back from the orchards as it met a counter-offensive of rebels led by the Nusra Front.',
      ),
    ).toEqual([['Military Forces of Syria', 'Opposition Rebels (Syria)']]);
  });
});
