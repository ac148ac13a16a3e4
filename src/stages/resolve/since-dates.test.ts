import { describe, expect, it } from 'vitest';
import { fixtureDocument, type FixtureSpec } from '../extract/fixture-document.js';
import { placeEntity } from '../extract/fixture-entities.js';
import { createExtractStage } from '../extract/index.js';
import { createResolveStage } from './index.js';

const extract = createExtractStage();
const resolve = createResolveStage();
const ctx = { referenceDate: '2016-07-28' };

function datesOf(spec: FixtureSpec): [string | undefined, string | null][] {
  const doc = fixtureDocument(spec);
  extract.run(doc, ctx);
  resolve.run(doc, ctx);
  return doc.events!.map((e) => [e.sub_event_type?.value, e.date?.value ?? null]);
}

describe('a date a span of time is counted from', () => {
  it('does not date the incident told before the span', () => {
    const dates = datesOf({
      text: 'A car bomb killed 40 people in Qamishli, the deadliest attack since the war began in March 2011.',
      mentions: [['Qamishli', placeEntity('Qamishli', 'SY')]],
      times: [['March 2011', { value: '2011-03', precision: 'month', reason: 'explicit' }]],
    });
    expect(dates).toHaveLength(1);
    expect(dates[0][1]).not.toBe('2011-03');
  });

  it('dates an incident told inside the span', () => {
    const dates = datesOf({
      text: 'وأعدم التنظيم مئات السكان منذ سيطرته على الموصل في العاشر من يونيو 2014.',
      mentions: [['الموصل', placeEntity('Mosul', 'IQ')]],
      times: [['العاشر من يونيو 2014', { value: '2014-06-10', precision: 'day', reason: 'explicit' }]],
    });
    expect(dates).toContainEqual(['Non-state actor overtakes territory', '2014-06-10']);
  });
});
