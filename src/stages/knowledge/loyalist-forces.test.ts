import { describe, expect, it } from 'vitest';
import { findMentions, loadKnowledgeBase } from './index.js';

const kb = await loadKnowledgeBase();

/** The name of the first actor the shipped base finds in `text`. */
function firstActor(text: string): string | undefined {
  return findMentions(kb, text, [[0, text.length]]).find((m) => m.actor !== undefined)?.name;
}

// Yemeni reports of the war name the army by its loyalty ("loyal to legitimacy", "loyal to Hadi") far more
// often than by its name; without these the army is no side and its gains read as a militia's.
describe('the shipped base knows the Yemeni army by its loyalty', () => {
  it.each([
    'تقدمت القوات الموالية للشرعية نحو البلدة فجر الاثنين',
    'قصف الجيش الموالي للشرعية تجمعات للمتمردين',
    'دخلت الوحدات الموالية لهادي مبنى المحافظة',
  ])('%s', (text) => {
    expect(firstActor(text)).toBe('Military Forces of Yemen');
  });
});
