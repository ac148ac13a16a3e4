import { describe, expect, it } from 'vitest';
import { namesSpeakersPlace } from './speaker-title-place.js';

/** Whether `place`, first met in `text`, is named in a speaker's title. */
function inTitle(text: string, place: string): boolean {
  const at = text.indexOf(place);
  return namesSpeakersPlace(text, [at, at + place.length], 0);
}

describe('a place in the title of one who speaks', () => {
  it.each([
    ['وقال مسؤول الإعلام في شرطة جنوب ديالى، سعد العبيدي لقناة محلية إن طائرة قصفت رتلا للمسلحين.', 'ديالى'],
    ['وأفاد مدير الشرطة في كركوك، العميد خالد، أن انفجارا وقع قرب سوق شعبي.', 'كركوك'],
  ])('is where he serves, not where it happened: %s', (text, place) => {
    expect(inTitle(text, place)).toBe(true);
  });

  it.each([
    ['وقال مسؤول أمني إن طائرة قصفت رتلا للمسلحين في كركوك أمس.', 'كركوك'],
    ['وقال مسؤول محلي إن الغارة أصابت مدرسة في كركوك وإن القتلى مدنيون.', 'كركوك'],
    ['وقال المسؤول الأمني في كركوك إن الغارة أصابت مدرسة.', 'كركوك'],
  ])('is the scene when told in what he said: %s', (text, place) => {
    expect(inTitle(text, place)).toBe(false);
  });
});
