import { describe, expect, it } from 'vitest';
import { assertedWords } from '../../../test/support/asserted-words.js';
import { placeEntity } from './fixture-entities.js';

const mosul = placeEntity('Mosul', 'IQ');

/** The words of every trigger a sentence asserts; Mosul is marked where the text names it. */
function asserted(text: string): string[] {
  return assertedWords({ text, mentions: [['Mosul', mosul]] });
}

describe('a tie to an act set aside by a denial', () => {
  it.each([
    ['a denied involvement', 'The militia denied involvement in the bombing of a bus station in Mosul.'],
    [
      'a denied involvement with "any"',
      'The militia denied any involvement in the bombing of a bus station in Mosul.',
    ],
    ['a denied role', 'The militia denies a role in the bombing of a bus station in Mosul.'],
  ])('keeps the act of %s', (_, text) => {
    expect(asserted(text)).toContain('bombing');
  });

  it('still reads an involvement the arrested are held for as a reference', () => {
    expect(
      asserted('Police arrested two men for involvement in the bombing of a bus station in Mosul.'),
    ).not.toContain('bombing');
  });
});
