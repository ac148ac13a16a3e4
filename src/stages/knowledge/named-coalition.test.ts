import { describe, expect, it } from 'vitest';
import { findMentions, loadKnowledgeBase } from './index.js';

const kb = await loadKnowledgeBase();

/** `surface=entity` for every coalition mention, in text order. */
function coalitions(text: string): string[] {
  return findMentions(kb, text, [[0, text.length]])
    .filter((m) => m.entity_id?.endsWith('-led-coalition'))
    .map((m) => `${text.slice(...m.span)}=${m.entity_id}`);
}

describe('coalition aircraft the article names no coalition for', () => {
  it('are no one coalition in the base: the country of the raid tells which (see local-sides.ts)', () => {
    expect(coalitions('Coalition aircraft struck a bridge outside Mosul at dawn.')).toEqual([]);
    expect(coalitions('Coalition warplanes hit a fuel depot near Saada overnight.')).toEqual([]);
  });
});

describe('a bare "the coalition" after the article named one in full', () => {
  it('is that coalition, wherever it struck', () => {
    expect(
      coalitions(
        'The US-led coalition widened its raids this week. The coalition hit a depot outside Sirte.',
      ),
    ).toEqual(['US-led coalition=actor:us-led-coalition', 'The coalition=actor:us-led-coalition']);
  });

  it('is that coalition in Arabic too', () => {
    expect(coalitions('واصل التحالف العربي غاراته منذ أسبوع. وقصف التحالف جسرا قرب مدينة المكلا.')).toEqual([
      'التحالف العربي=actor:saudi-led-coalition',
      'التحالف=actor:saudi-led-coalition',
    ]);
  });

  it('is no coalition at war when it is a government or a bloc of parties', () => {
    expect(
      coalitions(
        'The US-led coalition kept up its raids. In the capital the coalition government met again.',
      ),
    ).toEqual(['US-led coalition=actor:us-led-coalition']);
    expect(coalitions('واصل التحالف العربي غاراته. وعقد التحالف الوطني اجتماعا في بغداد.')).toEqual([
      'التحالف العربي=actor:saudi-led-coalition',
    ]);
  });

  it('is left alone where the article names both coalitions', () => {
    const text =
      'The Saudi-led coalition bombed Saada while the US-led coalition struck Raqqa. The coalition said little.';
    expect(coalitions(text)).toEqual([
      'Saudi-led coalition=actor:saudi-led-coalition',
      'US-led coalition=actor:us-led-coalition',
    ]);
  });
});
