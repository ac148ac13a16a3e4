import type { Quantity } from '../../../core/records.js';
import { quantityOf } from '../../../core/quantity-shape.js';
import {
  ADJECTIVES,
  AUXILIARIES,
  COUNTED_NOUNS,
  ONE_VICTIM,
  PEOPLE_ROLE_BEFORE,
  ROLE_AFTER,
  ROLE_BEFORE,
  type Role,
} from './casualty-lexicon.js';
import { readNumber } from './number-reader.js';
import { OpeningWords } from './opening-words.js';
import { verbAfterModifier } from './modified-subject.js';
import { CLOSING_QUOTES } from './named-victims.js';
import { ACTIVE, objectAt } from './role-clauses.js';
import type { Lexeme } from './word-lexer.js';

// Single victims: one person counted with no number, by a singular noun ("a soldier was killed", "مقتل
// جندي"), by "أحد" before a group, or by a verb whose form tells one victim ("اغتيل").

/** "one" is also a pronoun ("one of them", "no one"): it counts only when tied to a noun or a role. */
export const WORDS_FOR_ONE = new Set(['one', 'واحد', 'واحده']);
/** "a soldier", "an officer"; tested by bit, as `singleAt` asks it of every lexeme no number starts at. */
export const ARTICLES = new OpeningWords(['a', 'an']);
/** "أحد"/"إحدى" before a group: one of them. Without its proclitic: "واحد" is the word for one. */
export const ONE_OF = new Set(['احد', 'احدي']);

/**
 * One person named by a singular noun next to a casualty word: "مقتل جندي", "إصابة شخص",
 * "a soldier was killed", "killing a policeman", "a policeman and a civilian were killed"; or joined to
 * a count with a role (`joined`): "wounding a woman and a young man".
 *
 * @example singleAt(lexSentences('مقتل جندي في الهجوم', s), 1)?.quantity.role // 'killed'
 */
export function singleAt(
  lex: readonly Lexeme[],
  i: number,
  joined?: Role,
): { quantity: Quantity; next: number } | null {
  const article = ARTICLES.opens(lex[i]);
  let at = article ? i + 1 : i;
  while (article && at < i + 3 && ADJECTIVES.has(lex[at]?.norm) && lex[at].sentence === lex[i].sentence) at++;
  if (at >= lex.length || lex[at].sentence !== lex[i].sentence || !COUNTED_NOUNS.mayStartAt(lex, at))
    return null;
  const noun = COUNTED_NOUNS.matchAt(lex, at);
  if (!noun?.value.one) return null;
  const end = at + noun.length;
  // "وقتل مسلح 38 سائحا": verb, subject, object — a count right after the noun is the victims; the noun killed.
  if (!article && lex[end]?.sentence === lex[i].sentence && readNumber(lex, end) !== null) return null;
  // "killed a family of five": the number after "of" counts the family's people; the family is no one victim.
  if (
    lex[end]?.norm === 'of' &&
    lex[end + 1]?.sentence === lex[i].sentence &&
    readNumber(lex, end + 1) !== null
  )
    return null;
  const found =
    roleBefore(lex, i) ??
    PEOPLE_ROLE_BEFORE.matchBefore(lex, i) ??
    (article ? null : verbBeforeSubject(lex, i));
  // "a murdered leader": a participle after an article describes the noun; it tells no incident.
  const attributive = found && found.start > 0 && ARTICLES.opens(lex[found.start - 1]);
  const before = attributive ? null : found;
  const within = (x: number) => x < lex.length && lex[x].sentence === lex[i].sentence;
  let k = end;
  while (within(k) && AUXILIARIES.has(lex[k].norm)) k++;
  let verb = article && within(k) ? ROLE_AFTER.matchAt(lex, k) : null;
  // "a farmer accused of helping the army was shot dead": the verb closes a modifier of the noun. Not after
  // a comma: "Ali Musa, a district councillor, was killed" is the named man, counted by his name.
  const apposition = lex[i - 1]?.sentence === lex[i].sentence && lex[i - 1].norm === ',';
  const across =
    article && !verb && k === end && !apposition ? verbAfterModifier(lex, end, within, false) : null;
  if (across) [verb, k] = [across, across.at];
  // "A gunman killed a guard": a bare active verb with an object after it makes the noun its subject.
  const active =
    verb && k === end && ACTIVE.has(lex[k].norm) && objectAt(lex, k + verb.length, within, noun.value.noun);
  const after = active ? null : verb;
  // "a policeman and a civilian were killed": the verb after the second noun tells the first one's fate.
  const pair = article && !after && within(k) && lex[k].norm === 'and';
  const role =
    noun.value.role ?? after?.value ?? before?.value ?? (pair ? pairedRole(lex, k + 1) : undefined) ?? joined;
  if (!role || (!article && !before && !joined)) return null;
  const from = before && !after ? before.start : i;
  const to = after ? k + after.length : end;
  // "إصابة شخص واحد": the word for one after the noun belongs to this count.
  const one = lex[end]?.sentence === lex[i].sentence && WORDS_FOR_ONE.has(lex[end].norm) ? 1 : 0;
  return {
    quantity: quantityOf({
      span: [lex[i].start, lex[end - 1 + one].end],
      value: 1,
      qualifier: 'exact',
      role,
      noun: noun.value.noun,
      nounSpan: [lex[from].start, lex[to - 1].end],
    }),
    next: end + one,
  };
}

/**
 * The casualty word before lexeme i, which a writer may set in quotation marks: «ما نتج عنه «استشهاد» أحد
 * أفرادها», «استشهاد» جندي. The counts with a number read it so too (role-attacher).
 */
function roleBefore(lex: readonly Lexeme[], i: number): { value: Role; start: number } | null {
  const plain = ROLE_BEFORE.matchBefore(lex, i);
  if (plain || i < 2) return plain;
  const quote = lex[i - 1];
  const quoted =
    quote.kind === 'punct' && CLOSING_QUOTES.has(quote.norm) && lex[i - 2].sentence === lex[i].sentence;
  return quoted ? ROLE_BEFORE.matchBefore(lex, i - 1) : null;
}

/** How many words an Arabic subject may hold between its verb and the one it killed: "قتل مسلحون مجهولون رجلا". */
const SUBJECT_WORDS = 2;

/**
 * "قتل مسلحون رجلا", "اغتال مجهولون شابا": in Arabic the verb comes first, then its subject, then the one it
 * harmed, whose accusative ending ("رجلا", not "رجل") marks him as the object. The verb before the subject
 * tells his fate. The subject's words are words, never a number ("قتل مسلح 38 سائحا" counts the 38).
 */
function verbBeforeSubject(lex: readonly Lexeme[], i: number): { value: Role; start: number } | null {
  if (!lex[i].norm.endsWith('ا')) return null;
  for (let gap = 1; gap <= SUBJECT_WORDS; gap++) {
    const subject = lex[i - gap];
    if (subject?.sentence !== lex[i].sentence || subject.kind !== 'word') return null;
    const verb = ROLE_BEFORE.matchBefore(lex, i - gap);
    if (verb) return verb;
  }
  return null;
}

/**
 * "استشهاد أحد أفرادها", "مقتل إحدى السيدات": one of a group, named by the word after "أحد"/"إحدى", whose
 * fate the casualty word before tells. "أحد عشر" is read as eleven before this is tried.
 *
 * @example oneOfAt(lexSentences('استشهاد أحد المزارعين', s), 1)?.quantity.value // 1
 */
export function oneOfAt(lex: readonly Lexeme[], i: number): { quantity: Quantity; next: number } | null {
  const of = lex[i + 1];
  if (!ONE_OF.has(lex[i].norm) || !of || of.sentence !== lex[i].sentence || of.kind !== 'word') return null;
  const noun = COUNTED_NOUNS.matchAt(lex, i + 1)?.value.noun;
  // "تصفية أحد المسلحين" kills one of them; "تصفية إحدى الشركات" winds up a firm.
  const before = roleBefore(lex, i) ?? (noun ? PEOPLE_ROLE_BEFORE.matchBefore(lex, i) : null);
  if (!before) return null;
  const quantity = quantityOf({
    span: [lex[i].start, of.end],
    value: 1,
    qualifier: 'exact',
    role: before.value,
    noun,
    nounSpan: [lex[before.start].start, of.end],
  });
  return { quantity, next: i + 2 };
}

/** «وإصابة آخر»: "another", one more person after a count told before it. */
export const ANOTHER = new Set(['اخر', 'اخري']);

/**
 * «مقتل جندي وإصابة آخر», «استشهاد أحد أفرادها وإصابة آخر»: "another" right after a casualty word counts one
 * person more when the sentence counted people before it ("آخرين", others, gives no number). Alone («إصابة
 * آخر» with no count before) it may point back to anything, and counts nothing.
 *
 * @example anotherAt(lexSentences('مقتل جندي وإصابة آخر', s), 3, [soldier])?.quantity.role // 'injured'
 */
export function anotherAt(
  lex: readonly Lexeme[],
  i: number,
  earlier: readonly Quantity[],
): { quantity: Quantity; next: number } | null {
  if (!ANOTHER.has(lex[i].norm)) return null;
  const before = roleBefore(lex, i);
  const last = earlier.at(-1);
  if (!before || !last) return null;
  let first = i;
  while (first > 0 && lex[first - 1].sentence === lex[i].sentence) first--;
  if (last.span[0] < lex[first].start || last.span[1] > lex[before.start].start) return null;
  const quantity = quantityOf({
    span: [lex[i].start, lex[i].end],
    value: 1,
    qualifier: 'exact',
    role: before.value,
    nounSpan: [lex[before.start].start, lex[i].end],
  });
  return { quantity, next: i + 1 };
}

/**
 * "أنه قتل عددا من الإرهابيين", "أنه قتل العشرات", «أنه قتل "عديدا" منهم»: an amount with no number after
 * "أنه قتل", quoted or not, is who he killed, not the one killed (folded forms).
 */
const VAGUE_OBJECT =
  /^(?:عدد|عددا|اعدادا|العديد|عديد|عديدا|عشرات|العشرات|مئات|المئات|الاف|بعض|كثيرا|الكثير|كثير)$/;
/** Quote marks a writer may set round the amount he quotes: «قتل «عديد» من المسلحين». */
const QUOTE = /^[«»"“”'‘’]+$/;

/**
 * "اغتيل القيادي في الحركة", "لقي حتفه": the verb's form tells one victim, unless a count follows it.
 *
 * @example oneVictimAt(lexSentences('اغتيل القاضي أمام منزله', s), 0)?.quantity.role // 'killed'
 */
export function oneVictimAt(lex: readonly Lexeme[], i: number): { quantity: Quantity; next: number } | null {
  if (lex[i].kind !== 'word' || !ONE_VICTIM.mayStartAt(lex, i)) return null;
  const hit = ONE_VICTIM.matchAt(lex, i);
  if (!hit) return null;
  const next = i + hit.length;
  let object = next;
  while (lex[object]?.kind === 'punct' && QUOTE.test(lex[object].norm)) object++;
  const counted =
    lex[object]?.sentence === lex[i].sentence &&
    (readNumber(lex, object) !== null ||
      singleAt(lex, object) !== null ||
      oneOfAt(lex, object) !== null ||
      VAGUE_OBJECT.test(lex[object].norm));
  if (counted) return null;
  const span: [number, number] = [lex[i].start, lex[next - 1].end];
  return {
    quantity: quantityOf({ span, value: 1, qualifier: 'exact', role: hit.value, nounSpan: span }),
    next,
  };
}

/** The fate the verb gives a single noun at i that ends a pair: "… and a civilian were killed". */
function pairedRole(lex: readonly Lexeme[], i: number): Role | undefined {
  const next = lex[i] && ARTICLES.opens(lex[i]) ? singleAt(lex, i) : null;
  const quantity = next?.quantity;
  return quantity && quantity.nounSpan && quantity.nounSpan[1] > quantity.span[1] ? quantity.role : undefined;
}
