import { describe, expect, it } from 'vitest';
import { shortPrefix, termMatches } from './search-query.js';

describe('free-text queries', () => {
  it.each([
    ['a bare English word matches its stem and the stem as a word', 'killing', [['~kill', 'kill']]],
    ['a stem whose own stem differs matches only as a stem', 'agreed', [['~agre']]],
    ['an Arabic word matches as folded, without its clitics', 'بالغارة', [['غاره']]],
    ['a quoted word matches only as written', '"bombings"', [['bombings']]],
    ['typographic quotes work alike', '“bombings”', [['bombings']]],
    ['an unclosed quote runs to the end', '"bombings', [['bombings']]],
    ['quoted words match as neighbouring pairs', '"free army units"', [['free army'], ['army units']]],
    ['quoted Arabic words are paired once folded', '"بالغارة الجوية"', [['غاره جويه']]],
  ])('%s', (_name, query, expected) => {
    expect(termMatches(query).map((m) => ('anyOf' in m ? m.anyOf : m))).toEqual(expected);
  });

  it('reads a word ending in * as a prefix of folded words', () => {
    expect(termMatches('kill* القتل*')).toEqual([
      { key: 'prefix:kill', prefix: 'kill' },
      { key: 'prefix:قتل', prefix: 'قتل' },
    ]);
  });

  it('keeps the words before a prefix in the same token as words', () => {
    expect(termMatches('al-qaed*').map((m) => m.key)).toEqual(['stem:al', 'prefix:qaed']);
  });

  it('asks for a word once however often it is typed', () => {
    expect(termMatches('attack attacks Attacked').map((m) => m.key)).toEqual([
      'stem:attack',
      'stem:attacks',
      'stem:attacked',
    ]);
    expect(termMatches('strike strike')).toHaveLength(1);
  });

  it('ignores a lone star and quotes with nothing inside', () => {
    expect(termMatches('* ""')).toEqual([]);
  });

  it('names the first prefix too short to run', () => {
    expect(shortPrefix('attack ki* al*')).toBe('ki');
    expect(shortPrefix('kil* قتل*')).toBeUndefined();
    expect(shortPrefix('"ki*"')).toBeUndefined();
  });
});
