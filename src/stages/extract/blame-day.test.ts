import { describe, expect, it } from 'vitest';
import { createResolveStage } from '../resolve/index.js';
import { fixtureDocument } from './fixture-document.js';
import { placeEntity } from './fixture-entities.js';
import { createExtractStage } from './index.js';

const extract = createExtractStage();
const resolve = createResolveStage();
const ctx = { referenceDate: null };

describe('the day of a blame for an incident', () => {
  it('does not date the incident the blame is about', () => {
    const doc = fixtureDocument({
      text: 'The group denounced the envoy who on Monday blamed the rebels for the massacre in Rampur that killed 100 civilians.',
      published: '2016-08-24',
      mentions: [['Rampur', placeEntity('Rampur', 'IN')]],
      times: [['on Monday', { value: '2016-08-22', precision: 'day', reason: 'weekday' }]],
    });
    extract.run(doc, ctx);
    resolve.run(doc, ctx);
    const dates = doc.events!.map((e) => e.date?.value ?? null);
    expect(dates).not.toHaveLength(0);
    expect(dates).not.toContain('2016-08-22');
  });

  it('does not date it by an Arabic accusation day either', () => {
    const doc = fixtureDocument({
      text: 'واتهم المبعوث يوم الاثنين المعارضة بارتكاب المجزرة في الرستن التي قتل فيها 100 مدني.',
      published: '2016-08-24',
      mentions: [['الرستن', placeEntity('Rastan', 'SY')]],
      times: [['يوم الاثنين', { value: '2016-08-22', precision: 'day', reason: 'weekday' }]],
    });
    extract.run(doc, ctx);
    resolve.run(doc, ctx);
    const dates = doc.events!.map((e) => e.date?.value ?? null);
    expect(dates).not.toHaveLength(0);
    expect(dates).not.toContain('2016-08-22');
  });
});
