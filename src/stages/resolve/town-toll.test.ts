import { describe, expect, it } from 'vitest';
import type { CountRef, PlaceRef } from '../../core/records.js';
import type { Placed } from './placed.js';
import { mention, place } from './placed-fixture.js';
import { tollsOfTownIncidents } from './town-toll.js';
import { placeEntity } from '../extract/fixture-entities.js';
import { resolvedEvents } from '../../../test/support/resolved-events.js';

describe('a toll told without a town beside a town incident that has none', () => {
  const killed = (value: number): CountRef => ({ value, qualifier: 'exact', spans: [[0, 1]] });
  const country: PlaceRef = { ...place('Ruritania', 'RT'), precision: 'country', entity_id: 'country:RT' };
  const town = place('Strelsau', 'RT');
  const stays = (item: Placed) => item.event.location?.precision === 'town';
  const tolls = (items: Placed[]) =>
    tollsOfTownIncidents(items, stays).map((item) => item.event.fatalities?.value ?? null);

  it('is not the toll of an air strike when a group that flies no warplanes did the killing', () => {
    // "Jets struck hideouts near Strelsau. Dawn Front fighters attacked two army posts; 40 were killed."
    const front = {
      name: 'Dawn Front',
      entity_id: 'actor:dawn-front',
      spans: [[20, 30]] as [number, number][],
    };
    const items = [
      mention(0, 'Air/drone strike', { location: town }),
      mention(1, 'Attack', { actor1: front, fatalities: killed(40) }),
    ];
    expect(tolls(items)).toEqual([null, 40]);
  });

  it('is the toll of "raiders stormed the customs house in X and tried to burn it" told just before', () => {
    // "Raiders stormed the customs house in Strelsau and tried to burn it down. One clerk was killed."
    const kept = tollsOfTownIncidents(
      [
        mention(0, 'Looting/property destruction', { location: town }),
        mention(1, 'Attack', { fatalities: killed(1) }),
      ],
      stays,
    );
    expect(kept).toHaveLength(1);
    expect(kept[0].event.fatalities?.value).toBe(1);
    expect(kept[0].event.sub_event_type?.value).toBe('Attack');
    expect(kept[0].event.location?.name).toBe('Strelsau');
  });

  it('is the toll of a bomb at a town when "the attack" placed only in the country counts it', () => {
    // "A bomb went off near a patrol in Strelsau. The attack killed a policeman."
    expect(
      tolls([
        mention(0, 'Remote explosive/landmine/IED', { location: town }),
        mention(1, 'Armed clash', { location: country, fatalities: killed(1) }, true),
      ]),
    ).toEqual([1]);
  });

  it('is the toll of "the attack" the next sentence places at a town', () => {
    // "A roadside bomb killed a policeman. The attack happened in Strelsau."
    expect(
      tolls([
        mention(0, 'Remote explosive/landmine/IED', { fatalities: killed(1) }),
        mention(1, 'Attack', { location: town }, true),
      ]),
    ).toEqual([1]);
  });

  it('is not the toll of a town incident that has its own, nor of one two sentences back', () => {
    const counted = [
      mention(0, 'Attack', { location: town, fatalities: killed(2) }),
      mention(1, 'Attack', { fatalities: killed(5) }),
    ];
    expect(tolls(counted)).toEqual([2, 5]);
    const far = [mention(0, 'Attack', { location: town }), mention(2, 'Attack', { fatalities: killed(5) })];
    expect(tolls(far)).toEqual([null, 5]);
  });

  it('gives the hurt told next a town incident that counts only its dead, but no second count of the dead', () => {
    // "Air raids killed 30 in Strelsau. The monitor said 90 more were hurt, adding that rockets were fired too."
    const hurt: CountRef = { value: 90, qualifier: 'exact', spans: [[10, 12]] };
    const kept = tollsOfTownIncidents(
      [
        mention(0, 'Air/drone strike', { location: town, fatalities: killed(30) }),
        mention(1, 'Shelling/artillery/missile attack', { injuries: hurt }),
      ],
      stays,
    );
    expect(kept.map((item) => [item.event.fatalities?.value, item.event.injuries?.value])).toEqual([
      [30, 90],
    ]);
  });

  it('gives a town incident that counts its hurt no dead of a protest told beside it', () => {
    const hurt: CountRef = { value: 8, qualifier: 'exact', spans: [[2, 3]] };
    const kept = tollsOfTownIncidents(
      [
        mention(0, 'Remote explosive/landmine/IED', { location: town, injuries: hurt }),
        mention(1, 'Protest with intervention', { fatalities: killed(2) }),
      ],
      stays,
    );
    expect(kept.map((item) => item.event.fatalities?.value ?? null)).toEqual([null, 2]);
  });

  it('is not the toll of one town incident when it is the sum of several counted ("four attacks")', () => {
    const roundUp = { ...mention(1, 'Attack', { fatalities: killed(27) }), several: true };
    expect(tolls([mention(0, 'Attack', { location: town }), roundUp])).toEqual([null, 27]);
  });

  it('is not the toll of a protest, nor one told as another incident or recalled', () => {
    expect(
      tolls([
        mention(0, 'Peaceful protest', { location: town }),
        mention(1, 'Attack', { fatalities: killed(3) }),
      ]),
    ).toEqual([null, 3]);
    const separate = { ...mention(1, 'Attack', { fatalities: killed(3) }), separate: true };
    expect(tolls([mention(0, 'Attack', { location: town }), separate])).toEqual([null, 3]);
    const recalled = mention(1, 'Attack', {
      fatalities: killed(3),
      timing: { value: 'historical', spans: [] },
    });
    expect(tolls([mention(0, 'Attack', { location: town }), recalled])).toEqual([null, 3]);
  });

  it("is the toll of the town incident when its only place is the victims' nationality, not another land", () => {
    // "Gunmen fired at workers in Strelsau. One Freedonian was killed." / "… 50 killed in Freedonian raids."
    const abroad: PlaceRef = { ...place('Freedonia', 'FD'), precision: 'country', spans: [[14, 24]] };
    const toll: CountRef = { value: 1, qualifier: 'exact', spans: [[10, 13]] };
    const victims = {
      ...mention(1, 'Attack', { location: abroad, fatalities: toll }),
      nationalityPlace: true,
    };
    expect(tolls([mention(0, 'Attack', { location: town }), victims])).toEqual([1]);
    const far: CountRef = { ...toll, spans: [[40, 43]] };
    const raids = { ...mention(1, 'Attack', { location: abroad, fatalities: far }), nationalityPlace: true };
    expect(tolls([mention(0, 'Attack', { location: town }), raids])).toEqual([null, 1]);
  });

  it("is the toll of the incident of its kind the article's next sentence places, when it is the lead", () => {
    // «قتل ثلاثة مسلحين وأصيب سبعة في مواجهات شمال البلاد، بحسب الشرطة اليوم. وأصيب سبعة أشخاص في تبادل
    // لإطلاق النار ليل الخميس قرب بلدة ستريلساو»
    const hurt = (value: number): CountRef => ({ value, qualifier: 'exact', spans: [[5, 6]] });
    const thursday = {
      value: '2024-03-07',
      precision: 'day' as const,
      spans: [[12, 13]] as [number, number][],
    };
    const today = { value: '2024-03-08', precision: 'day' as const, spans: [[2, 3]] as [number, number][] };
    const lead = () => ({
      ...mention(0, 'Armed clash', { fatalities: killed(3), injuries: hurt(7), date: today }),
      reportDay: true,
    });
    const placedClash = (injured: number) =>
      mention(1, 'Armed clash', { location: town, injuries: hurt(injured), date: thursday });
    const kept = tollsOfTownIncidents([lead(), placedClash(7)], stays);
    expect(kept.map((item) => [item.event.fatalities?.value, item.event.injuries?.value])).toEqual([[3, 7]]);
    expect(kept[0].event.date?.value).toBe('2024-03-07');
    // Seven hurt in the lead and twelve at the town are two incidents' counts.
    expect(tolls([lead(), placedClash(12)])).toEqual([3, null]);
    // A telling after another incident is no lead; nor is one of another kind.
    const later = (item: Placed): Placed => ({ ...item, first: item.first + 1, last: item.last + 1 });
    const before = mention(0, 'Attack', { location: town, fatalities: killed(2) });
    expect(tolls([before, later(lead()), later(placedClash(7))])).toEqual([2, 3, null]);
    expect(tolls([lead(), mention(1, 'Air/drone strike', { location: town })])).toEqual([3, null]);
  });

  it('gives a report of an attack at a town the toll its next sentence tells alone', () => {
    const text =
      'Four raiders stormed the customs house in Strelsau and tried to burn it down. One clerk was killed.';
    const events = resolvedEvents({
      text,
      mentions: [['Strelsau', placeEntity('Strelsau', 'RT')]],
      quantities: [['One', { value: 1, qualifier: 'exact', role: 'killed' }]],
    });
    expect(events).toHaveLength(1);
    expect(events[0].location?.name).toBe('Strelsau');
    expect(events[0].fatalities?.value).toBe(1);
  });
});

describe("a province's toll of the day that its towns' incidents count", () => {
  const killed = (value: number): CountRef => ({ value, qualifier: 'exact', spans: [[0, 1]] });
  const day = { value: '2024-03-04', precision: 'day' as const, spans: [[0, 1]] as [number, number][] };
  const at = (
    name: string,
    lat: number,
    lon: number,
    precision: PlaceRef['precision'] = 'town',
  ): PlaceRef => ({
    ...place(name, 'RT'),
    lat,
    lon,
    precision,
  });
  const province = at('Zenda Province', 40, 20, 'region');
  const stays = () => true;
  const fold = (items: Placed[]) => tollsOfTownIncidents(items, stays);
  /** The province's toll of the day, told first. */
  const lead = (dead: number) =>
    mention(0, 'Armed clash', { location: province, date: day, fatalities: killed(dead) });
  const hentzau = at('Hentzau', 40.2, 20.1);

  it('is the incident at a town inside it that counts the same dead', () => {
    // "Five people were killed in Zenda Province yesterday. … A shell hit a house in Hentzau, killing five."
    const kept = fold([
      lead(5),
      mention(3, 'Shelling/artillery/missile attack', {
        location: hentzau,
        date: day,
        fatalities: killed(5),
      }),
    ]);
    expect(kept).toHaveLength(1);
    expect(kept[0].event.sub_event_type?.value).toBe('Shelling/artillery/missile attack');
    expect(kept[0].event.evidence).toEqual([
      [0, 9],
      [30, 39],
    ]);
  });

  it('is the incidents at two towns inside it whose dead add up to it', () => {
    // "Seven were killed in Zenda Province. A strike on Hentzau killed four; gunmen killed three in Tarlenheim."
    const kept = fold([
      lead(7),
      mention(1, 'Air/drone strike', { location: hentzau, date: day, fatalities: killed(4) }),
      mention(2, 'Attack', { location: at('Tarlenheim', 39.9, 20.2), date: day, fatalities: killed(3) }),
    ]);
    expect(kept.map((item) => item.event.sub_event_type?.value)).toEqual(['Air/drone strike', 'Attack']);
  });

  it('stays when the town lies outside it or the incident is of another day', () => {
    const far = at('Strelsau', 45, 28);
    expect(
      fold([lead(5), mention(1, 'Attack', { location: far, date: day, fatalities: killed(5) })]),
    ).toHaveLength(2);
    const before = { ...day, value: '2024-03-03' };
    expect(
      fold([lead(5), mention(1, 'Attack', { location: hentzau, date: before, fatalities: killed(5) })]),
    ).toHaveLength(2);
  });
});
