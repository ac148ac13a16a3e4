import { describe, expect, it } from 'vitest';
import { assertedWords } from '../../../test/support/asserted-words.js';

const asserted = (text: string) => assertedWords({ text });

describe('truces sought or broken', () => {
  it.each([
    ['a truce asked for', 'The envoy is asking for a cease-fire so that food can reach the town.'],
    ['a truce called for', 'Several governments called for an immediate ceasefire in the north.'],
    ['a truce appealed for', 'Aid agencies appealed for a truce in the besieged district.'],
    ['a truce urged', 'The council urged a lasting truce between the two militias.'],
    ['efforts to secure a truce', 'Repeated attempts at securing a truce have failed.'],
    ['a truce that broke down', 'The three-year local truce broke down last week.'],
    ['a truce that collapsed', 'The fragile ceasefire in the valley collapsed.'],
    ['a truce held as a state', 'The hill villages have had a quiet truce beside the army for years.'],
    ['a breach of a truce', 'The group accused its rivals of a breach of the truce.'],
  ])('records no agreement for %s', (_, text) => {
    expect(asserted(text)).toEqual([]);
  });

  it.each([
    ['a truce declared', 'The two militias declared a truce in the port city.', 'truce'],
    ['a truce that came into force', 'A nationwide ceasefire came into force at midnight.', 'ceasefire'],
    ['a truce brokered', 'Mediators brokered a ceasefire between the tribes.', 'ceasefire'],
    [
      'a broken truce the clause dates',
      'The ceasefire of 12 September 2016 collapsed within a week.',
      'ceasefire',
    ],
    ['a truce that had been signed', 'The factions had signed a truce before the talks.', 'truce'],
    ['terms agreed for a truce', 'The rivals agreed on terms for a ceasefire in the province.', 'ceasefire'],
    ['a strike in breach of a truce', 'Jets in breach of the truce bombed the town.', 'bombed'],
  ])('keeps %s', (_, text, word) => {
    expect(asserted(text)).toContain(word);
  });
});
