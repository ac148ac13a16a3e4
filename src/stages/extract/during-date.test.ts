import { describe, expect, it } from 'vitest';
import { fixtureDocument } from './fixture-document.js';
import { placeEntity } from './fixture-entities.js';
import { createExtractStage } from './index.js';

const extract = createExtractStage();
const dhubri = placeEntity('Dhubri', 'IN');
const feb28 = { value: '2024-02-28', precision: 'day', reason: 'month and day' } as const;

describe('a date in a "during X on D" phrase', () => {
  it('dates the acts done during it, in another clause of the sentence too', () => {
    const doc = fixtureDocument({
      text: 'A mob looted a seed store in Dhubri and three vans were burnt during the strike on february 28, an official said.',
      published: '2024-03-09',
      mentions: [['Dhubri', dhubri]],
      times: [['february 28', feb28]],
    });
    extract.run(doc, { referenceDate: null });
    expect(doc.events!.map((e) => e.date?.value ?? null)).toEqual(['2024-02-28']);
  });
});

describe('a season or a year that names a state offensive', () => {
  const gaza = placeEntity('Gaza', 'PS');
  const lastYear = { value: '2023', precision: 'year', reason: 'last year' } as const;
  const datesOf = (text: string) => {
    const doc = fixtureDocument({
      text,
      published: '2024-03-09',
      mentions: [['غزة', gaza]],
      times: [['صيف العام الماضي', lastYear]],
    });
    extract.run(doc, { referenceDate: null });
    return doc.events!.map((e) => e.date?.value ?? null);
  };

  it('dates the offensive, not the blast told beside it', () => {
    expect(datesOf('انفجرت قذيفة في غزة من مخلفات الهجوم الإسرائيلي على القطاع صيف العام الماضي.')).toEqual([
      null,
    ]);
  });

  it('dates an act told with no offensive before it', () => {
    expect(datesOf('انفجرت قذيفة في غزة صيف العام الماضي.')).toEqual(['2023']);
  });
});
