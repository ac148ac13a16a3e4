import { describe, expect, it } from 'vitest';
import { newDocument } from './new-document.js';
import type { Document, DocumentField } from './records.js';

describe('newDocument', () => {
  const raw = { bytes: new Uint8Array([65]), format: 'text' as const, hints: {} };

  it('holds the input and every field a stage writes, unset', () => {
    const doc = newDocument('note.txt', raw, []);
    expect(doc.source).toBe('note.txt');
    expect(doc.raw).toBe(raw);
    expect(doc.text).toBeUndefined();
    expect(doc.events).toBeUndefined();
  });

  it('has a key for every field of a document, so none is added to it later', () => {
    // Every key of the type, listed here: the compiler fails this object when Document gains a field.
    const all: Record<DocumentField | 'diagnostics', true> = {
      source: true,
      raw: true,
      content_hash: true,
      text: true,
      markup: true,
      sourceMap: true,
      body: true,
      removed: true,
      language: true,
      title: true,
      author: true,
      publisher: true,
      published: true,
      url: true,
      genre: true,
      sentences: true,
      tokens: true,
      normalized: true,
      mentions: true,
      times: true,
      quantities: true,
      events: true,
      diagnostics: true,
    };
    const doc: Document = newDocument('note.txt', raw, []);
    expect(Object.keys(doc).sort()).toEqual(Object.keys(all).sort());
  });
});
