import { describe, expect, it } from 'vitest';
import { findMentions, loadKnowledgeBase } from './index.js';

const kb = await loadKnowledgeBase();

/** The first place `text` names, with the town the base puts it in: `surface=entity in town`. */
function placeInTown(text: string): string | undefined {
  const m = findMentions(kb, text, [[0, text.length]]).find((x) => x.place !== undefined);
  return m === undefined
    ? undefined
    : `${text.slice(...m.span)}=${m.entity_id} in ${m.place?.city?.entity_id}`;
}

// Quarters the base held as towns or districts of their own: a report naming one names the city too.
describe('the shipped base puts a city’s quarters in the city', () => {
  it.each([
    [
      'A knife attack left two men hurt near the old port of Jaffa',
      'Jaffa=place:il:jaffa in place:il:tel-aviv',
    ],
    ['Three grenades went off in a market in Crater overnight', 'Crater=place:ye:crater in place:ye:aden'],
    ['A bomb was left outside the Sariab police post', 'Sariab=place:pk:sariab in place:pk:quetta'],
  ])('%s', (text, expected) => {
    expect(placeInTown(text)).toBe(expected);
  });
});
