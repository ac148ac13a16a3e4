import { describe, expect, it } from 'vitest';
import { fixtureDocument, type FixtureSpec } from '../extract/fixture-document.js';
import { placeEntity } from '../extract/fixture-entities.js';
import { createExtractStage } from '../extract/index.js';
import { readMentions } from './mention-reading.js';

const extract = createExtractStage();

function read(spec: FixtureSpec, reference: string | null = '2021-09-20') {
  const doc = fixtureDocument(spec);
  extract.run(doc, { referenceDate: reference });
  const starts = (doc.sentences ?? []).map((s) => s.span[0]);
  return readMentions(doc, starts, reference);
}

describe('the first reading of a mention', () => {
  it('says its place is named as a village, or as a province', () => {
    const [village] = read({
      text: 'Gunmen killed two farmers in the village of Tarrowby.',
      mentions: [['Tarrowby', placeEntity('Tarrowby', 'SY')]],
    });
    expect(village).toMatchObject({ townMarked: true, provinceNamed: false, first: 0 });
    const [province] = read({
      text: 'Gunmen killed two farmers in Tarrowby province.',
      mentions: [['Tarrowby', placeEntity('Tarrowby', 'SY')]],
    });
    expect(province).toMatchObject({ townMarked: false, provinceNamed: true });
  });

  it('drops a day after the report, and marks a day weeks before it as recalled', () => {
    const [toCome] = read({
      text: 'Protesters rallied in Fenwick against the vote of 30 September.',
      mentions: [['Fenwick', placeEntity('Fenwick', 'IQ')]],
      times: [['30 September', { value: '2021-09-30', precision: 'day', reason: 'explicit' }]],
    });
    expect(toCome.event.date).toBeNull();
    const [old] = read({
      text: 'A bomb killed four people in Fenwick on 1 August.',
      mentions: [['Fenwick', placeEntity('Fenwick', 'IQ')]],
      times: [['1 August', { value: '2021-08-01', precision: 'day', reason: 'explicit' }]],
    });
    expect(old).toMatchObject({ recalled: true, reportDay: false });
    expect(old.event.date?.value).toBe('2021-08-01');
  });
});
