// A town the knowledge base knows only abroad, told in a sentence that names a province of another country.
import { countryName, countryPhrase } from '../../core/country-names.js';
import { LOCAL_PRECISIONS, namesakeIn } from '../../core/place-ref.js';
import type { ActorRef, Document, EventRecord, Mention, PlaceRef } from '../../core/records.js';
import { actorRef } from '../../core/record-refs.js';
import { normalizeForMatching } from '../../core/text/normalize.js';
import { ARABIC_PROVINCE_NOUNS, PROVINCE_NOUNS } from '../../core/text/place-nouns.js';
import { sentenceSpanAt } from './sentence-at.js';

/**
 * "rebels torched a clinic in Palma in the hills of Jharkhand": the base knows many a name in one country
 * only, while namesakes lie elsewhere. A town whose own country the article names nothing else of (no other
 * place, nationality or side of it) is a namesake in the country of a province its own sentence names: it
 * keeps its name and words, takes that country, and loses the base's entity and coordinates. A country named
 * in the running text is no such tie: it is as often the topic ("a march against bombing Yugoslavia") or
 * whose a target was ("a Turkish airline's ticket desk") as where; nor is another town, which may as well be
 * the namesake itself; a chronology's heading is not either (an entry's first sentence may place it abroad).
 *
 * @example namesakeAtHome(event, doc) // "in Palma … Jharkhand": Palma, IN, entity null
 */
export function namesakeAtHome(event: EventRecord, doc: Document): void {
  const loc = event.location;
  if (!loc?.entity_id || !loc.country || !LOCAL_PRECISIONS.has(loc.precision)) return;
  const own = loc.country;
  const itself = (m: Mention) =>
    m.entity_id === loc.entity_id || loc.spans.some(([a, b]) => m.span[0] < b && a < m.span[1]);
  const others = (doc.mentions ?? []).filter((m) => !itself(m));
  if (others.some((m) => m.place?.country === own || m.actor?.country === own)) return;
  const country = provinceOfSentence(loc, others, doc)?.place?.country;
  if (!country || country === own) return;
  event.location = namesakeIn(loc, country);
  const [from, to] = [own, country].map((code) => countryPhrase(countryName(code)));
  event.actor1 = rehomed(event.actor1, from, to);
  event.actor2 = rehomed(event.actor2, from, to);
}

/**
 * "arrested by state police at the border crossing near X": a side the extract layer implied from the town's country
 * (the police of an arrest, the protesters of a march; no entity of its own) belongs to the country the
 * namesake is taken for. A side the text names with its nationality keeps it.
 */
function rehomed(actor: ActorRef | null, from: string, to: string): ActorRef | null {
  if (!actor || actor.entity_id !== null) return actor;
  for (const [was, now] of [
    [` of ${from}`, ` of ${to}`],
    [` (${from})`, ` (${to})`],
  ])
    if (actor.name.endsWith(was))
      return actorRef(actor.name.slice(0, -was.length) + now, actor.entity_id, actor.spans, actor.basis);
  return actor;
}

/** How far after the town its province may be named ("Palma, in the hills of Jharkhand"). */
const PROVINCE_REACH = 60;

/** A province told as one by its noun, read over folded text: "Lesno province", «محافظة لسنو». */
const PROVINCE_NOUN_AFTER = new RegExp(String.raw`^\s+(?:${[...PROVINCE_NOUNS].join('|')})\b`);
const PROVINCE_NOUN_BEFORE = new RegExp(String.raw`(?:${[...ARABIC_PROVINCE_NOUNS].join('|')})\s+$`);

/**
 * A province of the town's sentence, when all it names there are of one country: named shortly after the town,
 * or anywhere in the sentence when its province noun says it is one ("In Lesno province, … near Ostrava") or
 * it owns a part of itself ("in Lesno's Brod district, … near Ostrava"). A bare name before the town is
 * another matter: where a rocket was fired from ("from the X Strip toward Y"), or a person's name that reads
 * as a province ("Sheikh Qasimiya … in Y").
 */
function provinceOfSentence(loc: PlaceRef, others: readonly Mention[], doc: Document): Mention | null {
  const [at, end] = loc.spans[0]!;
  const sentence = sentenceSpanAt(doc, at);
  if (!sentence) return null;
  const provinces = others.filter(
    (m) =>
      m.kind === 'region' &&
      m.via !== 'demonym' &&
      sentence[0] <= m.span[0] &&
      m.span[1] <= sentence[1] &&
      ((end <= m.span[0] && m.span[0] - end <= PROVINCE_REACH) ||
        toldAsProvince(m, doc.text ?? '') ||
        OWNER_AFTER.test((doc.text ?? '').slice(m.span[1], m.span[1] + 3))),
  );
  const countries = new Set(provinces.map((m) => m.place?.country));
  return countries.size === 1 ? provinces[0]! : null;
}

/** "Lesno's Brod district": a province that owns a part of itself, named as such. */
const OWNER_AFTER = /^['’]s\b/;

/** Whether a province noun stands next to the mention. */
function toldAsProvince(m: Mention, text: string): boolean {
  return (
    PROVINCE_NOUN_AFTER.test(normalizeForMatching(text.slice(m.span[1], m.span[1] + 16)).text) ||
    PROVINCE_NOUN_BEFORE.test(normalizeForMatching(text.slice(Math.max(0, m.span[0] - 12), m.span[0])).text)
  );
}
