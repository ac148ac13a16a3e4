import { describe, expect, it } from 'vitest';
import { resolvedEvents, subTypesOf } from '../../../test/support/resolved-events.js';
import type { FixtureSpec } from './fixture-document.js';
import { placeEntity } from './fixture-entities.js';

// Property told wrecked with no one named as the wrecker, a gas bottle that blew up where bombs are left, the
// second of several bombs told left somewhere, and deaths in a chase of armed men: incidents of their own,
// unless a disaster or a kitchen makes them none.
describe('incidents told by what was wrecked or left, or by who died in a chase', () => {
  it.each<[string, FixtureSpec, string[]]>([
    [
      'a gas bottle gone off outside a police post is a bomb, not a chemical attack',
      {
        text: 'A gas bottle went off outside the police post in Yala, hurting a guard.',
        mentions: [['Yala', placeEntity('Yala', 'TH')]],
      },
      ['Remote explosive/landmine/IED'],
    ],
    [
      'a gas canister that burst near the doors of a bank is a bomb',
      {
        text: 'A gas canister exploded near the doors of a savings bank in Bilbao overnight.',
        mentions: [['Bilbao', placeEntity('Bilbao', 'ES')]],
      },
      ['Remote explosive/landmine/IED'],
    ],
    [
      'a gas cylinder that blew up in a kitchen stays a mishap',
      {
        text: 'A gas cylinder exploded in the kitchen of a hotel in Quetta.',
        mentions: [['Quetta', placeEntity('Quetta', 'PK')]],
      },
      [],
    ],
    [
      'houses and a school told destroyed in a named village',
      {
        text: 'Houses and the village school were destroyed in Tumbes on Friday night.',
        mentions: [['Tumbes', placeEntity('Tumbes', 'PE')]],
      },
      ['Looting/property destruction'],
    ],
    [
      'shops told destroyed in an attack are that attack',
      {
        text: 'Six shops were destroyed in a night attack on Tumbes.',
        mentions: [['Tumbes', placeEntity('Tumbes', 'PE')]],
      },
      ['Attack'],
    ],
    [
      'houses destroyed by a flood are no incident',
      {
        text: 'Dozens of houses were destroyed in Tumbes by the flood.',
        mentions: [['Tumbes', placeEntity('Tumbes', 'PE')]],
      },
      [],
    ],
    ['cars told damaged with no place, count or side are too little', { text: 'The cars were damaged.' }, []],
    [
      'a device counted as the third, left by a hotel, is one of the bombs',
      {
        text: 'Police said the third device was left beside a Tarbes hotel.',
        mentions: [['Tarbes', placeEntity('Tarbes', 'FR')]],
      },
      ['Remote explosive/landmine/IED'],
    ],
    [
      'a bare device left somewhere may be a phone',
      {
        text: 'A device was left at the Tarbes airport.',
        mentions: [['Tarbes', placeEntity('Tarbes', 'FR')]],
      },
      [],
    ],
    [
      'soldiers who died chasing rebels died in a fight with them',
      {
        text: 'Three soldiers died while chasing rebels near Gulu.',
        mentions: [['Gulu', placeEntity('Gulu', 'UG')]],
      },
      ['Armed clash'],
    ],
  ])('%s', (_case, spec, expected) => {
    expect(subTypesOf(spec)).toEqual(expected);
  });
});

describe('property told wrecked beside the toll of a blow told before', () => {
  it('is the blow’s aftermath: the hurt are counted on the blow', () => {
    const events = resolvedEvents({
      text:
        'A parked car bomb exploded beside the Kirkuk court. The charge lay inside a cart and a timer set it off. ' +
        'Three guards were hurt and several shops were damaged.',
      mentions: [['Kirkuk', placeEntity('Kirkuk', 'IQ')]],
      quantities: [
        ['Three guards', { value: 3, qualifier: 'exact', role: 'injured', noun: 'guards' }],
        ['several shops', { value: null, vague: 'several', qualifier: 'exact', noun: 'shops' }],
      ],
    });
    expect(events.map((e) => [e.sub_event_type?.value, e.injuries?.value])).toEqual([
      ['Remote explosive/landmine/IED', 3],
    ]);
  });
});
