import { describe, expect, it } from 'vitest';
import { townMatchAt } from './knowledge-fixtures.js';
import type { NameMatch } from './mention-matcher.js';
import { sceneToldAt, sceneToldSomewhere } from './scene-told.js';

/** A match of a made-up town written `name` where `text` last has it. */
function townIn(text: string, name: string): NameMatch {
  return townMatchAt(text, name, text.lastIndexOf(name));
}

describe('the scene told in so many words', () => {
  it('is found anywhere in a text that tells it', () => {
    expect(sceneToldSomewhere('Two men were hurt. The ambush happened at dusk.')).toBe(true);
  });

  it('is not found in a text that only tells what was hit', () => {
    expect(sceneToldSomewhere('Two men were hurt when a mine went off near the bridge.')).toBe(false);
  });

  it('names the place right after it', () => {
    const text = 'The Olm mayor was shot. The attack took place in Tarvel.';
    expect(sceneToldAt(text, text.indexOf('Olm') + 3, townIn(text, 'Tarvel'))).toBe(true);
  });

  it('does not name a quarter of the town before it', () => {
    const text = 'The Olm mayor was shot. The ambush happened in the Tarvel neighbourhood.';
    expect(sceneToldAt(text, text.indexOf('Olm') + 3, townIn(text, 'Tarvel'))).toBe(false);
  });

  it('is read only after where it starts to be looked for', () => {
    const text = 'The attack took place in Tarvel.';
    expect(sceneToldAt(text, text.indexOf('place'), townIn(text, 'Tarvel'))).toBe(false);
  });
});
