import { describe, expect, it } from 'vitest';
import { subTypesOf } from '../../../test/support/resolved-events.js';
import type { FixtureSpec } from './fixture-document.js';
import { placeEntity } from './fixture-entities.js';

const at = (text: string, town: string, country: string): FixtureSpec => ({
  text,
  mentions: [[town, placeEntity(town, country)]],
});

// Incidents a log of attacks tells in plain words with no bomb or gun going off: tear gas thrown into a room, a
// fire set to files, a building entered by armed men, a device stopped on its way. Each has a sentence, most
// often from news, that uses the same words and must stay no incident.
describe('incidents told in plain words', () => {
  it.each<[string, FixtureSpec, string[]]>([
    [
      'tear gas hurled into a bank is an attack, not a chemical weapon or a grenade',
      at('Youths hurled two tear-gas grenades into a Greek bank branch in Lyon.', 'Lyon', 'FR'),
      ['Attack'],
    ],
    [
      'a tear-gas device tossed into a bar is an attack, not a bomb',
      at('A tear-gas device was tossed into a crowded bar in Osaka.', 'Osaka', 'JP'),
      ['Attack'],
    ],
    [
      'a canister of teargas hurled over a fence into a yard is an attack',
      at('Late at night one canister of teargas was hurled over a fence into a yard in Osh.', 'Osh', 'KG'),
      ['Attack'],
    ],
    [
      'people attacked with bats or knives, named between the verb and the arms, are attacked',
      at('Youths attacked two shopkeepers with knives and iron bars in Lakhpur.', 'Lakhpur', 'IN'),
      ['Attack'],
    ],
    [
      'a speaker who attacked a rival with words attacked no one',
      at('The minister attacked the opposition with harsh words in Lakhpur.', 'Lakhpur', 'IN'),
      [],
    ],
    [
      'tear gas police fire at a crowd is no attack',
      at('Police fired tear gas into the crowd in Nairobi.', 'Nairobi', 'KE'),
      [],
    ],
    [
      'a clinic whose ledgers had fire set to them was attacked by fire',
      at('Intruders left the clinic in Recife with fire set to its ledgers and desks.', 'Recife', 'BR'),
      ['Looting/property destruction'],
    ],
    [
      'a suicide operation on a checkpoint is a suicide bombing',
      at('Near Tyre a lone fighter staged a suicide operation at an army checkpoint.', 'Tyre', 'LB'),
      ['Suicide bomb'],
    ],
    [
      'a suicide mission carried out at dawn is a suicide bombing',
      at('Police in Kabul said two fighters had a suicide mission carried out at dawn.', 'Kabul', 'AF'),
      ['Suicide bomb'],
    ],
    [
      'a run for office called a suicide mission is a figure of speech',
      at('Running for mayor in Kabul would be a suicide mission, an aide said.', 'Kabul', 'AF'),
      [],
    ],
    [
      'someone forced into a car, his name and trade between, is taken',
      at(
        'Three gunmen forced Omar Haddad, a visiting teacher of music, into a car near the school in Beirut.',
        'Beirut',
        'LB',
      ),
      ['Abduction/forced disappearance'],
    ],
    [
      'staff forced at gunpoint to read a statement were attacked',
      at('Staff at a radio station in Cusco were forced at gunpoint to read a statement.', 'Cusco', 'PE'),
      ['Attack'],
    ],
    [
      'a disappearance laid at an armed group is a forced one',
      at(
        'A farmers union says the militia is responsible for the disappearance of its leader in Tolu.',
        'Tolu',
        'CO',
      ),
      ['Abduction/forced disappearance'],
    ],
    [
      'disappearances an accuser lays at an army over years are no one incident',
      at(
        'Rights groups say the army is responsible for the disappearance of thousands in Srinagar since 1990.',
        'Srinagar',
        'IN',
      ),
      [],
    ],
    [
      'a car full of explosives stopped by police is a device stopped',
      at('Police detained a car full of explosives at a checkpoint in Herat.', 'Herat', 'AF'),
      ['Disrupted weapons use'],
    ],
    [
      'a man caught wearing a belt of explosives is a device stopped',
      at('Guards apprehended a young man wearing an explosives belt at the gate in Nablus.', 'Nablus', 'PS'),
      ['Disrupted weapons use'],
    ],
    [
      'explosives that caused damage to a depot went off',
      at('In Bastia a sack of explosives caused heavy damage to the customs depot.', 'Bastia', 'FR'),
      ['Remote explosive/landmine/IED'],
    ],
    [
      'mines intercepted on their way are devices stopped',
      at('A lorry carrying twenty mines was intercepted near Irbid.', 'Irbid', 'JO'),
      ['Disrupted weapons use'],
    ],
    [
      'a bomb squad that safely removed a device stopped it',
      at('A bomb squad safely removed the device from a pub in Newry.', 'Newry', 'GB'),
      ['Disrupted weapons use'],
    ],
    [
      'rains held responsible for damage caused no incident',
      at('Heavy rains are responsible for causing damage to roads in Kano.', 'Kano', 'NG'),
      [],
    ],
    [
      'men armed with rifles who took over part of an embassy attacked it',
      at('Two men armed with rifles took over a wing of the Danish embassy in Haifa.', 'Haifa', 'IL'),
      ['Attack'],
    ],
    [
      'armed members of a front, its splinter named, who forced their way into an office attacked it',
      at(
        'Four armed members of a rebel front, a splinter of an older group, forced their way into a radio station in Cusco.',
        'Cusco',
        'PE',
      ),
      ['Attack'],
    ],
    [
      'rescuers forcing their way into a fallen building attack no one',
      at('Rescue teams forced their way into the collapsed building in Izmir.', 'Izmir', 'TR'),
      [],
    ],
    [
      'a cleaner working at a town hall who was beaten was attacked',
      at('A cleaner working at the town hall in Xanthi was beaten.', 'Xanthi', 'GR'),
      ['Attack'],
    ],
    [
      'a seller slashed in his face was attacked',
      at('In Yala a rice seller was slashed twice in his face by a rider.', 'Yala', 'TH'),
      ['Attack'],
    ],
    [
      'a price slashed in a budget is no attack',
      at('The minister said the fuel price was slashed in the budget in Yala.', 'Yala', 'TH'),
      [],
    ],
    [
      'a warehouse fire told by the harm to a mission gate is arson',
      at('A fire in a Graz warehouse caused some damage to the gate of a trade mission.', 'Graz', 'AT'),
      ['Looting/property destruction'],
    ],
    [
      'men caught trying to ignite cans of petrol at a library set a fire',
      at('Two men were caught trying to ignite cans of petrol at a library in Kiel.', 'Kiel', 'DE'),
      ['Looting/property destruction'],
    ],
    [
      'an economy the minister tries to ignite burns nothing',
      at('The minister tried to ignite the economy of Kiel with cheaper fuel.', 'Kiel', 'DE'),
      [],
    ],
    [
      'a pipeline damaged on purpose was wrecked',
      at('The oil pipeline near Rustavi was intentionally damaged, officials said.', 'Rustavi', 'GE'),
      ['Looting/property destruction'],
    ],
    [
      'mortars tried at an outpost that fell short are a shelling',
      at('Gunmen tried to fire two mortars toward an outpost near Ofra; both fell short.', 'Ofra', 'PS'),
      ['Shelling/artillery/missile attack'],
    ],
    [
      'a device that did explode went off',
      at('A crude device was thrown into a garden in Lurgan. The device did explode.', 'Lurgan', 'GB'),
      ['Remote explosive/landmine/IED'],
    ],
    [
      'reforms that did explode a myth blew up nothing',
      at('The minister said the reforms did explode the myth of a free lunch in Lurgan.', 'Lurgan', 'GB'),
      [],
    ],
    [
      'tritol thrown under a bridge is a charge set off',
      at('Near Kukes someone threw a sack of tritol under a footbridge at night.', 'Kukes', 'AL'),
      ['Remote explosive/landmine/IED'],
    ],
  ])('%s', (_, spec, expected) => {
    expect(subTypesOf(spec)).toEqual(expected);
  });
});
