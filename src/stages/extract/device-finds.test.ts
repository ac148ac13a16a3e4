import { describe, expect, it } from 'vitest';
import { subTypesOf } from '../../../test/support/resolved-events.js';
import type { FixtureSpec } from './fixture-document.js';
import { actorEntity, placeEntity } from './fixture-entities.js';

// Rows of the trigger lexicon for a device found or made harmless with words between (ACLED's disrupted
// weapons use), and their look-alikes; fire bombs told by their filling (a weapon cue); fires told by
// "starting" or "burning down".
describe('devices found or made harmless, fire bombs thrown, fires started', () => {
  it.each<[string, FixtureSpec, string[]]>([
    [
      'explosives told found, with the load between',
      {
        text: 'A suitcase holding six kilos of explosives was discovered at the ferry terminal in Piraeus.',
        mentions: [['Piraeus', placeEntity('Piraeus', 'GR')]],
      },
      ['Disrupted weapons use'],
    ],
    [
      'explosives found, the amount between the verb and the device',
      {
        text: 'Police in Lyon found nearly ten kilos of explosives in a rented garage.',
        mentions: [['Lyon', placeEntity('Lyon', 'FR')]],
      },
      ['Disrupted weapons use'],
    ],
    [
      'a device safely removed',
      { text: 'Police said a pipe explosive was safely removed from a drain by the clinic.' },
      ['Disrupted weapons use'],
    ],
    [
      'a device "diffused", as reports misspell defused, in the passive and the active',
      {
        text: 'A bomb left under a van in Lyon was diffused by the army.',
        mentions: [['Lyon', placeEntity('Lyon', 'FR')]],
      },
      ['Disrupted weapons use'],
    ],
    [
      'a device diffused by its finders',
      {
        text: 'Sappers diffused a bomb someone had tucked into a planter by the bank door in Lyon.',
        mentions: [['Lyon', placeEntity('Lyon', 'FR')]],
      },
      ['Disrupted weapons use'],
    ],
    [
      'a quarrel diffused: no device, no incident',
      {
        text: 'The quarrel between the two unions in Lyon was diffused by the mayor.',
        mentions: [['Lyon', placeEntity('Lyon', 'FR')]],
      },
      [],
    ],
    [
      'mines disarmed',
      {
        text: 'Army experts disarmed two mines left beside the road to Kandahar.',
        mentions: [['Kandahar', placeEntity('Kandahar', 'AF')]],
      },
      ['Disrupted weapons use'],
    ],
    [
      'car bombs destroyed by the side they were driven at, other targets between',
      {
        text: 'Kurdish fighters near Tal Abyad destroyed three trucks and two car bombs at dawn.',
        mentions: [['Tal Abyad', placeEntity('Tal Abyad', 'SY')]],
      },
      ['Disrupted weapons use'],
    ],
    [
      'car bombs destroyed in a round of air raids: the raids are the incident',
      {
        text: 'Allied aircraft carried out six air strikes near Tal Abyad, destroying two bunkers and a car bomb.',
        mentions: [['Tal Abyad', placeEntity('Tal Abyad', 'SY')]],
      },
      ['Air/drone strike'],
    ],
    [
      'a bomb defused in words: a place must come with the bare infinitive',
      {
        text: 'Engineers in Mardan managed to defuse the bomb before noon.',
        mentions: [['Mardan', placeEntity('Mardan', 'PK')]],
      },
      ['Disrupted weapons use'],
    ],
    [
      'a "ticking bomb" defused is a figure of speech',
      { text: 'The minister urged both parties to defuse the ticking bomb of youth unemployment.' },
      [],
    ],
    [
      'mines a side left behind, cleared after the ground is retaken, are remnants of the fighting',
      {
        text: 'Soldiers retook Tessalit on Sunday. Army units chased fleeing Islamic State fighters through Tessalit and dismantled twenty explosive devices and hidden mines left behind.',
        mentions: [
          ['Tessalit', placeEntity('Tessalit', 'ML')],
          ['Islamic State', actorEntity('Islamic State')],
        ],
      },
      ['Government regains territory'],
    ],
    [
      'a bomb left behind in a bag and defused is still a disrupted attack',
      {
        text: 'Police in Lyon defused a bomb left behind in a sports bag at the bus station.',
        mentions: [['Lyon', placeEntity('Lyon', 'FR')]],
      },
      ['Disrupted weapons use'],
    ],
    [
      'traces of explosives found are what a blast left',
      { text: 'Investigators found traces of explosives on the wreckage of the plane.' },
      [],
    ],
    [
      'a fire bomb told by its filling, thrown',
      {
        text: 'Youths hurled four petrol-filled bottles at an army sangar in Lurgan overnight.',
        mentions: [['Lurgan', placeEntity('Lurgan', 'GB')]],
      },
      ['Remote explosive/landmine/IED'],
    ],
    [
      'a bottle holding an incendiary mixture, tossed',
      {
        text: 'A bottle holding an incendiary mixture was tossed into a bar in Lurgan.',
        mentions: [['Lurgan', placeEntity('Lurgan', 'GB')]],
      },
      ['Remote explosive/landmine/IED'],
    ],
    [
      'a campaign launched against stored fuel is no launching of a weapon',
      {
        text: 'The governor launched a campaign against flammable liquid storage in Lurgan.',
        mentions: [['Lurgan', placeEntity('Lurgan', 'GB')]],
      },
      [],
    ],
    [
      'a fire an armed side is blamed for starting',
      {
        text: 'Police blamed a radical cell for starting a blaze at a car showroom in Lyon.',
        mentions: [['Lyon', placeEntity('Lyon', 'FR')]],
      },
      ['Looting/property destruction'],
    ],
    [
      'a building burnt down, told by the gerund',
      { text: 'Anarchists were jailed for burning down a post office.' },
      ['Looting/property destruction'],
    ],
  ])('%s', (_case, spec, expected) => {
    expect(subTypesOf(spec)).toEqual(expected);
  });
});
