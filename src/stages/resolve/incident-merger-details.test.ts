import { describe, expect, it } from 'vitest';
import type { Quantity } from '../../core/records.js';
import type { At, FixtureSpec } from '../extract/fixture-document.js';
import { actorEntity, placeEntity } from '../extract/fixture-entities.js';
import { resolvedEvents } from '../../../test/support/resolved-events.js';
import { mergeIncidents } from './incident-merger.js';
import { mention, place as placeAt } from './placed-fixture.js';

const killed = (n: number, noun = 'militants'): Omit<Quantity, 'span'> => ({
  value: n,
  qualifier: 'exact',
  role: 'killed',
  noun,
});
const eventsOf = (
  text: string,
  mentions: FixtureSpec['mentions'],
  quantities: At<Omit<Quantity, 'span'>>[] = [],
) => resolvedEvents({ text, published: '2015-08-01', mentions, quantities });
const jets = actorEntity('Coalition', 'state-forces');
const located = (entity: ReturnType<typeof placeEntity>, lat: number, lon: number) => ({
  ...entity,
  place: { ...entity.place!, lat, lon },
});

describe('a site the next sentence finds by the town the report named', () => {
  /** "Coalition jets killed 25 rebels in Ruma …", then `detail`, which names Kefra, Ruma and 25 again. */
  const placesOf = (detail: string) =>
    eventsOf(
      `Coalition jets killed 25 rebels in Ruma on Saturday. ${detail}`,
      [
        ['Coalition', jets],
        ['Ruma', placeEntity('Ruma', 'YE')],
        ['Kefra', placeEntity('Kefra', 'YE')],
        ['Ruma', placeEntity('Ruma', 'YE'), 2],
      ],
      [
        ['25', killed(25)],
        ['25', killed(25), 2],
      ],
    ).map((e) => [e.location?.name, e.fatalities?.value]);

  it('is the town report told closer: one event at the site, with its toll', () => {
    const detail = 'The air strikes on Kefra south-west of Ruma killed 25 rebels and wounded 15.';
    expect(placesOf(detail)).toEqual([['Kefra', 25]]);
  });

  it.each([
    [
      'Coalition jets killed 25 rebels in Ruma on Saturday. The jets struck houses in Kefra near Ruma, a monitor said.',
      ['Coalition', 'Ruma', 'Kefra'],
    ],
    [
      'قتلت طائرات التحالف 25 مسلحا في رومة يوم السبت. وقصفت الطائرات منازل في كفرة قرب رومة.',
      ['التحالف', 'رومة', 'كفرة'],
    ],
    [
      'Coalition jets killed 25 rebels in Ruma on Saturday. The jets struck Kefra village in the southern countryside of Ruma.',
      ['Coalition', 'Ruma', 'Kefra'],
    ],
    [
      'قتلت طائرات التحالف 25 مسلحا في رومة يوم السبت. وقصفت الطائرات قرية كفرة بريف رومة الجنوبي.',
      ['التحالف', 'رومة', 'كفرة'],
    ],
  ])(
    'is the town report told closer when told as near the town or in its countryside: %s',
    (text, [coalition, ruma, kefra]) => {
      const names = eventsOf(
        text,
        [
          [coalition, jets],
          [ruma, placeEntity('Ruma', 'YE')],
          [kefra, placeEntity('Kefra', 'YE')],
          [ruma, placeEntity('Ruma', 'YE'), 2],
        ],
        [['25', killed(25)]],
      ).map((e) => [e.location?.name, e.fatalities?.value]);
      expect(names).toEqual([['Kefra', 25]]);
    },
  );

  it('keeps two sites apart when the next is listed beside the town, not found by it', () => {
    const names = eventsOf(
      'Coalition jets killed 25 rebels in Ruma on Saturday. The jets struck houses in Kefra and near Ruma, a monitor said.',
      [
        ['Coalition', jets],
        ['Ruma', placeEntity('Ruma', 'YE')],
        ['Kefra', placeEntity('Kefra', 'YE')],
        ['Ruma', placeEntity('Ruma', 'YE'), 2],
      ],
    ).map((e) => e.location?.name);
    expect(names).toEqual(['Ruma', 'Kefra']);
  });

  it('stays an incident of its own when the text puts it at a distance from the town', () => {
    const detail = 'Air strikes on Kefra, 130 km south-west of Ruma, killed 25 rebels.';
    expect(placesOf(detail)).toEqual([
      ['Ruma', 25],
      ['Kefra', 25],
    ]);
  });
});

describe('a toll told by casualty words alone', () => {
  it('is the toll of the strike told just before it, whatever its victims suggest', () => {
    const text = 'Coalition jets struck a clinic in Kefra on Friday. Sources said 17 rebels were killed.';
    const events = eventsOf(
      text,
      [
        ['Coalition', jets],
        ['Kefra', placeEntity('Kefra', 'YE')],
        ['rebels', actorEntity('Rebels', 'armed-group', 'YE')],
      ],
      [['17', killed(17)]],
    );
    expect(events.map((e) => [e.sub_event_type?.value, e.fatalities?.value])).toEqual([
      ['Air/drone strike', 17],
    ]);
  });

  it("is the toll of the strike told just after it, as a headline's bare count", () => {
    const text =
      'Over 100 Coalition Fighters Killed in Kefra\nOver 100 rebels were killed by Coalition air raids on Kefra.';
    const events = eventsOf(
      text,
      [
        ['Coalition', jets],
        ['Kefra', placeEntity('Kefra', 'SY')],
        ['Coalition', jets, 2],
        ['Kefra', placeEntity('Kefra', 'SY'), 2],
      ],
      [
        ['100', { ...killed(100), qualifier: 'at_least' }],
        ['100', { ...killed(100), qualifier: 'at_least' }, 2],
      ],
    );
    expect(events.map((e) => [e.sub_event_type?.value, e.fatalities?.value, e.actor1?.name])).toEqual([
      ['Air/drone strike', 100, 'Coalition'],
    ]);
  });
});

describe('a bare telling at the region around the town of an incident told before', () => {
  it('is that incident, however many sentences later', () => {
    const text =
      'A bomb killed 15 worshippers in a mosque in Abha on Thursday. ' +
      'The speaker deplored the crime. He called for unity. He thanked the king. ' +
      'Another member condemned a cowardly bombing of a mosque in Asir region.';
    const events = eventsOf(
      text,
      [
        ['Abha', located(placeEntity('Abha', 'SA'), 18.22, 42.5)],
        ['Asir', located(placeEntity('Asir', 'SA', 'region'), 19.1, 42.9)],
      ],
      [['15', killed(15, 'people')]],
    );
    expect(events.map((e) => [e.location?.name, e.fatalities?.value])).toEqual([['Abha', 15]]);
  });
});

describe("a force of the doer's own state that another telling names", () => {
  const force = (name: string) => ({ name, entity_id: null, spans: [[0, 1]] as [number, number][] });
  /** "Gunmen died in clashes with the police of Ruritania." then "The clashes wounded `wounded`." */
  const sidesOf = (wounded: string) =>
    mergeIncidents([
      mention(0, 'Armed clash', { actor1: force('Police Forces of Ruritania') }),
      mention(1, 'Armed clash', { actor2: force(wounded) }, true),
    ]).map((p) => [p.event.actor1?.name, p.event.actor2?.name ?? null]);

  it('is its side (its wounded soldier), not its foe', () => {
    expect(sidesOf('Military Forces of Ruritania')).toEqual([['Police Forces of Ruritania', null]]);
  });

  it.each([['Military Forces of Freedonia'], ['Ruritanian Liberation Front']])(
    'keeps %s as the foe',
    (foe) => {
      expect(sidesOf(foe)).toEqual([['Police Forces of Ruritania', foe]]);
    },
  );
});

describe('a bare attack at the seat a blast is told to lie by', () => {
  /** "Attacks in Dorvik" (a title's bare attack), then shells told to hit Kelso in Dorvik's countryside. */
  const told = (partOf: string | null) => {
    const seat = mention(0, 'Attack', { location: placeAt('Dorvik') });
    seat.bareAttack = true;
    const shells = mention(1, 'Shelling/artillery/missile attack', { location: placeAt('Kelso') });
    shells.partOf = partOf;
    return mergeIncidents([seat, shells]).map((p) => [p.event.sub_event_type?.value, p.event.location?.name]);
  };

  it('is the shelling of the town told to lie there', () => {
    expect(told('dorvik')).toEqual([['Shelling/artillery/missile attack', 'Kelso']]);
  });

  it('stays apart from a shelling of a town told elsewhere', () => {
    expect(told(null)).toHaveLength(2);
  });
});

describe("a headline told at a province named after its seat, and the body's village in that province", () => {
  const province = { ...placeEntity('Ostmark', 'YE', 'region'), entity_id: 'region:ye:ostmark' };
  /** "… killed in `headlineTown`." over a clash at Kefra in the countryside of Ostmark province, killing `toll`. */
  const placesOf = (headlineTown: string, toll: number) =>
    eventsOf(
      `Twenty rebels killed in ${headlineTown}\nTroops clashed with rebels at Kefra in the northern countryside of Ostmark province, killing ${toll} of them.`,
      [
        [headlineTown, placeEntity(headlineTown, 'YE')],
        ['Kefra', placeEntity('Kefra', 'YE')],
        ['Ostmark', province, headlineTown === 'Ostmark' ? 2 : 1],
      ],
      [
        ['Twenty', killed(20, 'rebels')],
        [String(toll), killed(toll)],
      ],
    ).map((e) => [e.location?.name, e.fatalities?.value]);

  it('is the village incident told coarser: one event at the village, with the same toll', () => {
    expect(placesOf('Ostmark', 20)).toEqual([['Kefra', 20]]);
  });

  it('keeps two incidents when the tolls differ, or the headline names another town', () => {
    expect(placesOf('Ostmark', 7)).toHaveLength(2);
    expect(placesOf('Rampur', 20)).toHaveLength(2);
  });
});

describe("a headline told at an area named by its side, and the body's town near it", () => {
  /** "Troops clashed with rebels in `area`" over a clash at Kefra, `km` (about) north of Ostmark. */
  const placesOf = (area: string, km: number) =>
    eventsOf(
      `Troops clashed with rebels in ${area}\nTroops clashed with rebels in Kefra and killed their chief.`,
      [
        ['Ostmark', located(placeEntity('Ostmark', 'YE'), 15, 45)],
        ['Kefra', located(placeEntity('Kefra', 'YE'), 15 + km / 111, 45)],
      ],
    ).map((e) => e.location?.name);

  it('is the town incident told coarser: one event at the town', () => {
    expect(placesOf('Northern Ostmark', 30)).toEqual(['Kefra']);
    expect(placesOf('rural Ostmark', 30)).toEqual(['Kefra']);
  });

  it('keeps two incidents when the headline names the bare city, or the town lies far from it', () => {
    expect(placesOf('Ostmark', 30)).toHaveLength(2);
    expect(placesOf('Northern Ostmark', 400)).toHaveLength(2);
  });
});
