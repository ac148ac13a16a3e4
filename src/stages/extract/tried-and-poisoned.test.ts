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
    [
      'plastic explosives placed are a bomb, not a harmless load',
      at('Militants placed plastic explosives under a bridge in Asmara.', 'Asmara', 'ER'),
      ['Remote explosive/landmine/IED'],
    ],
    [
      'plastic devices placed on tables are still harmless',
      at('Staff placed plastic devices on the tables at the fair in Asmara.', 'Asmara', 'ER'),
      [],
    ],
    [
      'an explosive charge that destroyed a mast went off, even where no place is named',
      { text: 'An explosive charge destroyed a radio mast.' },
      ['Remote explosive/landmine/IED'],
    ],
    [
      'a bomb denied to have damaged a bank is no incident',
      { text: 'Police denied that a bomb damaged the bank.' },
      [],
    ],
    [
      'someone forced into a car by gunmen is taken',
      at('Two gunmen forced a teacher into a car near the school in Beirut.', 'Beirut', 'LB'),
      ['Abduction/forced disappearance'],
    ],
    [
      'a driver forced into a car park by traffic is not',
      at('The driver was forced into a car park in Beirut by the traffic.', 'Beirut', 'LB'),
      [],
    ],
    [
      'someone pulled from a taxi and beaten is attacked',
      at('A clerk was pulled from her taxi and beaten in Kabul.', 'Kabul', 'AF'),
      ['Attack'],
    ],
    [
      'someone pulled from a river and treated is not',
      at('He was pulled from the river and taken to hospital in Kabul.', 'Kabul', 'AF'),
      [],
    ],
    [
      'a hijacking of a plane tried, in Arabic',
      at('حاول مسلحان اختطاف طائرة ركاب في مطار عدن.', 'عدن', 'YE'),
      ['Abduction/forced disappearance'],
    ],
    [
      'a hijacking threatened, in Arabic, is no incident',
      at('هدد المسلحون باختطاف طائرة في مطار عدن.', 'عدن', 'YE'),
      [],
    ],
    [
      'a poisoned letter that arrived, in Arabic',
      at('وصلت رسالة مسممة إلى مكتب المحافظ في عدن.', 'عدن', 'YE'),
      ['Attack'],
    ],
    [
      'poisoned letters warned of, in Arabic, are no incident',
      at('حذرت الشرطة من رسائل مسممة قد ترسل إلى المكاتب في عدن.', 'عدن', 'YE'),
      [],
    ],
    [
      "someone wounded by a side's fire was fired on, even where no place is named",
      { text: 'Two fishermen were wounded by enemy fire.' },
      ['Attack'],
    ],
    ['someone hurt by a house fire was not', { text: 'A man was injured by a house fire.' }, []],
    [
      'a car driven into people on purpose is an attack',
      { text: 'A settler deliberately drove into a group of pupils at a bus stop.' },
      ['Attack'],
    ],
    [
      'ramming attacks warned of are no incident',
      { text: 'Police warned of ramming attacks during the holidays.' },
      [],
    ],
    [
      'an attack told as having occurred is one, even where no place is named',
      { text: 'An attack occurred at a freight depot of the rail firm.' },
      ['Attack'],
    ],
    [
      'an attack feared to take place is not',
      { text: 'Police fear an attack could take place at the offices of the rail company.' },
      [],
    ],
    [
      'someone held for days by armed men was taken, even where no place is named',
      { text: 'A surveyor was held for six days by rebels before his release.' },
      ['Abduction/forced disappearance'],
    ],
    [
      'talks held for days by their organisers are not',
      { text: 'The talks were held for three days by the organisers.' },
      [],
    ],
    [
      'an envelope said to hold anthrax, sent to a minister, is an attack',
      at(
        'Someone sent an envelope reportedly containing anthrax to the interior minister in Valencia.',
        'Valencia',
        'VE',
      ),
      ['Attack'],
    ],
    [
      'a powder shipped in a letter to a court is an attack',
      at('A white powder was mailed in a letter to the court in Tirana.', 'Tirana', 'AL'),
      ['Attack'],
    ],
    [
      'a bomb sent in a package is a remote explosive',
      at('Unknown men sent a package bomb to a senator in Cali.', 'Cali', 'CO'),
      ['Remote explosive/landmine/IED'],
    ],
    [
      'letters told with a powder for laundry are no incident',
      at('The shop in Tirana sells washing powder and writing paper.', 'Tirana', 'AL'),
      [],
    ],
    [
      'mines laid by a side that damaged ships are a mining incident',
      at('Rebel mine laying damaged two freighters off Corinto.', 'Corinto', 'NI'),
      ['Remote explosive/landmine/IED'],
    ],
    [
      'mine laying denied is no incident',
      at('The navy denied any mine laying off Corinto.', 'Corinto', 'NI'),
      [],
    ],
  ])('%s', (_case, spec, expected) => {
    expect(subTypesOf(spec)).toEqual(expected);
  });
});
