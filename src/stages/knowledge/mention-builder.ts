import type { Mention, PlaceRef } from '../../core/records.js';
import type { Span } from '../../core/span.js';
import type { Entity, KnowledgeBase } from './kb-types.js';
import { PLACE_KINDS } from './kb-types.js';
import { sensesAt } from './packed-trie.js';
import { nameTokens } from './name-tokens.js';
import type { ChosenSense } from './sense-chooser.js';

const PRECISION: Partial<Record<Entity['kind'], PlaceRef['precision']>> = {
  country: 'country',
  region: 'region',
  district: 'district',
  city: 'town',
  site: 'site',
};

/**
 * Turns a chosen sense into the record the event layer reads: places carry country, coordinates,
 * precision and first-level region; actors their state and the group they belong to.
 *
 * @example toMention(kb, chosen).place?.precision === 'town'
 */
export function toMention(kb: KnowledgeBase, chosen: ChosenSense): Mention {
  const { entity, via } = chosen.sense;
  const isPlace = PLACE_KINDS.has(entity.kind);
  // Both `place` and `actor` are always set, one of them undefined: places and actors then share one object
  // layout, and the event layer's reads of mentions stay monomorphic.
  return {
    span: chosen.match.span,
    entity_id: entity.id,
    kind: entity.kind,
    name: entity.name_en !== '' ? entity.name_en : entity.name_ar,
    via,
    score: chosen.score,
    place: isPlace
      ? {
          country: entity.country,
          lat: entity.lat,
          lon: entity.lon,
          precision: PRECISION[entity.kind] ?? 'town',
          admin1: entity.kind === 'country' ? null : admin1Of(kb, entity),
          city: entity.kind === 'district' ? townAround(kb, entity) : null,
        }
      : undefined,
    actor: isPlace
      ? undefined
      : { country: entity.country, parent_id: entity.parent, parent_name: nameOf(kb, entity.parent) },
  };
}

/** A mention's place, as `toMention` builds it. */
type MentionPlace = NonNullable<Mention['place']>;

/**
 * `m` with another place (or none), as a literal in `toMention`'s field order. A spread copy has a hidden class
 * of its own, which V8 holds only weakly: it was collected with the last copy and made anew by the next, and
 * every optimised reader of mentions (here and in the event layer, some 70 functions) was deoptimised at once,
 * passes after warm-up.
 *
 * @example withPlace(kandahar, placeWith(kandahar.place!, 'region', null)).place?.precision === 'region'
 */
export function withPlace(m: Mention, place: MentionPlace | undefined): Mention {
  return {
    span: m.span,
    entity_id: m.entity_id,
    kind: m.kind,
    name: m.name,
    via: m.via,
    score: m.score,
    place,
    actor: m.actor,
  };
}

/**
 * `place` with another precision and town, as a literal in `toMention`'s field order (see `withPlace`).
 *
 * @example placeWith(adra.place!, 'town', damascusAsTown).city?.name === 'Damascus'
 */
export function placeWith(
  place: MentionPlace,
  precision: MentionPlace['precision'],
  city: MentionPlace['city'],
): MentionPlace {
  return { country: place.country, lat: place.lat, lon: place.lon, precision, admin1: place.admin1, city };
}

/** The English name (else the Arabic) of the entity `id` names, when the base knows it. */
function nameOf(kb: KnowledgeBase, id: string | null): string | null {
  const entity = id === null ? undefined : kb.entities.get(id);
  if (entity === undefined) return null;
  return entity.name_en !== '' ? entity.name_en : entity.name_ar;
}

/**
 * The English name of the first-level region above a place (itself, for a region), when the base knows it.
 *
 * @example admin1Of(kb, kb.entities.get('place:lb:tripoli')!) === 'North Lebanon'
 */
export function admin1Of(kb: KnowledgeBase, entity: Entity): string | null {
  let current: Entity | undefined = entity;
  // Parent chains are short (site → city → district → region → country); the bound guards against cycles.
  for (let depth = 0; current !== undefined && depth < 6; depth++) {
    if (current.kind === 'region') return current.name_en !== '' ? current.name_en : current.name_ar;
    current = current.parent === null ? undefined : kb.entities.get(current.parent);
  }
  return null;
}

const CAMP = /\bcamp\b/i;

/**
 * The town a district lies in, when its parent is one ("Mezzeh" → Damascus) or when the district is a part
 * named after a town close by ("East Jerusalem", "Old Basra": the gazetteer files such parts under the
 * region); other districts of a region ("Barmal") and camps have none.
 *
 * @example townAround(kb, kb.entities.get('place:sy:damascus:mezzeh')!)?.name === 'Damascus'
 */
function townAround(
  kb: KnowledgeBase,
  entity: Entity,
): { name: string; entity_id: string; lat: number | null; lon: number | null } | null {
  // A refugee camp by a town ("مخيم عين الحلوة" by Sidon) is a locality of its own, named as such.
  if (CAMP.test(entity.name_en) || entity.name_ar.startsWith('مخيم')) return null;
  const parent = entity.parent === null ? undefined : kb.entities.get(entity.parent);
  const town = parent?.kind === 'city' ? parent : namedTown(kb, entity);
  if (town === undefined) return null;
  const name = town.name_en !== '' ? town.name_en : town.name_ar;
  return { name, entity_id: town.id, lat: town.lat, lon: town.lon };
}

/** "East Jerusalem", "Old City of Jerusalem", "New Mosul": a part's name made of a bearing or age and its town's. */
const TOWN_PART =
  /^(?:old\s+city\s+of|(?:north|south|east|west)(?:ern)?|old|new|central|downtown)\s+(\S.*)$/i;
/** How far apart (in degrees of latitude and of longitude, some 25 km) a part and its town may lie. */
const PART_REACH = 0.25;

/** The town of the base a part is named after, lying close to it ("East Jerusalem" → Jerusalem). */
function namedTown(kb: KnowledgeBase, part: Entity): Entity | undefined {
  const named = TOWN_PART.exec(part.name_en);
  const [lat, lon] = [part.lat, part.lon];
  if (named === null || lat === null || lon === null) return undefined;
  return sensesAt(kb.trie, nameTokens(named[1]))
    .map((s) => s.entity)
    .find(
      (e) =>
        e.kind === 'city' &&
        e.lat !== null &&
        e.lon !== null &&
        Math.abs(e.lat - lat) <= PART_REACH &&
        Math.abs(e.lon - lon) <= PART_REACH,
    );
}

/**
 * A mention of `place` on the words at `span`, which point to it without its name from the base ("the
 * capital", "the Interior Ministry", "the embassy", a misspelt town): the words stay the evidence.
 *
 * @example placeFromWords(kb, text, span, kabul, 0.6).name === 'Kabul' // for "the capital" in `text`
 */
export function placeFromWords(
  kb: KnowledgeBase,
  text: string,
  span: Span,
  place: Entity,
  score: number,
): Mention {
  const written = text.slice(...span);
  const match = { view: span, span, key: written.toLowerCase(), senses: [], sentence: 0, word: 0 };
  return toMention(kb, { match, sense: { entity: place, via: 'alias', written }, score });
}
