import { describe, expect, it } from 'vitest';
import { answeredTokens } from './answered-acts.js';
import { fixtureDocument } from './fixture-document.js';
import { loadEventLexicons } from './index.js';
import { buildSentenceViews } from './sentence-view.js';

describe('answeredTokens', () => {
  const doc = fixtureDocument({
    text: 'Jets struck a depot in Wadi Sarim in response to a rocket fired at the port.',
  });
  const [view] = buildSentenceViews(doc, loadEventLexicons());

  it('gives the tokens of the act answered, from the answer words on', () => {
    const [from, to] = answeredTokens(view, doc.text!)!;
    expect(view.tokens.slice(from, to).map((t) => t.norm)[0]).toBe('response');
    expect(to).toBe(view.tokens.length);
  });

  it('reads a sentence once, however many frames ask', () => {
    expect(answeredTokens(view, doc.text!)).toBe(answeredTokens(view, doc.text!));
  });
});
