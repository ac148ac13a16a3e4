import { describe, expect, it } from 'vitest';
import { knowledgeLookup } from '../../app/arabic-names.js';
import { StringIndexer } from './kb-binary.js';
import { entityArrays, EntityStore } from './entity-store.js';
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
