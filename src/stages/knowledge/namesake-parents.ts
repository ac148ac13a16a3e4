/**
 * Namesakes inside one country ("Mueang" is the seat district of every Thai province, "Khanpur" a town of
 * several Pakistani districts) rank alike on the country's evidence and fall to the larger one. The sentence
 * often says which: "the Mueang district of Pattani province", "Khanpur, in Haripur" — or the article does,
 * naming the province a sentence before. This step, run after the sense chooser, switches a place to the
 * namesake lying in a town or region the same sentence names, or, when that names none of the namesakes'
 * places, one the rest of the article names. A namesake abroad is told the same way, but only by holding a town
 * its sentence names: "the Santander savings fund in Bucaramanga" names Colombia's Santander department, around
 * Bucaramanga, not the Spanish port the name ranks first.
 */
import { packedMap } from '../../core/packed-map.js';
import type { Entity, KnowledgeBase, NameSense } from './kb-types.js';
import { PLACE_KINDS } from './kb-types.js';
import { chosenSense } from './name-match-builder.js';
import type { ChosenSense } from './sense-chooser.js';

/** Parent links followed up from a namesake: a district, its town, the town's province. */
const MAX_DEPTH = 3;

/** The ids of the towns and regions an entity lies in, nearest first, up to (not including) its country. */
function containers(kb: KnowledgeBase, id: string | null): string[] {
  const out: string[] = [];
  for (let at = id, depth = 0; at !== null && depth < MAX_DEPTH; depth++) {
    const e = kb.entities.get(at);
    if (e === undefined || e.kind === 'country') break;
    out.push(e.id);
    at = e.parent;
  }
  return out;
}

/**
 * `chosen` with each place whose own sentence names none of its containers, but names one of a same-country
 * namesake's, read as that namesake. Nationalities and owners ("a Pattani-based group") place nothing.
 *
 * @example withNamedParents(kb, chooseSenses(matchesOf('in Mueang district, Pattani province'), text))
 */
export function withNamedParents(kb: KnowledgeBase, chosen: readonly ChosenSense[]): ChosenSense[] {
  const named = new Map<number, ChosenSense[]>();
  for (const c of chosen) {
    const { entity, via } = c.sense;
    if (via === 'demonym' || entity.kind === 'country' || !PLACE_KINDS.has(entity.kind)) continue;
    const same = named.get(c.match.sentence);
    if (same === undefined) named.set(c.match.sentence, [c]);
    else same.push(c);
  }
  // Every sentence's names, gathered only for a place with a same-country namesake: for every article, they
  // were a third of this step's time.
  let everywhere: ChosenSense[] | undefined;
  return chosen.map((c) => {
    if (!PLACE_KINDS.has(c.sense.entity.kind) || c.sense.entity.kind === 'country') return c;
    const sentence = named.get(c.match.sentence) ?? [];
    // The sentence's own names first; only when they place no namesake, those of the rest of the article
    // ("… in Pattani province. The bomb went off in Muang district.").
    const placed = hasRival(c)
      ? (placedBy(kb, c, sentence) ??
        placedBy(
          kb,
          c,
          (everywhere ??= [...named.values()].flat()).filter((o) => o.match.sentence !== c.match.sentence),
        ))
      : undefined;
    return placed ?? (hasRivalAbroad(c) ? (heldByRivalAbroad(kb, c, sentence) ?? c) : c);
  });
}

/**
 * `c` switched to its namesake in another country that holds a town or region its sentence names, when `c`
 * neither lies in nor holds any of them; undefined otherwise.
 */
function heldByRivalAbroad(
  kb: KnowledgeBase,
  c: ChosenSense,
  sentence: readonly ChosenSense[],
): ChosenSense | undefined {
  const own = new Set(c.match.senses.map((s) => s.entity.id));
  const holders = new Set(
    sentence.filter((o) => !own.has(o.sense.entity.id)).flatMap((o) => containers(kb, o.sense.entity.parent)),
  );
  if (holders.size === 0 || holders.has(c.sense.entity.id)) return undefined;
  const names = new Set(sentence.map((o) => o.sense.entity.id));
  if (containers(kb, c.sense.entity.parent).some((p) => names.has(p))) return undefined;
  const rival = c.match.senses.find((s) => isRivalAbroad(s, c.sense.entity) && holders.has(s.entity.id));
  return rival === undefined ? undefined : chosenSense(c.match, rival, c.score);
}

/**
 * `c` kept when it lies in one of the `named` places, switched to the same-country namesake lying in one
 * when it does not; undefined when the names place none of its namesakes.
 */
function placedBy(kb: KnowledgeBase, c: ChosenSense, named: readonly ChosenSense[]): ChosenSense | undefined {
  const { entity } = c.sense;
  // Named by the other names only: "Hasaka" read as the province, here or again further on, says nothing
  // of the town Hasaka.
  const own = new Set(c.match.senses.map((s) => s.entity.id));
  const others = new Set(packedMap(named, (o) => o.sense.entity.id).filter((id) => !own.has(id)));
  if (others.size === 0) return undefined;
  const inNamed = (id: string) =>
    containers(kb, kb.entities.get(id)?.parent ?? null).some((p) => others.has(p));
  if (inNamed(entity.id)) return c;
  const rival = c.match.senses.find((s) => isRival(s, entity) && inNamed(s.entity.id));
  return rival === undefined ? undefined : chosenSense(c.match, rival, c.score);
}

/** A same-country place namesake `c` could be switched to: without one, `c` stays whatever the names say. */
const hasRival = (c: ChosenSense): boolean => c.match.senses.some((s) => isRival(s, c.sense.entity));

const hasRivalAbroad = (c: ChosenSense): boolean =>
  c.match.senses.some((s) => isRivalAbroad(s, c.sense.entity));

/** A town or region of another country by the same name: a country holds too much to be told so. */
const isRivalAbroad = (s: NameSense, entity: Entity): boolean =>
  s.entity.country !== entity.country &&
  s.via !== 'demonym' &&
  s.entity.kind !== 'country' &&
  PLACE_KINDS.has(s.entity.kind);

const isRival = (s: NameSense, entity: Entity): boolean =>
  s.entity !== entity &&
  s.entity.country === entity.country &&
  s.via !== 'demonym' &&
  PLACE_KINDS.has(s.entity.kind);
