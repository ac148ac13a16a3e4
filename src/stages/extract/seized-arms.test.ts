import { describe, expect, it } from 'vitest';
import { placeEntity } from './fixture-entities.js';
import { firstSubType } from './fixture-sub-type.js';

const mentions: [string, ReturnType<typeof placeEntity>][] = [['الفلوجة', placeEntity('Fallujah', 'IQ')]];
const subTypeOf = (text: string) => firstSubType({ text, mentions });

describe('shells and rockets seized or found', () => {
  it.each<[string, string]>([
    [
      'a haul of rockets and mortar shells',
      'قتل الجنود خمسة مسلحين قرب الفلوجة وضبطوا 12 صاروخا وقذائف هاون.',
    ],
    [
      'mortar shells found in a hideout',
      'اشتبك الجنود مع مسلحين قرب الفلوجة وعثروا على قذائف هاون في مخبأ لهم.',
    ],
    ['arms taken after a fight', 'قتل الجنود خمسة مسلحين قرب الفلوجة واستولوا على أسلحتهم.'],
  ])('leave %s a fight, not a shelling', (_, text) => {
    expect(subTypeOf(text)).toBe('Armed clash');
  });

  it('keep shells that fell before bodies were found a shelling', () => {
    expect(subTypeOf('عثر الأهالي على جثتين بعد سقوط قذائف هاون على حي في الفلوجة.')).toBe(
      'Shelling/artillery/missile attack',
    );
  });

  it('keep a village seized as ground taken', () => {
    expect(subTypeOf('استولى المسلحون على قرية قرب الفلوجة أمس.')).toBe(
      'Non-state actor overtakes territory',
    );
  });
});

describe('grenades and shells someone holds or a craft is fitted with', () => {
  it.each<[string, string]>([
    [
      'grenades found on men stopped at a checkpoint',
      'أوقف الجنود سيارة قرب الفلوجة وكان بحوزة ركابها قنابل يدوية.',
    ],
    [
      'mortar shells in a driver’s keeping',
      'وأوقفت دورية شاحنة قرب الفلوجة وبحوزة سائقها عشرات قذائف الهاون.',
    ],
    ['rockets a gunboat is fitted with', 'وترسو قرب الفلوجة زوارق نهرية مزودة بصواريخ قصيرة المدى.'],
  ])('tell no blow: %s', (_, text) => {
    expect(subTypeOf(text)).toBeUndefined();
  });
});
