import { describe, expect, it } from 'vitest';
import { subTypesOf } from '../../../test/support/resolved-events.js';
import type { FixtureSpec } from './fixture-document.js';
import { placeEntity } from './fixture-entities.js';

const lyon: FixtureSpec['mentions'] = [['Lyon', placeEntity('Lyon', 'FR')]];
const mosul: FixtureSpec['mentions'] = [['الموصل', placeEntity('Mosul', 'IQ')]];

// A device told planted and then, in the next sentence, found or made harmless never went off; one that
// blew up, or went off after a second was found, stays a bombing. A blast the finders forestalled ("before it
// went off") is no blast. A device found in Arabic is a blow prevented, as in English.
describe('devices planted then found, blasts forestalled, devices found in Arabic', () => {
  it.each<[string, FixtureSpec, string[]]>([
    [
      'a bomb planted, then defused in the next sentence',
      {
        text: 'Someone hid a bomb beneath the mayor’s van in Lyon. Officers spotted the device and defused it.',
        mentions: lyon,
      },
      ['Disrupted weapons use'],
    ],
    [
      'a bomb planted, then going off in the next sentence',
      {
        text: 'Someone hid a bomb beneath the mayor’s van in Lyon. It blew up at dawn, wrecking the van.',
        mentions: lyon,
      },
      ['Remote explosive/landmine/IED'],
    ],
    [
      'a bomb planted, then "it was removed" in a sentence telling nothing else',
      {
        text: 'Someone hid a bomb beneath a van in Lyon. A neighbour called the police, and it was removed.',
        mentions: lyon,
      },
      ['Disrupted weapons use'],
    ],
    [
      'a bomb planted, then something else removed: the bomb stays',
      {
        text: 'Someone hid a bomb beneath the mayor’s van in Lyon. The barricade was removed the next morning.',
        mentions: lyon,
      },
      ['Remote explosive/landmine/IED'],
    ],
    [
      'a van damaged by a bomb, then a second bomb found: the blast stays',
      {
        text: 'A blast tore the doors off a police van in Lyon. Officers then found a second device in the next van.',
        mentions: lyon,
      },
      ['Remote explosive/landmine/IED'],
    ],
    [
      'bombs set, one going off and one defused in the next sentence: the blast stays',
      {
        text: 'Rebels set two bombs in Lyon. One wrecked a bank, and the other was defused.',
        mentions: lyon,
      },
      ['Remote explosive/landmine/IED'],
    ],
    [
      'a bomb that went off, then a second found: the blast stays',
      {
        text: 'A bomb exploded beneath the mayor’s van in Lyon. Officers later defused a second device nearby.',
        mentions: lyon,
      },
      ['Remote explosive/landmine/IED'],
    ],
    [
      'a device defused before it went off',
      {
        text: 'Officers in Lyon spotted a bomb beneath the mayor’s van and defused it before it went off.',
        mentions: lyon,
      },
      ['Disrupted weapons use'],
    ],
    [
      'a bomb that went off before the officers came',
      {
        text: 'A bomb went off beneath the mayor’s van in Lyon before officers could clear the street.',
        mentions: lyon,
      },
      ['Remote explosive/landmine/IED'],
    ],
    [
      'a device found, told in Arabic',
      { text: 'عثرت الشرطة على عبوة ناسفة قرب سوق الخضار في الموصل.', mentions: mosul },
      ['Disrupted weapons use'],
    ],
    [
      'shells found, told in Arabic, most often landed: no device stopped',
      { text: 'عثرت الشرطة على قذائف قرب سوق الخضار في الموصل.', mentions: mosul },
      [],
    ],
  ])('%s', (_case, spec, expected) => {
    expect(subTypesOf(spec)).toEqual(expected);
  });
});
