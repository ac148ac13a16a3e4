import { describe, expect, it } from 'vitest';
import type { EventRecord, PlaceRef } from '../../core/records.js';
import type { Span } from '../../core/span.js';
import { foldLead, mergeIncidents } from './incident-merger.js';
import { mention, place } from './placed-fixture.js';

describe('the incident merger on burnings, unrest over two days, tolls and reviews', () => {
  const day = (value: string) => ({ value, precision: 'day' as const, spans: [] });
  const settlers = { name: 'Settlers', entity_id: 'actor:settlers', spans: [[0, 1]] as [number, number][] };
  const town = place('Kafr', 'PS');
  const country: PlaceRef = { ...place('Palestine', 'PS'), precision: 'country', entity_id: 'country:PS' };

  it('folds a house the same attackers burned into their attack, which keeps its type', () => {
    const merged = mergeIncidents([
      mention(0, 'Attack', { location: town, actor1: settlers }),
      mention(3, 'Looting/property destruction', { location: country, actor1: settlers }),
    ]);
    expect(merged).toHaveLength(1);
    expect(merged[0].event.sub_event_type?.value).toBe('Attack');
  });

  it('keeps a burning by unnamed hands apart from an attack at the same town', () => {
    const merged = mergeIncidents([
      mention(0, 'Attack', { location: town }),
      mention(4, 'Looting/property destruction', { location: town }),
    ]);
    expect(merged).toHaveLength(2);
  });

  it('makes riots told on two nights in one town one event dated from the first night', () => {
    const merged = mergeIncidents([
      mention(0, 'Mob violence', { location: place('Lakhpur', 'IN'), date: day('2002-03-30') }),
      mention(5, 'Violent demonstration', { location: place('Lakhpur', 'IN'), date: day('2002-03-29') }),
    ]);
    expect(merged).toHaveLength(1);
    expect(merged[0].event.date?.value).toBe('2002-03-29');
  });

  it('makes the protest a riot is told "in protest against" in its own sentence the riot', () => {
    const merged = mergeIncidents([
      mention(0, 'Mob violence', { location: place('Lakhpur', 'IN') }),
      mention(0, 'Peaceful protest', { location: place('Lakhpur', 'IN') }),
    ]);
    expect(merged.map((m) => m.event.sub_event_type?.value)).toEqual(['Mob violence']);
  });

  it("takes the army's captures told next to a clash at the same town into the clash", () => {
    const army = { name: 'Military Forces of Ruritania', entity_id: 'actor:mil-rt', spans: [] };
    const police = { name: 'Police Forces of Ruritania', entity_id: 'actor:pol-rt', spans: [] };
    const captures = (actor1: typeof army) =>
      mergeIncidents([
        mention(0, 'Arrests', { location: place('Dalea', 'YE'), actor1 }),
        mention(1, 'Armed clash', { location: place('Dalea', 'YE') }),
      ]).map((m) => m.event.sub_event_type?.value);
    expect(captures(army)).toEqual(['Armed clash']);
    expect(captures(police)).toEqual(['Arrests', 'Armed clash']);
  });

  it('takes undated arrests told right after a riot into the riot', () => {
    const merged = mergeIncidents([
      mention(0, 'Mob violence', { location: place('Lakhpur', 'IN'), date: day('2002-03-29') }),
      mention(1, 'Arrests', { location: place('Lakhpur', 'IN') }),
    ]);
    expect(merged).toHaveLength(1);
  });

  it('gives an unplaced toll of the same kind to the incident before it that has none', () => {
    const toll = { value: 15, qualifier: 'exact' as const, spans: [[40, 42]] as [number, number][] };
    const merged = mergeIncidents([
      mention(0, 'Suicide bomb', { location: place('Abha', 'SA') }),
      mention(3, 'Remote explosive/landmine/IED', { fatalities: toll }),
    ]);
    expect(merged).toHaveLength(1);
    expect(merged[0].event.fatalities?.value).toBe(15);
  });

  it('keeps a month-long country-wide review of strikes apart from the undated strike on a town', () => {
    const merged = mergeIncidents([
      mention(0, 'Air/drone strike', { location: place('Idlib') }),
      mention(1, 'Air/drone strike', {
        location: { ...place('Syria'), precision: 'country', entity_id: 'country:SY' },
        date: { value: '2016-02', precision: 'month', spans: [] },
      }),
    ]);
    expect(merged).toHaveLength(2);
  });

  it('adds the victims a later sentence tells as more to the toll before, even when the counts differ', () => {
    const count = (value: number, at: number) => ({
      value,
      qualifier: 'exact' as const,
      spans: [[at, at + 1]] as [number, number][],
    });
    const more = mention(1, 'Attack', { fatalities: count(1, 12) });
    const merged = mergeIncidents([
      mention(0, 'Remote explosive/landmine/IED', {
        location: place('Hilla', 'IQ'),
        fatalities: count(4, 2),
      }),
      { ...more, moreVictims: true },
    ]);
    expect(merged).toHaveLength(1);
    expect(merged[0].event.fatalities?.value).toBe(5);
    // Without the mark, a different count is another incident.
    expect(
      mergeIncidents([
        mention(0, 'Remote explosive/landmine/IED', {
          location: place('Hilla', 'IQ'),
          fatalities: count(4, 2),
        }),
        mention(1, 'Attack', { fatalities: count(1, 12) }),
      ]),
    ).toHaveLength(2);
  });

  it('keeps the same toll told at a district of a city and at a town apart', () => {
    const killed = { value: 2, qualifier: 'exact' as const, spans: [[3, 4]] as [number, number][] };
    const district: PlaceRef = { ...place('Ostmark', 'RT'), precision: 'district' };
    const merged = mergeIncidents([
      mention(0, 'Remote explosive/landmine/IED', { location: district, fatalities: killed }),
      mention(2, 'Attack', {
        location: place('Vardenburg', 'RT'),
        fatalities: { ...killed, spans: [[30, 31]] },
      }),
    ]);
    expect(merged).toHaveLength(2);
  });

  it("takes a toll placed only by its victims' nationality into the incident at a town of another country", () => {
    const toll = { value: 3, qualifier: 'exact' as const, spans: [[40, 41]] as [number, number][] };
    const byNationality = mention(1, 'Attack', {
      location: { ...place('Armenia', 'AM'), precision: 'country', entity_id: 'country:AM' },
      fatalities: toll,
    });
    const merged = mergeIncidents([
      mention(0, 'Attack', { location: place('Ankara', 'TR') }),
      { ...byNationality, nationalityPlace: true },
    ]);
    expect(merged).toHaveLength(1);
    expect([merged[0].event.location?.name, merged[0].event.fatalities?.value]).toEqual(['Ankara', 3]);
    expect(
      mergeIncidents([mention(0, 'Attack', { location: place('Ankara', 'TR') }), byNationality]),
    ).toHaveLength(2);
  });
  it("folds a claimant's attack at the town and day of a bombing into the bombing, which takes the claimant", () => {
    const day = { value: '2019-03-04', precision: 'day' as const, spans: [] };
    const daesh = {
      name: 'Islamic State',
      entity_id: 'actor:islamic-state',
      spans: [[80, 85]] as [number, number][],
    };
    const bombing = mention(0, 'Suicide bomb', { location: place('Homs'), date: day, actor1: null });
    const claim = mention(4, 'Armed clash', {
      location: place('Homs'),
      date: day,
      actor1: daesh,
      claimed_by: daesh,
    });
    const merged = mergeIncidents([bombing, claim]);
    expect(merged).toHaveLength(1);
    const e = merged[0].event;
    expect([e.sub_event_type?.value, e.actor1?.name, e.claimed_by?.name]).toEqual([
      'Suicide bomb',
      'Islamic State',
      'Islamic State',
    ]);
    // Unclaimed, a clash and a bombing at one town are two incidents.
    const clash = mention(4, 'Armed clash', { location: place('Homs'), date: day, actor1: daesh });
    const bomb = mention(0, 'Suicide bomb', { location: place('Homs'), date: day });
    expect(mergeIncidents([bomb, clash])).toHaveLength(2);
  });

  it('keeps a side told as the target from becoming the perpetrator through another telling', () => {
    const army = { name: 'Military Forces of Egypt', entity_id: null, spans: [[5, 9]] as [number, number][] };
    const merged = mergeIncidents([
      mention(0, 'Armed clash', { location: place('Suez', 'EG'), actor2: army }),
      mention(1, 'Attack', { location: place('Suez', 'EG'), actor1: army }),
    ]);
    expect([merged[0].event.actor1, merged[0].event.actor2?.name]).toEqual([null, army.name]);
  });

  it("takes the attacker an attack verb names over the first side of a headline's clash", () => {
    const army = { name: 'Military Forces of Somalia', entity_id: 'actor:mil-so', spans: [] };
    const shabaab = { name: 'Al Shabaab', entity_id: 'actor:shabaab', spans: [] };
    const told = {
      location: place('Mogadishu', 'SO'),
      fatalities: { value: 5, qualifier: 'exact' as const, spans: [] },
    };
    const tellings = (mutual: boolean) => [
      { ...mention(0, 'Armed clash', { ...told, actor1: army, actor2: shabaab }), mutual },
      mention(1, 'Armed clash', { ...told, actor1: shabaab, actor2: army }),
    ];
    const sides = (mutual: boolean) => {
      const [e] = mergeIncidents(tellings(mutual)).map((m) => m.event);
      return [e.actor1?.name, e.actor2?.name];
    };
    expect(sides(true)).toEqual([shabaab.name, army.name]);
    // A headline's attack names its attacker as well as the body does.
    expect(sides(false)).toEqual([army.name, shabaab.name]);
    // A telling with no target of its own ("foiled an attempt to attack") does not make the second side strike.
    const [clash, body] = tellings(true);
    const [e] = mergeIncidents([clash, { ...body, event: { ...body.event, actor2: null } }]).map(
      (m) => m.event,
    );
    expect(e.actor1?.name).toBe(army.name);
  });

  it('folds a lead told only in a country into the first telling of its kind at a town just after', () => {
    const syria = { ...place('Syria'), precision: 'country' as const, entity_id: 'country:SY' };
    // Fresh tellings for each fold: a fold changes the lead it keeps.
    const lead = () =>
      mention(0, 'Remote explosive/landmine/IED', {
        location: syria,
        fatalities: { value: 12, qualifier: 'at_least', spans: [[3, 5]] },
      });
    const detail = (sentence: number) =>
      mention(sentence, 'Suicide bomb', {
        location: place('Tartus'),
        fatalities: { value: 14, qualifier: 'exact', spans: [[23, 25]] },
      });
    const later = mention(9, 'Air/drone strike', { location: place('Homs') });
    const folded = foldLead([lead(), detail(2), later]);
    expect(folded.map((p) => p.event.location?.name)).toEqual(['Tartus', 'Homs']);
    expect([folded[0].event.sub_event_type?.value, folded[0].event.fatalities?.value]).toEqual([
      'Suicide bomb',
      12,
    ]);
    // Told far from the lead, or of another country, the town's incident stays its own.
    expect(foldLead([lead(), detail(8)])).toHaveLength(2);
    expect(foldLead([lead(), mention(1, 'Suicide bomb', { location: place('Mosul', 'IQ') })])).toHaveLength(
      2,
    );
    // "Elsewhere, …", «من ناحية ثانية»: a town's incident told as another is not the lead's detail.
    expect(foldLead([lead(), { ...detail(2), separate: true }])).toHaveLength(2);
  });

  it("keeps a town's own toll when a plural lead that counts more dead folds into it: the lead sums several", () => {
    const syria = { ...place('Syria'), precision: 'country' as const, entity_id: 'country:SY' };
    const toll = (value: number) => ({
      value,
      qualifier: 'exact' as const,
      spans: [[value, value + 2]] as Span[],
    });
    const lead = (plural: boolean) => ({
      ...mention(0, 'Air/drone strike', { location: syria, fatalities: toll(90) }),
      plural,
    });
    const town = (sentence: number, name: string, value: number) =>
      mention(sentence, 'Air/drone strike', { location: place(name), fatalities: toll(value) });
    const kept = foldLead([lead(true), town(1, 'Mayadin', 30), town(2, 'Raqqa', 60)]);
    expect(kept.map((p) => [p.event.location?.name, p.event.fatalities?.value])).toEqual([
      ['Mayadin', 30],
      ['Raqqa', 60],
    ]);
    // Nor does the town take the wounded the lead counts over all its strikes.
    const wounded = { ...lead(true), event: { ...lead(true).event, injuries: toll(40) } };
    const [folded] = foldLead([wounded, town(1, 'Mayadin', 30)]);
    expect([folded.event.fatalities?.value, folded.event.injuries]).toEqual([30, null]);
    // One strike told in the singular is the town's, told first in the lead with its toll.
    const single = foldLead([lead(false), town(1, 'Mayadin', 30)]);
    expect(single.map((p) => p.event.fatalities?.value)).toEqual([90]);
  });

  it('keeps an attack recalled with its own day weeks back apart from the undated incident of the day', () => {
    const turkey = { ...place('Turkey', 'TR'), precision: 'country' as const, entity_id: 'country:TR' };
    const today = mention(0, 'Shelling/artillery/missile attack', { location: turkey });
    const recalled = {
      ...mention(2, 'Attack', { location: place('Suruc', 'TR') }, true),
      recalled: true,
    };
    expect(mergeIncidents([today, recalled])).toHaveLength(2);
  });

  it('gathers the tellings of a recalled bombing: background lead, "the bombing" and its dated account', () => {
    const kuwait = { ...place('Kuwait', 'KW'), precision: 'country' as const, entity_id: 'country:KW' };
    const toll = { value: 27, qualifier: 'exact' as const, spans: [[5, 7]] as [number, number][] };
    const merged = mergeIncidents([
      mention(0, 'Remote explosive/landmine/IED', {
        location: kuwait,
        fatalities: toll,
        timing: { value: 'historical', spans: [] },
      }),
      mention(1, 'Suicide bomb', {}, true),
      {
        ...mention(6, 'Remote explosive/landmine/IED', {
          fatalities: { ...toll, spans: [[65, 67]] },
          date: { value: '2015-06-26', precision: 'day', spans: [] },
        }),
        recalled: true,
      },
    ]);
    expect(merged).toHaveLength(1);
    expect(merged[0].event.sub_event_type?.value).toBe('Suicide bomb');
    expect(merged[0].event.date?.value).toBe('2015-06-26');
  });

  it('gives a territory taken the toll of the clash the same sentence tells it was won in', () => {
    const toll = { value: 26, qualifier: 'exact' as const, spans: [[5, 7]] as [number, number][] };
    const taken = () => mention(4, 'Government regains territory', { location: place('Al Qafr', 'YE') });
    const merged = mergeIncidents([taken(), mention(4, 'Armed clash', { fatalities: toll })]);
    expect(merged.map((p) => [p.event.sub_event_type?.value, p.event.fatalities?.value])).toEqual([
      ['Government regains territory', 26],
    ]);
    // A clash told in another sentence is a battle of its own.
    expect(mergeIncidents([taken(), mention(5, 'Armed clash', { fatalities: toll })])).toHaveLength(2);
  });

  it('folds an unplaced crowd that turns violent into the protest it grew from, with the violent type', () => {
    const bandh = mention(0, 'Peaceful protest', { location: place('Hyderabad', 'IN') });
    const merged = mergeIncidents([bandh, mention(3, 'Violent demonstration')]);
    expect(merged.map((m) => m.event.sub_event_type?.value)).toEqual(['Violent demonstration']);
    const elsewhere = mention(3, 'Violent demonstration', { location: place('Secunderabad', 'IN') });
    expect(mergeIncidents([bandh, elsewhere])).toHaveLength(2);
  });

  describe('the target of the merged incident', () => {
    const at = [[0, 1]] as [number, number][];
    const supposed = {
      name: 'Civilians',
      entity_id: 'actor:civilians',
      spans: at,
      basis: 'people harmed' as const,
    };
    const civilians = { name: 'Civilians', entity_id: 'actor:civilians', spans: at };
    const police = { name: 'Police Forces of Syria', entity_id: 'actor:forces:sy:police', spans: at };
    const targetOf = (first: typeof police, second: typeof police) =>
      mergeIncidents([
        mention(0, 'Suicide bomb', { location: place('Damascus'), actor2: first }),
        mention(1, 'Suicide bomb', { actor2: second }),
      ]).map((p) => p.event.actor2?.name);

    it('is a side another telling names, over civilians supposed from the people harmed', () => {
      expect(targetOf(supposed, police)).toEqual(['Police Forces of Syria']);
      expect(targetOf(police, supposed)).toEqual(['Police Forces of Syria']);
    });

    it("is the first telling's when both name their target", () => {
      expect(targetOf(civilians, police)).toEqual(['Civilians']);
    });

    it('is told by the words that count its harmed, when both tellings name the same side', () => {
      const venue = { ...civilians, spans: [[10, 14]] as [number, number][] };
      const counted = { ...civilians, spans: [[40, 55]] as [number, number][] };
      const toll = { value: 9, qualifier: 'exact' as const, spans: [[40, 41]] as [number, number][] };
      const merged = mergeIncidents([
        mention(0, 'Suicide bomb', { location: place('Damascus'), actor2: venue }),
        mention(1, 'Suicide bomb', { actor2: counted, fatalities: toll }),
      ]);
      expect(merged.map((p) => p.event.actor2?.spans)).toEqual([[[40, 55]]]);
    });
  });

  it('folds an attack told bare into the bomb told at its town that day, which keeps its type', () => {
    const bare = (sentence: number, extra: Partial<EventRecord> = {}) => ({
      ...mention(sentence, 'Armed clash', { location: place('Tarin', 'YE'), ...extra }),
      bareAttack: true,
    });
    const bomb = (extra: Partial<EventRecord> = {}) =>
      mention(4, 'Remote explosive/landmine/IED', { location: place('Tarin', 'YE'), ...extra });
    const merged = mergeIncidents([bare(0), bomb()]);
    expect(merged.map((m) => m.event.sub_event_type?.value)).toEqual(['Remote explosive/landmine/IED']);
    expect(merged[0].event.evidence).toHaveLength(2);
    // Told after the bomb, only "the attack" points back to it.
    expect(mergeIncidents([bomb(), { ...bare(6), anaphoric: true }])).toHaveLength(1);
    expect(mergeIncidents([bomb(), bare(6)])).toHaveLength(2);
    // Another town, another day, "in a separate incident", or an attack that names its weapons or sides.
    expect(mergeIncidents([bare(0, { location: place('Sirwah', 'YE') }), bomb()])).toHaveLength(2);
    expect(
      mergeIncidents([bare(0, { date: day('2015-05-02') }), bomb({ date: day('2015-05-03') })]),
    ).toHaveLength(2);
    expect(mergeIncidents([bare(0), { ...bomb(), separate: true }])).toHaveLength(2);
    expect(mergeIncidents([{ ...bare(0), bareAttack: false }, bomb()])).toHaveLength(2);
  });

  it('folds "the attack" told back at the region around the bomb\'s town into that bomb', () => {
    const town: PlaceRef = { ...place('Kestrel', 'YE'), lat: 15.0, lon: 44.0 };
    const region: PlaceRef = { ...place('Kestrel Hills', 'YE'), precision: 'region', lat: 15.3, lon: 44.2 };
    const bomb = () => mention(0, 'Remote explosive/landmine/IED', { location: town });
    const told = (where: PlaceRef, anaphoric: boolean) => ({
      ...mention(5, 'Armed clash', { location: where }, anaphoric),
      bareAttack: true,
    });
    expect(mergeIncidents([bomb(), told(region, true)])).toHaveLength(1);
    expect(mergeIncidents([bomb(), told(region, false)])).toHaveLength(2);
  });
});
