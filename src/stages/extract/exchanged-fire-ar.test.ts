import { describe, expect, it } from 'vitest';
import { subTypesOf } from '../../../test/support/resolved-events.js';
import { placeEntity } from './fixture-entities.js';

const ayyat = placeEntity('Al-Ayyat', 'EG');

// Fire exchanged between two sides is a fight whatever word the text uses for the shots: bullets
// («الرصاص») and «النيران» as well as «النار».
describe('Arabic fire exchanged told with bullets or «النيران»', () => {
  it.each([
    ['bullets exchanged', 'وقتل مسلح بعد تبادل إطلاق الرصاص بإحدى قرى العياط.'],
    ['«النيران» exchanged', 'وقتل مسلح في تبادل للنيران مع الشرطة في قرية العياط.'],
    ['«النيران» fired in the exchange', 'وأصيب شرطي خلال تبادل إطلاق النيران في قرية العياط.'],
  ])('is an armed clash: %s', (_, text) => {
    expect(subTypesOf({ text, mentions: [['العياط', ayyat]] })).toEqual(['Armed clash']);
  });
});
