import { describe, expect, it } from 'vitest';
import type { Span } from '../../core/span.js';
import { mergeIncidents } from './incident-merger.js';
import { mention, place } from './placed-fixture.js';

// Tellings the merger keeps apart though kind, place or sentence might join them.

describe('the incident merger keeping incidents apart', () => {
  it('no longer folds a raid into an attack told bare once a telling has named its weapon', () => {
    const assault = () => ({
      ...mention(0, 'Armed clash', { location: place('Vellmar') }),
      bareAttack: true,
    });
    const carBombs = () => mention(1, 'Suicide bomb', { location: place('Vellmar') });
    const raid = () => mention(6, 'Air/drone strike', { location: place('Vellmar') });
    const merged = mergeIncidents([assault(), carBombs(), raid()]);
    expect(merged.map((m) => m.event.sub_event_type?.value)).toEqual(['Suicide bomb', 'Air/drone strike']);
    // Still bare, the attack is the raid's: its type says what it was.
    expect(mergeIncidents([assault(), raid()])).toHaveLength(1);
  });

  it('keeps apart the act a sentence tells its news came hours after, which takes the toll told with it', () => {
    const toll = { value: 12, qualifier: 'exact' as const, spans: [[5, 7]] as [number, number][] };
    const news = () => mention(0, 'Suicide bomb', { location: place('Ostrava', 'CZ') });
    const before = (sub: 'Remote explosive/landmine/IED' | 'Attack', extra = {}) => ({
      ...mention(0, sub, extra),
      hoursBefore: true,
    });
    const merged = mergeIncidents([
      news(),
      before('Remote explosive/landmine/IED'),
      { ...before('Attack', { fatalities: toll }), onlyCasualty: true },
    ]);
    expect(merged.map((m) => [m.event.sub_event_type?.value, m.event.fatalities?.value])).toEqual([
      ['Suicide bomb', undefined],
      ['Remote explosive/landmine/IED', 12],
    ]);
  });

  it('folds "the blast" placed only at a town the scene lies some distance from into the blast told before', () => {
    const blast = () => mention(0, 'Remote explosive/landmine/IED', { location: place('Ostrava', 'CZ') });
    const measured = (measuredFrom: boolean) => ({
      ...mention(2, 'Remote explosive/landmine/IED', { location: place('Kefra', 'SK') }, true),
      measuredFrom,
    });
    const merged = mergeIncidents([blast(), measured(true)]);
    expect(merged.map((m) => m.event.location?.name)).toEqual(['Ostrava']);
    expect(mergeIncidents([blast(), measured(false)])).toHaveLength(2);
  });

  it('joins a later telling to the news, not to the act told as hours before it', () => {
    const news = () => mention(0, 'Suicide bomb', { location: place('Ostrava', 'CZ') });
    const before = () => ({ ...mention(0, 'Remote explosive/landmine/IED'), hoursBefore: true });
    const eight = { value: 8, qualifier: 'exact' as const, spans: [[40, 41]] as [number, number][] };
    const toll = { ...mention(3, 'Attack', { fatalities: eight }), onlyCasualty: true };
    const merged = mergeIncidents([
      news(),
      before(),
      mention(1, 'Remote explosive/landmine/IED', {}, true),
      toll,
    ]);
    expect(merged.map((m) => [m.event.sub_event_type?.value, m.event.fatalities?.value, m.last])).toEqual([
      ['Suicide bomb', 8, 3],
      ['Remote explosive/landmine/IED', undefined, 0],
    ]);
  });

  it('still joins a blast told an hour after a blast of the same kind at the same place, with its toll', () => {
    const hurt = { value: 5, qualifier: 'exact' as const, spans: [[30, 31]] as [number, number][] };
    const first = () => ({
      ...mention(0, 'Remote explosive/landmine/IED', { location: place('Ostrava', 'CZ') }),
      hoursBefore: true,
    });
    const second = () => mention(0, 'Remote explosive/landmine/IED', { injuries: hurt });
    const merged = mergeIncidents([first(), second()]);
    expect(merged.map((m) => [m.event.location?.name, m.event.injuries?.value])).toEqual([['Ostrava', 5]]);
  });
});

describe('the incident merger and the sides two tellings name', () => {
  const army = () => ({ name: 'Military Forces of Ruritania', entity_id: null, spans: [[0, 4]] as Span[] });
  const front = () => ({ name: 'Dawn Front', entity_id: 'actor:dawn-front', spans: [[20, 30]] as Span[] });

  it('keeps apart an attack by a group and the air strike told before it by forces known only by name', () => {
    const raid = mention(0, 'Air/drone strike', { actor1: army(), location: place('Velka') });
    const attack = mention(1, 'Attack', { actor1: front(), fatalities: FORTY });
    const merged = mergeIncidents([raid, attack]);
    expect(merged.map((m) => [m.event.sub_event_type?.value, m.event.fatalities?.value ?? null])).toEqual([
      ['Air/drone strike', null],
      ['Attack', 40],
    ]);
  });

  it("lets the clash told after the group's attack join that attack, not the air strike", () => {
    const raid = mention(0, 'Air/drone strike', { actor1: army(), location: place('Velka') });
    const attack = mention(1, 'Attack', { actor1: front(), fatalities: FORTY });
    const merged = mergeIncidents([raid, attack, mention(2, 'Armed clash')]);
    expect(merged.map((m) => m.event.sub_event_type?.value)).toEqual(['Air/drone strike', 'Armed clash']);
  });

  it('still joins a toll told right after to the strike when the same forces are named again', () => {
    const raid = mention(0, 'Air/drone strike', { actor1: army(), location: place('Velka') });
    expect(mergeIncidents([raid, mention(1, 'Attack', { actor1: army(), fatalities: FORTY })])).toHaveLength(
      1,
    );
  });

  it("keeps the forces' act at a town two sentences on apart from the group's unplaced fight", () => {
    const fight = () => mention(0, 'Armed clash', { actor1: front(), fatalities: FORTY });
    const shelling = (town: string, at = 2) =>
      mention(at, 'Armed clash', { actor1: army(), location: place(town) });
    expect(mergeIncidents([fight(), shelling('Ostra')])).toHaveLength(2);
    // Told in the very next sentence, the forces' act is most often the other side of that fight.
    expect(mergeIncidents([fight(), shelling('Ostra', 1)])).toHaveLength(1);
    // Told at one town, the two sides' tellings are one fight.
    const there = { ...fight(), event: { ...fight().event, location: place('Ostra') } };
    expect(mergeIncidents([there, shelling('Ostra')])).toHaveLength(1);
  });
});

const FORTY = { value: 40, qualifier: 'at_least' as const, spans: [[24, 26]] as [number, number][] };
