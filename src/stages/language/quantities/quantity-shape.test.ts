import { describe, expect, it } from 'vitest';
import { findQuantities } from './index.js';

const LAYOUT = ['span', 'value', 'qualifier', 'vague', 'upper', 'role', 'noun', 'nounSpan'];

describe('the quantities of every rule', () => {
  it('share one layout of fields, so the event layer reads them through one hidden class', () => {
    const texts = [
      'Between 10 and 15 soldiers were killed.',
      'Dozens of people were injured.',
      'A policeman was killed and no one else was hurt.',
      'قتل 12 شخصا وأصيب 5 آخرون.',
      'لقي حتفه في الهجوم.',
      'استشهاد أحد أفرادها.',
      'Gunmen killed 3 soldiers and 5 civilians.',
    ];
    const found = texts.flatMap((text) => findQuantities(text, [{ span: [0, text.length] }], 'en'));
    expect(found.length).toBeGreaterThan(8);
    for (const q of found) expect(Object.keys(q)).toEqual(LAYOUT);
  });
});
