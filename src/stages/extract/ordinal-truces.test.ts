import { describe, expect, it } from 'vitest';
import { fixtureDocument } from './fixture-document.js';
import { placeEntity } from './fixture-entities.js';
import { createExtractStage } from './index.js';

const extract = createExtractStage();
const day = (value: string) => ({ value, precision: 'day', reason: 'month and day' }) as const;

/** The dates of the agreements extracted from an Arabic text about Ruritania with its dates. */
function agreementDates(text: string, times: [string, ReturnType<typeof day>][]): (string | null)[] {
  const doc = fixtureDocument({
    text,
    published: '2020-09-30',
    mentions: [['روريتانيا', placeEntity('Ruritania', 'RT', 'country')]],
    times,
  });
  extract.run(doc, { referenceDate: null });
  return (doc.events ?? [])
    .filter((e) => e.sub_event_type?.value === 'Agreement')
    .map((e) => e.date?.value ?? null);
}

describe('truces told together, then each by its ordinal and day', () => {
  it('are one agreement for each day', () => {
    const text = 'انهارت في روريتانيا هدنتان من قبل، كانت الأولى في 2 مارس والثانية في 9 أغسطس.';
    const dates = agreementDates(text, [
      ['2 مارس', day('2020-03-02')],
      ['9 أغسطس', day('2020-08-09')],
    ]);
    expect(dates).toEqual(['2020-03-02', '2020-08-09']);
  });

  it('stay one agreement when only one ordinal has a day', () => {
    const text = 'انهارت في روريتانيا هدنتان من قبل، كانت الأولى في 2 مارس.';
    expect(agreementDates(text, [['2 مارس', day('2020-03-02')]])).toEqual(['2020-03-02']);
  });
});
