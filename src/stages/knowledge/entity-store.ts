import type { Entity } from './kb-types.js';
import { runStart, type Section, type StringIndexer, type StringSource } from '../../core/binary-sections.js';
import { KB_COLUMNS } from './tsv-reader.js';
import { NO_NAMES } from './world-cities.js';

/**
 * The entities of the built knowledge-base file (kb-cache.ts), by column in flat arrays: per entity its
 * strings (as numbers in the file's string table), its three numbers and its five name lists. Read back,
 * an entity becomes an object the first time it is asked for — an article meets a few dozen of the 30k —
 * and stays that object, since senses and callers compare entities by identity.
 */
export interface EntityArrays {
  /** `STRING_FIELDS` of each entity in turn; -1 for null. */
  entityStrings: Int32Array;
  /** `NUMBER_FIELDS` of each entity in turn; NaN for null. */
  entityNumbers: Float64Array;
  /** `LIST_FIELDS` of each entity in turn: where the list ends in `listItems`. */
  listEnds: Int32Array;
  /** The lists' strings, as numbers in the string table. */
  listItems: Int32Array;
}

const STRING_FIELDS = ['id', 'kind', 'name_en', 'name_ar', 'parent', 'country', 'origin', 'tier'] as const;
const NUMBER_FIELDS = ['lat', 'lon', 'population'] as const;
const LIST_FIELDS = ['aliases_en', 'aliases_ar', 'demonyms_en', 'demonyms_ar', 'refs'] as const;

/** Each field's place in its list, so an entity is read back by name, not by a position typed twice. */
const placesOf = <F extends string>(fields: readonly F[]): Record<F, number> =>
  Object.fromEntries(fields.map((field, i) => [field, i])) as Record<F, number>;
const STRING_AT = placesOf(STRING_FIELDS);
const NUMBER_AT = placesOf(NUMBER_FIELDS);
const LIST_AT = placesOf(LIST_FIELDS);

/** The fields of an entity in the order `parseKbTsv` and `worldCities` write them: the file's, then two. */
const FIELDS: readonly (keyof Entity)[] = [...KB_COLUMNS, 'origin', 'tier'];

/**
 * The entities as arrays, their strings numbered by `strings`. Throws for an entity whose fields are not
 * exactly `FIELDS` in that order: read back, it would come out with another layout than it was built with.
 *
 * @example entityArrays([mosul], new StringIndexer()).entityNumbers.length === 3
 */
export function entityArrays(entities: readonly Entity[], strings: StringIndexer): EntityArrays {
  const scalars: number[] = [];
  const numbers: number[] = [];
  const listEnds: number[] = [];
  const listItems: number[] = [];
  for (const entity of entities) {
    if (Object.keys(entity).join() !== FIELDS.join())
      throw new Error(`${entity.id}: fields ${Object.keys(entity).join()} are not ${FIELDS.join()}`);
    for (const field of STRING_FIELDS) scalars.push(strings.of(entity[field]));
    for (const field of NUMBER_FIELDS) numbers.push(entity[field] ?? NaN);
    for (const field of LIST_FIELDS) {
      for (const item of entity[field]) listItems.push(strings.of(item));
      listEnds.push(listItems.length);
    }
  }
  return {
    entityStrings: Int32Array.from(scalars),
    entityNumbers: Float64Array.from(numbers),
    listEnds: Int32Array.from(listEnds),
    listItems: Int32Array.from(listItems),
  };
}

/** The file's entity sections as `EntityArrays`. */
export const entityArraysOf = (sections: Record<string, Section>): EntityArrays => ({
  entityStrings: sections.entityStrings as Int32Array,
  entityNumbers: sections.entityNumbers as Float64Array,
  listEnds: sections.listEnds as Int32Array,
  listItems: sections.listItems as Int32Array,
});

/** The most entities `EntityStore.get` keeps at hand before it starts over: a long run stays bounded. */
const ASKED_LIMIT = 4096;

/**
 * The entities by id, each made on first use (see `EntityArrays`), in file order. A gazetteer town's empty
 * name lists (not its refs) are the shared frozen `NO_NAMES`, as `worldCities` makes them.
 */
export class EntityStore implements ReadonlyMap<string, Entity> {
  private readonly made: (Entity | undefined)[] = [];
  private readonly byId = new Map<string, number>();
  /**
   * The entities asked for by id so far: the rules ask again and again for the few an article names and the
   * places they lie in (a parent, its parent), and a look-up in this small table stays in the processor's
   * caches, where one in the table of every id, then in the list of every entity, waits on memory twice.
   */
  private readonly asked = new Map<string, Entity>();
  /** Entity index by English name, the first in file order winning; built on first use (`firstNamed`). */
  private byName: Map<string, number> | undefined;

  constructor(
    private readonly arrays: EntityArrays,
    private readonly strings: StringSource,
  ) {
    const { entityStrings } = arrays;
    for (let i = 0; i < entityStrings.length; i += STRING_FIELDS.length) {
      this.byId.set(strings.at(entityStrings[i]), this.made.length);
      this.made.push(undefined);
    }
  }

  get size(): number {
    return this.made.length;
  }

  /** The entity at `index` in file order (the trie's senses count them so). */
  at(index: number): Entity {
    return (this.made[index] ??= this.make(index));
  }

  get(id: string): Entity | undefined {
    const asked = this.asked.get(id);
    if (asked !== undefined) return asked;
    const index = this.byId.get(id);
    if (index === undefined) return undefined;
    const entity = this.at(index);
    if (this.asked.size >= ASKED_LIMIT) this.asked.clear();
    this.asked.set(id, entity);
    return entity;
  }

  has(id: string): boolean {
    return this.byId.has(id);
  }

  /**
   * The first entity, in file order, whose English canonical name is `name`. The names are read from the
   * string table, so looking one up makes that entity only, where a walk over `values()` made all 30k.
   *
   * @example kb.entities.firstNamed('Police Forces of Iraq')?.name_ar === 'الشرطة العراقية'
   */
  firstNamed(name: string): Entity | undefined {
    if (this.byName === undefined) {
      const byName = (this.byName = new Map());
      const { entityStrings } = this.arrays;
      for (let i = 0; i < this.made.length; i++) {
        const at = entityStrings[i * STRING_FIELDS.length + STRING_AT.name_en];
        const entityName = at < 0 ? null : this.strings.at(at);
        if (entityName !== null && !byName.has(entityName)) byName.set(entityName, i);
      }
    }
    const index = this.byName.get(name);
    return index === undefined ? undefined : this.at(index);
  }

  /**
   * The entities of `kind` whose position `keep` accepts, in file order. Kind and position are read from the
   * arrays, so only the entities kept are made (a walk over `values()` makes all 30k).
   */
  *placedOfKind(kind: string, keep: (lat: number, lon: number) => boolean): Generator<Entity> {
    const { entityStrings, entityNumbers } = this.arrays;
    for (let i = 0; i < this.made.length; i++) {
      const kindAt = entityStrings[i * STRING_FIELDS.length + STRING_AT.kind];
      if (kindAt < 0 || this.strings.at(kindAt) !== kind) continue;
      const lat = entityNumbers[i * NUMBER_FIELDS.length + NUMBER_AT.lat];
      const lon = entityNumbers[i * NUMBER_FIELDS.length + NUMBER_AT.lon];
      if (!Number.isNaN(lat) && !Number.isNaN(lon) && keep(lat, lon)) yield this.at(i);
    }
  }

  forEach(
    visit: (entity: Entity, id: string, map: ReadonlyMap<string, Entity>) => void,
    thisArg?: unknown,
  ): void {
    for (let i = 0; i < this.made.length; i++) {
      const entity = this.at(i);
      visit.call(thisArg, entity, entity.id, this);
    }
  }

  *entries(): MapIterator<[string, Entity]> {
    for (let i = 0; i < this.made.length; i++) {
      const entity = this.at(i);
      yield [entity.id, entity];
    }
  }

  *keys(): MapIterator<string> {
    for (const [id] of this.entries()) yield id;
  }

  *values(): MapIterator<Entity> {
    for (const [, entity] of this.entries()) yield entity;
  }

  [Symbol.iterator](): MapIterator<[string, Entity]> {
    return this.entries();
  }

  private make(index: number): Entity {
    const { entityStrings, entityNumbers, listEnds, listItems } = this.arrays;
    const s = index * STRING_FIELDS.length;
    const n = index * NUMBER_FIELDS.length;
    const l = index * LIST_FIELDS.length;
    const text = (i: number): string | null =>
      entityStrings[i] < 0 ? null : this.strings.at(entityStrings[i]);
    const number = (i: number): number | null => (Number.isNaN(entityNumbers[i]) ? null : entityNumbers[i]);
    const world = text(s + STRING_AT.tier) === 'world';
    const list = (k: number): string[] => {
      const from = runStart(listEnds, l + k);
      const to = listEnds[l + k];
      if (from === to && world && k !== LIST_AT.refs) return NO_NAMES;
      const out: string[] = [];
      for (let i = from; i < to; i++) out.push(this.strings.at(listItems[i]));
      return out;
    };
    // One literal in `FIELDS` order: every entity gets the layout the loader's rows and the towns share.
    return {
      id: text(s + STRING_AT.id)!,
      kind: text(s + STRING_AT.kind) as Entity['kind'],
      name_en: text(s + STRING_AT.name_en)!,
      aliases_en: list(LIST_AT.aliases_en),
      name_ar: text(s + STRING_AT.name_ar)!,
      aliases_ar: list(LIST_AT.aliases_ar),
      demonyms_en: list(LIST_AT.demonyms_en),
      demonyms_ar: list(LIST_AT.demonyms_ar),
      parent: text(s + STRING_AT.parent),
      country: text(s + STRING_AT.country),
      lat: number(n + NUMBER_AT.lat),
      lon: number(n + NUMBER_AT.lon),
      population: number(n + NUMBER_AT.population),
      refs: list(LIST_AT.refs),
      origin: text(s + STRING_AT.origin)!,
      tier: text(s + STRING_AT.tier) as Entity['tier'],
    };
  }
}

/**
 * The entities of `kind` with a position `keep` accepts, in file order: from a built base's store without
 * making the others, from a plain map (a base built from data/) by a walk.
 */
export function placedOfKind(
  entities: ReadonlyMap<string, Entity>,
  kind: string,
  keep: (lat: number, lon: number) => boolean,
): Iterable<Entity> {
  if (entities instanceof EntityStore) return entities.placedOfKind(kind, keep);
  return [...entities.values()].filter(
    (e) => e.kind === kind && e.lat !== null && e.lon !== null && keep(e.lat, e.lon),
  );
}
