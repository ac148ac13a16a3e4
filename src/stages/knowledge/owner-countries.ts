import type { Span } from '../../core/span.js';
import { guardedPattern } from '../../core/text/guarded-pattern.js';
import { allUnits, isWhiteSpace } from '../../core/text/unit-class.js';
import { wordSpans } from '../../core/text/word-scanner.js';
import {
  CONDUCT_AFTER_POSSESSIVE,
  CRAFT_BEFORE,
  FORCES_AFTER_POSSESSIVE,
  OWNED_AFTER,
  OWNED_BEFORE,
} from './context-cues.js';
import { BOUND_BEFORE, namedAsCargoEnd, namedAsTravelEnd } from './destination-places.js';
import { PLACE_KINDS } from './kb-types.js';
import type { NameMatch } from './mention-matcher.js';
import { asDemonym, chosenSense } from './name-match-builder.js';
import type { ChosenSense } from './sense-chooser.js';

// Between the name and the noun only spaces, after a possessive "'s" or the last period of an
// abbreviation ("U.S. Embassy"); a period after a full word ends the sentence ("in Iraq. Embassy staff").
// Told by code unit from a table (`unitTest`), as `/^\s+$/` tells of the slice, without cutting it out:
// every country's name is weighed so.
const joined = (viewText: string, from: number, to: number): boolean =>
  allUnits(viewText, from, to, isWhiteSpace);
const ABBREVIATION_END = /\.\p{L}$/u;
/** "US", "U.S", "UK": a country's initials (the view is lower-cased, so told by length). */
const ABBREVIATION = /^(?:\p{L}\.?){2,3}$/u;
const POSSESSIVE = /^['\u2019]s/;
// "Russias jets": the possessive of a text that lost its apostrophes, which the matcher cut off the name.
const BARE_POSSESSIVE = /^s(?!\p{L})/u;

// Half of a hyphenated compound — "U.S.-owned", "US-made", "the Iran-Afghan border", "a US-Iraqi
// businessman", "anti-US leaflets": whose, from where, a relation between two countries or a stance, not where.
const COMPOUND_AFTER = /^-\p{L}/u;
const COMPOUND_BEFORE = /\p{L}-$/u;

// "a Sydney-based network", "the Islamabad based daily", "a Dubai-owned ship": where an organisation sits, or
// the owner's home, not where it was hit.
const SEAT_AFTER = /^(?:(?:-|\s)based|-(?:owned|registered|flagged))\b/;
// "a relief group headquartered in Geneva": the same seat, told after the organisation.
const SEAT_BEFORE = /\bheadquartered\s+in\s+(?:the\s+)?$/;
// "a Banca di Roma branch", "the Caja de Madrid office in Bilbao": a bank named after its town, not where it
// was hit.
const BANK_BEFORE = /\b(?:banco|banca|caja|caixa)\s+(?:(?:de|di|del|della|do|da)\s+)?$/;

// The three patterns below, tried on the lead of every country's name, are guarded (core/text/guarded-pattern)
// by the preposition each holds: a lead without it (most) is not tried at each of its places.
// "spying for Iraq", "a spy for the United States", "he worked for the U.S.": the state served, not where.
const SERVED_BEFORE = guardedPattern(
  /\b(?:spy|spies|spied|spying|work|works|worked|working)\s+for\s+(?:the\s+)?$/,
  'for',
);
// "the embassy of Italy", "the deputy consul of Cyprus": the owner told after its noun.
const OWNED_OF_BEFORE = guardedPattern(
  /\b(?:embass(?:y|ies)|consulate|consul|ambassador|envoy)\s+of\s+(?:the\s+)?$/,
  'of',
);
// "a police officer from Ghana", "a businessman from South Korea", "one from Bangladesh": people named by the
// country they come from, as a nationality names them.
const PEOPLE_FROM_BEFORE = guardedPattern(
  /\b(?:officers?|businessm[ae]n|workers?|expatriates?|tourists?|engineers?|journalists?|refugees?|m[ae]n|wom[ae]n|drivers?|one|two|three|four|five|six|seven|eight|nine|ten)\s+from\s+(?:the\s+)?$/,
  'from',
);

/**
 * Marks a country named as an owner ("the U.S. Consulate in Hillah", "سفارة العراق في عمّان"), and any place
 * named as an organisation's seat ("a New York-based network", "a group headquartered in Geneva", "a Banca di
 * Roma branch") or as where something was going (destination-places.ts), as read through its demonym: the event
 * layer takes demonyms for nationalities, never for where things happened. A town travellers were heading to
 * stays a place: it may be the text's only clue to the scene, and named-elsewhere.ts drops it when the
 * article puts the scene somewhere else.
 *
 * @example asOwner(chosen, view.text).sense.via === 'demonym' // for "the US embassy", "a Sydney-based daily"
 */
export function asOwner(chosen: ChosenSense, viewText: string): ChosenSense {
  const { entity, via } = chosen.sense;
  if (via === 'demonym' || !PLACE_KINDS.has(entity.kind)) return chosen;
  const end = chosen.match.view[1];
  const before = viewText.slice(Math.max(0, chosen.match.view[0] - 40), chosen.match.view[0]);
  const seat =
    SEAT_AFTER.test(viewText.slice(end, end + 12)) || SEAT_BEFORE.test(before) || BANK_BEFORE.test(before);
  const elsewhere = seat || namedAsCargoEnd(before) || (entity.kind !== 'city' && namedAsTravelEnd(before));
  if (!elsewhere && (entity.kind !== 'country' || !isOwner(viewText, chosen.match.view, true))) return chosen;
  return chosenSense(chosen.match, asDemonym(chosen.sense), chosen.score);
}

/**
 * True for a match that names a country as an owner ("the U.S. Consulate in Porto Alegre"): it says whose,
 * not where, and casts no vote between namesakes.
 *
 * @example namesOwner(view.text, matchOf('U.S.')) === true // in "the U.S. Consulate in Porto Alegre"
 */
export function namesOwner(viewText: string, match: NameMatch): boolean {
  return (
    match.senses.some((s) => s.entity.kind === 'country' && s.via !== 'demonym') &&
    isOwner(viewText, match.view)
  );
}

/**
 * `adjectives`: also initials read as an adjective ("the U.S. government"). Those say whose, not where, but
 * still vote between namesakes: "the U.S. government" in a story of Atlanta, Georgia, is at home.
 */
function isOwner(viewText: string, [start, nameEnd]: readonly [number, number], adjectives = false): boolean {
  const name = viewText.slice(start, nameEnd);
  const written = viewText.slice(nameEnd, nameEnd + 2);
  const possessive = POSSESSIVE.test(written) ? 2 : BARE_POSSESSIVE.test(written) ? 1 : 0;
  const skip = possessive || (ABBREVIATION_END.test(name) && viewText[nameEnd] === '.' ? 1 : 0);
  const end = nameEnd + skip;
  if (COMPOUND_AFTER.test(viewText.slice(end, end + 2))) return true;
  if (COMPOUND_BEFORE.test(viewText.slice(Math.max(0, start - 2), start))) return true;
  const [next, second] = wordSpans(viewText, end, Math.min(viewText.length, end + 40), 2);
  if (ABBREVIATION.test(name) && pairedOwner(viewText, end)) return true;
  if (next !== undefined && joined(viewText, end, next[0])) {
    if (adjectives && adjectiveInitials(viewText, name, start, next)) return true;
    const word = viewText.slice(next[0], next[1]);
    if (OWNED_AFTER.has(word)) return true;
    // "Russia's jets", "Turkey's troops": the state's own forces, named as "Russian jets" would name them.
    if (possessive > 0 && FORCES_AFTER_POSSESSIVE.has(word)) return true;
    // "Syria's presence in Lebanon", "Spain's ruling party": the state's conduct, as "Syrian presence" says.
    if (possessive > 0 && CONDUCT_AFTER_POSSESSIVE.has(word)) return true;
    // "US prison officers", "a US language school": behind one word that qualifies it, the owned noun of an
    // abbreviation, which is an adjective; a full name so used most often names a firm at home ("a Nepal
    // telecommunications corporation").
    const qualified = second !== undefined && joined(viewText, next[1], second[0]);
    if (qualified && ABBREVIATION.test(name) && OWNED_AFTER.has(viewText.slice(second[0], second[1])))
      return true;
  }
  const lead = viewText.slice(Math.max(0, start - 24), start);
  if (
    SERVED_BEFORE.test(lead) ||
    BOUND_BEFORE.test(lead) ||
    OWNED_OF_BEFORE.test(lead) ||
    PEOPLE_FROM_BEFORE.test(lead)
  )
    return true;
  const before = wordSpans(viewText, Math.max(0, start - 20), start).pop();
  if (before === undefined || !joined(viewText, before[1], start)) return false;
  const word = viewText.slice(before[0], before[1]);
  return OWNED_BEFORE.has(word) || CRAFT_BEFORE.has(word) || CRAFT_BEFORE.has(word.replace(CLITIC, ''));
}

/** «بقاذفة», «والطائرات»: a conjunction or preposition, and the article, written onto the noun. */
const CLITIC = /^(?:[وف]?(?:ب|ل|ك)?(?:ال)?)/;

const PAIRING = new Set(['and', 'or']);

/**
 * "US and Iraqi forces", "U.S. or British contractors": a country's initials paired with a nationality
 * qualify the noun both own, one or two words on (with "security", "military" between); the initials are
 * an adjective there, never where it happened.
 */
function pairedOwner(viewText: string, end: number): boolean {
  const words = wordSpans(viewText, end, Math.min(viewText.length, end + 60), 5);
  const [pair, other] = words;
  if (pair === undefined || other === undefined || !PAIRING.has(viewText.slice(pair[0], pair[1])))
    return false;
  let at = end;
  for (const [i, [from, to]] of words.entries()) {
    if (!joined(viewText, at, from)) return false;
    at = to;
    const word = viewText.slice(from, to);
    if (i >= 2 && (OWNED_AFTER.has(word) || FORCES_AFTER_POSSESSIVE.has(word))) return true;
  }
  return false;
}

/** Words after a country's initials that leave them a noun: "in the US on Monday", "the US and Britain". */
const AFTER_NOUN = new Set(
  `and or on in at to for from of by with as than but that which who whose where when while since after before
  during into over under about against between is was are were has had have will would could should may might
  can did does do said says last this next today yesterday earlier later ago until monday tuesday wednesday
  thursday friday saturday sunday`.split(/\s+/),
);
/** Acts of a state ("a possible US attack"): the actor layer reads the initials before them as its forces. */
const STATE_ACTS = new Set(
  `attack attacks strike strikes airstrike airstrikes raid raids bombing bombings invasion offensive`.split(
    /\s+/,
  ),
);
/** Prepositions that make the initials after them a place: "in the US", "flown to the U.S.". */
const INTO = new Set(['in', 'into', 'to', 'from', 'across', 'throughout', 'within', 'inside']);
const LATIN_INITIAL = /^[a-z]/;

/**
 * "US security patrols", "the U.S. government", "a U.S. Information Service center": a country's Latin
 * initials followed by a word other than a preposition, conjunction, verb of saying or day are an
 * adjective, whose, not where — unless a preposition of place stands before them ("in the US last year").
 */
function adjectiveInitials(viewText: string, name: string, start: number, next: Span): boolean {
  if (!ABBREVIATION.test(name) || !LATIN_INITIAL.test(name)) return false;
  const word = viewText.slice(next[0], next[1]);
  if (AFTER_NOUN.has(word) || STATE_ACTS.has(word)) return false;
  const words = wordSpans(viewText, Math.max(0, start - 24), start);
  const last = words.at(-1);
  const before = last && viewText.slice(last[0], last[1]) === 'the' ? words.at(-2) : last;
  return before === undefined || !INTO.has(viewText.slice(before[0], before[1]));
}
