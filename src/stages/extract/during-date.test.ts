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
