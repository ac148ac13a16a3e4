import { describe, expect, it } from 'vitest';
import { assertedWords } from '../../../test/support/asserted-words.js';

const asserted = (text: string) => assertedWords({ text });

describe('violence played in a game', () => {
  it.each([
    [
      'an attack a game lets its players make',
      'وفي إحدى الألعاب المنتشرة على الإنترنت يقود اللاعب مقاتلين ليهاجموا حاجزا للجيش.',
    ],
    [
      'killing a game shows further on in a long sentence',
      'وتنتشر لعبة على الهواتف لا تظهر فيها دماء ولا جثث ولا أصوات صراخ ولا أي مشهد يخيف الصغار حتى يعتادوا عليها ولكن فيها كثير من القتل.',
    ],
    ['an English video game', 'In the video game a militia shells a village and kills ten of its people.'],
    ['gamers', 'Gamers who join the server can bomb a convoy of armoured trucks.'],
  ])('asserts no act in %s', (_, text) => {
    expect(asserted(text)).toEqual([]);
  });

  it.each([
    [
      'a bombing at a sports meeting',
      'وخلال دورة الألعاب الرياضية انفجرت عبوة ناسفة قرب الملعب وقتلت شرطيا.',
      'انفجرت',
    ],
    [
      'a bombing after the Olympic games are named',
      'وقبل افتتاح الألعاب الأولمبية انفجرت قنبلة قرب الفندق وقتلت حارسين.',
      'انفجرت',
    ],
    [
      'a bombing after fireworks',
      'وبعد عرض الألعاب النارية انفجرت سيارة مفخخة قرب الساحة وقتلت ثلاثة.',
      'انفجرت',
    ],
    ['a football game', 'After the football game, gunmen attacked a bus carrying fans.', 'attacked'],
    ['a game named after the act', 'Gunmen attacked a cafe where men were watching a game.', 'attacked'],
  ])('keeps %s', (_, text, word) => {
    expect(asserted(text)).toContain(word);
  });
});
