import { describe, expect, it } from 'vitest';
import type { FixtureSpec } from './fixture-document.js';
import { actorsOf } from './fixture-actors.js';
import { actorEntity, demonymEntity, placeEntity } from './fixture-entities.js';

describe('the perpetrator beside a force named by its bomb squad', () => {
  it.each<[string, FixtureSpec, string | undefined]>([
    [
      'does not take the police whose bomb squad came to the blast for the bomber',
      {
        text: 'A bomb blew out the doors of a chapel in Temuco on Friday. Carabineros bomb squad officers went to the chapel soon after.',
        mentions: [
          ['Temuco', placeEntity('Temuco', 'CL')],
          ['Carabineros', actorEntity('Police Forces of Chile', 'state-forces', 'CL')],
        ],
      },
      undefined,
    ],
    [
      'does not take the force of Arabic explosives experts for the bomber',
      {
        text: 'انفجرت عبوة ناسفة قرب سوق في مدينة الرمادي. وهرع خبراء المتفجرات في الشرطة العراقية إلى موقع الانفجار.',
        language: 'ar',
        mentions: [
          ['مدينة الرمادي', placeEntity('Ramadi', 'IQ')],
          ['الشرطة العراقية', actorEntity('Police Forces of Iraq', 'state-forces', 'IQ')],
        ],
      },
      undefined,
    ],
    [
      'keeps the army whose bomb disposal team defused a device for the side that did it',
      {
        text: 'A bomb disposal team from the Nigerian army defused a second device near the market in Kaduna.',
        mentions: [
          ['Nigerian', demonymEntity('Nigeria', 'NG')],
          ['Kaduna', placeEntity('Kaduna', 'NG')],
        ],
      },
      'Military Forces of Nigeria',
    ],
  ])('%s', (_name, spec, expected) => {
    // The squad's sentence tells the last event.
    expect(actorsOf(spec, -1)[0]).toBe(expected);
  });
});
