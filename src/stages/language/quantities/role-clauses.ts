import { AUXILIARIES, COUNTED_NOUNS, ROLE_AFTER, ROLE_BEFORE, type Role } from './casualty-lexicon.js';
import { afterNisba } from './arabic-role-subject.js';
import { readNumber } from './number-reader.js';
import type { Lexeme } from './word-lexer.js';

// The clause shapes that carry a casualty word across other words to its count, for attachRole.

// Words that open a short phrase allowed between a casualty word and its number ("قتل في الهجوم 5",
// "وقتل فيها جنديان", "killed in the attack were 5") or between a noun and its verb ("19 others on a ferry
// were wounded").
const PHRASE_OPENERS = new Set(
  'في فيها فيه فيهم خلال جراء بسبب اثر عقب بعد in inside at during on near after aboard from'.split(' '),
);

/**
 * English casualty verbs that take an object ("27 people dead a monitor said": "dead" takes none), by their
 * first word ("shot dead", "gunned down").
 */
export const ACTIVE = new Set(
  'killed wounded injured murdered assassinated executed beheaded shot gunned'.split(' '),
);
/** Words that open the object of an active casualty verb: "killed a guard", "wounded the driver". */
const OBJECT_DETERMINERS = new Set('a an the his her their its another'.split(' '));

/** Counted nouns of armed men, who kill the count after their verb ("Two gunmen killed seven traders"). */
const KILLERS = new Set(['militants', 'attackers']);

/**
 * An object of the verb ending before `at` opens there with a determiner, or with a count after armed men
 * (not after others: "6 persons killed 41 others injured" is a headline's two tolls).
 */
export function objectAt(
  lex: readonly Lexeme[],
  at: number,
  within: (k: number) => boolean,
  noun?: string,
): boolean {
  if (!within(at)) return false;
  return OBJECT_DETERMINERS.has(lex[at].norm) || (KILLERS.has(noun ?? '') && readNumber(lex, at) !== null);
}

/**
 * A casualty verb before a short phrase that ends at lexeme k: "قتل في الهجوم", "وقتل فيها",
 * "killed in the attack were". The phrase opens with a preposition and holds words only.
 */
export function roleAcrossPhrase(
  lex: readonly Lexeme[],
  k: number,
): { value: Role; start: number; end: number } | null {
  for (let p = k - 1; p >= 1 && p >= k - 4; p--) {
    if (lex[p].kind !== 'word' || lex[p].sentence !== lex[k - 1].sentence) return null;
    if (!PHRASE_OPENERS.has(lex[p].norm)) continue;
    const hit = ROLE_BEFORE.matchBefore(lex, p);
    if (hit) return { ...hit, end: p };
  }
  return null;
}

/**
 * A passive casualty verb after a short phrase that follows the noun: "19 others on a ferry were wounded",
 * "63 people including 21 children were killed", "eleven others, including four nurses, were injured" (an
 * aside between commas). The verb must carry its auxiliary, but after an aside.
 */
export function verbAcrossPhrase(
  lex: readonly Lexeme[],
  next: number,
  within: (k: number) => boolean,
): { value: Role; length: number; at: number } | null {
  if (!within(next)) return null;
  const aside = lex[next].norm === ',' && within(next + 1) && lex[next + 1].norm === 'including';
  const from = aside ? next + 1 : next;
  const including = lex[from].norm === 'including';
  if (!including && !PHRASE_OPENERS.has(lex[from].norm)) return null;
  for (let k = from + 1; k < from + 7 && within(k); k++) {
    if (aside && lex[k].norm === ',') {
      // "ten people, including two children, injured in the blast": the verb's auxiliary told once
      // before, for the clause's first count; a number or object after it makes it a verb of its own.
      const bare = within(k + 1) ? ROLE_AFTER.matchAt(lex, k + 1) : null;
      const end = k + 1 + (bare?.length ?? 0);
      if (bare && !objectAt(lex, end, within) && !(within(end) && lex[end].kind === 'number'))
        return { ...bare, at: k + 1 };
      continue;
    }
    if (lex[k].kind === 'punct' || (lex[k].kind === 'number' && !including)) return null;
    if (!AUXILIARIES.has(lex[k].norm) || !within(k + 1)) continue;
    const hit = ROLE_AFTER.matchAt(lex, k + 1);
    return hit ? { ...hit, at: k + 1 } : null;
  }
  return null;
}

/**
 * "some 25 soldiers and militiamen were killed", "12 soldiers and policemen were wounded": a second noun joined to the
 * counted one shares its number and its passive verb. The caller asks only when no casualty word stands
 * before the number: in "killed three soldiers and guards were wounded" the verb after is another fate.
 */
export function verbAfterCoordinate(
  lex: readonly Lexeme[],
  next: number,
  within: (k: number) => boolean,
): { value: Role; length: number; at: number } | null {
  if (!within(next + 1) || lex[next].norm !== 'and') return null;
  const noun = COUNTED_NOUNS.matchAt(lex, next + 1);
  const auxiliary = next + 1 + (noun?.length ?? 0);
  if (!noun || !within(auxiliary + 1) || !AUXILIARIES.has(lex[auxiliary].norm)) return null;
  const hit = ROLE_AFTER.matchAt(lex, auxiliary + 1);
  return hit ? { ...hit, at: auxiliary + 1 } : null;
}

/**
 * "اثنين من رجالنا قتلا": a partitive "من" and one word the lexicon does not know, then the verb; the word
 * may carry its adjectives ("لقي ستة مقاتلين من الفصائل المتشددة مصرعهم"). "… and five of them wounded": a
 * share of the people just told, given its own fate (after its auxiliary, if any); "13 wounded, one of them
 * seriously" is a part of the count before, not another.
 */
export function verbAfterPartitive(
  lex: readonly Lexeme[],
  from: number,
  next: number,
  within: (k: number) => boolean,
): { value: Role; length: number; at: number } | null {
  if (!within(next + 2) || lex[next + 1].kind !== 'word') return null;
  const arabic = lex[next].norm === 'من';
  const share = lex[next].norm === 'of' && lex[next + 1].norm === 'them' && lex[from - 1]?.norm === 'and';
  if (!arabic && !share) return null;
  let at = arabic ? pastAdjectives(lex, next + 1, within) : next + 2;
  const bare = at;
  while (within(at + 1) && AUXILIARIES.has(lex[at].norm) && at < bare + 2) at++;
  const hit = ROLE_AFTER.matchAt(lex, at);
  return hit ? { ...hit, at } : null;
}

/**
 * The lexeme after the Arabic noun at `noun` and at most two adjectives of it: nisba forms ("الإرهابية"), or
 * definite words after a definite noun ("العناصر المسلحة"), where no fate word stands.
 */
function pastAdjectives(lex: readonly Lexeme[], noun: number, within: (k: number) => boolean): number {
  const definite = lex[noun].norm.startsWith('ال');
  let k = noun + 1;
  while (k < noun + 3 && within(k + 1) && !ROLE_AFTER.matchAt(lex, k)) {
    const adjective = definite && lex[k].kind === 'word' && lex[k].norm.startsWith('ال');
    if (!adjective && afterNisba(lex, k, within) === k) break;
    k++;
  }
  return k;
}

/** A casualty word up to six words back in the clause, with no number or punctuation in between. */
export function roleEarlierInClause(
  lex: readonly Lexeme[],
  k: number,
): { value: Role; start: number } | null {
  for (let end = k - 1; end > 0 && end >= k - 6; end--) {
    if (lex[end].kind !== 'word' || lex[end].sentence !== lex[k].sentence) return null;
    const hit = ROLE_BEFORE.matchBefore(lex, end);
    if (hit) return hit;
  }
  return null;
}

/** Verbs of report that put a fate at one remove: "were said to be killed", "are feared to have died". */
const HEARSAY = new Set('said believed thought feared reported presumed understood known claimed'.split(' '));

/**
 * The lexeme after a report frame at `at` ("said to be", "believed to have been"), or `at` when there is
 * none: the fate after it is still the count's, only told on someone's word.
 */
export function pastHearsay(lex: readonly Lexeme[], at: number, within: (k: number) => boolean): number {
  if (!within(at + 2) || !HEARSAY.has(lex[at].norm) || lex[at + 1].norm !== 'to') return at;
  if (lex[at + 2].norm === 'be') return at + 3;
  if (lex[at + 2].norm !== 'have') return at;
  return within(at + 3) && lex[at + 3].norm === 'been' ? at + 4 : at + 3;
}

/** Marks that may open a relative clause set off from its noun: `40 people, "who died …`. */
const SET_OFF = new Set([',', '"', '“', "'"]);

/**
 * The lexeme after a relative "who" at `at` ("40 people who died", "who were killed", set off by a comma or
 * a quote), or `at` when there is none. "gunmen who killed a guard" makes the count the doer of an active
 * verb, not its victims.
 */
export function pastRelative(lex: readonly Lexeme[], at: number, within: (k: number) => boolean): number {
  let k = at;
  while (k < at + 2 && within(k) && SET_OFF.has(lex[k].norm)) k++;
  if (!within(k + 1) || lex[k].norm !== 'who' || ACTIVE.has(lex[k + 1].norm)) return at;
  return k + 1;
}
