import { describe, expect, it } from 'vitest';
import { rawInputFromRecord } from './json-records.js';

describe('a JSON record without article text', () => {
  it('names a text field that holds no text, and what it holds instead', () => {
    expect(() => rawInputFromRecord({ text: 5 }, 'a.json')).toThrow(
      'a.json: the object\'s "text" field is number, not a string',
    );
    expect(() => rawInputFromRecord({ html: null, title: 'T' }, 'b.jsonl:3')).toThrow(
      'b.jsonl:3: the object\'s "html" field is null, not a string',
    );
    expect(() => rawInputFromRecord({ body: '   ' }, 'c.json')).toThrow(
      'c.json: the object\'s "body" field is empty',
    );
  });

  it('still says so plainly when no text field is there at all', () => {
    expect(() => rawInputFromRecord({ title: 'T' }, 'd.json')).toThrow(
      'd.json: the object has no "text" or "html" field',
    );
  });

  it('reads a record whose text is there', () => {
    expect(rawInputFromRecord({ text: 'Shops reopened.' }, 'e.json').format).toBe('text');
  });
});

describe('a record of marsad extract --compact output', () => {
  it('is refused by name: it carries events but not the article text to store them with', () => {
    const compact = {
      schema: 'marsad/1',
      id: 'a-0c1d2e3f4a5b',
      source: 'harbour.txt',
      body: [0, 52],
      events: [],
    };
    expect(() => rawInputFromRecord(compact, 'out.jsonl:2')).toThrow(
      expect.objectContaining({
        code: 'INPUT_COMPACT',
        message: expect.stringContaining('out.jsonl:2: `marsad extract --compact` output'),
      }),
    );
  });
});

describe('a record of marsad extract output (full)', () => {
  it('gives back its title, date and author, each a value with its spans', () => {
    const record = {
      schema: 'marsad/1',
      text: 'Blast in Velmora. A device exploded by the depot on Tuesday.',
      title: { value: 'Blast in Velmora', spans: [[0, 16]], from: 'text' },
      published: { value: '2024-03-22', precision: 'day', spans: [] },
      author: { value: 'Rana Haddad', spans: [[70, 81]], from: 'removed:author-bio' },
    };
    expect(rawInputFromRecord(record, 'out.jsonl:1').hints).toMatchObject({
      title: 'Blast in Velmora',
      published: '2024-03-22',
      author: 'Rana Haddad',
    });
  });
});
