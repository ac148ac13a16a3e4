import { describe, expect, it } from 'vitest';
import { CIVILIANS } from '../../core/civilians.js';
import { fixtureDocument, type FixtureSpec } from './fixture-document.js';
import { placeEntity } from './fixture-entities.js';
import { createExtractStage } from './index.js';

const extract = createExtractStage();
const kandahar = placeEntity('Kandahar', 'AF');

/** The name of the target of the first event the extract stage finds in `spec`, or null. */
function targetOf(spec: FixtureSpec): string | null {
  const doc = fixtureDocument(spec);
  extract.run(doc, { referenceDate: null });
  return doc.events![0].actor2?.name ?? null;
}

describe('armed men struck in a quarter', () => {
  it('are no civilians because the quarter is named', () => {
    const target = targetOf({
      text: 'An army unit killed all members of a terrorist group in the old neighbourhood of Kandahar on Monday.',
      mentions: [['Kandahar', kandahar]],
    });
    expect(target).not.toBe(CIVILIANS.name);
  });

  it('leave the quarter a mark of civilians when they are the ones who fired', () => {
    const target = targetOf({
      text: 'Shells fired by terrorists hit the old neighbourhood of Kandahar on Monday.',
      mentions: [['Kandahar', kandahar]],
    });
    expect(target).toBe(CIVILIANS.name);
  });
});
