import { describe, expect, it } from 'vitest';
import { parseCsv, parseKbCsv } from './csv-importer.js';

describe('parseCsv splits RFC 4180 CSV', () => {
  it.each([
    [
      'plain fields',
      'a,b\n1,2',
      [
        ['a', 'b'],
        ['1', '2'],
      ],
    ],
    [
      'quoted commas and quotes',
      'a,"b,c"\n1,"say ""hi"""',
      [
        ['a', 'b,c'],
        ['1', 'say "hi"'],
      ],
    ],
    [
      'CRLF and a line break inside quotes',
      'a,b\r\n"x\ny",2\r\n',
      [
        ['a', 'b'],
        ['x\ny', '2'],
      ],
    ],
    ['blank lines', 'a\n\n1\n', [['a'], ['1']]],
  ])('%s', (_what, text, rows) => {
    expect(parseCsv(text)).toEqual(rows);
  });
});

describe('parseKbCsv reads user places and actors', () => {
  it('takes columns in any order and makes stable ids for rows without one', () => {
    const rows = parseKbCsv(
      'name_en,country,kind,aliases_ar\nAl-Zawiya,LY,city,الزاوية|زاوية\nLiwa Example,,armed-group,',
      'm.csv',
    );
    expect(rows.map((r) => r.id)).toEqual(['place:user:ly:al-zawiya', 'actor:user:liwa-example']);
    expect(rows[0].aliases_ar).toEqual(['الزاوية', 'زاوية']);
  });

  it('rejects a header without kind or a name column, naming the columns it accepts', () => {
    expect(() => parseKbCsv('name,country\nX,LY', 'm.csv')).toThrow(/needs "kind".*unknown: name/);
  });
});
