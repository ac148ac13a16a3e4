import { describe, expect, it } from 'vitest';
import { fixtureDocument, type FixtureSpec } from './fixture-document.js';
import { placeEntity } from './fixture-entities.js';
import { firstSubType } from './fixture-sub-type.js';
import { createExtractStage } from './index.js';

const extract = createExtractStage();
const kirkuk: FixtureSpec['mentions'] = [['Kirkuk', placeEntity('Kirkuk', 'IQ')]];

describe('a suicide bomber told as the one killed', () => {
  it.each<[string, string, string]>([
    [
      'suicide bombers among the militants an army killed do not make a suicide bombing',
      'The army killed 35 jihadists including the suicide bombers in Kirkuk on Wednesday.',
      'Armed clash',
    ],
    [
      'a suicide bomber shot dead before he struck is a disrupted weapons use',
      'Police shot dead a suicide bomber in Kirkuk on Tuesday before he could reach the market.',
      'Disrupted weapons use',
    ],
    [
      'a suicide bomber killed in the passive, with no blast, did not strike either',
      'A suicide bomber was shot dead at a checkpoint in Kirkuk on Tuesday.',
      'Disrupted weapons use',
    ],
  ])('%s', (_, text, sub) => {
    expect(firstSubType({ text, mentions: kirkuk })).toBe(sub);
  });
});

describe('the toll of a weapon use stopped', () => {
  it('counts the bomber shot dead before he struck', () => {
    const doc = fixtureDocument({
      text: 'Police shot dead a suicide bomber in Kirkuk on Tuesday.',
      mentions: kirkuk,
    });
    extract.run(doc, { referenceDate: null });
    expect(doc.events!.map((e) => [e.sub_event_type?.value, e.fatalities?.value])).toEqual([
      ['Disrupted weapons use', 1],
    ]);
  });
});
