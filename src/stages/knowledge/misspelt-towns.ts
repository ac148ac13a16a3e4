// "a bomb went off in Jalalbad", "gunmen attacked a post in Ghanzi Province": reports misspell towns, and an
// exact-name gazetteer then finds no place at all. This module reads a capitalised word the base does not know,
// in a slot only a place fills, as the one town (or, before "province", the one region) of the article's
// country — or, in an article naming none, the one town typed for marsad — whose name is a single slip of the
// keyboard away.
import { chronologyCountry } from '../../core/chronology-entry.js';
import type { EntityKind, Mention } from '../../core/records.js';
import type { Span } from '../../core/span.js';
import type { Entity, KnowledgeBase, NameSense } from './kb-types.js';
import { placeFromWords } from './mention-builder.js';
import { NOT_NAME_WORDS } from './name-context-words.js';
import { looseLatin, skeletonLatin } from './name-tokens.js';
import { sensesAt } from './packed-trie.js';
import { sameTheatre } from '../../core/shared-theatres.js';
import { parentsOf } from './entity-parents.js';
import { namesOrigin } from '../../core/place-stance.js';
import { allMatches } from '../../core/text/all-matches.js';

/** Shorter names sit one edit from too many others ("Hamra", "Hamma", "Hama"), the word's and the town's. */
const MIN_LETTERS = 6;
/**
 * A five-letter word after a preposition ("in Krkuk" for Kirkuk, "in Basar" for Basra) is read, more strictly,
 * only as a town typed for marsad (in the article's own country, when it names one) that it drops a letter of
 * or swaps two neighbours in: a letter changed or added would reach too many short names.
 */
const SHORT_LETTERS = 5;
/** The confidence (0.05 to 1) of a town read through a slip: surer than a guess, less than a name met. */
const SLIP_SCORE = 0.6;
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/**
 * A capitalised word of six letters or more (five after a preposition) in a place's slot: after "in", "near",
 * "outside (of)", "around", "at", "from", "rural", "downtown", "the town (settlement, crossing, district) of",
 * "the mayor of" or "the heart (centre, outskirts, area, neighbourhood) of", maybe behind a bearing ("in
 * central Ghanzi"), with no capitalised word after it but "District", nor one behind a particle (that would
 * be a longer name, a person's, or a title: "Sabana de Torres", "in Charge of Public Affairs"); before
 * "province", "governorate", "department" (Colombia's and Peru's provinces) or "region", or after "the
 * province (governorate, department) of"; or before "village", "town", "area", "district" or "municipality",
 * capitalised or not, or "City". Group 1 is a town's slot (or a province's), groups 2 and 3 a region's, group
 * 4 a town's.
 */
const SLOT =
  /\b(?:[Ii]n|[Nn]ear|[Oo]utside(?:\s+of)?|[Aa]round|[Aa]t|[Ff]rom|rural|downtown|(?:town|village|city|settlement|crossing|district|heart|centre|center|outskirts|area|neighbou?rhood|quarter|suburb|mayor)\s+of)\s+(?:(?:central|northern|southern|eastern|western)\s+)?(\p{Lu}\p{Ll}{4,})\b(?![-'’]|\s+(?:(?:of|de|del|da|do|la|el|al)\s+)?(?!District\b)\p{Lu})|\b(\p{Lu}\p{Ll}{5,})\s+(?:[Pp]rovince|[Gg]overnorate|[Dd]epartment|[Rr]egion)\b|\b(?:province|governorate|department)\s+of\s+(\p{Lu}\p{Ll}{5,})\b(?![-'’]|\s+\p{Lu})|\b(\p{Lu}\p{Ll}{5,})(?=\s+(?:[Vv]illage|[Tt]own|[Aa]rea|[Dd]istrict|[Mm]unicipality|City)\b)/gu;

/**
 * What every slot that can give a town holds: a slot's word counts only when it lower-cases to Latin letters
 * (a-z), so it is a capital A-Z (or the Kelvin sign, lower-cased "k") and four a-z or more. An article without one
 * (most Arabic ones) is spared `SLOT`, slow to fail. Tested without the Unicode flag: `\p{Lu}\p{Ll}{5}` took
 * some 30 µs to fail over an Arabic article, this takes one.
 */
const SLOT_WORD = /[A-Z\u212a][a-z]{4}/;

/** What a slot's word may be: places of these kinds, and only towns typed for marsad or worldwide ones too. */
interface SlotReading {
  kinds: ReadonlySet<EntityKind>;
  typedOnly: boolean;
}
/** What a slot's word may be as a town: a town or a district; not a site, unlike the base's TOWN_KINDS. */
const SPELT_TOWN_KINDS: ReadonlySet<EntityKind> = new Set(['city', 'district']);
/** After a preposition a town, or a province ("in Wazirstan", "in Songkhia"). */
const AFTER_PREPOSITION: SlotReading = { kinds: new Set([...SPELT_TOWN_KINDS, 'region']), typedOnly: false };
const BEFORE_PROVINCE: SlotReading = { kinds: new Set(['region']), typedOnly: false };
/**
 * "the Uritsky district" is named after a man (Uritsky), not after the worldwide gazetteer's Uritsk: before a
 * place noun only towns typed for marsad count.
 */
const BEFORE_PLACE_NOUN: SlotReading = { kinds: SPELT_TOWN_KINDS, typedOnly: true };
/** A five-letter word after a preposition: a town typed for marsad (in the article's country, if it names one). */
const SHORT_WORD: SlotReading = { kinds: SPELT_TOWN_KINDS, typedOnly: true };

/**
 * A mention that says where the article is: a place named, or an actor of one country. A nationality alone
 * says whose ("the Iranian consulate in Kahndar", "a German student seized in Jalalbd"), not where.
 */
export const placesArticle = (m: Mention): boolean =>
  Boolean((m.place?.country && m.via !== 'demonym') || m.actor?.country);

/**
 * The country the article is about: the one a chronology's entry is filed under, else the one most of its
 * places name (nationalities and actors' countries half a vote), when one leads; null on a tie, or when only
 * nationalities name countries.
 */
export function leadingCountry(text: string, mentions: Mention[]): string | null {
  const filed = chronologyCountry({ text, mentions })?.place?.country;
  if (filed) return filed;
  if (!mentions.some(placesArticle)) return null;
  const votes = new Map<string, number>();
  for (const m of mentions) {
    const country = m.place?.country ?? m.actor?.country;
    const weight = m.place && m.via !== 'demonym' ? 1 : 0.5;
    if (country) votes.set(country, (votes.get(country) ?? 0) + weight);
  }
  const [first, second] = [...votes].sort((a, b) => b[1] - a[1]);
  return first !== undefined && (second === undefined || first[1] > second[1]) ? first[0] : null;
}

/**
 * Every spelling one edit from `word` that keeps its first letter: a letter dropped, added, changed, or two
 * neighbours swapped ("ghanzi" → "ghazni").
 *
 * @example oneSlipAway('kabull').has('kabul') === true
 */
export const oneSlipAway = (word: string): Set<string> => slipsUndone(word, true);

/**
 * The spellings `word` could be a slip of by a letter dropped or two neighbours swapped: each with one letter
 * put back, or two neighbours swapped back, the first letter kept ("krkuk" → "kirkuk", "basar" → "basra").
 *
 * @example droppedOrSwapped('krkuk').has('kirkuk') === true
 */
export const droppedOrSwapped = (word: string): Set<string> => slipsUndone(word, false);

/**
 * Letters one transliteration writes for another at a name's start ("Billavicencio" for Villavicencio,
 * "Qandahar" for Kandahar, "Jeddah" and "Yeddah"): each letter's stand-ins.
 */
const FIRST_LETTER_STAND_INS: Readonly<Record<string, string>> = {
  b: 'v',
  v: 'b',
  k: 'qc',
  q: 'kc',
  c: 'kq',
  j: 'gy',
  g: 'jy',
  y: 'jgie',
  i: 'ye',
  e: 'iy',
};

/**
 * The spellings `word` could be of a name written with another first letter by a transliteration, the rest kept.
 *
 * @example firstLetterSwapped('billavicencio').has('villavicencio') === true
 */
export function firstLetterSwapped(word: string): Set<string> {
  const standIns = FIRST_LETTER_STAND_INS[word[0] ?? ''] ?? '';
  return new Set([...standIns].map((letter) => letter + word.slice(1)));
}

/** The spellings one swap or one added letter from `word`, and with `anyEdit` one dropped or changed letter too. */
function slipsUndone(word: string, anyEdit: boolean): Set<string> {
  const out = new Set<string>();
  for (let i = 1; i <= word.length; i++) {
    const head = word.slice(0, i);
    const tail = word.slice(i);
    if (anyEdit && tail !== '') out.add(head + tail.slice(1));
    if (tail.length > 1) out.add(head + tail[1] + tail[0] + tail.slice(2));
    for (const letter of LETTERS) {
      out.add(head + letter + tail);
      if (anyEdit && tail !== '') out.add(head + letter + tail.slice(1));
    }
  }
  // A letter changed for itself gives the word back, which is no slip.
  out.delete(word);
  return out;
}

/** Whether the base holds `key` as a one-word name of anything, written or loosened. */
const known = (kb: KnowledgeBase, key: string): boolean =>
  [key, looseLatin(key)].some((k) => sensesAt(kb.trie, [k]).length > 0);

/**
 * The senses of the names `key` shares its consonant skeleton with ("Polannaruwa" and Polonnaruwa), demonyms
 * aside. The matcher reads a skeleton only after a locative right in front; a place's slot says as much when
 * the place noun follows ("the Mahabubnager district").
 */
const skeletonSenses = (kb: KnowledgeBase, key: string): readonly NameSense[] =>
  sensesAt(kb.trie, [skeletonLatin(key)]).filter((s) => s.via !== 'demonym');

/**
 * A worldwide gazetteer town this large is one a report may name with no country ("a tram shelter in Voronesh"):
 * few such towns sit one slip from a word, where the small ones are too many to be the one a slip stands for.
 */
const WORLD_CITY_POPULATION = 100_000;

/**
 * In the article's country or its theatre (shells "from Beit Hanoun" land in an Israeli town); in an article
 * that names none, a town typed for marsad anywhere or a large one of the worldwide gazetteer, as in a slot
 * that reads typed towns only.
 */
const within = (entity: Entity, country: string | null, reading: SlotReading): boolean =>
  (entity.tier !== 'world' ||
    (!reading.typedOnly && (country !== null || (entity.population ?? 0) >= WORLD_CITY_POPULATION))) &&
  (country === null || (entity.country !== null && sameTheatre(entity.country, country)));

/**
 * The one place `reading` allows in `country` named one slip from `key` — of a town and a province named alike,
 * the town — or undefined when none is, or several.
 */
function slipTarget(
  kb: KnowledgeBase,
  key: string,
  reading: SlotReading,
  country: string | null,
): Entity | undefined {
  const found = new Set<Entity>();
  // A word the base knows by its skeleton is that name's spelling, not a slip of another. Shorter words share
  // their skeletons with too many names ("Khums", "Homes"), and with no country told so do longer ones: such
  // a word is left alone.
  const skeleton = skeletonSenses(kb, key);
  if (skeleton.length > 0 && (key.length < MIN_LETTERS || country === null)) return undefined;
  for (const sense of skeleton.length > 0 ? skeleton : slipSenses(kb, key)) {
    const entity = sense.entity;
    if (reading.kinds.has(entity.kind) && within(entity, country, reading)) found.add(entity);
  }
  if (found.size === 1) return [...found][0];
  // "in Ghanzi": a province named after its seat town, and the town, are one place's two readings; the town's
  // is the finer.
  const towns = [...found].filter((e) => SPELT_TOWN_KINDS.has(e.kind));
  return towns.length === 1 ? towns[0] : undefined;
}

/**
 * The senses, demonyms aside, of every spelling of `MIN_LETTERS` or more one slip from `key`, or with its first
 * letter a transliteration's stand-in: some 400 look-ups, kept per word (a few thousand words at most, then
 * started over), since news repeats its misspellings.
 */
function slipSenses(kb: KnowledgeBase, key: string): readonly NameSense[] {
  let memo = SLIP_MEMOS.get(kb.trie);
  if (memo === undefined || memo.size >= SLIP_MEMO_LIMIT) SLIP_MEMOS.set(kb.trie, (memo = new Map()));
  const memoised = memo.get(key);
  if (memoised !== undefined) return memoised;
  const senses: NameSense[] = [];
  const short = key.length < MIN_LETTERS;
  const spellings = short
    ? droppedOrSwapped(key)
    : new Set([...oneSlipAway(key), ...firstLetterSwapped(key)]);
  for (const spelling of spellings) {
    if (spelling.length < (short ? SHORT_LETTERS : MIN_LETTERS)) continue;
    for (const sense of sensesAt(kb.trie, [spelling])) if (sense.via !== 'demonym') senses.push(sense);
  }
  memo.set(key, senses);
  return senses;
}

const SLIP_MEMOS = new WeakMap<object, Map<string, readonly NameSense[]>>();
const SLIP_MEMO_LIMIT = 4096;

/**
 * What joins a village's name to the area the text puts it in: "Tirin village in the Lakhpur district", "Tirin,
 * Lakhpur province", "the Tirin area of Lakhpur district", "Tirin District, Lakhpur Province", maybe through a
 * smaller unit the base lacks ("the Tirin area of Bavan District, Lakhpur Province").
 */
const LIES_IN_BETWEEN =
  /^(?:\s+(?:[Vv]illage|[Tt]own|[Aa]rea|[Dd]istrict))?(?:\s*,\s*|\s+(?:in|of)\s+)(?:the\s+)?(?:\p{Lu}\p{Ll}+\s+(?:[Dd]istrict|[Tt]ehsil)\s*,\s*)?$/u;
/** The unit noun that makes a town's name an area's: "Lakhpur district", "Lakhpur Province". */
const AREA_NOUN = /^\s*(?:[Dd]istrict|[Pp]rovince|[Ss]tate|[Gg]overnorate|[Rr]egion)\b/u;

/**
 * The area the text puts the word at `span` in, right after it ("Tirin village in the Lakhpur district"): a
 * region, or a name the text calls a unit — its mention ending in the unit's noun, or the noun right after it.
 */
function areaNamedAfter(text: string, span: Span, mentions: readonly Mention[]): Mention | undefined {
  const next = mentions.find((m) => m.span[0] >= span[1] && m.place !== undefined && m.via !== 'demonym');
  if (next === undefined || !LIES_IN_BETWEEN.test(text.slice(span[1], next.span[0]))) return undefined;
  const [from, to] = next.span;
  const unit =
    AREA_NOUN.test(text.slice(to, to + 16)) || /\s(?:district|province|state)$/i.test(text.slice(from, to));
  return next.kind === 'region' || unit ? next : undefined;
}

/**
 * A district the text calls one, "the Lakhpur district of Tirin state": districts outlast the states drawn
 * around them (Mahabubnagar, Andhra Pradesh's until 2014, is Telangana's in the base), so the state named
 * need not be the one the base puts it in.
 */
const namedDistrict = (text: string, span: Span, entity: Entity): boolean =>
  entity.kind === 'district' && /^\s+[Dd]istrict\b/u.test(text.slice(span[1], span[1] + 10));

/**
 * Whether a slip's town could lie in the area the text names right after the word: when the base does not
 * put it there (nor in the province of a town whose district is named), the word is another village, one the
 * base lacks — "Mohala village, in Rajnandgaon district" is not Mohali of the Punjab.
 */
function liesIn(kb: KnowledgeBase, entity: Entity, area: Mention): boolean {
  const areas = new Set([area.entity_id, ...parentsOf(kb, area.entity_id, 1)]);
  return parentsOf(kb, entity.id).some((id) => areas.has(id) && !id.startsWith('country:'));
}

/**
 * Whether the words before `span` name it as where fire, people or goods came from ("mortars fired from Khan
 * Yanus"), while a place is named after it in its sentence or the next: that place is the scene, and the slip,
 * read after the origins of names spelt right were weighed (named-elsewhere.ts), would pass for it.
 *
 * @example originBeforeScene(text, span, sentences, mentions) // true at "Kandahr": "shells fired from Kandahr hit Spin Boldak"
 */
export function originBeforeScene(
  text: string,
  span: Span,
  sentences: readonly Span[],
  mentions: readonly Mention[],
): boolean {
  const at = sentences.findIndex(([from, to]) => from <= span[0] && span[1] <= to);
  if (at < 0 || !namesOrigin({ span }, text, sentences[at][0])) return false;
  const reach = sentences[at + 1]?.[1] ?? sentences[at][1];
  return mentions.some(
    (m) => m.place !== undefined && m.via !== 'demonym' && m.span[0] >= span[1] && m.span[1] <= reach,
  );
}

/**
 * Whether some word could fill a slot and pass the slot's word tests: a capital and four a-z or more, with a
 * slot's lead word before it or its place noun after it, inside a sentence, covered by no mention, no day or
 * place noun, unknown to the base. A slot's word is such a word whole (`SLOT` reads it up to a word boundary),
 * so where none is, no slot adds a town and `SLOT`, slow to fail over an English article (it is tried at every
 * place of it), is not run.
 */
function mayFillSlot(
  kb: KnowledgeBase,
  text: string,
  sentences: readonly Span[],
  mentions: readonly Mention[],
): boolean {
  for (const word of allMatches(CAPITALISED_WORD, text)) {
    const span: Span = [word.index, word.index + word[0].length];
    SLOT_LEAD_BEFORE.lastIndex = span[0];
    SLOT_NOUN_AFTER.lastIndex = span[1];
    if (
      (SLOT_LEAD_BEFORE.test(text) || SLOT_NOUN_AFTER.test(text)) &&
      !NOT_NAME_WORDS.has(word[0]) &&
      !mentions.some((m) => m.span[0] < span[1] && span[0] < m.span[1]) &&
      sentences.some(([from, to]) => from <= span[0] && span[1] <= to) &&
      !known(kb, word[0].toLowerCase())
    )
      return true;
  }
  return false;
}

/** A word `SLOT` may read: a capital A-Z (or the Kelvin sign) and four a-z or more, all of them. */
const CAPITALISED_WORD = /[A-Z\u212a][a-z]{4,}/g;
/** What goes before every word `SLOT` reads after a lead (a preposition, "… of"), looser than `SLOT`. */
const SLOT_LEAD_BEFORE =
  /(?<=(?:[Ii]n|[Nn]ear|[Oo]utside|[Aa]round|[Aa]t|[Ff]rom|rural|downtown|of)\s+(?:(?:central|northern|southern|eastern|western)\s+)?)/y;
/** What follows every word `SLOT` reads before a place noun. */
const SLOT_NOUN_AFTER =
  /\s+(?:[Pp]rovince|[Gg]overnorate|[Dd]epartment|[Rr]egion|[Vv]illage|[Tt]own|[Aa]rea|[Dd]istrict|[Mm]unicipality|City)\b/y;

/**
 * Adds a town (a region before "province") for each capitalised word in a place's slot that no mention covers,
 * that the base does not know and that is no day, month or place noun, when exactly one place of that kind in
 * the article's country (any typed for marsad, when it names no country) is named one edit from it. The
 * mention keeps the text's own span and spelling; the mentions come back in text order.
 *
 * @example withMisspeltTowns(kb, text, sentences, mentions) // + Jalalabad for "police killed in Jalalbad, Afghanistan"
 */
export function withMisspeltTowns(
  kb: KnowledgeBase,
  text: string,
  sentences: readonly Span[],
  mentions: Mention[],
): Mention[] {
  if (!SLOT_WORD.test(text) || !mayFillSlot(kb, text, sentences, mentions)) return mentions;
  const country = leadingCountry(text, mentions);
  // Countries named with none leading: a slip could be a town of either, or of a third.
  if (country === null && mentions.some(placesArticle)) return mentions;
  const added: Mention[] = [];
  for (const slot of allMatches(SLOT, text)) {
    const word = slot[1] ?? slot[2] ?? slot[3] ?? slot[4];
    const start = slot.index + slot[0].indexOf(word);
    const span: Span = [start, start + word.length];
    if (!sentences.some(([from, to]) => from <= span[0] && span[1] <= to)) continue;
    if (NOT_NAME_WORDS.has(word) || mentions.some((m) => m.span[0] < span[1] && span[0] < m.span[1]))
      continue;
    const key = word.toLowerCase();
    if (!/^[a-z]+$/.test(key) || known(kb, key)) continue;
    const short = key.length < MIN_LETTERS;
    const reading = short
      ? SHORT_WORD
      : slot[1]
        ? AFTER_PREPOSITION
        : slot[2] || slot[3]
          ? BEFORE_PROVINCE
          : BEFORE_PLACE_NOUN;
    const entity = slipTarget(kb, key, reading, country);
    if (entity === undefined || originBeforeScene(text, span, sentences, mentions)) continue;
    const area = areaNamedAfter(text, span, mentions);
    if (area !== undefined && !liesIn(kb, entity, area) && !namedDistrict(text, span, entity)) continue;
    added.push(placeFromWords(kb, text, span, entity, SLIP_SCORE));
  }
  return added.length === 0 ? mentions : [...mentions, ...added].sort((a, b) => a.span[0] - b.span[0]);
}
