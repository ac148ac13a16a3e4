import { describe, expect, it } from 'vitest';
import { findQuantities } from '../language/quantities/index.js';
import { count } from './incident-toll.js';
import { withTollRoles } from './toll-words.js';

/** The clause's toll of `role`, read from the quantities the language stage finds in `text`. */
function tollOf(text: string, role: 'killed' | 'injured' = 'killed'): number | null {
  const quantities = withTollRoles(findQuantities(text, [{ span: [0, text.length] }], 'ar'), text);
  return count(quantities, role, false, text)?.value ?? null;
}

describe('count adds people told "in addition to" the first figure', () => {
  it.each([
    ['أسفر الانفجار عن استشهاد عشرة من الجنود إضافة إلى ثلاثة من العمال في الموقع.', 13],
    ['قتل خمسة جنود بالإضافة إلى اثنين من السائقين في الكمين.', 7],
    ['The blast killed five soldiers in addition to two drivers.', 7],
    // A part of the first figure stays a part.
    ['قتل خمسة جنود بينهم اثنان من الضباط.', 5],
    // Things added to the dead are not people.
    ['The blast killed five soldiers in addition to 3 vehicles.', 5],
    ['The shells killed five soldiers in addition to two of their armoured vehicles.', 5],
    // "along with" adds too, across an aside naming the first; the one it took in is not told again.
    ['Rebels killed one village elder, Ivo Marek, along with two of his sons.', 3],
    ['Gunmen killed a policeman along with two of his brothers.', 3],
    ['Rebels killed one village elder along with two of their trucks.', 1],
  ])('reads "%s" as %d killed', (text, killed) => {
    expect(tollOf(text)).toBe(killed);
  });
});

describe('count adds the items of a headline list with no commas', () => {
  it('adds "10 children 5 women"', () => {
    expect(tollOf('Air strikes kill 10 children 5 women in the northern province')).toBe(15);
  });

  it('does not add a count that has a fate of its own ("8 persons killed 58 others injured")', () => {
    expect(tollOf('8 persons killed 58 others injured in rocket attacks on the city')).toBe(8);
  });

  it('does not add the people who tell ("killing four civilians two residents said")', () => {
    expect(tollOf('tanks shelled the district killing four civilians two residents said')).toBe(4);
  });

  it('adds a count after a noun the lexicon does not know: "two police commandos and five civilians"', () => {
    expect(tollOf('The attack killed two police commandos and five civilians.')).toBe(7);
  });

  it('does not add a part told by "of them"', () => {
    expect(tollOf('Air strikes kill 10 children, 5 of them girls')).toBe(10);
  });
});
