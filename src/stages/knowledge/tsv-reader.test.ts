import { describe, expect, it } from 'vitest';
import { isMarsadError } from '../../core/errors.js';
import { KB_COLUMNS, parseKbTsv } from './tsv-reader.js';
import { formatKbTsv } from './tsv-writer.js';

const HEADER = KB_COLUMNS.join('\t');
const row = (...cells: string[]): string => [...cells, ...Array(14 - cells.length).fill('')].join('\t');

/** What `read` throws, or undefined when it returns: the assertions stay outside any catch. */
function thrownBy(read: () => unknown): unknown {
  try {
    read();
  } catch (error) {
    return error;
  }
  return undefined;
}

describe('parseKbTsv reads the knowledge-base format', () => {
  it('reads lists, numbers and empty cells, skipping comments and blank lines', () => {
    const text = [
      '# a comment',
      HEADER,
      '',
      row(
        'place:ly:tripoli',
        'city',
        'Tripoli',
        'Tarabulus|Trablus',
        'طرابلس',
        '',
        '',
        '',
        'country:LY',
        'LY',
        '32.9',
        '13.2',
        '1150989',
        'geonames:2210247',
      ),
    ].join('\n');
    const [e] = parseKbTsv(text, 'x.tsv');
    expect(e).toMatchObject({
      id: 'place:ly:tripoli',
      aliases_en: ['Tarabulus', 'Trablus'],
      lat: 32.9,
      population: 1150989,
    });
    expect(e.origin).toBe('x.tsv:4');
    expect(e.aliases_ar).toEqual([]);
  });

  it.each([
    ['a wrong header', 'id\tkind\n', 'x.tsv:1: the header'],
    ['a short row', `${HEADER}\nactor:x\tgroup\tX`, 'x.tsv:2: 3 columns'],
    ['an unknown kind', `${HEADER}\n${row('a', 'militia', 'X')}`, 'unknown kind "militia"'],
    [
      'a bad country code',
      `${HEADER}\n${row('a', 'group', 'X', '', '', '', '', '', '', 'Libya')}`,
      'not an ISO',
    ],
    ['a row without names', `${HEADER}\n${row('a', 'group')}`, 'has no name'],
    [
      'a coordinate that is not a number',
      `${HEADER}\n${row('a', 'city', 'X', '', '', '', '', '', '', 'LY', 'north')}`,
      'lat "north"',
    ],
  ])('rejects %s with KB_INVALID naming the line', (_what, text, message) => {
    const error = thrownBy(() => parseKbTsv(text, 'x.tsv'));
    expect(isMarsadError(error) && error.code).toBe('KB_INVALID');
    expect((error as Error).message).toContain(message);
  });

  it('reads back what formatKbTsv writes, with separators inside values made safe', () => {
    const [e] = parseKbTsv(`${HEADER}\n${row('actor:x', 'group', 'X', 'Y')}`, 'a.tsv');
    const written = formatKbTsv([{ ...e, name_ar: 'اسم\tمع|فاصل' }], 'test');
    const [back] = parseKbTsv(written, 'b.tsv');
    expect(back).toMatchObject({ id: 'actor:x', aliases_en: ['Y'], name_ar: 'اسم مع فاصل' });
  });
});
