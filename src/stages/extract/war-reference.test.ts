import { describe, expect, it } from 'vitest';
import { assertedWords } from '../../../test/support/asserted-words.js';

// An act told as part of a whole war is the war; a war named in a clause about a person or of a later act, or a
// war word that heads a group's name, sets no war for the act.
describe('acts told beside a war', () => {
  it('keeps a stabbing by a man a clause says opposed a war', () => {
    expect(
      assertedWords({
        text: 'A teacher was stabbed by a man who had protested against the role of the army in the border war.',
      }),
    ).toEqual(['stabbed']);
  });

  it('keeps a killing by a group whose name holds a war word', () => {
    expect(assertedWords({ text: 'A farm watchman was killed by Popular War Front rebels.' })).toEqual([
      'killed',
    ]);
  });

  it('drops a killing told as part of the whole war', () => {
    expect(assertedWords({ text: 'His grandfather was killed in the border war.' })).toEqual([]);
  });

  it('keeps a killing a war is told of through a later act, after or before its gerund', () => {
    expect(
      assertedWords({
        text: 'A poet was stabbed a week after reading verses about crimes in the border war.',
      }),
    ).toEqual(['stabbed']);
  });

  it('still drops a killing whose own passive follows the time word', () => {
    expect(
      assertedWords({ text: 'His grandfather was killed after being taken prisoner in the border war.' }),
    ).toEqual([]);
  });
});
