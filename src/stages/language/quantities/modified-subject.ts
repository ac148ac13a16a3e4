import { ADJECTIVES, AUXILIARIES, COUNTED_NOUNS, ROLE_AFTER, type Role } from './casualty-lexicon.js';
import { readNumber } from './number-reader.js';
import type { Lexeme } from './word-lexer.js';

// A counted subject often carries a long modifier before its passive verb: "Two engineers of an aid group,
// Open Wells, were killed", "Two men, who had been laying a mine by the canal, were shot dead", "A farmer
// accused of helping the army was shot dead". The shorter shapes of role-clauses.ts stop after a
// few words; this one reaches the verb across the whole modifier, under guards that keep it in one clause.

/** Lexemes the modifier may run over before its verb. */
const REACH = 24;

/** Words that open a modifier after a noun: a relative, a preposition, or a participle of who someone is. */
const OPENERS = new Set(
  (
    'who whose which that of from in at on with for near inside aboard belonging working employed ' +
    'accused suspected believed known identified named based linked affiliated travelling traveling ' +
    'transporting carrying riding driving returning walking guarding escorting serving attached assigned ' +
    'stationed posted deployed'
  ).split(' '),
);

/**
 * Words that end the subject's clause: what follows them has a subject of its own ("Two gunmen in a car
 * opened fire when a guard was killed").
 */
const CLAUSE_BREAKS = new Set(
  'and or but when while after before because since where until then so if though although'.split(' '),
);

/** Words of a noun the lexicon does not know, with the names and adjectives before it: "American security guards". */
const NOUN_WORDS = 3;

/** Marks a modifier may hold: asides, names ("Mr.", "Ampatuan's"), brackets and hyphens. */
const INNER_MARKS = new Set([',', '.', "'", '’', '(', ')', '-', '"', '“', '”']);

/** Relatives whose own verb comes first in the modifier: "who were travelling", "that was carrying". */
const RELATIVES = new Set(['who', 'which', 'that']);

/**
 * A passive casualty verb that closes a modifier of the counted noun ending before `next`: "Two workers of a
 * charity, Open Door, were killed". The modifier opens, after an optional comma, with a relative, a
 * preposition or a participle of who someone is (`OPENERS`), and holds no number, no clause break, no other
 * fate word and no people noun right before the verb (a new subject: "… stormed the post, guards were
 * killed"). A `bare` count, whose noun the lexicon does not know, may have that noun first ("Two Dutch
 * surveyors, who …"), and "of" right after it is a partitive ("Seven of the mayor's guards were hurt"). The
 * auxiliary agrees with the count (`plural`: "were", else "was"), which keeps a relative's own
 * verb ("… shot at a herder who was killed") from being taken for the count's.
 *
 * @example verbAfterModifier(lexSentences('Two men, who were fleeing the town, were killed', s), 2, within, true)
 * // { value: 'killed', length: 1, at: 11 }
 */
export function verbAfterModifier(
  lex: readonly Lexeme[],
  next: number,
  within: (k: number) => boolean,
  plural: boolean,
  bare = false,
): { value: Role; length: number; at: number } | null {
  const end = bare ? unknownNounEnd(lex, next, within) : next;
  const opener = within(end) && lex[end].norm === ',' ? end + 1 : end;
  if (!within(opener) || !OPENERS.has(lex[opener].norm)) return null;
  const partitive = lex[opener].norm === 'of' && opener === next && bare;
  const auxiliary = plural ? 'were' : 'was';
  for (let k = opener + 1; k < opener + REACH && within(k + 1); k++) {
    const word = lex[k];
    if (word.kind === 'punct' ? !INNER_MARKS.has(word.norm) : CLAUSE_BREAKS.has(word.norm)) return null;
    if (word.kind === 'number' || readNumber(lex, k) !== null) return null;
    if (word.norm !== auxiliary) {
      if (ROLE_AFTER.matchAt(lex, k)) return null;
      continue;
    }
    if (RELATIVES.has(lex[k - 1].norm)) continue;
    if (!partitive && COUNTED_NOUNS.matchBefore(lex, k)) return null;
    let at = k + 1;
    while (within(at + 1) && AUXILIARIES.has(lex[at].norm) && at < k + 3) at++;
    const hit = within(at) ? ROLE_AFTER.matchAt(lex, at) : null;
    return hit && !otherFateJoined(lex, at + hit.length, hit.value, within) ? { ...hit, at } : null;
  }
  return null;
}

/**
 * Where a modifier may open after a count whose noun the lexicon does not know: right after the number, or
 * after a few words that end in that noun, all but the last a name or a known adjective ("Dutch security
 * surveyors"). A word of fate or a clause break is no noun.
 */
function unknownNounEnd(lex: readonly Lexeme[], next: number, within: (k: number) => boolean): number {
  const opens = (k: number) => lex[k].norm === ',' || OPENERS.has(lex[k].norm);
  if (!within(next) || opens(next)) return next;
  for (let k = next; k < next + NOUN_WORDS && within(k + 1); k++) {
    const word = lex[k];
    if (word.kind !== 'word' || CLAUSE_BREAKS.has(word.norm) || ROLE_AFTER.matchAt(lex, k)) break;
    if (opens(k + 1)) return k + 1;
    if (!word.capitalised && !ADJECTIVES.has(word.norm)) break;
  }
  return next;
}

/** "was wounded and died", "were wounded and killed": the verb is joined to another fate, and tells neither. */
function otherFateJoined(
  lex: readonly Lexeme[],
  at: number,
  role: Role,
  within: (k: number) => boolean,
): boolean {
  if (!within(at + 1) || lex[at].norm !== 'and') return false;
  const other = ROLE_AFTER.matchAt(lex, at + 1)?.value;
  return other !== undefined && other !== role && !(role === 'abducted' && other === 'killed');
}
