import { describe, expect, it } from 'vitest';
import type { FixtureSpec } from './fixture-document.js';
import { placeEntity } from './fixture-entities.js';
import { firstSubType } from './fixture-sub-type.js';

describe('a device found, defused or failing to go off', () => {
  it.each<[string, FixtureSpec, string]>([
    [
      'bombs dismantled, counted, are a disrupted use, not a blast',
      {
        text: 'وتمكنت القوات من تفكيك 35 عبوة ناسفة في الرمادي أمس.',
        mentions: [['الرمادي', placeEntity('Ramadi', 'IQ')]],
      },
      'Disrupted weapons use',
    ],
    [
      'a bomb found before it went off is a disrupted weapons use',
      {
        text: 'A bomb was found by police outside the party office in Valletta.',
        mentions: [['Valletta', placeEntity('Valletta', 'MT')]],
      },
      'Disrupted weapons use',
    ],
    [
      'a device defused is a disrupted weapons use',
      {
        text: 'Soldiers defused an explosive device on the main road near Kandahar.',
        mentions: [['Kandahar', placeEntity('Kandahar', 'AF')]],
      },
      'Disrupted weapons use',
    ],
    [
      'a bomb that went off after it was found is an explosion',
      {
        text: 'A bomb exploded in Kandahar minutes after it was found by a guard.',
        mentions: [['Kandahar', placeEntity('Kandahar', 'AF')]],
      },
      'Remote explosive/landmine/IED',
    ],
  ])('%s', (_, spec, expected) => {
    expect(firstSubType(spec)).toBe(expected);
  });
});
