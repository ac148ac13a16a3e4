import { describe, expect, it } from 'vitest';
import { identifyDocumentLanguage } from './document-language.js';

describe('identifyDocumentLanguage', () => {
  it('reads the body segments, not the English menu around them', () => {
    const text = 'Home News Sports Contact\nقتل خمسة أشخاص في هجوم على بلدة حدودية وأصيب عشرة آخرون';
    expect(identifyDocumentLanguage(text, [[25, text.length]]).language).toBe('ar');
  });

  it('gives the main language of an Arabic article quoting English names', () => {
    const text =
      'قال متحدث باسم Human Rights Watch إن منظمة Amnesty International وثقت الانتهاكات في المدينة خلال الشهر الماضي';
    expect(identifyDocumentLanguage(text, [[0, text.length]]).language).toBe('ar');
  });

  it('gives the main language of an English article quoting an Arabic phrase', () => {
    const text =
      'Residents said the strike on the market was a massacre, or مجزرة in Arabic, and that the dead were civilians.';
    expect(identifyDocumentLanguage(text, [[0, text.length]]).language).toBe('en');
  });

  it('falls back to the whole text when the body has no letters', () => {
    const text = 'انفجار في الميناء — 2024';
    expect(identifyDocumentLanguage(text, [[19, 25]]).language).toBe('ar');
  });

  it('says und for a text without letters', () => {
    expect(identifyDocumentLanguage('12:30 — 2024', [[0, 12]]).language).toBe('und');
  });
});
