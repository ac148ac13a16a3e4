import type { Span } from '../../../core/span.js';
import {
  AUXILIARIES,
  COUNTED_NOUNS,
  ROLE_AFTER,
  ROLE_BEFORE,
  TOLLS,
  type NounSense,
  type Role,
} from './casualty-lexicon.js';
import { foldWord, type Lexeme } from './word-lexer.js';

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
  'عن الى إلى to at of rose risen climbed reached stood stands has had ارتفعت ارتفع بلغت بلغ وصلت وصل أمس اليوم yesterday today'
    .split(' ')
    .map(foldWord),
);
// Adjectives an English counted noun may carry: "12 unarmed civilians", "five Syrian soldiers".
const ADJECTIVES = new Set(
  'other more unarmed innocent armed local foreign young suspected alleged security government'.split(' '),
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
  while (k > 0 && lex[k - 1].sentence === sentence && LINKS.has(lex[k - 1].norm) && k > from - 3) k--;
  let before = k > 0 && lex[k - 1].sentence === sentence ? ROLE_BEFORE.matchBefore(lex, k) : null;
  before ??= tollBefore(lex, k, k < from);
  // "مقتل وإصابة 40", "killed or wounded 40": one number for two fates gives neither.
  const other = before && before.start > 0 ? ROLE_BEFORE.matchBefore(lex, before.start) : null;
  if (other && other.value !== before?.value) before = null;
  if (before && before.start > 1 && ['or', 'and', 'او'].includes(lex[before.start - 1].norm)) {
    const paired = ROLE_BEFORE.matchBefore(lex, before.start - 1);
    if (paired && paired.value !== before.value) before = null;
  }
  let a = next;
  while (within(a) && AUXILIARIES.has(lex[a].norm) && a < next + 3) a++;
  const after = within(a) ? ROLE_AFTER.matchAt(lex, a) : null;
  // "killed 220000 people wounded …": a bare participle after the noun starts the next clause when a
  // casualty word already stands before the number; "12 people were killed" has its auxiliary.
  const afterCounts = after && (a > next || !before);
  let role = sense?.role;
  if (!role && after && afterCounts) {
    role = after.value;
    hull.push(a, a + after.length - 1);
  } else if (!role && before) {
    role = before.value;
    hull.push(before.start, k - 1);
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
  for (let end = k; end > 0 && end >= k - (linked ? 3 : 0); end--) {
    if (lex[end - 1].sentence !== lex[k].sentence) break;
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
