import { describe, expect, it } from 'vitest';
import { resolvedEvents } from '../../../test/support/resolved-events.js';
import { placeEntity } from './fixture-entities.js';

const mentions: [string, ReturnType<typeof placeEntity>][] = [
  ['Tikrit', placeEntity('Tikrit', 'IQ')],
  ['Baiji', placeEntity('Baiji', 'IQ')],
];

describe('ground told taken in the perfect', () => {
  it.each([
    [
      'the perfect participle',
      'Army units, having recaptured Tikrit and Baiji in the spring, are now massing near the lake.',
    ],
    [
      'an adverb after the auxiliary',
      'Army units, having already recaptured Tikrit in the spring, are massing near Baiji.',
    ],
    [
      'the past perfect, outside reported speech',
      'By then the army had recaptured Tikrit and Baiji, and the road north lay open.',
    ],
  ])('is background: %s', (_name, text) => {
    const events = resolvedEvents({ text, mentions });
    expect(events.filter((e) => (e.timing?.value ?? 'current') === 'current')).toEqual([]);
  });

  it('stays the news when the clause dates the taking to a day', () => {
    const events = resolvedEvents({
      text: 'By then the army had recaptured Tikrit on Monday, and the road north lay open.',
      mentions: mentions.slice(0, 1),
      times: [['on Monday', { value: '2016-08-22', precision: 'day', reason: 'weekday' }]],
    });
    expect(events.map((e) => e.timing?.value ?? 'current')).toEqual(['current']);
  });

  it('stays the news in reported speech', () => {
    const events = resolvedEvents({
      text: 'The defence ministry said on Monday that the army had recaptured Tikrit.',
      mentions: mentions.slice(0, 1),
    });
    expect(events.map((e) => e.timing?.value ?? 'current')).toEqual(['current']);
  });
});
