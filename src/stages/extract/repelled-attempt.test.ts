import { describe, expect, it } from 'vitest';
import { placeEntity } from './fixture-entities.js';
import { firstSubType } from './fixture-sub-type.js';

const mentions: [string, ReturnType<typeof placeEntity>][] = [['صرواح', placeEntity('Sirwah', 'YE')]];

describe('an attack tried and fought off', () => {
  it('is a fight when dead are told after the repelling', () => {
    const text =
      'حاول المتمردون الهجوم على مواقع المقاومة في صرواح، إلا أن المقاومة تصدت لهم، ما أدى إلى مقتل 9 منهم.';
    expect(firstSubType({ text, mentions })).toBe('Armed clash');
  });

  it('is no incident when nobody was hurt', () => {
    const text = 'حاول المتمردون الهجوم على مواقع المقاومة في صرواح، إلا أن المقاومة تصدت لهم.';
    expect(firstSubType({ text, mentions })).toBeUndefined();
  });
});
