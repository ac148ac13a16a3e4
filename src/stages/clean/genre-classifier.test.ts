import { describe, expect, it } from 'vitest';
import type { RemovedSpan } from '../../core/records.js';
import { classifyGenre } from './genre-classifier.js';

const NEWS =
  'قال مسؤولون إن انفجارا وقع قرب السوق. وأضافت الشرطة أن التحقيق جار. وذكرت مصادر أن الضحايا مدنيون.';
const OPINION =
  'أعتقد أن الحكومة أخطأت. وعلينا أن نعترف بأن قدرتنا على الفعل تراجعت، وينبغي على الجميع المراجعة.';
const bio: RemovedSpan = { span: [0, 5], kind: 'author-bio', reason: 'author tagline' };

function genre(
  text: string,
  extra: { removed?: RemovedSpan[]; labels?: string; title?: string; hasDateline?: boolean } = {},
) {
  return classifyGenre({
    text,
    body: [0, text.length],
    removed: [],
    labels: '',
    title: '',
    hasDateline: false,
    ...extra,
  }).value;
}

describe('the genre classifier', () => {
  it.each([
    ['reported speech', NEWS, {}, 'news'],
    ['a dateline', 'The talks ended.', { hasDateline: true }, 'news'],
    ['first-person and normative language with an author tagline', OPINION, { removed: [bio] }, 'opinion'],
    ['an opinion section in the URL', NEWS, { labels: 'https://example.com/opinion/2024/x' }, 'opinion'],
    ['a schema.org OpinionNewsArticle type', NEWS, { labels: 'OpinionNewsArticle' }, 'opinion'],
    ['a plain NewsArticle type', NEWS, { labels: 'NewsArticle' }, 'news'],
    ['an "Analysis:" headline', NEWS, { title: 'Analysis: the war of attrition' }, 'analysis'],
    [
      'a headline that only mentions a comment',
      NEWS,
      { title: 'Minister declines to comment on raid' },
      'news',
    ],
    ['a list with no reporting and no opinion', '1. Film one 2. Film two', {}, 'other'],
    [
      'two first-person cues and two normative ones, no tagline, one reporting verb',
      'I believe the dam will hold. We must act: we should act, and crews should act soon, the mayor said.',
      {},
      'opinion',
    ],
    [
      'one first-person cue and normative ones but a reporting verb',
      'I think the dam will hold. Crews should act and should act soon, the mayor said.',
      {},
      'news',
    ],
    [
      'one first-person cue and normative ones, no reporting verb',
      'I think the dam will hold. Crews should act and should act soon.',
      {},
      'other',
    ],
    [
      "the writer's own weighing of what is likely or true, no reporting verb",
      'الأرجح أن الهدنة لن تصمد طويلا. والحقيقة أن الطرفين يستعدان لجولة أخرى. أعتقد أن الوسطاء تأخروا.',
      {},
      'opinion',
    ],
    [
      'a tagline and more reporting verbs than opinion cues',
      'I think so, he said. She said, they reported, he announced, officials confirmed, it told.',
      { removed: [bio], hasDateline: true },
      'news',
    ],
  ])('calls a text with %s %s', (_name, text, extra, expected) => {
    expect(genre(text, extra)).toBe(expected);
  });
});
