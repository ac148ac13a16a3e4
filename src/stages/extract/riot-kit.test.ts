import { describe, expect, it } from 'vitest';
import { fixtureDocument } from './fixture-document.js';
import { buildFrames } from './frame-builder.js';
import { placeEntity } from './fixture-entities.js';
import { firstSubType } from './fixture-sub-type.js';
import { loadEventLexicons } from './index.js';
import { buildSentenceViews } from './sentence-view.js';

const lexicons = loadEventLexicons();

describe('a riot word naming a unit or its kit', () => {
  it.each([
    ['riot police sent out', 'Riot police were sent to the stadium in Quito on Sunday.'],
    ['troops in riot gear', 'Troops in riot gear stood by the palace in Quito on Sunday.'],
  ])('tells no riot: %s', (_, text) => {
    const doc = fixtureDocument({ text });
    expect(buildSentenceViews(doc, lexicons).flatMap((view) => buildFrames(view, text))).toHaveLength(0);
  });

  it('leaves riot police firing on marchers an excessive force against them', () => {
    const text = 'Riot police opened fire on marchers in Quito on Friday, killing two.';
    const mentions: [string, ReturnType<typeof placeEntity>][] = [['Quito', placeEntity('Quito', 'EC')]];
    expect(firstSubType({ text, mentions })).toBe('Excessive force against protesters');
  });
});
