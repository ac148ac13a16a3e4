import { describe, expect, it } from 'vitest';
import type { Document } from '../../core/records.js';
import { spanContains, spansOverlap } from '../../core/span.js';
import { createLanguageStage } from './index.js';

const ARTICLE = [
  'الرئيسية | أخبار | رياضة',
  'قتل خمسة أشخاص في هجوم على سوق بمدينة الموصل أمس. وأصيب عشرة آخرون.',
  'اقرأ أيضا: انفجار في بغداد يقتل ثلاثة.',
  'وقالت الشرطة إن المهاجمين فروا.',
].join('\n\n');

function documentOf(
  text: string,
  removedTexts: string[] = [],
  published: string | null = '2024-03-10',
): Document {
  return {
    source: 'test',
    text,
    body: [0, text.length],
    removed: removedTexts.map((r) => ({
      span: [text.indexOf(r), text.indexOf(r) + r.length] as const,
      kind: 'related-links' as const,
      reason: 'test',
    })),
    published: published ? { value: published, spans: [], from: 'meta' } : null,
    diagnostics: [],
  };
}

describe('createLanguageStage', () => {
  it('declares what it reads and writes', () => {
    const stage = createLanguageStage();
    expect(stage.name).toBe('language');
    expect(stage.reads).toEqual(['text', 'body', 'removed', 'published']);
    expect(stage.writes).toEqual(['language', 'sentences', 'tokens', 'normalized', 'quantities', 'times']);
  });

  it('finds the language, sentences and tokens of an Arabic article outside its removed parts', async () => {
    const removedParts = ['الرئيسية | أخبار | رياضة', 'اقرأ أيضا: انفجار في بغداد يقتل ثلاثة.'];
    const doc = documentOf(ARTICLE, removedParts);
    await createLanguageStage().run(doc, { referenceDate: null });
    expect(doc.language).toBe('ar');
    expect(doc.sentences!.map((s) => ARTICLE.slice(...s.span))).toEqual([
      'قتل خمسة أشخاص في هجوم على سوق بمدينة الموصل أمس.',
      'وأصيب عشرة آخرون.',
      'وقالت الشرطة إن المهاجمين فروا.',
    ]);
    for (const removed of doc.removed!) {
      for (const token of doc.tokens!) expect(spansOverlap(removed.span, token.span)).toBe(false);
    }
    const mosul = doc.tokens!.find((t) => t.stem === 'موصل')!;
    expect(ARTICLE.slice(...mosul.stemSpan)).toBe('موصل');
    expect(spanContains(doc.sentences![mosul.sentence].span, mosul.span)).toBe(true);
  });

  it('gives the normalised view of the whole text, removed parts included', async () => {
    const doc = documentOf(ARTICLE, ['اقرأ أيضا: انفجار في بغداد يقتل ثلاثة.']);
    await createLanguageStage().run(doc, { referenceDate: null });
    expect(doc.normalized!.toOriginal.length).toBe(doc.normalized!.text.length + 1);
    expect(doc.normalized!.text).toContain('اقرا ايضا');
  });

  it('fills quantities and times from the body sentences', async () => {
    const doc = documentOf(ARTICLE);
    await createLanguageStage().run(doc, { referenceDate: null });
    expect(Array.isArray(doc.quantities)).toBe(true);
    expect(Array.isArray(doc.times)).toBe(true);
    expect(doc.quantities).toContainEqual(expect.objectContaining({ value: 5, role: 'killed' }));
    expect(doc.times).not.toHaveLength(0);
    for (const q of doc.quantities!)
      expect(doc.sentences!.some((s) => spanContains(s.span, q.span))).toBe(true);
  });

  it('says English for an English article that quotes an Arabic word', async () => {
    const text = 'Gunmen killed four soldiers near Mosul, officials said. Residents called it a مجزرة.';
    const doc = documentOf(text);
    await createLanguageStage().run(doc, { referenceDate: '2024-01-01' });
    expect(doc.language).toBe('en');
    expect(doc.sentences).toHaveLength(2);
  });

  it('says und and finds nothing in an empty body', async () => {
    const doc: Document = { source: 'empty', text: '', body: [0, 0], removed: [], diagnostics: [] };
    await createLanguageStage().run(doc, { referenceDate: null });
    expect(doc.language).toBe('und');
    expect(doc.sentences).toEqual([]);
    expect(doc.tokens).toEqual([]);
  });
});
