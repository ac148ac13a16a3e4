import { describe, expect, it } from 'vitest';
import { fixtureDocument } from './fixture-document.js';
import { buildFrames } from './frame-builder.js';
import { loadEventLexicons } from './index.js';
import { buildSentenceViews } from './sentence-view.js';

const lexicons = loadEventLexicons();

describe('frames that point back at an incident told before', () => {
  function anaphoric(text: string): boolean[] {
    const doc = fixtureDocument({ text });
    return buildSentenceViews(doc, lexicons).flatMap((view) =>
      buildFrames(view, doc.text!).map((f) => f.anaphoric),
    );
  }

  it.each([
    ['a definite Arabic noun', 'وأدان الوزير الهجوم بشدة.', [true]],
    ['a demonstrative before a noun', 'وقال إن هذا التفجير يحمل بصمات التنظيم.', [true]],
    ['an English determiner', 'The minister condemned the attack.', [true]],
  ])('reads %s as the incident told before', (_, text, expected) => {
    expect(anaphoric(text)).toEqual(expected);
  });

  it('reads a verb after "in parallel to that," as a new incident', () => {
    expect(anaphoric('وفي موازاة ذلك، فتح مسلحان النار على مقر الشرطة في الموصل.')).toEqual([false]);
  });
});
