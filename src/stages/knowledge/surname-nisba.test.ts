import { describe, expect, it } from 'vitest';
import { placeMentions } from './knowledge-fixtures.js';
import { loadKnowledgeBase } from './index.js';

const kb = await loadKnowledgeBase();
const found = (text: string): string[] => placeMentions(kb, text);

describe('a nationality adjective that is a family name', () => {
  it.each([
    ['after a title and a given name', 'وقال العقيد فهد المصري إن دورية تعرضت لإطلاق نار قرب الحدود.'],
    ['as the subject of a verb of saying', 'وأوضح المصري أن الدورية لم تصب بأذى.'],
  ])('names no country %s', (_, text) => {
    expect(found(text)).toEqual([]);
  });

  it('still names the country after a noun it describes', () => {
    expect(found('وقال وزير الدفاع المصري إن الدورية لم تصب بأذى.')).toEqual(['المصري=country:EG']);
  });
});
