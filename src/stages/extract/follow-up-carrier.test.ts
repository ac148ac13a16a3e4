import { describe, expect, it } from 'vitest';
import type { Document } from '../../core/records.js';
import { createResolveStage } from '../resolve/index.js';
import { fixtureDocument } from './fixture-document.js';
import { placeEntity } from './fixture-entities.js';
import { createExtractStage } from './index.js';

const extract = createExtractStage();
const resolve = createResolveStage();
const ctx = { referenceDate: null };

function eventsOf(doc: Document) {
  extract.run(doc, ctx);
  resolve.run(doc, ctx);
  return doc.events!;
}

/** A town report: an incident, then a sentence with no incident of its own that gives a toll. */
function report(incident: string, after: string, injured: number) {
  const text = `${incident} ${after}`;
  return fixtureDocument({
    text,
    published: '2011-04-06',
    mentions: [['Rampur', placeEntity('Rampur', 'IN')]],
    quantities: [[after.split(' ')[0], { value: injured, qualifier: 'exact', role: 'injured' }]],
  });
}

describe('injuries told in the sentence after an incident', () => {
  it.each([
    [
      'a mob that police fired on',
      'Police fired 9 rounds to disperse a rioting mob in Rampur on Monday.',
      'Three people were hurt in the firing, an officer said.',
      3,
      3,
    ],
    [
      'a blast that hurt no one',
      'A small bomb exploded near the market in Rampur on Monday.',
      'None were hurt, the officer added.',
      0,
      0,
    ],
    [
      'police firing that hurt no one',
      'Police fired 9 rounds to disperse a rioting mob in Rampur on Monday.',
      'None were hurt in the firing, an officer said.',
      0,
      undefined,
    ],
  ])('are the toll of %s', (_, incident, after, injured, expected) => {
    const events = eventsOf(report(incident, after, injured));
    expect(events).toHaveLength(1);
    expect(events[0].injuries?.value).toBe(expected);
    if (expected !== undefined) expect(events[0].evidence).toHaveLength(2);
  });
});

describe('a sentence that says where the incident just told took place', () => {
  const lead = 'أحرق مستوطنون منزلا لعائلة في مدينة الخليل فجر اليوم.';
  const hebron = placeEntity('Hebron', 'PS');
  const zaytoun = placeEntity('Zaytoun', 'PS');

  it('names the village, not the city it lies near', () => {
    const doc = fixtureDocument({
      text: `${lead} وقالت مصادر محلية إن الحادثة وقعت في قرية الزيتون قرب الخليل.`,
      published: '2019-02-02',
      mentions: [
        ['الخليل', hebron],
        ['الزيتون', zaytoun],
        ['الخليل', hebron, 2],
      ],
    });
    expect(eventsOf(doc).map((e) => e.location?.name)).toEqual(['Zaytoun']);
  });

  it('changes nothing when it tells no incident place', () => {
    const doc = fixtureDocument({
      text: `${lead} وقالت مصادر محلية إن السكان في قرية الزيتون غاضبون.`,
      published: '2019-02-02',
      mentions: [
        ['الخليل', hebron],
        ['الزيتون', zaytoun],
      ],
    });
    expect(eventsOf(doc).map((e) => e.location?.name)).toEqual(['Hebron']);
  });
});
