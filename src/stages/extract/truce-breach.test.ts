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

describe('a truce told as the background of another act', () => {
  it('is no agreement when words stand between "despite" and the truce', () => {
    expect(
      subTypes('Despite a fragile truce with the army, militiamen shelled a market in Baghdad on Sunday.'),
    ).toEqual(['Shelling/artillery/missile attack']);
  });

  it('is no agreement when it closes the sentence of the attack', () => {
    expect(
      subTypes('Militiamen shelled a market in Baghdad on Sunday, despite an announced truce with the army.'),
    ).toEqual(['Shelling/artillery/missile attack']);
  });

  it('is no agreement when its collapse is told', () => {
    expect(
      subTypes(
        'After the collapse of a short ceasefire deal, militiamen shelled a market in Baghdad on Sunday.',
      ),
    ).toEqual(['Shelling/artillery/missile attack']);
  });
});
