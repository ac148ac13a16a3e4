import { describe, expect, it } from 'vitest';
import { findMentions, loadKnowledgeBase } from './index.js';

// A descriptive group is told in Arabic in the dual and the plural as often as in the singular, with
// «متطرف» or «متشدد», before or after «يهود»: every form names the one group (data/actors).

const kb = await loadKnowledgeBase();

/** The entity of the first actor mention of `text`. */
function firstActor(text: string): string | undefined {
  return findMentions(kb, text, [[0, text.length]]).find((m) => m.place === undefined)?.entity_id;
}

describe('Arabic dual and plural forms of a descriptive group name the group', () => {
  it.each([
    'ويوم الجمعة أحرق يهوديان متطرفان منزلا فلسطينيا',
    'في هجوم دام لمتشددين يهود على منزل بالضفة الغربية',
    'اتهمت الشرطة يهوديين متطرفين بإحراق المنزل',
  ])('"%s"', (text) => {
    expect(firstActor(text)).toBe('actor:jewish-extremists-israel');
  });
});
