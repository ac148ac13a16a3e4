import { normalizeName } from '../../core/text/normalize.js';
import type { NameSense } from './kb-types.js';
import type { NameMatch } from './mention-matcher.js';
import { pushKeptSenses } from './name-match-builder.js';
import { FAITHS, INSTITUTION_WORDS, NOT_NAME_WORDS, PLACED_BEFORE } from './name-context-words.js';
import { mayBeUpperAt } from './letter-cases.js';
import { foldedName } from './spelled-as-written.js';

/**
 * "in Dera Sultan Pir", "in Panama de Lomas", "near Barqah al-Gharbiyah": the match, then a capitalised word
 * of the same name — maybe behind "de", "del" or an Arabic article.
 */
const NAME_GOES_ON = /^(?:\s(?:de|del|da|do|di)\s|\s(?:al|el)-|\s)(\p{Lu}\p{Ll}+)/u;
/** "in Loma de Cauca": a capitalised word and a "de" of the same name before the match. */
const NAME_BEGAN = /(?:^|\s)(\p{Lu}\p{Ll}+)\s(?:de|del|da|do|di)\s$/u;
/**
 * Capitalised words that follow a town's name as a thing or a part of the town's ("in Kabul International
 * Airport", "at the Quetta Press Club", "in Bannu Tehsil"): no longer place's name.
 */
const TOWN_THING_WORDS: ReadonlySet<string> = new Set(
  `International Press Serena Cantonment Sector Colony Square Tower Mall Park Garden Terminal Refinery Plant
  Medical General Metro Express Jail Gate Chowk Bureau Cathedral Palace Museum Embassy Consulate Headquarters
  Barracks Cemetery Library Institute Industrial Zone Countryside Metropolitan Heights Plain Desert Junction
  Crossing Checkpoint Times Post Herald Tribune Daily News Tehsil Agency Subdivision Railway Railroad Farm Farms
  Orchards Fields Quarter Suburbs`.split(/\s+/),
);
/** A lower-case word of four letters or more near the name: its sentence is no headline in title case. */
const PLAIN_WORD = /(?:^|\s)\p{Ll}{4,}\b/u;
/** The senses a longer name's part drops: towns and regions, not a country nor an actor. */
const PART_KINDS: ReadonlySet<string> = new Set(['city', 'district', 'site', 'region']);

/**
 * Drops the town and region senses a one-word name reaches only by a looser spelling than the base's when the
 * text puts it on the map as one part of a longer name: "a mine went off in Dera Sultan Pir" is no Syrian Daraa
 * (spelt Deraa), "a parcel near Petah Moshe's water tower" no Pettah, "near Barqah al-Gharbiyah" no Barka in
 * Oman. The base's own longer names win as longest matches before this is asked; what is left is a place the
 * base does not know, and the loose likeness of its first word to a namesake elsewhere tells nothing of where.
 * A name spelt as one of the place's own ("in Kabul Courthouse") stays; so do words of other matches ("in
 * Baghdad Iraqi police"), place nouns, days, directions and a town's own things ("in Kabul International
 * Airport"), which go on no name, and a headline's title case.
 *
 * @example withoutLongerNameParts(text, matches) // matches without the senses of such parts
 */
export function withoutLongerNameParts(text: string, matches: readonly NameMatch[]): NameMatch[] {
  const starts = new Set(matches.map((m) => m.span[0]));
  const out: NameMatch[] = [];
  for (const match of matches) {
    // Only a name that may start with a capital is read as part of a longer one: the others (every Arabic
    // name) pass before their spellings are folded for the comparison.
    if (!mayBeUpperAt(text, match.span[0])) {
      out.push(match);
      continue;
    }
    const surface = normalizeName(text.slice(...match.span));
    const loose = (s: NameSense) => PART_KINDS.has(s.entity.kind) && foldedName(s.written) !== surface;
    if (!match.senses.some(loose) || !partOfLongerName(text, match, starts)) {
      out.push(match);
      continue;
    }
    pushKeptSenses(out, match, (s) => !loose(s));
  }
  return out;
}

function partOfLongerName(text: string, match: NameMatch, starts: ReadonlySet<number>): boolean {
  const [start, end] = match.span;
  // A name of several words the base knows is whole: "in Kafr Nabl al-Bara" is a list run together.
  if (/\s/.test(text.slice(start, end))) return false;
  const after = NAME_GOES_ON.exec(text.slice(end, end + 40));
  const word = after?.[1];
  const linked = after !== null && after[0].length > after[1].length + 1;
  // A name of another match right after it ("in Baghdad Iraqi police") is a name of its own; one a "de" or an
  // "al-" joins to it is not.
  const goesOn =
    word !== undefined &&
    !NOT_NAME_WORDS.has(word) &&
    !INSTITUTION_WORDS.has(word) &&
    !TOWN_THING_WORDS.has(word) &&
    !FAITHS.has(word) &&
    (linked || !starts.has(end + 1));
  const began = goesOn ? null : NAME_BEGAN.exec(text.slice(Math.max(0, start - 40), start));
  if (!goesOn && (began === null || NOT_NAME_WORDS.has(began[1]))) return false;
  const from = began === null ? start : start - began[0].length + (began[0].startsWith(began[1]) ? 0 : 1);
  // Told as a place: "in", "near", "the village of" right before the whole name.
  if (!PLACED_BEFORE.test(text.slice(Math.max(0, from - 24), from))) return false;
  return PLAIN_WORD.test(text.slice(Math.max(0, start - 30), end + 30));
}
