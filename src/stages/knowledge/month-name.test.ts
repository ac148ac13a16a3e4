import { describe, expect, it } from 'vitest';
import { placeMentions } from './knowledge-fixtures.js';
import { loadKnowledgeBase } from './index.js';

const kb = await loadKnowledgeBase();
const found = (text: string): string[] => placeMentions(kb, text);

describe('a Hijri month named like a place', () => {
  it('is no place between a day and a year, as a dateline writes it', () => {
    expect(found('كويتا 25 شوال 1436 هـ: اشتبك الجيش مع مسلحين في وادي تيراه.')).not.toContain(
      'شوال=place:pk:shawal',
    );
  });

  it('is the place after a town’s noun', () => {
    expect(found('داهم الجيش مخبأ للمسلحين في بلدة شوال أمس.')).toContain('شوال=place:pk:shawal');
  });
});
