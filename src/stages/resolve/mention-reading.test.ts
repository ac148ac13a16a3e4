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

  it('knows the title and the section heading each mention is told under', () => {
    const text = [
      'Bomb hits Fenwick market',
      'A bomb killed four people in Fenwick.',
      'Other news',
      'Gunmen killed two guards in Tarrowby.',
      'Rioters burned a bank in Tarrowby.',
    ].join('\n\n');
    const read = (spec: FixtureSpec) => {
      const doc = fixtureDocument(spec);
      extract.run(doc, { referenceDate: '2021-09-20' });
      return readMentions(
        doc,
        (doc.sentences ?? []).map((s) => s.span[0]),
        '2021-09-20',
      );
    };
    const items = read({
      text,
      mentions: [
        ['Fenwick', placeEntity('Fenwick', 'IQ')],
        ['Tarrowby', placeEntity('Tarrowby', 'IQ')],
      ],
    });
    expect(items.map((p) => [p.first, p.title, p.section])).toEqual([
      [0, true, -1],
      [1, false, -1],
      [3, false, 2],
      [4, false, 2],
    ]);
  });
});
