import { describe, expect, it } from 'vitest';
import { subTypesOf } from '../../../test/support/resolved-events.js';
import type { FixtureSpec } from './fixture-document.js';
import { placeEntity } from './fixture-entities.js';

const mentions: FixtureSpec['mentions'] = [['البصرة', placeEntity('Basra', 'IQ')]];

describe('an act a reward or a measure aims at', () => {
  it.each([
    'رصدت الحكومة أمس مكافأة مالية لأي شخص يقدم معلومات تؤدي إلى اعتقال قائد العصابة في البصرة.',
    'وعرضت الشرطة جائزة لكل من يقدم معلومات تقود إلى القبض على قاتل التاجر في البصرة.',
    'وأقرت الحكومة أمس إجراءات جديدة تهدف إلى اعتقال مهربي السلاح في البصرة.',
  ])('is wished, not done: %s', (text) => {
    expect(subTypesOf({ text, mentions })).toEqual([]);
  });

  it('leaves an arrest the information led to told as done', () => {
    const text = 'وقالت الشرطة إن معلومات من السكان قادت أمس إلى اعتقال قائد العصابة في البصرة.';
    expect(subTypesOf({ text, mentions })).toEqual(['Arrests']);
  });
});
