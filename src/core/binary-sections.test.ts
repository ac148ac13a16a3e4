import { describe, expect, it } from 'vitest';
import { readSections, StringIndexer, StringTable, writeSections } from './binary-sections.js';

describe('the binary sections of the files the build writes', () => {
  it('reads back the header and every section, whatever the header length does to the offsets', () => {
    for (let n = 0; n < 300; n += 7) {
      const header = { note: 'x'.repeat(n) };
      const sections = { counts: Int32Array.of(3, -1, n), places: Float64Array.of(33.3, NaN, -n / 3) };
      const back = readSections<typeof header>(writeSections({ header, sections }), () => true);
      expect(back?.header).toEqual(header);
      expect([...back!.sections.counts]).toEqual([3, -1, n]);
      expect([...back!.sections.places]).toEqual([33.3, NaN, -n / 3]);
    }
  });

  it('reads no sections when the header is turned down or the bytes are not such a file', () => {
    const bytes = writeSections({ header: { stamp: 'a' }, sections: { x: Int32Array.of(1) } });
    expect(readSections<{ stamp: string }>(bytes, (h) => h.stamp === 'b')).toBeNull();
    expect(readSections(Buffer.from('{"stamp":"a"}'), () => true)).toBeNull();
  });

  it('copies a section that does not lie on its alignment in the bytes read', () => {
    const bytes = writeSections({ header: {}, sections: { places: Float64Array.of(1.5, 2.5) } });
    const shifted = Buffer.alloc(bytes.length + 1).subarray(1);
    bytes.copy(shifted);
    expect([...readSections(shifted, () => true)!.sections.places]).toEqual([1.5, 2.5]);
  });

  it('numbers strings once each and gives them back, Latin, accented and Arabic alike', () => {
    const strings = new StringIndexer();
    const words = ['Mosul', 'Trípoli', 'الموصل', '', 'Mosul', 'بغداد', 'x'];
    const numbers = words.map((w) => strings.of(w));
    expect(numbers[4]).toBe(numbers[0]);
    expect(strings.of(null)).toBe(-1);
    const { sections, renumber } = strings.table();
    const back = readSections(writeSections({ header: {}, sections }), () => true)!;
    const table = new StringTable(back.sections);
    expect(numbers.map((i) => table.at(renumber[i]))).toEqual(words);
  });
});
