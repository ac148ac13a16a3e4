import { describe, expect, it } from 'vitest';
import { assertedWords } from '../../../test/support/asserted-words.js';

const asserted = (text: string) => assertedWords({ text });

describe('violence told in an Arabic work of fiction', () => {
  it.each([
    ['the plot a novel turns on', 'وتدور أحداث الرواية حول محقق قتل أربعة مهربين في ميناء المدينة.'],
    ['the story a film tells', 'ويروي الفيلم قصة حارس فجر عبوة ناسفة أمام ثكنة في الجبل.'],
    ['the story a series tells, the work first', 'والمسلسل يحكي قصة عصابة اختطفت تاجرا من سوق المدينة.'],
    ['a sentence opening in a film', 'وفي الفيلم، هاجم جنود مدججون حصنا على الساحل وقتلوا حراسه.'],
    [
      'a sentence opening in a novel after a dateline',
      'دمشق - في روايته الأخيرة، اغتال ضابط شاب وزيرا فاسدا.',
    ],
  ])('asserts no act in %s', (_, text) => {
    expect(asserted(text)).toEqual([]);
  });

  it.each([
    ['an attack on a film crew', 'وهاجم مسلحون فريق تصوير فيلم قرب الحدود.'],
    ['an actor killed', 'وقتل ممثل مسلسلات معروف في هجوم على منزله أمس.'],
    ['a bomb near a cinema', 'وفجر مسلح عبوة ناسفة قرب دار عرض الفيلم الجديد.'],
    ['a film being shot', 'وكان المصور يصور فيلما عندما أطلق مسلحون النار عليه.'],
    ['a documentary', 'ويروي الفيلم الوثائقي قصة جنود قتلوا أسرى في الصحراء.'],
  ])('keeps the act in %s', (_, text) => {
    expect(asserted(text)).not.toEqual([]);
  });
});
