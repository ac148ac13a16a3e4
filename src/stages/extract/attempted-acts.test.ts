import { describe, expect, it } from 'vitest';
import { subTypesOf } from '../../../test/support/resolved-events.js';
import type { FixtureSpec } from './fixture-document.js';
import { actorEntity, placeEntity } from './fixture-entities.js';

const at = (text: string, town: string, country: string): FixtureSpec => ({
  text,
  mentions: [[town, placeEntity(town, country)]],
});

// Violence attempted, foiled or done by force to a building, a bomber caught with his charge, a device told found
// by a participle, a fire set to a thing named at length: an incident though it failed or hurt no one. Each
// has a sentence that tells an act only wished, planned or done by no armed hand, which must stay no incident.
describe('incidents told as attempted, foiled or occupied by force', () => {
  it.each<[string, FixtureSpec, string[]]>([
    [
      'a kidnapping the police foiled was attempted all the same',
      at('Bodyguards foiled a clumsy attempt to kidnap their minister in Valparaiso.', 'Valparaiso', 'CL'),
      ['Abduction/forced disappearance'],
    ],
    [
      'a kidnapping that failed was attempted',
      at('The gang failed in its effort to kidnap a banker in Valparaiso.', 'Valparaiso', 'CL'),
      ['Abduction/forced disappearance'],
    ],
    [
      'a kidnapping plot foiled never came to an attempt',
      at('Bodyguards foiled a plot to kidnap their minister in Valparaiso.', 'Valparaiso', 'CL'),
      [],
    ],
    [
      'a bombing attempted is a device that did not go off',
      at('Two exiles attempted to bomb a travel agency in Ghent.', 'Ghent', 'BE'),
      ['Disrupted weapons use'],
    ],
    [
      'a dam the army saved from being blown up',
      at("Troops thwarted the militia's attempt to blow up the dam near Ghent.", 'Ghent', 'BE'),
      ['Disrupted weapons use'],
    ],
    [
      'a bombing vowed is no incident',
      at('The exiles vowed to bomb a travel agency in Ghent.', 'Ghent', 'BE'),
      [],
    ],
    [
      'a kidnapping the gang was able to carry out was done',
      at('The gang was able to kidnap a courier near Ghent.', 'Ghent', 'BE'),
      ['Abduction/forced disappearance'],
    ],
    [
      'a kidnapping managed was done',
      at('The gang managed to kidnap a banker in Valparaiso.', 'Valparaiso', 'CL'),
      ['Abduction/forced disappearance'],
    ],
    [
      'a kidnapping the gang was not able to carry out is no incident',
      at('The gang was not able to kidnap the banker in Valparaiso.', 'Valparaiso', 'CL'),
      [],
    ],
    [
      'an arrest tried tells no arrest',
      at('Police tried to arrest the smuggler in Ghent.', 'Ghent', 'BE'),
      [],
    ],
    [
      'an attack the clause tells as the aim of the side in a fight is not an incident of its own',
      at('Troops clashed with fighters who tried to attack the villages near Ghent.', 'Ghent', 'BE'),
      ['Armed clash'],
    ],
    [
      'a storming tried is an attack, however it ended',
      at('Three gunmen attempted to storm the consulate in Izmir.', 'Izmir', 'TR'),
      ['Attack'],
    ],
    [
      'armed members of a group occupying an agency office attack it',
      at('Armed members of a rebel band occupied the offices of a wire agency in Izmir.', 'Izmir', 'TR'),
      ['Attack'],
    ],
    [
      'the members of an armed group the base knows invading an embassy attack it',
      {
        text: 'Members of the Red Condor Front invaded the embassy in Izmir.',
        mentions: [
          ['Red Condor Front', actorEntity('Red Condor Front')],
          ['Izmir', placeEntity('Izmir', 'TR')],
        ],
      },
      ['Attack'],
    ],
    [
      'a firm taking over the offices of another occupies nothing by force',
      at('The shipping firm took over the offices of its rival in Izmir.', 'Izmir', 'TR'),
      [],
    ],
    [
      'a ministry moving into a building occupies it as its own',
      at('The ministry occupied a new building in Izmir.', 'Izmir', 'TR'),
      [],
    ],
    [
      'masked men entering an embassy attack it',
      at('Two masked men entered the embassy in Izmir and beat a clerk.', 'Izmir', 'TR'),
      ['Attack'],
    ],
    [
      'a delegation entering an embassy attacks nothing',
      at('The trade delegation entered the embassy in Izmir.', 'Izmir', 'TR'),
      [],
    ],
    [
      'an attack on a consulate is political, whatever dispute the story names',
      at(
        'Unknown individuals attacked the consulate in Izmir.  The attackers daubed slogans about the fishing dispute.',
        'Izmir',
        'TR',
      ),
      ['Attack'],
    ],
    [
      'gunmen entering a house and hurting those inside attack it',
      at('Four gunmen entered a house in Kupwara and injured two of the residents.', 'Kupwara', 'IN'),
      ['Attack'],
    ],
    [
      'a family entering its house attacks no one',
      at('The family entered the house in Kupwara after the wedding.', 'Kupwara', 'IN'),
      [],
    ],
    [
      'guerillas, as the word is often misspelt, are an armed hand',
      at('Guerillas raided a farm cooperative near Izmir.', 'Izmir', 'TR'),
      ['Attack'],
    ],
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

// Shots and stones told by where they went or whom they hit, with no verb of attack: each an incident.
describe('shots and stones told by their mark', () => {
  it.each<[string, FixtureSpec, string[]]>([
    [
      'shots fired toward a village are a shooting, whatever the arms',
      at('Gunmen in Jenin fired toward the orchards of a farming village.', 'Jenin', 'PS'),
      ['Attack'],
    ],
    [
      'a barrage of fire on a quarter is a shooting',
      at('Snipers kept up a barrage of fire on a hillside quarter of Jenin.', 'Jenin', 'PS'),
      ['Attack'],
    ],
    [
      'settlers who stoned a farmer rioted',
      at('A farmer was hurt after settlers stoned him near Jenin.', 'Jenin', 'PS'),
      ['Violent demonstration'],
    ],
    [
      'youths who stoned a bus carrying pilgrims rioted',
      at('Three pilgrims were hurt when youths stoned their bus in Izmir.', 'Izmir', 'TR'),
      ['Violent demonstration'],
    ],
    [
      'a consulate swept with gunfire from afar',
      at(
        'Gunmen raked the old consulate building in the port of Izmir with automatic rifle fire.',
        'Izmir',
        'TR',
      ),
      ['Attack'],
    ],
  ])('%s', (_case, spec, expected) => {
    expect(subTypesOf(spec)).toEqual(expected);
  });
});
