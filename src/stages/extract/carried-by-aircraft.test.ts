import { describe, expect, it } from 'vitest';
import type { FixtureSpec } from './fixture-document.js';
import { placeEntity } from './fixture-entities.js';
import { firstSubType } from './fixture-sub-type.js';

const hebron: FixtureSpec['mentions'] = [['الخليل', placeEntity('Hebron', 'PS')]];

// A helicopter that took the wounded to hospital struck no one: the blow keeps the type its own words give.
describe('an aircraft that carried the hurt away', () => {
  it('keeps a ramming whose wounded were flown to hospital a ramming', () => {
    const text =
      'أصيب جنديان بجروح في عملية دهس قرب الخليل، وقال الجيش إن رجلا صدمهما بسيارته، ونقل الجريحان بمروحية إلى مستشفى قريب.';
    expect(firstSubType({ text, mentions: hebron })).toBe('Attack');
  });

  it('keeps a helicopter that killed the riders of a transport bus an air strike (no one was taken anywhere)', () => {
    const text = 'قُتل ركاب حافلة نقل بمروحية حربية قرب الخليل.';
    expect(firstSubType({ text, mentions: hebron })).toBe('Air/drone strike');
  });
});
