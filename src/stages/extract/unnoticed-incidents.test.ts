import { describe, expect, it } from 'vitest';
import { subTypesOf } from '../../../test/support/resolved-events.js';
import type { FixtureSpec } from './fixture-document.js';
import { placeEntity } from './fixture-entities.js';

/** A sentence set in one town the base knows. */
const inTown = (text: string, town: string, country: string): FixtureSpec => ({
  text,
  mentions: [[town, placeEntity(town, country)]],
});

// Incidents told by wordings the trigger rows had no form for: an attempt in the passive, maiming, a rocket
// launch told by its noun, a homemade device, fires a group claims, a weapon intercepted, someone bound and
// gagged, gunmen engaged by a patrol, people intercepted by armed men; hostages taken "in the wake of" an
// uprising. Each with a look-alike that must stay no incident.
describe('incident wordings the trigger rows missed', () => {
  it.each<[string, FixtureSpec, string[]]>([
    [
      'an attempt made on a diplomat is an attack',
      inTown('On Monday an attempt was made on a Chilean diplomat in Athens.', 'Athens', 'GR'),
      ['Attack'],
    ],
    [
      'an attempt made to break a record is none',
      inTown('An attempt was made at the stadium in Athens to break the world record.', 'Athens', 'GR'),
      [],
    ],
    [
      'noses cut off villagers are an attack',
      inTown('Gunmen cut off the noses of two farmers in Rajouri on Friday.', 'Rajouri', 'IN'),
      ['Attack'],
    ],
    [
      'a head cut off as a metaphor is no maiming',
      inTown('The minister vowed to cut off the head of the snake in Rajouri.', 'Rajouri', 'IN'),
      [],
    ],
    [
      'the launch of a rocket a group claims is a shelling',
      inTown('The brigades claimed the launch of a rocket at Sderot on Sunday.', 'Sderot', 'IL'),
      ['Shelling/artillery/missile attack'],
    ],
    [
      'the launch of a rocket from a cosmodrome is a flight',
      inTown('The launch of a Soyuz rocket at Baikonur was put off until Friday.', 'Baikonur', 'KZ'),
      [],
    ],
    [
      'a homemade device that went off is a bomb',
      inTown('In Kolonaki a homemade device shattered the glass door of a church office.', 'Kolonaki', 'GR'),
      ['Remote explosive/landmine/IED'],
    ],
    [
      'fires a group claims are arson',
      inTown(
        'An animal rights group claimed responsibility for two fires at a laboratory in Davis.',
        'Davis',
        'US',
      ),
      ['Looting/property destruction'],
    ],
    [
      'a fire with no one behind it stays no incident',
      inTown('After a power cut a fire broke out in a laboratory in Davis.', 'Davis', 'US'),
      [],
    ],
    [
      'missiles intercepted before they were fired are a weapon stopped',
      inTown('Police intercepted four missiles aimed at residential areas of Kabul.', 'Kabul', 'AF'),
      ['Disrupted weapons use'],
    ],
    [
      'hostages taken just after an uprising are an abduction',
      inTown(
        'Rebels took 60 villagers hostage in Zamboanga in the aftermath of an uprising.',
        'Zamboanga',
        'PH',
      ),
      ['Abduction/forced disappearance'],
    ],
    [
      'a driver bound and gagged by armed men is attacked',
      inTown('Armed men broke into a house in Liege, where they bound and gagged the cook.', 'Liege', 'BE'),
      ['Attack'],
    ],
    [
      'a patrol that engaged the gunmen fought them',
      inTown('A police patrol engaged the gunmen near the embassy in Beirut.', 'Beirut', 'LB'),
      ['Armed clash'],
    ],
    [
      'rebels engaged in talks are not fought',
      inTown('The government engaged the rebels in talks in Beirut on Monday.', 'Beirut', 'LB'),
      [],
    ],
    [
      'a reporter intercepted by rebels on his way is attacked',
      inTown('A reporter and his driver were intercepted by ELN rebels near Tumaco.', 'Tumaco', 'CO'),
      ['Attack'],
    ],
    [
      'a shipment intercepted by the police is no attack',
      inTown('A shipment of cocaine was intercepted by the police near Tumaco.', 'Tumaco', 'CO'),
      [],
    ],
    [
      'an Arabic claim for one rocket fired at a town is a shelling',
      inTown('أعلنت كتائب مسؤوليتها عن إطلاق صاروخ على عسقلان يوم الأحد.', 'عسقلان', 'IL'),
      ['Shelling/artillery/missile attack'],
    ],
    [
      'an Arabic rocket launch test is none',
      inTown('أجرت الدولة تجربة لإطلاق صاروخ على بعد كيلومترات من عسقلان.', 'عسقلان', 'IL'),
      [],
    ],
    [
      'an Arabic missile intercepted is a weapon stopped',
      inTown('اعترضت الدفاعات الجوية صاروخا باليستيا أطلق على جازان.', 'جازان', 'SA'),
      ['Disrupted weapons use'],
    ],
    [
      'an Arabic objection is no interception',
      inTown('تعترض الحكومة على قرار المحكمة في جازان.', 'جازان', 'SA'),
      [],
    ],
    [
      'Arabic noses cut off are an attack',
      inTown('قطع مسلحون أنوف ثلاثة قرويين في جازان.', 'جازان', 'SA'),
      ['Attack'],
    ],
    [
      'Arabic fires a group claims are arson',
      inTown('أعلنت جماعة مسؤوليتها عن حريقين في مختبر بمدينة جازان.', 'جازان', 'SA'),
      ['Looting/property destruction'],
    ],
  ])('%s', (_case, spec, expected) => {
    expect(subTypesOf(spec)).toEqual(expected);
  });
});
