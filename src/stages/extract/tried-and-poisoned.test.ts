import { describe, expect, it } from 'vitest';
import { subTypesOf } from '../../../test/support/resolved-events.js';
import type { FixtureSpec } from './fixture-document.js';
import { placeEntity } from './fixture-entities.js';

const at = (text: string, town: string, country: string): FixtureSpec => ({
  text,
  mentions: [[town, placeEntity(town, country)]],
});

// Incidents told by an attempt that failed, by poison sent or slipped in, or by armed men breaking in: each is
// an incident though nothing blew up and no one may have been hurt. Each has a sentence it must leave alone.
describe('incidents told as tried, poisoned or broken into', () => {
  it.each<[string, FixtureSpec, string[]]>([
    [
      'a hijacking tried on a plane is a hijacking',
      at('Two men tried to hijack a passenger plane at the airport in Larnaca.', 'Larnaca', 'CY'),
      ['Abduction/forced disappearance'],
    ],
    [
      'a debate "hijacked" is a figure of speech',
      at('The minister said his rivals tried to hijack the debate in Larnaca.', 'Larnaca', 'CY'),
      [],
    ],
    [
      'a hijacking threatened is no incident',
      at('The gang threatened to hijack a plane in Larnaca.', 'Larnaca', 'CY'),
      [],
    ],
    [
      'a shot tried at someone whose gun jammed is an attack',
      at('A gunman tried to shoot a shopkeeper in Quetta, but his pistol jammed.', 'Quetta', 'PK'),
      ['Attack'],
    ],
    [
      'a film crew trying to shoot a scene attacks no one',
      at('The crew tried to shoot a scene in Quetta before sunset.', 'Quetta', 'PK'),
      [],
    ],
    [
      'a letter laced with poison that reached its target is an attack',
      at('A letter laced with cyanide reached the trade office in Canberra.', 'Canberra', 'AU'),
      ['Attack'],
    ],
    [
      'letters laced with poison warned of are no incident',
      at(
        'Officials warned that letters laced with cyanide could be mailed to offices in Canberra.',
        'Canberra',
        'AU',
      ),
      [],
    ],
    [
      'gunmen who burst into an office attacked it',
      at('Five gunmen burst into a radio studio in Lima.', 'Lima', 'PE'),
      ['Attack'],
    ],
    [
      'an audience bursting into applause attacks nothing',
      at('The audience burst into applause at the theatre in Lima.', 'Lima', 'PE'),
      [],
    ],
    [
      'vehicles doused with petrol by attackers are property destroyed',
      at('Attackers doused two buses with petrol at a depot in Nairobi.', 'Nairobi', 'KE'),
      ['Looting/property destruction'],
    ],
    [
      'flames doused by firemen tell no arson',
      at('Firemen doused the flames at a depot in Nairobi.', 'Nairobi', 'KE'),
      [],
    ],
    [
      'men caught trying to plant a bomb are a device stopped',
      at('Police caught two men trying to plant a bomb under a bridge in Kirkuk.', 'Kirkuk', 'IQ'),
      ['Disrupted weapons use'],
    ],
    [
      'a plan to plant bombs is no incident',
      at('The cell planned to plant bombs under bridges in Kirkuk.', 'Kirkuk', 'IQ'),
      [],
    ],
    [
      'a building sprayed with bullets was fired on',
      at('Gunmen sprayed a cafe in Kirkuk with bullets.', 'Kirkuk', 'IQ'),
      ['Attack'],
    ],
    [
      'fields sprayed with pesticide tell no shooting',
      at('Farmers sprayed the fields near Kirkuk with pesticide.', 'Kirkuk', 'IQ'),
      [],
    ],
    [
      'a bazooka round fired into a building is a shelling',
      at('The group fired a bazooka round into a bank in Rome.', 'Rome', 'IT'),
      ['Shelling/artillery/missile attack'],
    ],
  ])('%s', (_case, spec, expected) => {
    expect(subTypesOf(spec)).toEqual(expected);
  });
});
