import { normalizeName } from '../../core/text/normalize.js';
import { PLACE_KINDS, TOWN_KINDS, type NameSense } from './kb-types.js';
import type { NameMatch } from './mention-matcher.js';
import { asDemonym, pushKeptSenses, withSenses } from './name-match-builder.js';
import { needsSupport } from './country-evidence.js';
import { seatsOfOrganisation } from './organisation-seats.js';
import { afterGivenName, headsArabicName, headsFamilyName } from './arabic-given-names.js';
import {
  BARE_OF,
  FAITHS,
  INSTITUTION_WORDS,
  LOCATIVE_BEFORE,
  NOT_NAME_WORDS,
  PLACED_BEFORE,
} from './name-context-words.js';
import { afterWorldGivenName, headsWorldName } from './world-given-names.js';
import { inVillageName } from './village-name-parts.js';
import {
  capitalisedBefore,
  hasCasedLetter,
  isCapitalisedWord,
  mayBeUpperAt,
  mayEndCapitalisedWord,
} from './letter-cases.js';
import { titleAndGivenNameBefore, titleOrNameBefore } from './person-titles.js';
import { arabicNameAfterRole } from './spokesman-names.js';
import { guardedPattern } from '../../core/text/guarded-pattern.js';

/** What a name inside a longer personal name vetoes: any place but a country (a nationality may be meant). */
const NOT_COUNTRY_KINDS: ReadonlySet<string> = new Set([...PLACE_KINDS].filter((k) => k !== 'country'));

// "Gary Hughes", "Santiago Santacruz", "Goodyear Tire": a capitalised word right after the name, which neither
// names a place's kind nor a day or a month, makes a small gazetteer town the first word of another name.
const CAPITALISED_AFTER = /^\s(\p{Lu}\p{Ll}+)/u;
// "عبدالرحمن بن عبدالله السند": after "بن" (son of) and a father's name comes the family name, which many
// Arabic families take from a place; no town or region is meant. Every match holds "بن": guarded by it
// (core/text/guarded-pattern), a lead without it (every English one) is not tried at each of its places.
const ARABIC_FAMILY_NAME_BEFORE = guardedPattern(/(?:^|[\s(،,])(?:بن|ابن)\s+[\u0621-\u064a]+\s+$/u, 'بن');
/** Whether the match is such a family name. */
function arabicFamilyName(text: string, match: NameMatch): boolean {
  return ARABIC_FAMILY_NAME_BEFORE.test(text.slice(Math.max(0, match.span[0] - 24), match.span[0]));
}

/**
 * Drops the town senses of a match that is part of a person's or an organisation's name, judged on the
 * original text (capitals matter): "Mahdi al-Attar" is no town Atar, "Col. Riyadh" no Saudi capital, "Haydar
 * Hamzah" no Iraqi town, and "the al-Nasir Salah al-Din Brigades" put no Nasir on the map — though a city
 * heading such a name stays as its seat, read as a nationality ("the Amman Arab Bank" is Jordanian). A small
 * worldwide-gazetteer town next to another capitalised word is part of a person's or a firm's name ("Gary
 * Hughes", "Goodyear Tire", "Marcel Fontaine") unless a locative stands before it. Regions and countries are
 * kept ("Kashmir Liberation Front" is handled with the other organisation nouns by the chooser).
 *
 * @example withoutNameParts(text, matches) // matches with such town senses removed
 */
export function withoutNameParts(text: string, matches: readonly NameMatch[]): NameMatch[] {
  const out: NameMatch[] = [];
  // Every rule here but the two Arabic ones reads capitals or Latin words: in a text with no letter that has a
  // case (most Arabic articles) none of them can apply, and they are not run, nor are their bounds gathered.
  const cased = hasCasedLetter(text);
  const named = new Set<number>();
  // Where curated names end (an actor's, a shipped place's); a worldwide-gazetteer town may well be a surname.
  const ends = new Set<number>();
  if (cased)
    for (const m of matches) {
      if (isShippedPlace(m)) named.add(m.span[0]).add(m.span[1]);
      if (!isWorldTown(m)) ends.add(m.span[1]);
    }
  // Words a given name or a title has shown to be a person's ("Hamid Naama" … "killing Naama").
  const personWords = new Set<string>();
  // Where a match right after an Arabic given name starts: the last step below asks it again of every match
  // kept, whose span is the one read here, and two long patterns a match are spared the second time.
  const afterArabicGiven = new Set<number>();
  for (const match of matches) {
    const personsName = cased && endsPersonsName(text, match, ends);
    const afterArabic = cased && afterGivenName(text, match);
    if (afterArabic) afterArabicGiven.add(match.span[0]);
    const afterGiven = afterArabic || (cased && afterWorldGivenName(text, match, ends));
    const inLongerName =
      personsName ||
      afterGiven ||
      arabicFamilyName(text, match) ||
      (cased &&
        (headsKinName(text, match, named) ||
          namedAfterRole(text, match, named) ||
          inLatinPersonsName(text, match, personWords, named, ends) ||
          inVillageName(text, match, matches)));
    const givenName =
      cased &&
      (personsName ||
        headsWorldName(text, match, named) ||
        (!inLongerName && headsFamilyName(text, match, named)));
    const titled = isNamePart(text, match, cased);
    const namePart = inLongerName || givenName || titled;
    const surface = text.slice(...match.span);
    // "Maulvi Salahuddin … Salahuddin was a spy": a title shows the name a person's as a given name does.
    if ((afterGiven || givenName || titled) && isCapitalisedWord(surface)) personWords.add(surface);
    if (!namePart && cased && namesBody(text, match)) {
      out.push(withSenses(match, match.senses.map(asOwner)));
      continue;
    }
    const seats = namePart || !cased ? undefined : seatsOfOrganisation(text, match);
    if (seats !== undefined) {
      if (seats.length > 0) out.push(withSenses(match, seats));
      continue;
    }
    const nameHead = !namePart && cased && headsAnotherName(text, match);
    if (!namePart && !nameHead) {
      out.push(match);
      continue;
    }
    const dropped = givenName ? PLACE_KINDS : inLongerName ? NOT_COUNTRY_KINDS : TOWN_KINDS;
    pushKeptSenses(
      out,
      match,
      (s) =>
        !dropped.has(s.entity.kind) || (nameHead && !(s.entity.tier === 'world' && needsSupport(s.entity))),
    );
  }
  const kept: NameMatch[] = [];
  for (const match of out) {
    // "Abdul Hadi", "Mohammed Hadi": the end of another person's name, not the leader's surname ("Hadi" alone).
    if (!afterArabicGiven.has(match.span[0])) kept.push(match);
    else {
      pushKeptSenses(kept, match, (s) => s.entity.kind !== 'person' || /\s/.test(s.written));
    }
  }
  return kept;
}

/**
 * The rules that find a match inside a longer personal name by capitals or Latin words around it: a name
 * already shown to be a person's, one heading or ending a name the report describes, a run of capitalised
 * words, a respelled surname, a given name before an Arabic one.
 */
function inLatinPersonsName(
  text: string,
  match: NameMatch,
  personWords: ReadonlySet<string>,
  named: ReadonlySet<number>,
  ends: ReadonlySet<number>,
): boolean {
  return (
    namedPersonAgain(text, match, personWords) ||
    headsPersonDescribed(text, match) ||
    namesPersonDescribed(text, match, named, ends) ||
    inNameRun(text, match, named, ends) ||
    respelledSurname(text, match) ||
    headsArabicName(text, match)
  );
}

/**
 * "Gunmen stormed the home of Hamid Naama … killing Naama": a one-word name the text has already shown to be
 * part of a person's (`personWords`) names that person again, unless a locative puts it on the map.
 */
function namedPersonAgain(text: string, match: NameMatch, personWords: ReadonlySet<string>): boolean {
  if (!personWords.has(text.slice(...match.span))) return false;
  return !PLACED_BEFORE.test(text.slice(Math.max(0, match.span[0] - 24), match.span[0]));
}

/**
 * "Sheikh Hussein Turkey", "Hermes Flor Montenegro": a name that ends a person's, after a title and a given
 * name or behind two other words of it, is no place at all — not even a country, whose name in a person's
 * spells no nationality.
 */
function endsPersonsName(text: string, match: NameMatch, ends: ReadonlySet<number>): boolean {
  const start = match.span[0];
  return titleAndGivenNameBefore(text, start) || closesNameRun(text, match, ends);
}

/** "Georgia Lamas, a judge": a name, a capitalised word and what a report says of a person. */
const GIVEN_NAME_DESCRIBED = /^\s(\p{Lu}\p{Ll}+),\s+(?:a|an|the|who|whose)\s/u;

/**
 * "Maan Lamas, a researcher": a place's name heading a person's name the report then describes, with no
 * locative before it. A country's is kept ("Kenya Airways, the carrier" is a firm of the country's).
 */
function headsPersonDescribed(text: string, match: NameMatch): boolean {
  const [start, end] = match.span;
  const after = GIVEN_NAME_DESCRIBED.exec(text.slice(end, end + 40));
  if (after === null || NOT_NAME_WORDS.has(after[1]) || INSTITUTION_WORDS.has(after[1])) return false;
  // "the wife of Georgia Lamas" still names her; "to Georgia Lamas" would put the pair on the map.
  const lead = text.slice(Math.max(0, start - 24), start);
  return !PLACED_BEFORE.test(lead) && !/\bto\s+(?:the\s+)?$/i.test(lead);
}

/**
 * "Kathleen Kenna": a one-word name met only by a looser spelling of a town ("Kenna" for Qena), right after a
 * capitalised word that is no place and with no locative before the two, is a person's surname as written.
 */
function respelledSurname(text: string, match: NameMatch): boolean {
  const [start, end] = match.span;
  const surface = text.slice(start, end);
  if (!isCapitalisedWord(surface) || normalizeName(surface) === match.key) return false;
  const lead = text.slice(Math.max(0, start - 24), start);
  const before = capitalisedBefore(text, start, lead);
  if (before === null || NOT_NAME_WORDS.has(before[1])) return false;
  // "the village of Tal Qarrah": a locative before the pair makes both words one place's name.
  return !LOCATIVE_BEFORE.test(lead.slice(0, lead.length - before[0].length + 1).slice(-12));
}

/** ", a writer", ", the mayor of …", ", who": what a report says of a person it has just named. */
const DESCRIBED_AFTER = /^,\s+(?:a|an|the|who|whose)\s/;
/** "the leader of the front, Kemal Paris, was shot": a verb after the comma that closes a named aside. */
const CLOSES_ASIDE = /^,\s+(?:was|is|had|has)\s/;
/** A given name as English reports write it, hyphenated ones too ("Sama-ae"). */
const GIVEN_NAME_LEAD = /(?:^|[\s(])(\p{Lu}\p{Ll}+(?:-\p{Ll}+)?)\s$/u;
/** Words that open a Spanish or Italian firm's name after its town ("Caja Pamplona", "Banco Bilbao"). */
const FIRM_WORDS = new Set(['Caja', 'Banco', 'Banca', 'Caixa']);

/**
 * "Tomas Mosul, the mayor of …", "Rita Paris, a writer", "Yusra Mosul, who …", "the head of the union, Kemal
 * Paris, was shot": a place's name after a capitalised word that starts or ends no other name, and before the
 * words that describe a person or after a comma that opens an aside about one, ends a person's name, unless a
 * locative puts the pair on the map ("in Kafr Nabi Hama, a village …").
 */
function namesPersonDescribed(
  text: string,
  match: NameMatch,
  named: ReadonlySet<number>,
  ends: ReadonlySet<number>,
): boolean {
  const [start, end] = match.span;
  const after = text.slice(end, end + 8);
  const closesAside = CLOSES_ASIDE.test(after);
  if (!DESCRIBED_AFTER.test(after) && !closesAside) return false;
  const lead = text.slice(Math.max(0, start - 30), start);
  const given = GIVEN_NAME_LEAD.exec(lead);
  if (given === null || NOT_NAME_WORDS.has(given[1]) || FAITHS.has(given[1])) return false;
  // ", Kemal Paris, was": only a name set off by commas on both sides is told of so.
  if (closesAside && !/,\s$/.test(lead.slice(0, lead.length - given[0].length + 1))) return false;
  // "Caja Granada, a lender": a firm named after its town.
  if (INSTITUTION_WORDS.has(given[1]) || FIRM_WORDS.has(given[1])) return false;
  if (named.has(start - 1) || ends.has(start - 1)) return false;
  return !PLACED_BEFORE.test(lead.slice(0, lead.length - given[0].length + 1).slice(-24));
}

/** A match whose every sense is a worldwide-gazetteer place: "Jimenez", "Hughes". */
const isWorldTown = (m: NameMatch): boolean => m.senses.every((s) => s.entity.tier === 'world');

/** A match the curated place files know: a town of a list, not a surname the world gazetteer shares. */
const isShippedPlace = (m: NameMatch): boolean =>
  m.senses.some((s) => s.entity.tier === 'shipped' && PLACE_KINDS.has(s.entity.kind));

/** The two capitalised words after a name: with it, a run of three (which words count is judged by the caller). */
const RUN_AFTER = /^\s(\p{Lu}\p{Ll}+)\s(\p{Lu}\p{Ll}+)\b/u;
/** The two capitalised words right before a name ("Alberto Jimenez Becerril"). */
const PAIR_BEFORE = /(?:^|[\s(])(\p{Lu}\p{Ll}+)\s(\p{Lu}\p{Ll}+)\s$/u;
/** A lower-case word of four letters or more near the name: its sentence is no headline in title case. */
const PLAIN_WORD = /(?:^|\s)\p{Ll}{4,}\b/u;

/**
 * "Eduardo Madina Munoz", "Orlando Enrique Gomez", "Alberto Jimenez Becerril": a place's name amid, at the
 * head or at the end of a run of three capitalised words that name no other place is part of a person's or a
 * body's name, unless a locative stands before the run. Curated places (`named`: their start and end
 * offsets) do not count as such words, so an unpunctuated list of towns stays a list; nor does a headline in
 * title case; nor, at the end of a run, words that close a curated name (`ends`: where such matches end).
 */
function inNameRun(
  text: string,
  match: NameMatch,
  named: ReadonlySet<number>,
  ends: ReadonlySet<number>,
): boolean {
  const [start, end] = match.span;
  const lead = text.slice(Math.max(0, start - 24), start);
  const tail = text.slice(end, end + 40);
  const word = (found: RegExpExecArray | null, i: number) =>
    found !== null && !NOT_NAME_WORDS.has(found[i]) && !INSTITUTION_WORDS.has(found[i]) ? found[i] : null;
  // Each expression needs a lower-case letter right before the space in front, or a capital after the space.
  const before = word(capitalisedBefore(text, start, lead), 1);
  const next = mayBeUpperAt(text, end + 1) ? CAPITALISED_AFTER.exec(tail) : null;
  const nextWord = word(next, 1) !== null && !named.has(end + 1);
  const run = nextWord ? RUN_AFTER.exec(tail) : null;
  const runOn = nextWord && word(run, 2) !== null && !named.has(end + 2 + run![1].length);
  const amid = before !== null && !named.has(start - 1) && nextWord;
  if ((amid || runOn) && !LOCATIVE_BEFORE.test(lead.slice(-12)))
    return PLAIN_WORD.test(text.slice(Math.max(0, start - 30), end + 30));
  return closesNameRun(text, match, ends);
}

/** "Alberto Jimenez Becerril": the name closes a run, behind two such words and no locative before them. */
function closesNameRun(text: string, match: NameMatch, ends: ReadonlySet<number>): boolean {
  const [start, end] = match.span;
  const word = (found: RegExpExecArray, i: number) =>
    !NOT_NAME_WORDS.has(found[i]) && !INSTITUTION_WORDS.has(found[i]);
  // The pair's second word and a white space end the lead (see `capitalisedBefore`, letter-cases.ts).
  if (!mayEndCapitalisedWord(text, Math.max(0, start - 60), start)) return false;
  const wide = text.slice(Math.max(0, start - 60), start);
  const pair = PAIR_BEFORE.exec(wide);
  if (pair === null || !word(pair, 1) || !word(pair, 2)) return false;
  // Not behind another name ("the Al Jazeera Cairo bureau").
  if (ends.has(start - 1) || ends.has(start - 2 - pair[2].length)) return false;
  if (LOCATIVE_BEFORE.test(wide.slice(0, pair.index + 1).slice(-12))) return false;
  return PLAIN_WORD.test(text.slice(Math.max(0, start - 30), end + 30));
}

const POSSESSIVE = /^['’]s\b/;

/** A person's role in lower case right before a name: "party member", "an activist", "the editor". */
const ROLE_BEFORE =
  /(?:^|\s)(?:member|activist|leader|official|councill?or|journalist|editor|reporter|commander|chairman|businessman|trader|teacher|cadre|supporter|worker)\s$/;

/**
 * "killed party member Sabra Devnath": a place's name between a person's role in lower case and a capitalised
 * word is a given name, the word after it the surname — unless that word is a curated place, a place noun or
 * a body's word ("a leader Kabul Police trusted").
 */
function namedAfterRole(text: string, match: NameMatch, named: ReadonlySet<number>): boolean {
  const [start, end] = match.span;
  // The surname's capital first (`CAPITALISED_AFTER` needs one right after the space): a character's code
  // rules out most names, before the role's words are looked for.
  if (!mayBeUpperAt(text, end + 1)) return false;
  if (!ROLE_BEFORE.test(text.slice(Math.max(0, start - 16), start))) return false;
  const next = CAPITALISED_AFTER.exec(text.slice(end, end + 24));
  return next !== null && !named.has(end + 1) && mayBeSurname(next[1]);
}

/** A capitalised word that may be a surname: no place noun, body's word or faith. */
const mayBeSurname = (word: string): boolean =>
  !NOT_NAME_WORDS.has(word) && !INSTITUTION_WORDS.has(word) && !FAITHS.has(word);

/** A capitalised word, then "family", "tribe" or "clan": the rest of a kin group's name after the match. */
const KIN_NAME_AFTER = /^\s(\p{Lu}\p{Ll}+)\s(?:family|tribe|clan)\b/u;

/**
 * "the house of the Teheran Narvaez family", "gunmen of the Bani Dhabian tribe": a place's name heading a
 * family's or a tribe's name of two words is a surname or a forebear's name, as "the Narvaez family" alone
 * would be — unless the word after it is a faith, a place noun or a curated place ("the Gaza Christian family",
 * "a Tikrit Shammar tribe").
 */
function headsKinName(text: string, match: NameMatch, named: ReadonlySet<number>): boolean {
  const kin = KIN_NAME_AFTER.exec(text.slice(match.span[1], match.span[1] + 40));
  if (kin === null || named.has(match.span[1] + 1)) return false;
  return mayBeSurname(kin[1]);
}

/**
 * A name next to another capitalised word, with no locative before it: "Gary Hughes", "Marcel Fontaine" and
 * "the home of Gary Hughes", not "in Gary", "the town of Gary Heights" nor "West Fontaine".
 */
function headsAnotherName(text: string, match: NameMatch): boolean {
  const [start, end] = match.span;
  const lead = text.slice(Math.max(0, start - 24), start);
  const after = mayBeUpperAt(text, end + 1) ? CAPITALISED_AFTER.exec(text.slice(end, end + 24)) : null;
  const before = capitalisedBefore(text, start, lead);
  const next = after !== null && !NOT_NAME_WORDS.has(after[1]);
  const previous = before !== null && !NOT_NAME_WORDS.has(before[1]);
  const near = lead.slice(-12);
  // After a bare "of", a surname must follow: not a body's noun ("the Austin Women's Health Center").
  const surname =
    next && !INSTITUTION_WORDS.has(after[1]) && !POSSESSIVE.test(text.slice(end + 1 + after[1].length));
  const owned = BARE_OF.test(near) && !PLACED_BEFORE.test(lead) && surname;
  return (next || previous) && !(LOCATIVE_BEFORE.test(near) && !owned);
}

/** A title, a person's name or (Arabic) a spokesman's role before the match; `cased`: see `withoutNameParts`. */
function isNamePart(text: string, match: NameMatch, cased: boolean): boolean {
  const [start] = match.span;
  return (
    (cased && titleOrNameBefore(text, start)) ||
    arabicNameAfterRole(text.slice(Math.max(0, start - 90), start))
  );
}

/**
 * "the Bank of Boston", "a Church of Ireland hall", "Banco Galicia": a bank or a church named for a place.
 * This and the next are asked before every name of an article with capitals and hardly ever match: guarded
 * (core/text/guarded-pattern) by their words, they run only on a lead that holds one.
 */
const BODY_NAMED_FOR = guardedPattern(
  /(?:^|[\s(])(?<!West\s)(?:Bank|Church|Banco|Banca|Caja|Caixa)\s+(?:(?:of|de)\s+)?$/u,
);
/** "Radio France", "Air Seychelles": a broadcaster or an airline named for its country. */
const CARRIER_NAMED_FOR = guardedPattern(/(?:^|[\s(])(?:Radio|Air)\s+$/u);

/**
 * A place's name that a bank's, a church's, a broadcaster's or an airline's name takes: whose the body is,
 * not where anything happened. A broadcaster or an airline is named so for its country alone: a region or a
 * town so named ("Radio Junin") is where it sits, and kept.
 */
function namesBody(text: string, match: NameMatch): boolean {
  const lead = text.slice(Math.max(0, match.span[0] - 16), match.span[0]);
  if (CARRIER_NAMED_FOR.test(lead)) return match.senses.some((s) => s.entity.kind === 'country');
  return BODY_NAMED_FOR.test(lead);
}

/**
 * A country or region named by a body says whose it is, as its nationality would. A town is kept: a branch of
 * "the Bank of Mosul" more often stands in Mosul.
 */
const asOwner = (s: NameSense): NameSense => (TOWN_KINDS.has(s.entity.kind) ? s : asDemonym(s));
