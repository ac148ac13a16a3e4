import { describe, expect, it } from 'vitest';
import { isWholeSpelling } from './spelling.js';

describe('a surface listed among an entity’s spellings', () => {
  it.each([
    'Islamic State',
    'Islamic State (IS)',
    'تنظيم «داعش» الإرهابي',
    'تنظيم “داعش”',
    'the "Caliphate" group',
    'تنظيم (داعش)',
  ])('keeps %s, whose marks pair up', (surface) => {
    expect(isWholeSpelling(surface)).toBe(true);
  });

  it.each(['Islamic State (IS', 'تنظيم «داعش', 'داعش» الإرهابي', 'تنظيم "داعش', 'IS) fighters', 'a (b] c'])(
    'leaves out %s, cut inside a bracket or a quote',
    (surface) => {
      expect(isWholeSpelling(surface)).toBe(false);
    },
  );
});
