import { describe, expect, it } from 'vitest';
import { findMentions, loadKnowledgeBase } from './index.js';

const kb = await loadKnowledgeBase();

/** `surface=entity` for every place mention, in text order. */
function places(text: string): string[] {
  return findMentions(kb, text, [[0, text.length]])
    .filter((m) => m.place !== undefined)
    .map((m) => `${text.slice(...m.span)}=${m.entity_id}`);
}

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
