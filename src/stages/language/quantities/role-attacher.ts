import type { Span } from '../../../core/span.js';
import {
  ADJECTIVES,
  AUXILIARIES,
  COUNTED_NOUNS,
  PEOPLE_ROLE_BEFORE,
  ROLE_AFTER,
  ROLE_BEFORE,
  TOLLS,
  type NounSense,
  type Role,
} from './casualty-lexicon.js';
import { afterNisba, fateAcrossSide, roleAcrossSubject } from './arabic-role-subject.js';
import { verbAfterModifier } from './modified-subject.js';
import { readNumber } from './number-reader.js';
import { foldWord, type Lexeme } from './word-lexer.js';
import { CLOSING_QUOTES } from './named-victims.js';
import {
  ACTIVE,
  objectAt,
  pastHearsay,
  pastRelative,
  roleAcrossPhrase,
  roleEarlierInClause,
  verbAcrossPhrase,
  verbAfterCoordinate,
  verbAfterPartitive,
} from './role-clauses.js';

/** What the words around a number say about the people counted. */
export interface Attachment {
  role?: Role;
  noun?: string;
  nounSpan?: Span;
  /** The lexeme after the counted noun (or after the number when there is none). */
  next: number;
}

// Words that may stand between a casualty word and its number: "أسفر عن مقتل", "death toll rose to".
const LINKS = new Set(
  'عن الى إلى to at of all another rose risen rises rising climbed climbs reached reaches hit hits jumped stood stands has had ارتفعت ارتفع ترتفع يرتفع بلغت بلغ وصلت وصل أمس اليوم yesterday today'
    .split(' ')
    .map(foldWord),
);

/** "a further", "an additional": words of a count added to one told before, between its verb and number. */
const ADDED = new Set(['further', 'additional']);
const ONE_ARTICLE = new Set(['a', 'an']);
/** "a total of", "the total of": a count told as a sum. */
const SUM_OPENERS = new Set(['a', 'the']);
/** A count of one takes "was": "one of the guards was killed". */
const ONE = new Set(['one', '1']);

const CONJUNCTIONS = new Set(['and', 'or', 'او']);
/** Verbs of aim before "to kill": what was meant, not what was done. */
const AIMS = new Set(
  'tried try tries trying attempted attempt attempting threatened threaten threatening planned plan plans planning plotted plotting vowed vow wanted want aimed aiming sought intended intending meant'.split(
    ' ',
  ),
);

/**
 * Finds the counted noun and the role of the number spanning lexemes [from, to): the noun right after it
 * ("12 شخصا", "dozens of civilians", "12 من المدنيين"), a role word after the noun ("قتلوا", "were killed")
 * or before the number ("مقتل", "killing", "death toll rose to"). A role carried by the noun itself
 * ("قتيلا", "dead") wins over the others.
 *
 * @example attachRole(lexSentences('قتل 12 شخصا', [{ span: [0, 11] }]), 1, 2) // { role: 'killed', noun: 'people', … }
 */
export function attachRole(lex: readonly Lexeme[], from: number, to: number, own?: NounSense): Attachment {
  const sentence = lex[from].sentence;
  const within = (k: number) => k < lex.length && lex[k].sentence === sentence;
  const hull: number[] = [];
  let sense = own;
  let next = to;
  if (!sense) {
    const noun = nounAt(lex, to, within);
    if (noun) {
      sense = noun.sense;
      hull.push(noun.start, noun.end - 1);
      next = noun.end;
    }
  }
  let k = from;
  // "wounded a further 43", "killed an additional 12": a count added to one told before, its verb before it.
  if (
    k > 1 &&
    ADDED.has(lex[k - 1].norm) &&
    ONE_ARTICLE.has(lex[k - 2].norm) &&
    lex[k - 2].sentence === sentence
  )
    k -= 2;
  // "killing a total of 15 herders": the verb before the whole count told as a sum.
  if (k > 2 && lex[k - 1].norm === 'of' && lex[k - 2].norm === 'total' && SUM_OPENERS.has(lex[k - 3].norm))
    if (lex[k - 3].sentence === sentence) k -= 3;
  while (k > 0 && lex[k - 1].sentence === sentence && LINKS.has(lex[k - 1].norm) && k > from - 3) k--;
  // 'أسفر عن «استشهاد» 17': the casualty word may stand in quotation marks.
  if (k === from && k > 1 && lex[k - 1].kind === 'punct' && CLOSING_QUOTES.has(lex[k - 1].norm)) {
    if (lex[k - 2].sentence === sentence && ROLE_BEFORE.matchBefore(lex, k - 1)) k--;
  }
  // "was shot dead near his home by two gunmen": a count after "by" is the passive's agent, not its victims.
  const agent = from > 0 && lex[from - 1].sentence === sentence && lex[from - 1].norm === 'by';
  let before = k > 0 && lex[k - 1].sentence === sentence && !agent ? ROLE_BEFORE.matchBefore(lex, k) : null;
  // "tried to kill over a hundred people", "threatened to kill 10": an aim, not a toll ("managed to kill
  // two" is one).
  const aim = before && lex[before.start].norm === 'kill' && lex[before.start - 1]?.norm === 'to';
  if (aim && AIMS.has(lex[before!.start - 2]?.norm ?? '')) before = null;
  if (!agent) before ??= tollBefore(lex, k, k < from) ?? roleAcrossSubject(lex, k, sense?.noun !== undefined);
  const saidBefore = before !== null;
  let beforeEnd = k;
  if (!before && !agent) {
    const across = roleAcrossPhrase(lex, k);
    if (across) [before, beforeEnd] = [across, across.end];
  }
  // "سقوط 11 مواطنا", "تصفية 8 مسلحين": these words kill only a count of people.
  if (!before && sense?.noun && k > 0 && lex[k - 1].sentence === sentence)
    before = PEOPLE_ROLE_BEFORE.matchBefore(lex, k);
  // "مقتل وإصابة 40", "killed or wounded 40": one number for two fates gives neither.
  // But "43 شخصا قتلوا وأصيب 173": the first verb closes the clause of an earlier count.
  const other = before && before.start > 0 ? ROLE_BEFORE.matchBefore(lex, before.start) : null;
  if (other && twoFates(other.value, before!.value) && !closesCount(lex, other.start)) before = null;
  if (before && before.start > 1 && ['or', 'and', 'او'].includes(lex[before.start - 1].norm)) {
    const paired = ROLE_BEFORE.matchBefore(lex, before.start - 1);
    if (paired && twoFates(paired.value, before.value)) before = null;
  }
  const opened = pastRelative(lex, next, within);
  let a = opened;
  while (within(a) && AUXILIARIES.has(lex[a].norm) && a < opened + 3) a++;
  a = pastHearsay(lex, a, within);
  let after = within(a) ? ROLE_AFTER.matchAt(lex, a) : null;
  // "لقي 41 متمردا حوثيا مصرعهم": an adjective of origin may follow the noun before its verb.
  const pastAdjectives = a === next && !after ? afterNisba(lex, next, within) : next;
  if (pastAdjectives > next) {
    after = ROLE_AFTER.matchAt(lex, pastAdjectives);
    if (after) a = pastAdjectives;
  }
  // "Three gunmen killed a guard": a bare active verb with an object after it makes the count its subject.
  if (after && a === next && ACTIVE.has(lex[a].norm) && objectAt(lex, a + after.length, within, sense?.noun))
    after = null;
  if (!after && a === next) {
    const across =
      verbAcrossPhrase(lex, next, within) ??
      (before ? null : verbAfterCoordinate(lex, next, within)) ??
      verbAfterPartitive(lex, from, next, within) ??
      fateAcrossSide(lex, from, next, within);
    if (across) [after, a] = [across, across.at];
  }
  // Past a relative's own verb too: "Two men, who were fleeing the town, were shot dead". The number and
  // the noun must agree, and a bare "one" is a pronoun ("a guard, one who …") unless a noun says otherwise.
  const one = ONE.has(lex[to - 1].norm);
  const agreed = sense ? (sense.one ?? false) === one : !one;
  const modified = after || before || !agreed ? null : verbAfterModifier(lex, next, within, !one, !sense);
  if (modified) [after, a] = [modified, modified.at];
  // "قتل أبو حمزة و14 مسلحا آخرين", "killed the commander and 21 others", "killed Ali and five other
  // members of his family": others share the named fate.
  const otherNoun = sense !== undefined && within(to) && lex[to].norm === 'other';
  const others = sense?.noun === 'others' || isOthers(lex, next, within) || otherNoun;
  if (!before && !saidBefore && !after && others) before = roleEarlierInClause(lex, k);
  // "33 قتيلا وجريحا", "20 dead and wounded": one number for two fates gives neither; nor does "52 people
  // killed and wounded", "48 Killed and Injured", its verb joined to another fate.
  if (sense?.role && bothFates(lex, next, within, sense.role)) return { noun: sense.noun, next: next + 1 };
  if (after && bothFates(lex, a + after.length, within, after.value, true))
    return { noun: sense?.noun, next };
  // "killed 220000 people wounded …": a bare participle after the noun starts the next clause when a
  // casualty word already stands before the number; "12 people were killed" has its auxiliary.
  const afterCounts = after && (a > next || !before);
  let role = sense?.role;
  if (!role && after && afterCounts) {
    role = after.value;
    hull.push(a, a + after.length - 1);
  } else if (!role && before) {
    role = before.value;
    hull.push(before.start, beforeEnd - 1);
  }
  const nounSpan: Span | undefined = hull.length
    ? [lex[Math.min(...hull)].start, lex[Math.max(...hull)].end]
    : undefined;
  return { role, noun: sense?.noun, nounSpan, next };
}

/** A toll right before the number, or up to three words before a link ("إلى", "to") that precedes it. */
function tollBefore(
  lex: readonly Lexeme[],
  k: number,
  linked: boolean,
): { value: Role; start: number } | null {
  // "the death toll in the shelling of Homs rises to 63": the toll may carry a short phrase.
  for (let end = k; end > 0 && end >= k - (linked ? 7 : 0); end--) {
    if (lex[end - 1].sentence !== lex[k].sentence || (end < k && lex[end - 1].kind !== 'word')) break;
    const hit = TOLLS.matchBefore(lex, end);
    if (hit) return hit;
  }
  return null;
}

function nounAt(
  lex: readonly Lexeme[],
  j: number,
  within: (k: number) => boolean,
): { sense: NounSense; start: number; end: number } | null {
  let k = j;
  if (within(k) && (lex[k].norm === 'من' || lex[k].norm === 'of')) k++;
  if (within(k) && lex[k].norm === 'the') k++;
  for (const start of [k, k + 1]) {
    if (!within(start)) break;
    const hit = COUNTED_NOUNS.matchAt(lex, start);
    if (hit) return { sense: hit.value, start, end: start + hit.length };
    if (start === k && !(ADJECTIVES.has(lex[k].norm) || lex[k].capitalised)) break;
  }
  return null;
}

/** Words that open an object of the other fate's verb: "dead and wounded at least 65 others", "… the rest". */
const OBJECT_OPENERS = new Set(
  'at more over about nearly some around up a an the his her their its another dozens scores hundreds several many'.split(
    ' ',
  ),
);

/**
 * The counted noun (its fate `role`) is joined to a noun or verb of another fate: "قتيلا وجريحا"; with
 * `closing`, that verb closes the count's clause ("52 people killed and wounded"), and is no verb with
 * victims of its own ("fourteen dead and wounded at least 65 others").
 */
function bothFates(
  lex: readonly Lexeme[],
  next: number,
  within: (k: number) => boolean,
  role: Role,
  closing = false,
): boolean {
  if (!within(next)) return false;
  let at = next;
  if (CONJUNCTIONS.has(lex[at].norm)) at++;
  else if (!lex[at].norm.startsWith('و')) return false;
  if (!within(at)) return false;
  const verb = ROLE_AFTER.matchAt(lex, at);
  const other = COUNTED_NOUNS.matchAt(lex, at)?.value.role ?? verb?.value;
  if (other === undefined || !twoFates(role, other)) return false;
  const end = at + (verb?.length ?? 1);
  const object = within(end) && (readNumber(lex, end) !== null || OBJECT_OPENERS.has(lex[end].norm));
  return !closing || !object;
}

/** The casualty word at `start` follows a count or a counted noun: it is that count's verb. */
function closesCount(lex: readonly Lexeme[], start: number): boolean {
  const prev = lex[start - 1];
  if (!prev || prev.sentence !== lex[start].sentence) return false;
  return prev.kind === 'number' || COUNTED_NOUNS.matchBefore(lex, start) !== null;
}

function isOthers(lex: readonly Lexeme[], at: number, within: (k: number) => boolean): boolean {
  return within(at) && COUNTED_NOUNS.matchAt(lex, at)?.value.noun === 'others';
}

/**
 * Two fates told of one count, which give it neither; "kidnapped and killed two", "خطف وقتل" tell what
 * befell the same people in turn, and the last fate holds.
 */
function twoFates(first: Role, last: Role): boolean {
  return first !== last && !(first === 'abducted' && last === 'killed');
}
