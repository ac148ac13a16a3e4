import type { Quantity } from '../../../core/records.js';
import { COUNTED_NOUNS, ROLE_BEFORE, TITLES, type Role } from './casualty-lexicon.js';
import type { Lexeme } from './word-lexer.js';
import { quantityOf } from '../../../core/quantity-shape.js';

const COMMAS = new Set([',', '،']);
/** Quotation marks that close a word set in quotes: «استشهاد». */
export const CLOSING_QUOTES = new Set(['»', '”', '"', "'", '’']);
/** Lexemes a named victim's name and titles may run to before the next "، و<title>" of the list. */
const NAME_REACH = 10;

/** Words that may stand between an active casualty verb and the title: its subject and a day. */
const SUBJECT_REACH = 3;

/**
 * The casualty word right before `at`, or a verb up to three plain words before it: "أعدم تنظيم داعش أمس
 * الشيخ": the verb's subject and day stand between (no number, no punctuation, no counted noun, which
 * would be victims of their own). Before a title joined by "و" (`joinedTitle`) any casualty word may
 * stand there: "أصيب موظف وابنته", the words between name a victim.
 */
function casualtyWordBefore(
  lex: readonly Lexeme[],
  at: number,
  joinedTitle: boolean,
): { value: Role; start: number; end: number } | null {
  for (let k = at; k > 0 && k >= at - SUBJECT_REACH; k--) {
    if (lex[k - 1].sentence !== lex[at].sentence) return null;
    const hit = ROLE_BEFORE.matchBefore(lex, k);
    // "أصيب موظف وابنته": before a title joined by "و", the words after any casualty word are a victim.
    if (hit && (k === at || joinedTitle || /^[وف]?(?:اعدم|قتل|اغتال)/.test(lex[hit.start].norm)))
      return { ...hit, end: k };
    const word = lex[k - 1];
    if (word.kind !== 'word' || COUNTED_NOUNS.matchAt(lex, k - 1) || TITLES.matchAt(lex, k - 1)) return null;
  }
  return null;
}

/**
 * "استشهاد العريف أحمد جعفر، والجندي أول محمد علي، والجندي أول حسن ناصر": victims named by their rank
 * right after a casualty word, as many as each title of the list names.
 *
 * @example namedVictimsAt(lexSentences('استشهاد العريف أحمد، والجندي محمد', s), 1)?.quantity.value // 2
 */
export function namedVictimsAt(
  lex: readonly Lexeme[],
  i: number,
  joined?: Role,
): { quantity: Quantity; next: number } | null {
  const first = lex[i].kind === 'word' && TITLES.mayStartAt(lex, i) ? TITLES.matchAt(lex, i) : null;
  if (!first) return null;
  // "أصيب مدني وزوجته": a title joined by "و" to the count right before shares its fate.
  const andTitle = lex[i].norm.startsWith('و');
  if (joined && andTitle) return victims(lex, i, i, first.value, joined, i);
  // «استشهاد» العريف: the casualty word may stand in quotation marks.
  let at = i;
  while (at > 0 && lex[at - 1].kind === 'punct' && CLOSING_QUOTES.has(lex[at - 1].norm)) at--;
  const before = casualtyWordBefore(lex, at, andTitle);
  if (!before) return null;
  const within = (k: number) => k < lex.length && lex[k].sentence === lex[i].sentence;
  // "قتل مزارع وابنه": words between the casualty word and a title joined by "و" name one more victim.
  const oneBefore = andTitle && before.end < at;
  let count = first.value + (oneBefore ? 1 : 0);
  let last = i;
  for (let k = i + 1; within(k) && k <= last + NAME_REACH; k++) {
    if (lex[k].kind === 'number' || (lex[k].kind === 'punct' && !COMMAS.has(lex[k].norm))) break;
    // "، والجندي", "والجندي": "and" fused to the next title opens the next victim of the list.
    const more = lex[k].kind === 'word' && lex[k].norm.startsWith('و') ? TITLES.matchAt(lex, k) : null;
    if (more) {
      count += more.value;
      last = k;
    }
  }
  // "مقتل الجندي" alone is a counted noun, read with its noun where single counts are.
  if (count === 1 && COUNTED_NOUNS.matchAt(lex, i)) return null;
  return victims(lex, oneBefore ? before.end : i, last, count, before.value, before.start);
}

/** The count of victims named from lexeme `from` to `last`, its casualty word from `said`. */
function victims(
  lex: readonly Lexeme[],
  from: number,
  last: number,
  value: number,
  role: Role,
  said: number,
): { quantity: Quantity; next: number } {
  return {
    quantity: quantityOf({
      span: [lex[from].start, lex[last].end],
      value,
      qualifier: 'exact',
      role,
      nounSpan: [lex[said].start, lex[last].end],
    }),
    next: last + 1,
  };
}
