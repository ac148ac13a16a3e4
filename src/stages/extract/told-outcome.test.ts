import { describe, expect, it } from 'vitest';
import { fixtureDocument } from './fixture-document.js';
import { buildFrames } from './frame-builder.js';
import { loadEventLexicons } from './index.js';
import { buildSentenceViews } from './sentence-view.js';

const lexicons = loadEventLexicons();

/** The trigger words of each frame of a sentence, one list a frame. */
function frameWords(text: string): string[][] {
  const doc = fixtureDocument({ text });
  return buildSentenceViews(doc, lexicons).flatMap((view) =>
    buildFrames(view, text).map((f) =>
      f.triggers.map((t) => text.slice(view.tokens[t.start].span[0], view.tokens[t.end - 1].span[1])),
    ),
  );
}

describe('the dead a told incident brought about', () => {
  it.each([
    [
      'قتل 9 أشخاص في هجوم انتحاري ببعقوبة بعد ساعات من تفجير حافلة أسفر عن مقتل 13 شخصا في المقدادية.',
      ['تفجير', 'مقتل'],
    ],
    [
      'A suicide bomber killed seven people in Kirkuk, hours after a truck bombing that killed 12 in Tikrit.',
      ['bombing', 'killed'],
    ],
  ])('joins the killing to the earlier act, not as an incident of its own: %s', (text, told) => {
    const frames = frameWords(text);
    expect(frames.at(-1)).toEqual(told);
  });
});
