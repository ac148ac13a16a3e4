import { describe, expect, it } from 'vitest';
import { findMentions, loadKnowledgeBase } from './index.js';

const kb = await loadKnowledgeBase();

/** `surface=entity` for every place mention, in text order. */
function places(text: string): string[] {
  return findMentions(kb, text, [[0, text.length]])
    .filter((m) => m.place !== undefined)
    .map((m) => `${text.slice(...m.span)}=${m.entity_id}`);
}

describe('a paper or an airline named after its home', () => {
  it.each([
    ['a paper', 'A reporter for the Los Angeles Times was kidnapped in Arauca', ['Arauca']],
    ['a weekly', 'A bomb damaged the office of the Baghdad Weekly in Mosul', ['Mosul']],
    ['an airline', 'A Pakistan Airlines plane was hijacked over Kandahar', ['Kandahar']],
  ])('is no mention of the place: %s', (_why, text, expected) => {
    expect(places(text).map((p) => p.split('=')[0])).toEqual(expected);
  });
});

describe('the second half of a Persian or Urdu compound name', () => {
  it.each([
    ['hyphenated', 'Rockets hit the Koh-e-Baghdad district at night', []],
    ['spaced', 'A police officer from the Khak-e Mosul district was kidnapped', []],
  ])('is no mention of the place: %s', (_why, text, expected) => {
    expect(places(text).map((p) => p.split('=')[0])).toEqual(expected);
  });

  it('while a name after a plain hyphen still is', () => {
    expect(places('A bomb hit the Baghdad-Mosul highway').map((p) => p.split('=')[0])).toEqual([
      'Baghdad',
      'Mosul',
    ]);
  });
});

describe('a sea named after a country', () => {
  it('is no mention of the country: "خليج المكسيك", "the Gulf of Mexico"', () => {
    expect(places('غرامات بسبب انفجار عام 2010 في خليج المكسيك')).toEqual([]);
    expect(places('An oil rig exploded in the Gulf of Mexico')).toEqual([]);
    expect(places('انفجار في المكسيك')).toEqual(['المكسيك=country:MX']);
  });
});

describe('"الجزيرة", the island, a channel and a desert', () => {
  it('is the Sudanese state only after "ولاية"', () => {
    const gezira = (text: string) => places(text).filter((p) => p.endsWith('=region:sd:gezira'));
    expect(gezira('تحطمت طائرة خلال الاجتياح التركي للجزيرة')).toEqual([]);
    expect(gezira('تقدمت القوات في قاطعي الأنبار والجزيرة')).toEqual([]);
    expect(gezira('قال مراسل الجزيرة')).toEqual([]);
    expect(places('هطلت أمطار غزيرة في ولاية الجزيرة')).toEqual(['ولاية الجزيرة=region:sd:gezira']);
  });
});
