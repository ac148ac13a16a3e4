import { describe, expect, it } from 'vitest';
import { toldAsSeparate } from './mention-traits.js';
import { mergeIncidents } from './incident-merger.js';
import { eventRecord, place } from './placed-fixture.js';
import type { Placed } from './placed.js';

/** The mention of `sub` whose trigger is `word` in sentence `k` of `sentences`, read as the merger reads it. */
function told(sentences: string[], k: number, word: string, sub: 'Armed clash' | 'Attack'): Placed {
  const text = sentences.join(' ');
  const start = text.indexOf(sentences[k]);
  const at = text.indexOf(word, start);
  const event = eventRecord(sub, [at, at + word.length], [start, start + sentences[k].length]);
  return { event, first: k, last: k, anaphoric: false, separate: toldAsSeparate(event, text) };
}

describe('a sentence that turns to a place further east', () => {
  const sentences = [
    'The army has hit back, sparking fierce fighting that has left dozens dead.',
    'In Aleppo province further east, government troops stormed a village, killing 12 people.',
  ];

  it('tells another incident than the one before it', () => {
    const fighting = told(sentences, 0, 'fighting', 'Armed clash');
    const storming = told(sentences, 1, 'stormed', 'Attack');
    storming.event.location = place('Aleppo');
    expect(storming.separate).toBe(true);
    expect(mergeIncidents([fighting, storming])).toHaveLength(2);
  });

  it('is read at the opening of the sentence only', () => {
    const text = 'Troops stormed a village in the hills further east of the town.';
    const at = text.indexOf('stormed');
    const event = eventRecord('Attack', [at, at + 7], [0, text.length]);
    expect(toldAsSeparate(event, text)).toBe(false);
  });
});
