import { describe, expect, it } from 'vitest';
import { resolvedEvents } from '../../../test/support/resolved-events.js';
import type { FixtureSpec } from './fixture-document.js';
import { placeEntity } from './fixture-entities.js';

const taiz = placeEntity('Taiz', 'YE');
const lastYear = { value: '2014', precision: 'year', reason: 'reference year − 1' } as const;

function datedOf(text: string, phrase: string): string[] {
  const spec: FixtureSpec = {
    text,
    published: '2015-08-07',
    mentions: [['تعز', taiz]],
    times: [[phrase, lastYear]],
  };
  return resolvedEvents(spec).map((e) => `${e.date?.value ?? null} ${e.timing?.value}`);
}

describe('a year told in an earlier clause of the sentence', () => {
  it.each([
    [
      'dates the clause that goes on from it',
      'وكان المتمردون قد شنوا العام الماضي هجوما واسعا مكنهم من السيطرة على مدينة تعز.',
      '2014 historical',
    ],
    [
      'leaves a stretch that runs since that year alone',
      'وكان المتمردون قد شنوا منذ العام الماضي هجوما واسعا مكنهم من السيطرة على مدينة تعز.',
      '2015-08-07 current',
    ],
  ])('%s', (_, text, dated) => {
    expect(datedOf(text, 'العام الماضي')).toEqual([dated]);
  });
});
