import { describe, expect, it } from 'vitest';
import type { PlaceRef } from '../../core/records.js';
import type { Span } from '../../core/span.js';
import { mergeIncidents } from './incident-merger.js';
import { mention, place } from './placed-fixture.js';

describe('the incident merger', () => {
  it('folds "the attack" told later into the incident before it, keeping the more telling type', () => {
    const merged = mergeIncidents([
      mention(0, 'Suicide bomb', { location: place('Qamishli') }),
      mention(3, 'Attack', { fatalities: { value: 44, qualifier: 'at_least', spans: [[31, 33]] } }, true),
    ]);
    expect(merged).toHaveLength(1);
    expect(merged[0].event.sub_event_type?.value).toBe('Suicide bomb');
    expect(merged[0].event.fatalities?.value).toBe(44);
    expect(merged[0].event.evidence).toHaveLength(2);
  });

  it.each([
    ['different places', { location: place('Aleppo') }, { location: place('Idlib') }],
    [
      'different days',
      { date: { value: '2016-07-01', precision: 'day' as const, spans: [] } },
      { date: { value: '2016-07-03', precision: 'day' as const, spans: [] } },
    ],
    ['different countries', { location: place('Tripoli', 'LY') }, { location: place('Tripoli', 'LB') }],
  ])('keeps incidents at %s apart', (_, a, b) => {
    expect(
      mergeIncidents([mention(0, 'Air/drone strike', a), mention(1, 'Air/drone strike', b, true)]),
    ).toHaveLength(2);
  });

  it('joins "this bombing" to the incident told last, though another was first told after it', () => {
    const again = mention(2, 'Remote explosive/landmine/IED', { location: place('Tirin') });
    const toll = { value: 4, qualifier: 'exact' as const, spans: [[33, 34]] as Span[] };
    const merged = mergeIncidents([
      mention(0, 'Remote explosive/landmine/IED', { location: place('Tirin') }),
      mention(1, 'Remote explosive/landmine/IED', { location: place('Adrow') }),
      again,
      { ...mention(3, 'Remote explosive/landmine/IED', { fatalities: toll }, true), demonstrative: true },
    ]);
    expect(merged.map((m) => [m.event.location?.name, m.event.fatalities?.value ?? null])).toEqual([
      ['Tirin', 4],
      ['Adrow', null],
    ]);
  });

  it('reads "this bombing" against the tellings before its sentence, not a clause of its own that joined another', () => {
    const toll = { value: 4, qualifier: 'exact' as const, spans: [[33, 34]] as Span[] };
    const merged = mergeIncidents([
      mention(0, 'Remote explosive/landmine/IED', { location: place('Tirin') }),
      mention(1, 'Remote explosive/landmine/IED', { location: place('Adrow') }),
      mention(2, 'Remote explosive/landmine/IED', { location: place('Tirin') }),
      mention(3, 'Remote explosive/landmine/IED', { location: place('Adrow') }),
      { ...mention(3, 'Remote explosive/landmine/IED', { fatalities: toll }, true), demonstrative: true },
    ]);
    expect(merged.map((m) => [m.event.location?.name, m.event.fatalities?.value ?? null])).toEqual([
      ['Tirin', 4],
      ['Adrow', null],
    ]);
  });

  it('joins an arrest that names no one making it to the abduction told just before, as one detention', () => {
    const militia = { name: 'Hill Militia', entity_id: 'actor:hill-militia', spans: [[0, 4]] as Span[] };
    const merged = mergeIncidents([
      mention(0, 'Abduction/forced disappearance', { actor1: militia, location: place('Tirin') }),
      mention(1, 'Arrests'),
    ]);
    expect(merged).toHaveLength(1);
    expect(merged[0].event.sub_event_type?.value).toBe('Abduction/forced disappearance');
  });

  it('keeps an arrest by a named force apart from an abduction told before it', () => {
    const militia = { name: 'Hill Militia', entity_id: 'actor:hill-militia', spans: [[0, 4]] as Span[] };
    const police = { name: 'Police', entity_id: 'actor:police', spans: [[10, 16]] as Span[] };
    expect(
      mergeIncidents([
        mention(0, 'Abduction/forced disappearance', { actor1: militia, location: place('Tirin') }),
        mention(1, 'Arrests', { actor1: police }),
      ]),
    ).toHaveLength(2);
  });

  it('joins a reference back that names its province right after it to the incident told there, past another', () => {
    const province = { ...place('Agri', 'TR'), precision: 'region' as const };
    const merged = mergeIncidents([
      mention(0, 'Suicide bomb', { location: province }),
      { ...mention(1, 'Remote explosive/landmine/IED', { location: place('Midyat', 'TR') }), separate: true },
      mention(3, 'Suicide bomb', { location: { ...province, spans: [[37, 41]] } }, true),
    ]);
    expect(merged.map((m) => m.event.evidence.length)).toEqual([2, 1]);
    expect(merged[1].event.sub_event_type?.value).toBe('Remote explosive/landmine/IED');
  });

  it('finds a site by the town told before, though that incident took in a clause of the same sentence', () => {
    const merged = mergeIncidents([
      mention(0, 'Air/drone strike', { location: place('Ruma') }),
      mention(1, 'Attack', {}, true),
      { ...mention(1, 'Air/drone strike', { location: place('Kefra') }), landmarks: ['place:Ruma'] },
    ]);
    expect(merged.map((m) => m.event.location?.name)).toEqual(['Kefra']);
  });

  it('keeps the pair of a telling whose target is the perpetrator told before', () => {
    const side = (name: string) => ({ name, entity_id: `actor:${name}`, spans: [[0, 1]] as Span[] });
    const army = { ...side('Army'), entity_id: null };
    const merged = mergeIncidents([
      mention(0, 'Armed clash', { location: place('Hama'), actor1: army, actor2: side('Nusra') }),
      mention(1, 'Armed clash', { location: place('Hama'), actor1: side('Ahrar'), actor2: army }),
    ]);
    expect(merged.map((m) => [m.event.actor1?.name, m.event.actor2?.name])).toEqual([['Ahrar', 'Army']]);
  });

  it('keeps an indefinite telling under a section heading apart from the same kind told before it', () => {
    const bomb = () => mention(0, 'Remote explosive/landmine/IED', { location: place('Kirkuk', 'IQ') });
    const later = (section: number) => ({ ...mention(3, 'Remote explosive/landmine/IED'), section });
    expect(mergeIncidents([bomb(), later(2)])).toHaveLength(2);
    expect(mergeIncidents([bomb(), later(-1)])).toHaveLength(1);
  });

  it('keeps a gas attack apart from a bomb told next to it, but folds a named bomb into the blast', () => {
    const bomb = mention(0, 'Remote explosive/landmine/IED', { location: place('Hassia') });
    expect(mergeIncidents([bomb, mention(2, 'Chemical weapon')])).toHaveLength(2);
    expect(mergeIncidents([bomb, mention(1, 'Suicide bomb')])).toHaveLength(1);
  });

  it('keeps another kind of act set beside the one before in its sentence apart, but not a casualty', () => {
    // "Jets struck the base near Najran, while shells fell on the town", "…، فيما قتل أربعة من الجيش".
    const strikes = () => mention(4, 'Air/drone strike', { location: place('Najran', 'SA') });
    const shells = mention(4, 'Shelling/artillery/missile attack', { location: place('Najran', 'SA') });
    expect(mergeIncidents([strikes(), { ...shells, alongside: true }])).toHaveLength(2);
    expect(mergeIncidents([strikes(), shells])).toHaveLength(1);
    const loss = mention(4, 'Armed clash', { location: place('Najran', 'SA') });
    expect(mergeIncidents([strikes(), { ...loss, alongside: true, onlyCasualty: true }])).toHaveLength(1);
  });

  it('folds an arrest told as part of the same operation into the operation told just before', () => {
    const operation = mention(0, 'Abduction/forced disappearance', { location: place('Bama', 'NG') });
    const arrest = mention(1, 'Arrests', { location: { ...place('Nigeria', 'NG'), precision: 'country' } });
    expect(mergeIncidents([operation, { ...arrest, sameOperation: true }])).toHaveLength(1);
    expect(mergeIncidents([operation, arrest])).toHaveLength(2);
  });

  it('keeps the violence, not the arrest, as the type of an operation the arrest was made in', () => {
    const raid = mention(0, 'Attack', { location: place('Bama', 'NG') });
    const arrest = { ...mention(1, 'Arrests', { location: place('Bama', 'NG') }), sameOperation: true };
    expect(mergeIncidents([raid, arrest])[0].event.sub_event_type?.value).toBe('Attack');
    // Kept: a clash told after the arrest retypes it, as before.
    const clash = { ...mention(1, 'Armed clash', { location: place('Bama', 'NG') }), sameOperation: true };
    const held = mention(0, 'Arrests', { location: place('Bama', 'NG') });
    expect(mergeIncidents([held, clash])[0].event.sub_event_type?.value).toBe('Armed clash');
  });

  it('keeps an incident its clause calls separate apart from the one before, at the same town', () => {
    const istanbul = { location: place('Istanbul', 'TR') };
    const next = mention(1, 'Attack', istanbul);
    expect(mergeIncidents([mention(0, 'Attack', istanbul), next])).toHaveLength(1);
    expect(mergeIncidents([mention(0, 'Attack', istanbul), { ...next, separate: true }])).toHaveLength(2);
  });

  it("folds a party's quoted telling at the town into the incident, whatever toll and call day it gives", () => {
    const sevare = place('Sevare', 'ML');
    const day = (value: string, at: number) => ({
      value,
      precision: 'day' as const,
      spans: [[at, at + 3]] as Span[],
    });
    const attack = mention(0, 'Attack', { location: sevare, date: day('2015-08-07', 2) });
    const quote = mention(1, 'Attack', { location: sevare, date: day('2015-08-10', 11) });
    const claim = { ...quote, quotation: [13, 19] as Span };
    expect(mergeIncidents([attack, quote])).toHaveLength(2);
    expect(mergeIncidents([attack, claim])).toHaveLength(1);
  });

  it('keeps the type of an incident when "the attack" told back names no weapon', () => {
    const hotel = mention(0, 'Attack', { location: place('Sevare', 'ML') });
    const back = mention(1, 'Armed clash', { location: place('Sevare', 'ML') }, true);
    expect(mergeIncidents([hotel, back])[0].event.sub_event_type?.value).toBe('Attack');
  });

  it('keeps a distant incident of another type apart when it is not a reference back', () => {
    const merged = mergeIncidents([
      mention(0, 'Armed clash', { location: place('Aden', 'YE') }),
      mention(4, 'Arrests'),
    ]);
    expect(merged).toHaveLength(2);
  });

  it('folds arrests made in a town on the day of its riot into the riot, but not those of another town', () => {
    const day = (value: string) => ({
      value,
      precision: 'day' as const,
      spans: [[0, 1]] as [number, number][],
    });
    const merged = mergeIncidents([
      mention(0, 'Mob violence', { location: place('Kadi', 'IN'), date: day('2002-03-29') }),
      mention(2, 'Arrests', { location: place('Kadi', 'IN'), date: day('2002-03-30') }),
      mention(3, 'Arrests', { location: place('Anand', 'IN'), date: day('2002-03-30') }),
    ]);
    expect(merged.map((m) => [m.event.sub_event_type?.value, m.event.location?.name])).toEqual([
      ['Mob violence', 'Kadi'],
      ['Arrests', 'Anand'],
    ]);
  });

  it('folds the same kind of incident told at a town and at the region around it, if they lie close', () => {
    const at = (name: string, precision: 'town' | 'region', lat: number, lon: number): PlaceRef => ({
      ...place(name, 'LB'),
      precision,
      lat,
      lon,
    });
    const south = at('South Lebanon', 'region', 33.27, 35.4);
    const merged = (town: PlaceRef) =>
      mergeIncidents([
        mention(0, 'Attack', { location: town }),
        mention(1, 'Attack', { location: south }),
      ]).map((m) => m.event.location?.name);
    expect(merged(at('Nabatieh', 'town', 33.38, 35.48))).toEqual(['Nabatieh']);
    expect(merged(at('Tripoli', 'town', 34.43, 35.84))).toEqual(['Tripoli', 'South Lebanon']);
  });

  it('keeps the town over the province when "the bombing" names the town', () => {
    const province = { ...place('Asir', 'SA'), precision: 'region' as const };
    const merged = mergeIncidents([
      mention(0, 'Suicide bomb', { location: province }),
      mention(1, 'Remote explosive/landmine/IED', { location: place('Abha', 'SA') }, true),
    ]);
    expect(merged.map((m) => [m.event.location?.name, m.event.sub_event_type?.value])).toEqual([
      ['Abha', 'Suicide bomb'],
    ]);
  });

  it.each([
    ['a named bomb stays a bomb', true, 'Shelling/artillery/missile attack', 'Remote explosive/landmine/IED'],
    [
      'a bare blast becomes the shelling',
      false,
      'Shelling/artillery/missile attack',
      'Shelling/artillery/missile attack',
    ],
    ['a named bomb becomes a suicide bombing', true, 'Suicide bomb', 'Suicide bomb'],
  ] as const)('merging a bomb with another weapon in one sentence: %s', (_, namedBomb, other, expected) => {
    const bomb = {
      ...mention(0, 'Remote explosive/landmine/IED', { location: place('Damascus') }),
      namedBomb,
    };
    const merged = mergeIncidents([bomb, mention(0, other, { location: place('Damascus') })]);
    expect(merged.map((m) => m.event.sub_event_type?.value)).toEqual([expected]);
  });

  it.each([
    ['a shooting keeps its type against a bomb told in a later sentence', 1, 'Attack'],
    [
      'a shooting told with a bomb in its own sentence becomes the bombing',
      0,
      'Remote explosive/landmine/IED',
    ],
  ] as const)('%s', (_, bombSentence, expected) => {
    const shooting = { ...mention(0, 'Attack', { location: place('Damascus') }), namedGun: true };
    const bomb = mention(bombSentence, 'Remote explosive/landmine/IED', { location: place('Damascus') });
    const merged = mergeIncidents([shooting, bomb]);
    expect(merged.map((m) => m.event.sub_event_type?.value)).toEqual([expected]);
  });
});
