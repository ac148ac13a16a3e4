import { describe, expect, it } from 'vitest';
import { knowledgeLookup } from '../../app/arabic-names.js';
import { StringIndexer } from '../../core/binary-sections.js';
import { entityArrays, EntityStore, placedOfKind } from './entity-store.js';
import { townEntity } from './knowledge-fixtures.js';

/** A store over `entities` whose strings are read back from the indexer's list, as from a file. */
function storeOf(entities: ReturnType<typeof townEntity>[]): EntityStore {
  const strings = new StringIndexer();
  const arrays = entityArrays(entities, strings);
  return new EntityStore(arrays, strings);
}

describe('EntityStore.firstNamed', () => {
  const store = storeOf([
    townEntity('place:iq:qalat-a', 'Qalat Sukkar', 'قلعة سكر'),
    townEntity('place:iq:qalat-b', 'Qalat Sukkar', 'قلعة سكر الثانية'),
    townEntity('place:iq:hamdaniya', 'Hamdaniya', 'الحمدانية'),
  ]);

  it('finds the first entity in file order under an English name', () => {
    expect(store.firstNamed('Qalat Sukkar')?.id).toBe('place:iq:qalat-a');
    expect(store.firstNamed('Hamdaniya')?.name_ar).toBe('الحمدانية');
  });

  it('finds nothing under a name no entity has, nor under an id', () => {
    expect(store.firstNamed('Atlantis')).toBeUndefined();
    expect(store.firstNamed('place:iq:hamdaniya')).toBeUndefined();
  });

  it('is what knowledgeLookup answers names with, the same entity the store gives by id', () => {
    const lookup = knowledgeLookup(store);
    expect(lookup('Qalat Sukkar')).toBe(store.get('place:iq:qalat-a'));
    expect(lookup('place:iq:qalat-b')?.name_ar).toBe('قلعة سكر الثانية');
  });
});

describe('placedOfKind', () => {
  const placed = (id: string, lat: number | null, kind = 'city') => ({
    ...townEntity(id, id),
    kind: kind as ReturnType<typeof townEntity>['kind'],
    lat,
    lon: lat,
  });
  const entities = [placed('a', 10), placed('b', 40), placed('c', null), placed('d', 10, 'region')];

  it('gives the entities of the kind whose position passes, in file order, from a store and from a map', () => {
    const near = (lat: number) => lat < 20;
    expect([...placedOfKind(storeOf(entities), 'city', near)].map((e) => e.id)).toEqual(['a']);
    const map = new Map(entities.map((e) => [e.id, e]));
    expect([...placedOfKind(map, 'city', near)].map((e) => e.id)).toEqual(['a']);
  });

  it('makes no entity the test passes over', () => {
    const store = storeOf(entities);
    const [first] = placedOfKind(store, 'city', (lat) => lat < 20);
    expect(first).toBe(store.get('a'));
    // Only "a" was made: the entities passed over stay unmade in the store.
    expect((store as unknown as { made: unknown[] }).made.filter(Boolean)).toHaveLength(1);
  });
});
