import { describe, expect, it } from 'vitest';
import { placeEntity } from '../extract/fixture-entities.js';
import { resolvedEvents } from '../../../test/support/resolved-events.js';

describe('a retelling that holds the victim told before and the others killed with him', () => {
  const killedIn = (text: string) =>
    resolvedEvents({
      text,
      mentions: [['Vardenburg', placeEntity('Vardenburg', 'RT')]],
      quantities: [['six', { value: 6, qualifier: 'exact' }]],
    }).map((e) => e.fatalities?.value ?? null);

  it('gives the incident the fuller count', () => {
    expect(
      killedIn(
        'A rebel captain was killed in an air strike on a farmhouse near Vardenburg on Friday. ' +
          'The captain along with six of his men were killed when the jet hit the farmhouse.',
      ),
    ).toEqual([7]);
  });

  it('keeps the first count when the later one opens with someone not told before', () => {
    expect(
      killedIn(
        'A rebel captain was killed in an air strike on a farmhouse near Vardenburg on Friday. ' +
          'The driver along with six of his men were killed when the jet hit the farmhouse.',
      ),
    ).toEqual([1]);
  });
});
