import { describe, expect, it } from 'vitest';
import { findMentions, loadKnowledgeBase } from './index.js';

const kb = await loadKnowledgeBase();

/** The entity ids of the places the shipped base finds in `text`, in text order. */
function placeIds(text: string): string[] {
  return findMentions(kb, text, [[0, text.length]])
    .filter((m) => m.place !== undefined)
    .map((m) => m.entity_id);
}

// Older and transliterated spellings of generated towns (scripts/kb/arabic-names aliases), as wire copy and
// chronologies wrote them.
describe('the shipped base reads towns by their older spellings', () => {
  it.each([
    ['A roadside bomb struck a convoy outside Dohok on Friday', 'place:iq:duhok'],
    ['Gunmen fired on a checkpoint near Alayh at dawn', 'place:lb:aley'],
    ['A parcel bomb was found at a post office in Ash Shariqah', 'place:ae:sharjah'],
    ['Vandals daubed slogans on a synagogue in Lvov', 'place:ua:lviv'],
    ['A rocket landed in an orchard near Maalot', 'place:il:maalot-tarshiha'],
    ['A car bomb killed the police chief of Suleimaniyah', 'place:iq:sulaymaniyah'],
    ['A grenade exploded among stalls in Kamenets-Podolsky', 'place:ua:kamianets-podilskyi'],
  ])('%s', (text, id) => {
    expect(placeIds(text)).toContain(id);
  });
});
