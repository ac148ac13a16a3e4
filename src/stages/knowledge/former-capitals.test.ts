import { describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from './index.js';
import { townMentions } from './knowledge-fixtures.js';

const kb = await loadKnowledgeBase();

const towns = (text: string, published?: string): string[] => townMentions(kb, text, { published });

describe('the capital of the day', () => {
  it('reads a bare "the capital" in a text dated before a move as the former capital', () => {
    const text = 'NIGERIA.  Masked men robbed a fuel depot in the capital at dawn.';
    expect(towns(text, '1984-03-02')).toEqual(['capital=place:ng:lagos']);
    expect(towns(text, '2004-03-02')).toEqual(['capital=place:ng:abuja']);
    expect(towns(text)).toEqual(['capital=place:ng:abuja']);
  });

  it('takes the town of the day when a capital moved twice', () => {
    const text = "Students marched on a police post in Pakistan's capital.";
    expect(towns(text, '1956-05-01')).toEqual(['capital=place:pk:karachi']);
    expect(towns(text, '1963-05-01')).toEqual(['capital=place:pk:rawalpindi']);
  });

  it('reads a base alias of the capital ("the Nigerian capital") by the date too', () => {
    const text = 'Masked men robbed a fuel depot in the Nigerian capital at dawn.';
    expect(towns(text, '1984-03-02')).toEqual(['Nigerian capital=place:ng:lagos']);
    expect(towns(text, '2004-03-02')).toEqual(['Nigerian capital=place:ng:abuja']);
  });

  it("reads a former state's capital only where the text names that state", () => {
    const south = 'SOUTH VIETNAM.  A grenade was tossed into a bar in the capital.';
    expect(towns(south, '1970-08-11')).toEqual(['capital=place:vn:ho-chi-minh-city']);
    expect(towns(south, '1980-08-11')).toEqual(['capital=place:vn:hanoi']);
    const german = 'A parcel bomb went off at a bank in the West German capital.';
    expect(towns(german, '1982-01-20')[0]).toBe('capital=place:de:bonn');
    const east = 'EAST GERMANY.  Two guards were shot near the border wall in the capital.';
    expect(towns(east, '1982-01-20')).toEqual(['capital=place:de:east-berlin']);
  });
});
