import { describe, expect, it } from 'vitest';
import { subTypesOf } from '../../../test/support/resolved-events.js';
import type { FixtureSpec } from './fixture-document.js';
import { placeEntity } from './fixture-entities.js';

const unity: FixtureSpec['mentions'] = [['ولاية الوحدة', placeEntity('Unity', 'SS')]];

describe('several abuses listed in one clause', () => {
  it('types the incident by the killing told first, not by the abuses after it', () => {
    const text =
      'قال شهود إن جنودا في ولاية الوحدة أطلقوا النار على قرويين هاربين فقتلوا عشرة منهم واغتصبوا نساء وأحرقوا الأكواخ.';
    expect(subTypesOf({ text, mentions: unity })).toEqual(['Attack']);
  });

  it('keeps a sexual assault told before the killing', () => {
    const text = 'قال شهود إن جنودا في ولاية الوحدة اغتصبوا فتاة ثم قتلوها يوم الأحد.';
    expect(subTypesOf({ text, mentions: unity })).toEqual(['Sexual violence']);
  });
});
