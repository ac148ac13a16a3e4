import { describe, expect, it } from 'vitest';
import { assertedWords } from '../../../test/support/asserted-words.js';
import type { FixtureSpec } from './fixture-document.js';
import { placeEntity } from './fixture-entities.js';

const mentions: FixtureSpec['mentions'] = [['الرياض', placeEntity('Riyadh', 'SA')]];
const asserted = (text: string) => assertedWords({ text, mentions });

describe('violence told in a voweled verse', () => {
  it('drops a killing quoted from a voweled verse', () => {
    expect(asserted('وذكّر الخطيب في الرياض بقول الشاعر: (وَمَنْ قَتَلَ بَرِيئًا فَقَدْ ظَلَمَ).')).toEqual([]);
  });

  it('keeps a killing whose one word is voweled to tell it apart', () => {
    expect(asserted('وقُتل ثلاثة أشخاص في الرياض أمس.')).toEqual(['وقُتل']);
  });
});
