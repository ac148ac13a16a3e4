import { describe, expect, it } from 'vitest';
import type { Entity, NameSense } from './kb-types.js';
import { asDemonym, chosenSense, nameMatch, pushKeptSenses, withSenses } from './name-match-builder.js';

describe('withSenses', () => {
  it('copies a match with other senses, its fields in the order every match has them', () => {
    const first = { written: 'Mosul' } as unknown as NameSense;
    const second = { written: 'Al Mawsil' } as unknown as NameSense;
    const match = nameMatch([3, 8], [3, 8], 'mosul', [first, second], 2, 1);
    const copy = withSenses(match, [second]);
    expect(copy).toEqual({ ...match, senses: [second] });
    expect(Object.keys(copy)).toEqual(Object.keys(match));
    expect(match.senses).toEqual([first, second]);
  });
});

describe('pushKeptSenses', () => {
  it('hands on the senses kept, and nothing when every sense is dropped', () => {
    const town = { written: 'Wadi Sarim', entity: { kind: 'city' } } as unknown as NameSense;
    const region = { written: 'Wadi Sarim', entity: { kind: 'region' } } as unknown as NameSense;
    const match = nameMatch([0, 10], [0, 10], 'wadi sarim', [town, region], 0, 0);
    const out: ReturnType<typeof nameMatch>[] = [];
    pushKeptSenses(out, match, (s) => s.entity.kind !== 'city');
    pushKeptSenses(out, match, () => false);
    expect(out).toEqual([withSenses(match, [region])]);
  });
});

describe('asDemonym', () => {
  it('reads a sense through its demonym, its fields in the order the trie builds senses in', () => {
    const jordan = { id: 'country:JO', kind: 'country' } as Entity;
    const sense: NameSense = { entity: jordan, via: 'name', written: 'Jordan' };
    const read = asDemonym(sense);
    expect(read).toEqual({ entity: jordan, via: 'demonym', written: 'Jordan' });
    expect(Object.keys(read)).toEqual(Object.keys(sense));
    expect(sense.via).toBe('name');
  });
});

describe('chosenSense', () => {
  it('re-makes a choice with another sense and keeps its match and score', () => {
    const town = { entity: { id: 'place:x:town' } as Entity, via: 'name', written: 'Town' } as NameSense;
    const region = { entity: { id: 'region:x:r' } as Entity, via: 'name', written: 'Town' } as NameSense;
    const match = nameMatch([0, 4], [0, 4], 'town', [town, region], 0, 0);
    const choice = chosenSense(match, region, 0.75);
    expect(choice).toEqual({ match, sense: region, score: 0.75 });
    expect(Object.keys(choice)).toEqual(['match', 'sense', 'score']);
  });
});
