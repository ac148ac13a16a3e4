import { describe, expect, it } from 'vitest';
import { findQuantities } from '../language/quantities/index.js';
import { count } from './incident-toll.js';
import { withTollRoles } from './toll-words.js';

/** The clause's toll of `role`, read from the quantities the language stage finds in `text`. */
function tollOf(text: string, role: 'killed' | 'injured' = 'killed'): number | null {
  const quantities = withTollRoles(findQuantities(text, [{ span: [0, text.length] }], 'en'), text);
  return count(quantities, role, false, text)?.value ?? null;
}

describe('count adds single people listed beside its figures', () => {
  it.each([
    ['A ferryman, a cook and three porters were killed when the boat was shelled.', 'killed', 5],
    ['The mortar killed a ferryman, a cook and three porters on the quay.', 'killed', 5],
    ['On Sunday, a ferryman, a cook and two porters were wounded by the shell.', 'injured', 4],
    ['Four porters, one customs clerk, and one ferryman were killed on the quay.', 'killed', 6],
  ] as const)('reads "%s" as %s %d', (text, role, value) => {
    expect(tollOf(text, role)).toBe(value);
  });

  it.each([
    ['The mortar killed two people, a ferryman and a cook, on the quay.', 2],
    ['The blast killed one policeman, a retired ferryman, and wounded two porters.', 1],
  ])('does not count the singles after a comma that name the people counted in "%s"', (text, value) => {
    expect(tollOf(text)).toBe(value);
  });

  it.each([
    ['Two porters were killed and another wounded on the quay.', 2],
    ['Two porters were killed and a third seriously injured on the quay.', 2],
    ['A ferryman and his mate were seized and two porters were killed on the quay.', 2],
    ['A gunfight ensued and two porters were killed on the quay.', 2],
    ['Two people died, one Ruritanian and one Freedonian, and a porter was killed.', 2],
  ])('does not count a single told with a fate of its own in "%s"', (text, value) => {
    expect(tollOf(text)).toBe(value);
  });

  it('does not count an amount ("an unknown number of porters")', () => {
    expect(tollOf('Two ferrymen and an unknown number of porters were killed on the quay.')).toBe(2);
  });

  it('does not count a list that opens in the middle of a clause', () => {
    expect(tollOf('The rebels seized a ferry, a barge and two porters were killed.')).toBe(2);
  });
});
