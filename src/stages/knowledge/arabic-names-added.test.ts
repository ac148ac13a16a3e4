import { describe, expect, it } from 'vitest';
import { findMentions, loadKnowledgeBase } from './index.js';

// Names typed into the knowledge base for Arabic reports (data/actors, data/places): each is found by the
// words the reports use.

const kb = await loadKnowledgeBase();

/** The entity of the first mention of `text` that is a place (`place`) or an actor. */
function first(text: string, place: boolean): string | undefined {
  return findMentions(kb, text, [[0, text.length]]).find((m) => (m.place !== undefined) === place)?.entity_id;
}

describe('Arabic dual and plural forms of a descriptive group name the group', () => {
  // Told in the dual and the plural as often as in the singular, with «متطرف» or «متشدد», before or after «يهود».
  it.each([
    'ويوم الجمعة أحرق يهوديان متطرفان منزلا فلسطينيا',
    'في هجوم دام لمتشددين يهود على منزل بالضفة الغربية',
    'اتهمت الشرطة يهوديين متطرفين بإحراق المنزل',
  ])('"%s"', (text) => {
    expect(first(text, false)).toBe('actor:jewish-extremists-israel');
  });
});

describe('a town of incident reports is known by its Arabic name', () => {
  // data/places/more-towns-incidents.tsv: an incident there is placed at the town, not at its region.
  it.each([
    ['وقعت قوة من الجيش في كمين قرب نامبالا', 'place:ml:nampala'],
    ['خطفت الجبهة خمسة مقاتلين في قرية قاح الحدودية', 'place:sy:qah'],
  ])('"%s"', (text, id) => {
    expect(first(text, true)).toBe(id);
  });
});
