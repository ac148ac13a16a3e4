import { describe, expect, it } from 'vitest';
import type { PlaceRef } from '../../core/records.js';
import type { Span } from '../../core/span.js';
import { foldLead, mergeIncidents } from './incident-merger.js';
import { mention, place } from './placed-fixture.js';

// The incident merger and the tolls its tellings give: a headline's bound, a title's count, a section heading's
// toll, one count told twice or at two places.

describe('the incident merger', () => {
  it("takes the lead's count for the headline's bound it meets, and keeps a count the bound does not", () => {
    const toll = (value: number, qualifier: 'at_least' | 'exact') => ({
      fatalities: { value, qualifier, spans: [[value, value + 2]] as Span[] },
      location: place('Manbij'),
    });
    const headline = mention(0, 'Air/drone strike', toll(40, 'at_least'));
    const merged = mergeIncidents([headline, mention(1, 'Air/drone strike', toll(43, 'exact'))]);
    expect(merged.map((m) => m.event.fatalities?.value)).toEqual([43]);
    expect(mergeIncidents([headline, mention(1, 'Air/drone strike', toll(12, 'exact'))])).toHaveLength(2);
  });

  it("takes the lead's later count over a title's exact one, placed or not, unless a party's quote", () => {
    const count = (value: number) => ({
      value,
      qualifier: 'exact' as const,
      spans: [[value, value + 2]] as Span[],
    });
    const lead = () => mention(1, 'Suicide bomb', { fatalities: count(9), location: place('Kabul', 'AF') });
    const title = (location: PlaceRef | null, isTitle = true) => ({
      ...mention(0, 'Suicide bomb', { fatalities: count(8), location }),
      title: isTitle,
    });
    for (const location of [place('Kabul', 'AF'), null]) {
      expect(
        foldLead(mergeIncidents([title(location), lead()])).map((m) => m.event.fatalities?.value),
      ).toEqual([9]);
    }
    // A first sentence of the body with another count tells another incident.
    expect(mergeIncidents([title(place('Kabul', 'AF'), false), lead()])).toHaveLength(2);
    // A party's own count, quoted, corrects no one's.
    const quoted = { ...lead(), quotation: [10, 19] as Span };
    expect(mergeIncidents([title(place('Kabul', 'AF')), quoted])[0].event.fatalities?.value).toBe(8);
  });

  it("folds a section heading's toll at a city into the blast the next line tells at a town", () => {
    const four = { value: 4, qualifier: 'exact' as const, spans: [[0, 1]] as Span[] };
    const heading = () => mention(4, 'Attack', { location: place('Hebron', 'PS'), fatalities: four });
    const body = (section: number) => ({
      ...mention(5, 'Remote explosive/landmine/IED', { location: place('Yatta', 'PS'), fatalities: four }),
      section,
    });
    const merged = mergeIncidents([heading(), body(4)]);
    expect(merged.map((m) => m.event.location?.name)).toEqual(['Yatta']);
    expect(merged[0].event.sub_event_type?.value).toBe('Remote explosive/landmine/IED');
    // A line of the body, no heading, names its own incident; so does a long line a break cut off.
    expect(mergeIncidents([heading(), body(-1)])).toHaveLength(2);
    const long = heading();
    long.event.evidence = [[40, 160]];
    expect(mergeIncidents([long, body(4)])).toHaveLength(2);
  });

  it('gives an unplaced toll to the incident told last before it, not to one told before that', () => {
    const toll = (value: number) => ({
      value,
      qualifier: 'exact' as const,
      spans: [[value, value + 2]] as Span[],
    });
    // Fresh tellings for each merge: a merge changes the incident it keeps.
    const strikes = () => mention(0, 'Air/drone strike', { location: place('Aleppo') });
    const later = () => mention(4, 'Attack', { fatalities: toll(50) });
    expect(mergeIncidents([strikes(), later()]).map((m) => m.event.fatalities?.value)).toEqual([50]);
    const between = mention(2, 'Air/drone strike', { location: place('Idlib'), fatalities: toll(22) });
    expect(mergeIncidents([strikes(), between, later()])).toHaveLength(3);
  });

  it('folds the same toll told at the town and at its province into one event at the town', () => {
    const toll = { value: 7, qualifier: 'exact' as const, spans: [[40, 41]] as [number, number][] };
    const merged = mergeIncidents([
      mention(0, 'Remote explosive/landmine/IED', { location: place('Tal Abyad'), fatalities: toll }),
      { ...mention(5, 'Attack', { location: place('Raqqa'), fatalities: toll }), provinceNamed: true },
    ]);
    expect(merged).toHaveLength(1);
    expect(merged[0].event.location?.name).toBe('Tal Abyad');
  });

  it('keeps the same toll at two named towns as two incidents', () => {
    const toll = { value: 4, qualifier: 'exact' as const, spans: [[40, 41]] as [number, number][] };
    const merged = mergeIncidents([
      mention(0, 'Remote explosive/landmine/IED', { location: place('Cizre', 'TR'), fatalities: toll }),
      mention(3, 'Remote explosive/landmine/IED', { location: place('Nusaybin', 'TR'), fatalities: toll }),
    ]);
    expect(merged.map((m) => m.event.location?.name)).toEqual(['Cizre', 'Nusaybin']);
  });

  it('gathers one count told twice, keeping the spans of both and the qualifier that says more', () => {
    const merged = mergeIncidents([
      mention(0, 'Suicide bomb', {
        location: place('Kirkuk', 'IQ'),
        fatalities: { value: 9, qualifier: 'exact', spans: [[5, 6]] },
      }),
      mention(1, 'Suicide bomb', {
        location: place('Kirkuk', 'IQ'),
        fatalities: { value: 9, qualifier: 'at_least', spans: [[15, 16]] },
      }),
    ]);
    expect(merged[0].event.fatalities).toEqual({
      value: 9,
      qualifier: 'at_least',
      spans: [
        [5, 6],
        [15, 16],
      ],
    });
  });

  it("leaves an unplaced telling with another count, right after a town's report, to that town alone", () => {
    const shelling = 'Shelling/artillery/missile attack' as const;
    const killed = (value: number) => ({ fatalities: { value, qualifier: 'exact' as const, spans: [] } });
    const merged = mergeIncidents([
      mention(0, shelling, { location: place('Damascus') }),
      mention(2, shelling, { location: place('Aleppo'), ...killed(3) }),
      mention(3, shelling, killed(2)),
      mention(5, shelling, { location: place('Idlib') }),
    ]);
    expect(merged.map((m) => [m.event.location?.name ?? null, m.event.fatalities?.value ?? null])).toEqual([
      ['Damascus', null],
      ['Aleppo', 3],
      [null, 2],
      ['Idlib', null],
    ]);
  });
});

describe('a telling at the seat of the province a town is told in', () => {
  const clash = (sentence: number, town: string, dead: number, actor2 = 'Rebels') =>
    mention(sentence, 'Armed clash', {
      location: place(town),
      fatalities: { value: dead, qualifier: 'exact', spans: [[sentence * 10 + 4, sentence * 10 + 5]] },
      actor1: { name: 'Army', entity_id: 'actor:army', spans: [[0, 1]] },
      actor2: { name: actor2, entity_id: `actor:${actor2}`, spans: [[0, 1]] },
    });
  // "Rebel chief and 5 more killed in Varna" … "troops stormed rebel posts in Dobrin in northern Varna,
  // killing the chief and five others".
  const inVarna = (dead: number, actor2?: string) => ({
    ...clash(1, 'Dobrin', dead, actor2),
    partOf: 'varna',
  });

  it("is the town's incident, placed at the town with the town's own toll", () => {
    const merged = mergeIncidents([clash(0, 'Varna', 5), inVarna(6)]);
    expect(merged.map((p) => [p.event.location?.name, p.event.fatalities?.value])).toEqual([['Dobrin', 6]]);
  });

  it('stays apart when the seat counts more dead than the town (its own incident, or a sum)', () => {
    expect(mergeIncidents([clash(0, 'Varna', 7), inVarna(2)])).toHaveLength(2);
  });

  it('stays apart when another side is harmed', () => {
    expect(mergeIncidents([clash(0, 'Varna', 5), inVarna(6, 'Police')])).toHaveLength(2);
  });
});
