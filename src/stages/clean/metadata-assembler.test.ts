import { describe, expect, it } from 'vitest';
import { assembleMetadata } from './metadata-assembler.js';
import type { SourcedClue } from './text-cleaner.js';

describe('the publication date', () => {
  it('comes from the input first', () => {
    const m = assembleMetadata(
      { published: '2024-03-22', url: 'https://x.example/2020/01/01/a' },
      {},
      [],
      null,
    );
    expect(m.published).toEqual({ value: '2024-03-22', spans: [], from: 'input' });
  });

  it('falls back to the day written in the URL', () => {
    const m = assembleMetadata({ url: 'https://paper.example/Issues/20150801/a.htm' }, {}, [], null);
    expect(m.published).toEqual({ value: '2015-08-01', spans: [], from: 'url' });
  });

  it('uses the retrieval date last, and says so', () => {
    const m = assembleMetadata({ retrieved: '2015-08-04 10:12:00' }, {}, [], null);
    expect(m.published).toEqual({ value: '2015-08-04', spans: [], from: 'retrieved' });
  });

  it('stays unknown when nothing dates the article', () => {
    expect(assembleMetadata({}, {}, [], null).published).toBeNull();
  });
});

describe('the author', () => {
  const byline: SourcedClue = { field: 'author', value: 'Jane Doe', span: [0, 8], from: 'removed:byline' };

  it('is never a dateline: the next source is asked', () => {
    const m = assembleMetadata({ author: 'TRIPOLI (Reuters) -' }, {}, [byline], null);
    expect(m.author).toEqual({ value: 'Jane Doe', spans: [[0, 8]], from: 'removed:byline' });
  });

  it('is never a time stamp, and stays unknown when nothing else names one', () => {
    const m = assembleMetadata(
      {},
      { author: { value: 'By staff writer | Updated 12:30', from: 'meta' } },
      [],
      null,
    );
    expect(m.author).toBeNull();
  });

  it('keeps a real by-line', () => {
    expect(assembleMetadata({ author: 'By Jane Doe' }, {}, [], null).author?.value).toBe('By Jane Doe');
  });
});

describe('a title or author given with the input', () => {
  it('is read as text: the character references a scraper left in it are decoded', () => {
    const meta = assembleMetadata(
      { title: 'Raids on &#8220;safe&#8221; houses', author: 'Jane Doe &amp; Omar Aziz' },
      {},
      [],
      null,
    );
    expect(meta.title?.value).toBe('Raids on “safe” houses');
    expect(meta.author?.value).toBe('Jane Doe & Omar Aziz');
  });

  it('keeps an ampersand that starts no reference', () => {
    expect(assembleMetadata({ title: 'Q&A: the ceasefire' }, {}, [], null).title?.value).toBe(
      'Q&A: the ceasefire',
    );
  });
});
