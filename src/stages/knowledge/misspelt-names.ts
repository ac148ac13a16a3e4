// "a suburb of New Dehli", "mortars fired on Kfar Drom": reports misspell one word of a town's name of two,
// and an exact-name gazetteer then finds nothing. Two capitalised words, one of them written as the base
// writes it and the other a single slip of the keyboard from the base's word, name that town far more surely
// than one misspelt word does: the word spelt right narrows the names to a handful.
import type { Mention } from '../../core/records.js';
import type { Span } from '../../core/span.js';
import type { Entity, KnowledgeBase } from './kb-types.js';
import { TOWN_KINDS } from './kb-types.js';
import { placeFromWords } from './mention-builder.js';
import { nameTokens } from './name-tokens.js';
import { ROOT } from './packed-trie.js';
import { leadingCountry, originBeforeScene, placesArticle } from './misspelt-towns.js';
import { sameTheatre } from '../../core/shared-theatres.js';
import { allMatches } from '../../core/text/all-matches.js';

/**
 * A run of two or more capitalised Latin words, apart by a space or a dash ("Porto-Vacchio"): the keyboard slips
 * this module mends are made in English reports. Written without the Unicode flag, as misspelt-towns' SLOT_WORD
 * is for the reason measured there (a Unicode class took some 30 times longer to fail over an Arabic article).
 * One word is never two of a name, behind an opener or not: a run of one, most of them, is not matched at all,
 * where a match made for each capitalised word of an English article was garbage.
 */
const CAPITALISED_RUN = /\b[A-Z][a-z'’]+(?:[ -][A-Z][a-z'’]+)+\b/g;
/** Words that open a sentence or a place's phrase with a capital, and so may run into a name ("In Kfar Drom"). */
const OPENERS = new Set(['The', 'In', 'At', 'On', 'A', 'An', 'Near', 'From', 'Outside', 'Into', 'To']);
/**
 * What puts the two words on the map, as a person's name is not ("a funeral for Saiyd Sadiq"): a locative or
 * "of" before them ("fired on Kfar Drom", "a suburb of New Dehli", "(Avnei Hafetz and Enav)"), or a place's
 * noun after them ("the Neve Deqlim settlement", "the Ma'ale Adumin road").
 */
const CUE_BEFORE =
  /(?:\b(?:[Ii]n|[Aa]t|[Nn]ear|[Ff]rom|[Oo]n|[Ii]nto|[Oo]utside|[Aa]round|[Tt]hrough|[Tt]o|[Tt]oward|[Tt]owards|[Bb]etween|of)\s+(?:the\s+)?|\(\s*)$/;
const NOUN_AFTER =
  /^\s+(?:settlements?|crossing|village|town|city|district|area|region|road|highway|junction|outpost|kibbutz|camp)\b/i;
/** Shorter words sit one slip from too many others ("Gat", "Oz"). */
const MIN_SLIPPED_LETTERS = 4;
/** The confidence of a town read through a slip, as `misspelt-towns` gives it. */
const SLIP_SCORE = 0.6;

/**
 * Adds a town for each two capitalised words no mention covers that name, but for one slip in one of the two
 * words, exactly one town (district or site) where the article lies (`mayLieIn`), when something puts them on
 * the map. The mention keeps the text's own span and spelling.
 *
 * @example withMisspeltNames(kb, 'Mortars fell on Kfar Drom.', sentences, mentions) // + Kfar Darom
 */
export function withMisspeltNames(
  kb: KnowledgeBase,
  text: string,
  sentences: readonly Span[],
  mentions: Mention[],
): Mention[] {
  let mayLie: ((e: Entity) => boolean) | null | undefined;
  const added: Mention[] = [];
  for (const run of allMatches(CAPITALISED_RUN, text)) {
    const words = run[0].split(/[ -]/);
    const opener = OPENERS.has(words[0]) ? words[0].length + 1 : 0;
    if (words.length - (opener > 0 ? 1 : 0) !== 2) continue;
    const start = run.index + opener;
    const span: Span = [start, run.index + run[0].length];
    const cued =
      opener > 0
        ? words[0] !== 'The' && words[0] !== 'A' && words[0] !== 'An'
        : CUE_BEFORE.test(text.slice(Math.max(0, span[0] - 16), span[0]));
    if (!cued && !NOUN_AFTER.test(text.slice(span[1], span[1] + 16))) continue;
    if (!sentences.some(([from, to]) => from <= span[0] && span[1] <= to)) continue;
    if (mentions.some((m) => m.span[0] < span[1] && span[0] < m.span[1])) continue;
    const tokens = nameTokens(text.slice(...span));
    if (tokens.length !== 2) continue;
    const named = namedWithSlip(kb, tokens[0], tokens[1]);
    if (named.length === 0) continue;
    // Where the article lies is read once, for the first pair a slip names: most articles have none.
    if (mayLie === undefined) {
      const country = leadingCountry(text, mentions);
      // Countries named with none leading: the town could be of either, or of a third.
      mayLie = country === null && mentions.some(placesArticle) ? null : mayLieIn(country, mentions);
    }
    if (mayLie === null) break;
    const town = oneTown(named, mayLie);
    if (town !== undefined && !originBeforeScene(text, span, sentences, mentions))
      added.push(placeFromWords(kb, text, span, town, SLIP_SCORE));
  }
  return added.length === 0 ? mentions : [...mentions, ...added].sort((a, b) => a.span[0] - b.span[0]);
}

/**
 * The places named by `first second` with one slip in one of the two words, none when it is the base's own
 * spelling (another rule's to read). The second word is met among the names that go on from the first; the
 * first, when the second is right, among the slips of the first.
 */
function namedWithSlip(kb: KnowledgeBase, first: string, second: string): Entity[] {
  const trie = kb.trie;
  const out: Entity[] = [];
  const head = trie.child(ROOT, first);
  if (head >= 0 && trie.child(head, second) >= 0) return out;
  if (head >= 0 && second.length >= MIN_SLIPPED_LETTERS) {
    trie.forEachChild(head, (token, node) => {
      if (oneSlipApart(second, token)) for (const s of trie.senses(node) ?? []) out.push(s.entity);
    });
  }
  const secondToken = trie.innerTokenNumber(second);
  if (first.length >= MIN_SLIPPED_LETTERS && secondToken >= 0) {
    trie.forEachHead(secondToken, (token, node) => {
      if (inOneSlipAway(first, token)) for (const s of trie.senses(node) ?? []) out.push(s.entity);
    });
  }
  return out;
}

/**
 * The one town among `places` that `mayLie` allows, or undefined (`places` in any order).
 */
function oneTown(places: readonly Entity[], mayLie: (e: Entity) => boolean): Entity | undefined {
  const towns = new Set(places.filter((e) => TOWN_KINDS.has(e.kind) && mayLie(e)));
  return towns.size === 1 ? [...towns][0] : undefined;
}

/**
 * Where the town may lie: in the article's country or its theatre ("fired from Gaza at Sederot"); in an article
 * that names none, a town typed for marsad — in the theatre of a nationality the article names, when it names
 * some ("a mayor of Al-Manzila" beside "Iraqi officials" is no Egyptian town).
 */
function mayLieIn(country: string | null, mentions: readonly Mention[]): (e: Entity) => boolean {
  if (country !== null) return (e) => e.country !== null && sameTheatre(e.country, country);
  const nationalities = new Set<string>();
  for (const m of mentions) if (m.via === 'demonym' && m.place?.country) nationalities.add(m.place.country);
  return (e) =>
    e.tier !== 'world' &&
    e.country !== null &&
    (nationalities.size === 0 || [...nationalities].some((n) => sameTheatre(e.country!, n)));
}

/**
 * Whether `b` is `a` with one slip after the first letter (`oneSlipAway`): a letter dropped, added or changed,
 * or two neighbours swapped — told without spelling out every slip, as a head word may go on to hundreds of
 * names.
 *
 * @example oneSlipApart('drom', 'darom') === true
 */
export function oneSlipApart(a: string, b: string): boolean {
  if (a === b || a[0] !== b[0] || Math.abs(a.length - b.length) > 1) return false;
  let i = 1;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    // One letter changed, or two neighbours swapped.
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  // One letter dropped from the longer.
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/**
 * Whether `b` is one of `oneSlipAway(a)` (misspelt-towns.ts), told without spelling them all out: `oneSlipApart`,
 * with a letter added or changed one of a-z, as `oneSlipAway` writes them.
 *
 * @example inOneSlipAway('drom', 'darom') === true
 * @example inOneSlipAway('drom', "d'rom") === false // oneSlipApart('drom', "d'rom") === true
 */
export function inOneSlipAway(a: string, b: string): boolean {
  if (!oneSlipApart(a, b)) return false;
  // A letter dropped: any letter may be.
  if (b.length < a.length) return true;
  let i = 1;
  while (a[i] === b[i]) i++;
  // Two neighbours swapped keep their letters; else `b[i]` is the letter added or changed.
  const swapped = a.length === b.length && a[i] === b[i + 1] && a[i + 1] === b[i];
  return swapped || (b.charCodeAt(i) >= 0x61 && b.charCodeAt(i) <= 0x7a);
}
