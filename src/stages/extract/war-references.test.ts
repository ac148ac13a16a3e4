import { describe, expect, it } from 'vitest';
import { assertedWords as asserted } from '../../../test/support/asserted-words.js';
import { placeEntity } from './fixture-entities.js';

const gaza = placeEntity('Gaza', 'PS');

describe('acts told as part of a whole war', () => {
  it.each([
    ['an English war', 'Troops seized the ridge during the long war in Gaza.'],
    ['an Arabic war', 'قتل آلاف المدنيين خلال الحرب في غزة.'],
  ])('drops %s', (_, text) => {
    expect(asserted({ text, mentions: [[text.includes('غزة') ? 'غزة' : 'Gaza', gaza]] })).toEqual([]);
  });

  it.each([
    ['an Arabic war told before the act', 'خلال الغزو شهدت غزة أحداث حرق ونهب.'],
    ['an English war told before the act', 'During the war, troops seized the ridge above Gaza.'],
  ])('drops %s', (_, text) => {
    expect(asserted({ text, mentions: [[text.includes('غزة') ? 'غزة' : 'Gaza', gaza]] })).toEqual([]);
  });

  it('keeps an act told well after a fronted war', () => {
    const text = 'During the war the town was quiet, but on Monday troops seized the ridge above Gaza.';
    expect(asserted({ text, mentions: [['Gaza', gaza]] })).toEqual(['seized']);
  });

  it('keeps an act in a town a war has torn', () => {
    const text = 'Jets bombed a school in the war-torn Gaza on Monday.';
    expect(asserted({ text, mentions: [['Gaza', gaza]] })).toEqual(['bombed']);
  });

  it('keeps an act told in the campaign that goes on', () => {
    const text = 'Jets struck Gaza in the campaign against the rebels.';
    expect(asserted({ text, mentions: [['Gaza', gaza]] })).toEqual(['struck']);
  });
});

describe("acts told in a pluperfect aside as done during a state's offensive", () => {
  it('drops the act and the offensive it was told during', () => {
    const text = 'وانفجرت قذيفة كان الجيش أطلقها على غزة خلال الهجوم الإسرائيلي على القطاع قبل عام.';
    expect(asserted({ text, mentions: [['غزة', gaza]] })).toEqual(['وانفجرت']);
  });

  it('keeps an act told in the simple past during the offensive', () => {
    const text = 'قتل ثلاثة في غزة خلال الهجوم الإسرائيلي على القطاع أمس.';
    expect(asserted({ text, mentions: [['غزة', gaza]] })).toEqual(['قتل', 'الهجوم']);
  });
});

describe('acts told in the relative clause of a campaign', () => {
  it.each([
    ['an Arabic campaign', 'وأكد الوزير المضي في الحملة التي أعلنها الجيش واستهدفت مواقع المسلحين في غزة.'],
    ['an English war', 'The war, which has killed thousands of people in Gaza, goes on.'],
    ['a participle of an offensive', 'An offensive by government forces targeting Gaza stalled on Monday.'],
  ])('drops %s', (_, text) => {
    expect(asserted({ text, mentions: [[text.includes('غزة') ? 'غزة' : 'Gaza', gaza]] })).toEqual([]);
  });

  it('keeps an act a gerund tells after the campaign, as how a side answered it', () => {
    const text = 'Rebels answered the offensive by shelling Gaza.';
    expect(asserted({ text, mentions: [['Gaza', gaza]] })).toEqual(['shelling']);
  });

  it('keeps the strikes that opened a campaign, told as its own clause', () => {
    const text = 'The campaign began when jets struck Gaza on Monday.';
    expect(asserted({ text, mentions: [['Gaza', gaza]] })).toEqual(['struck']);
  });
});
