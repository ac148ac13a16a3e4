import { describe, expect, it } from 'vitest';
import { readTollAt } from './fixture-toll-reading.js';
import { oneBeforeMore } from './one-victim-words.js';

describe('oneBeforeMore: a count of "more" or "others" after the casualty verb\'s first object', () => {
  it('adds the object, however it is worded, to "eight more militants"', () => {
    const text =
      'rangers raided the camp killing Omar Saleh a smuggling boss of the gang and eight more smugglers';
    const read = readTollAt(text, 'eight', 8);
    expect([read.role, read.value]).toEqual(['killed', 9]);
  });

  it('adds the object to "three others" the verb wounded', () => {
    const text = 'the shell hit the market wounding the baker of the old quarter and three others';
    expect(oneBeforeMore(text, [text.indexOf('three'), text.indexOf('three') + 5])?.[1]).toBe('wounding');
  });

  it.each([
    'One porter was shot on Tuesday and at least 14 others were hurt',
    'gunmen attacked the post killing a guard and two others were hurt',
  ])('leaves a passive verb, or others with a verb of their own, alone: "%s"', (text) => {
    const at = text.search(/17|two/);
    expect(oneBeforeMore(text, [at, text.indexOf(' ', at)])).toBeNull();
  });

  it('needs "more" or "other" after the count', () => {
    const text =
      'rangers raided the camp killing Omar Saleh a smuggling boss of the gang and eight smugglers';
    expect(oneBeforeMore(text, [text.indexOf('eight'), text.indexOf('eight') + 5])).toBeNull();
  });
});
