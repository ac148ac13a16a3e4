import { describe, expect, it } from 'vitest';
import { subTypesOf } from '../../../test/support/resolved-events.js';
import type { FixtureSpec } from './fixture-document.js';
import { placeEntity } from './fixture-entities.js';

const at = (text: string, town: string, country: string): FixtureSpec => ({
  text,
  mentions: [[town, placeEntity(town, country)]],
});

// Acts tried and stopped, bombers caught with their charge, devices told found by a participle, and fires set to things named at length: each an
// incident, beside a look-alike that must stay none.
describe('blasts tried, devices found, hijackings tried, long objects set on fire', () => {
  it.each<[string, FixtureSpec, string[]]>([
    [
      'a blast tried with the bomb named after the verb is a device stopped, not a blast',
      at(
        'Guards said a youth tried to detonate a bomb sewn into his coat at the gate of the mill in Ghent.',
        'Ghent',
        'BE',
      ),
      ['Disrupted weapons use'],
    ],
    [
      'a blast tried that the army thwarted',
      at('Soldiers thwarted rebel attempts to explode the gas pipeline outside Ghent.', 'Ghent', 'BE'),
      ['Disrupted weapons use'],
    ],
    [
      'a myth "exploded" is no blast',
      at('The new museum in Ghent tried to explode the myth of the quiet medieval town.', 'Ghent', 'BE'),
      [],
    ],
    [
      'a bomb tried to be planted: the device stopped before its use',
      at('Before dawn two men in Ghent tried to plant a pipe bomb beside a footbridge.', 'Ghent', 'BE'),
      ['Disrupted weapons use'],
    ],
    [
      'a seed of doubt planted is no bomb',
      at('Critics in Ghent said the campaign tried to plant a seed of doubt among voters.', 'Ghent', 'BE'),
      [],
    ],
    [
      'a courier stopped with the charge he carried',
      at(
        'A courier was arrested carrying about three kilos of TNT near the ferry pier in Ghent.',
        'Ghent',
        'BE',
      ),
      ['Disrupted weapons use'],
    ],
    [
      'a device told found by its participle',
      at('A rebel cell said it had left the explosive found beside the tram depot in Ghent.', 'Ghent', 'BE'),
      ['Disrupted weapons use'],
    ],
    [
      'no explosives found is no find',
      at(
        'Sniffer dogs searched the tram depot in Ghent but no explosives found their way into the report.',
        'Ghent',
        'BE',
      ),
      [],
    ],
    [
      "a hijacking tried with the owner's names before the craft",
      at(
        "Crew over the sea foiled a drunk passenger's attempt to hijack a chartered Ghent Air jet.",
        'Ghent',
        'BE',
      ),
      ['Abduction/forced disappearance'],
    ],
    [
      'an object named at length and set on fire',
      at('Masked youths set the top two floors of the old grain exchange in Ghent on fire.', 'Ghent', 'BE'),
      ['Looting/property destruction'],
    ],
  ])('%s', (_case, spec, expected) => {
    expect(subTypesOf(spec)).toEqual(expected);
  });
});
