import { describe, expect, it } from 'vitest';
import { fixtureDocument } from './fixture-document.js';
import { placeEntity } from './fixture-entities.js';
import { createExtractStage } from './index.js';

const extract = createExtractStage();

/** The sub-types of the events a text set in Baghdad tells. */
function subTypes(text: string): string[] {
  const doc = fixtureDocument({
    text,
    published: '2016-05-02',
    mentions: [['Baghdad', placeEntity('Baghdad', 'IQ')]],
  });
  extract.run(doc, { referenceDate: null });
  return (doc.events ?? []).map((e) => e.sub_event_type?.value ?? '');
}

describe('a truce accused of breach', () => {
  it('is no agreement', () => {
    expect(
      subTypes('Baghdad and the southern militias keep trading accusations of ceasefire violations.'),
    ).toEqual([]);
  });

  it('leaves a truce agreed an agreement', () => {
    expect(subTypes('Baghdad and the militias of the south agreed a truce on Friday.')).toEqual([
      'Agreement',
    ]);
  });
});
