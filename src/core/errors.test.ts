import { describe, expect, it } from 'vitest';
import { READ_KINDS } from '../adapters/sources/index.js';
import { ERROR_CATALOGUE, MarsadError } from './errors.js';

describe('the error catalogue hints', () => {
  it('names every kind of file a folder walk reads in the unsupported-format hint', () => {
    const hint = new MarsadError('INPUT_UNSUPPORTED', 'notes.odt: not read').hint;
    for (const kind of READ_KINDS) expect(hint).toContain(kind);
  });

  it('speaks of URLs as well as paths when an input cannot be read', () => {
    expect(ERROR_CATALOGUE.INPUT_UNREADABLE.hint).toMatch(/URL/);
  });

  it('tells a malformed JSON record to be valid JSON, not only to have a text field', () => {
    expect(ERROR_CATALOGUE.INPUT_BAD_JSON.hint).toMatch(/valid JSON/);
    expect(ERROR_CATALOGUE.INPUT_BAD_JSON.hint).toMatch(/"text" or "html"/);
  });
});
