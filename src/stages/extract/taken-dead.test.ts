import { describe, expect, it } from 'vitest';
import type { Quantity } from '../../core/records.js';
import { deadOfTheTaken, pointsToTheTaken } from './taken-dead.js';

/** The first sentence counts the taken; the second tells their fate. */
function deadAfter(first: string, second: string, taken: Omit<Quantity, 'span'>, abduction = false) {
  const text = `${first} ${second}`;
  const word = first.split(' ').find((w) => /^(?:two|three|four)$/i.test(w))!;
  const at = text.indexOf(word);
  const q: Quantity = { ...taken, span: [at, at + word.length] };
  return deadOfTheTaken([first.length + 1, text.length], [q], text, abduction)?.value ?? null;
}

describe('the dead of the people an incident took', () => {
  it.each([
    ['Their bodies were found the next day.', true],
    ["Police found the hostages' bodies near the river.", true],
    ['They were later found shot dead.', true],
    ['Both were found dead in a ditch.', true],
    ['Their charred bodies were found in a field.', true],
    ['The bodies of the hostages were recovered on Friday.', true],
    ['All four bodies were found in a ravine.', true],
    ['The three bodies were dumped near the market.', true],
    ['Three cars were found near the market.', false],
    // More dead than those told before.
    ['The nine other bodies were found in a ravine.', false],
    ['Their car was found the next day.', false],
    ['They were later released.', false],
  ])('"%s" points back to the taken: %s', (sentence, back) => {
    expect(pointsToTheTaken(sentence)).toBe(back);
  });

  it('counts those told as abducted', () => {
    const taken = { value: 3, qualifier: 'exact', role: 'abducted', noun: 'people' } as const;
    expect(deadAfter('Gunmen seized three traders.', 'They were later executed.', taken)).toBe(3);
  });

  it('counts the only people counted when the bodies are theirs or the incident an abduction', () => {
    const taken = { value: 4, qualifier: 'exact', noun: 'people' } as const;
    expect(deadAfter('Four traders went missing.', 'Their bodies were found.', taken)).toBe(4);
    expect(deadAfter('Four traders were seized.', 'They were found dead.', taken, true)).toBe(4);
    expect(deadAfter('Four gunmen raided a post.', 'They were killed by troops.', taken)).toBeNull();
  });

  it('does not take an age for a count of people ("aged 30 to 40")', () => {
    const text = 'Four traders, aged 30 to 40, were seized. Their bodies were found.';
    const count = (word: string, q: Omit<Quantity, 'span'>): Quantity => {
      const at = text.indexOf(word);
      return { ...q, span: [at, at + word.length] };
    };
    const taken = [
      count('Four', { value: 4, qualifier: 'exact', noun: 'people' }),
      count('30', { value: 30, qualifier: 'exact' }),
      count('40', { value: 40, qualifier: 'exact' }),
    ];
    const sentence: [number, number] = [text.indexOf('Their'), text.length];
    expect(deadOfTheTaken(sentence, taken, text, true)?.value).toBe(4);
  });

  it('counts two people taken by no count: "kidnapped a ferryman and his son"', () => {
    const dead = (first: string, second: string) => {
      const text = `${first} ${second}`;
      return (
        deadOfTheTaken([first.length + 1, text.length], [], text, true, [0, first.length])?.value ?? null
      );
    };
    expect(dead('Raiders kidnapped a ferryman and his son near the weir.', 'Their bodies were found.')).toBe(
      2,
    );
    expect(dead('A ferryman and his son were abducted at the weir.', 'They were later found dead.')).toBe(2);
    expect(
      dead('Raiders kidnapped Capt. Ivo Marek, a pilot, and his guard.', 'Their bodies were found.'),
    ).toBe(2);
    // The second verb is no second person taken.
    expect(dead('Raiders kidnapped a ferryman and burned his boat.', 'Their bodies were found.')).toBeNull();
  });
});
