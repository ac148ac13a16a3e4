import { describe, expect, it } from 'vitest';
import type { FixtureSpec } from './fixture-document.js';
import { actorsOf } from './fixture-actors.js';
import { demonymEntity, placeEntity } from './fixture-entities.js';

const laPaz = placeEntity('La Paz', 'BO');

describe('a side that only tells of the act', () => {
  it.each<[string, FixtureSpec, [string | undefined, string | undefined]]>([
    [
      'is not the perpetrator of the act its "claimed that" tells',
      {
        text: 'The Bolivian government claimed on Sunday that two drones had exploded over a rally of the president in La Paz.',
        mentions: [
          ['Bolivian', demonymEntity('Bolivia', 'BO')],
          ['La Paz', laPaz],
        ],
      },
      [undefined, undefined],
    ],
    [
      'is the perpetrator when what it claims is a deed of its own',
      {
        text: 'The Bolivian army claimed that it had shelled a rebel camp near La Paz on Sunday.',
        mentions: [
          ['Bolivian', demonymEntity('Bolivia', 'BO')],
          ['La Paz', laPaz],
        ],
      },
      ['Military Forces of Bolivia', 'Civilians'],
    ],
    [
      'is not the perpetrator whose "by" names the author of a report',
      {
        text: 'Two nurses died in a raid near La Paz on Sunday, as stated in a report by the Bolivian army.',
        mentions: [
          ['Bolivian', demonymEntity('Bolivia', 'BO')],
          ['La Paz', laPaz],
        ],
      },
      [undefined, undefined],
    ],
    [
      'is not the side of a shooting that early reports from it tell',
      {
        text: 'Two nurses were shot dead in La Paz last night, as told in early reports from the Bolivian police.',
        mentions: [
          ['Bolivian', demonymEntity('Bolivia', 'BO')],
          ['La Paz', laPaz],
        ],
      },
      [undefined, undefined],
    ],
    [
      'is not the perpetrator of a murder it says it is not involved in',
      {
        text: 'A spokesman said on Monday that the Bolivian army is not involved in the murder of three miners near La Paz.',
        mentions: [
          ['Bolivian', demonymEntity('Bolivia', 'BO')],
          ['La Paz', laPaz],
        ],
      },
      [undefined, undefined],
    ],
    [
      'is not the perpetrator of a bombing it denies any involvement in',
      {
        text: 'The Bolivian army denied any involvement in the bombing of a union hall near La Paz on Sunday.',
        mentions: [
          ['Bolivian', demonymEntity('Bolivia', 'BO')],
          ['La Paz', laPaz],
        ],
      },
      [undefined, undefined],
    ],
  ])('%s', (_name, spec, expected) => {
    expect(actorsOf(spec)).toEqual(expected);
  });
});
