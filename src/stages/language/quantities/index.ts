import type { Qualifier, Quantity, Sentence, Token } from '../../../core/records.js';
import { AUXILIARIES, COUNTED_NOUNS, ONE_VICTIM, ROLE_AFTER, TITLES, type Role } from './casualty-lexicon.js';
import { definiteCount } from './definite-counts.js';
import { FATE_PRONOUN_FIRST_WORDS, fatePronounAt } from './fate-pronouns.js';
import { namedVictimsAt } from './named-victims.js';
import { afterNisbaAdjectives } from './nisba-adjectives.js';
import { isNotACount } from './non-count-rules.js';
import { mayBeDual, NUMBER_FIRST_WORDS, readNumber, type NumberReading } from './number-reader.js';
import { QUALIFIERS_AFTER, QUALIFIERS_BEFORE } from './qualifier-lexicon.js';
import { attachRole } from './role-attacher.js';
import { nounBeforeNumber } from './arabic-role-subject.js';
import { OpeningWords } from './opening-words.js';
import {
  ANOTHER,
  anotherAt,
  ARTICLES,
  ONE_OF,
  oneOfAt,
  oneVictimAt,
  singleAt,
  WORDS_FOR_ONE,
} from './single-victims.js';
import { lexSentences, type Lexeme } from './word-lexer.js';
import { ZERO_COUNT_FIRST_WORDS, zeroCountsAt } from './zero-counts.js';
import { quantityOf } from '../../../core/quantity-shape.js';

const RANGE_JOINERS = new Set(['-', '–', 'to', 'الي', 'او', 'or']);
// A map: asked with any word before a count, which an object's keys answered by a slow generic look-up.
const RANGE_OPENERS = new Map(Object.entries({ between: 'and', بين: 'و', from: 'to', من: 'الي' }));
const COMMAS = new Set([',', '،']);
const LIST_JOINERS = new Set([',', '،', 'and', 'و']);
const AFTER_NOUN = new Set(['واحد', 'واحده', 'اثنين', 'اثنان', 'اثنتين', 'اثنتان']);

/**
 * Every word a rule of `findQuantities` may start at: a number in words (`readNumber`), a title
 * (`namedVictimsAt`), an article or a counted noun (`singleAt`, `definiteCount`), "أحد" (`oneOfAt`), a verb
 * of one victim (`oneVictimAt`), a fate's verb (`fatePronounAt`), a phrase of nobody (`zeroCountsAt`).
 * Each rule first asks whether its own set holds the lexeme and turns it away if not; most lexemes open
 * none of them, and this one set, asked of every lexeme, turns those away with one bit test instead of a
 * dozen calls. It also holds every word with a dual's ending (`mayBeDual`, read by `readNumber`). A rule
 * that comes to start at other words adds them here.
 */
const QUANTITY_OPENERS = new OpeningWords(
  [
    ...NUMBER_FIRST_WORDS,
    ...TITLES.firstWords(),
    ...ARTICLES.words,
    ...COUNTED_NOUNS.firstWords(),
    ...ONE_OF,
    ...ANOTHER,
    ...ONE_VICTIM.firstWords(),
    ...FATE_PRONOUN_FIRST_WORDS,
    ...ZERO_COUNT_FIRST_WORDS,
  ],
  { everyLexeme: true, alsoWhen: mayBeDual },
);

/** Whether some rule of `findQuantities` may start at the lexeme: a number, or see `QUANTITY_OPENERS`. */
function mayOpenQuantity(lexeme: Lexeme): boolean {
  return lexeme.kind === 'number' || QUANTITY_OPENERS.opens(lexeme);
}

/**
 * Finds the counts in the sentences of `text`: numbers in digits (Western, Arabic-Indic, Persian) or
 * words (Arabic, English), vague amounts ("عشرات", "dozens"), duals ("قتيلين"), with their qualifier,
 * range, and the role and noun the text ties to them. Years, dates, times, ages, money, percentages,
 * ordinals, phone numbers and identifiers are left out. `language` is not needed to decide anything —
 * Arabic and English rules never collide — and is accepted for the stage contract. `tokens`, the text's
 * tokens in order, change nothing found: they spare the lexer look-ups (see `lexSentences`).
 *
 * @example
 * findQuantities('أسفر عن مقتل ما لا يقل عن 12 شخصا', [{ span: [0, 33] }], 'ar')
 * // [{ span: [13, 28], value: 12, qualifier: 'at_least', role: 'killed', noun: 'people', nounSpan: [8, 33] }]
 */
export function findQuantities(
  text: string,
  sentences: readonly Sentence[],
  _language: string,
  tokens: readonly Token[] = [],
): Quantity[] {
  const lex = lexSentences(text, sentences, tokens);
  const out: Quantity[] = [];
  // `joinAt`: where a noun joined to the previous count by «و» may start (`afterNisbaAdjectives`).
  let previous: { quantity: Quantity; next: number; joinAt: number } | undefined;
  for (let i = 0; i < lex.length;) {
    if (!mayOpenQuantity(lex[i])) {
      i++;
      continue;
    }
    const zero = lex[i].kind === 'word' ? zeroCountsAt(lex, i) : null;
    if (zero) {
      out.push(...zero.quantities);
      previous = undefined;
      i = zero.next;
      continue;
    }
    // "طفلان وامرأة": "و" may be written onto the next noun; "21 سائحا أجنبيا وشرطي": after the adjectives.
    const joined =
      previous?.joinAt === i - 1
        ? joinedRole(lex, i, previous.quantity)
        : previous?.joinAt === i && lex[i].norm.startsWith('و')
          ? previous.quantity.role
          : undefined;
    const found =
      quantityAt(lex, i) ??
      namedVictimsAt(lex, i, joined) ??
      singleAt(lex, i, joined) ??
      definiteCount(lex, i, out) ??
      oneOfAt(lex, i) ??
      oneVictimAt(lex, i) ??
      anotherAt(lex, i, out) ??
      // "شرطيان لقيا مصرعهما": a fate right after a count is that count's verb, read with it.
      (previous?.next === i ? null : fatePronounAt(lex, i));
    if (found?.quantity) {
      if (previous) inheritRole(lex, i, { quantity: found.quantity, next: found.next }, previous);
      out.push(found.quantity);
      previous = {
        quantity: found.quantity,
        next: found.next,
        joinAt: afterNisbaAdjectives(lex, found.next),
      };
    }
    i = found ? Math.max(found.next, i + 1) : i + 1;
  }
  return out;
}

/**
 * "قتل 31 متمردا و4 من القوات", "killing 3 soldiers and 5 civilians": a count joined by "و"/"and" right
 * after a count with a role shares that role when it has none of its own. So does a counted noun after a
 * comma when the list goes on after it: "killing 3 soldiers, 4 police and 5 civilians".
 */
function inheritRole(
  lex: readonly Lexeme[],
  i: number,
  found: { quantity: Quantity; next: number },
  previous: { quantity: Quantity; next: number; joinAt: number },
) {
  const q = found.quantity;
  if (q.role || !previous.quantity.role) return;
  let first = i;
  while (first > 0 && lex[first - 1].start >= q.span[0]) first--;
  const joiner = lex[first - 1];
  if (first - 1 !== previous.joinAt || !joiner) return;
  const listed = q.noun !== undefined && LIST_JOINERS.has(lex[found.next]?.norm) && COMMAS.has(joiner.norm);
  if (!['و', 'and'].includes(joiner.norm) && !listed) return;
  if (lex[previous.joinAt - 1].sentence !== joiner.sentence || joiner.sentence !== lex[i].sentence) return;
  q.role = previous.quantity.role;
  q.nounSpan ??= previous.quantity.nounSpan;
}

/** The role of the count right before "and"/"و" at i - 1: "wounding a woman and a young man". */
function joinedRole(lex: readonly Lexeme[], i: number, previous: Quantity): Role | undefined {
  const joiner = lex[i - 1];
  if (!previous.role || !['و', 'and'].includes(joiner.norm)) return;
  return joiner.sentence === lex[i].sentence ? previous.role : undefined;
}

function quantityAt(lex: readonly Lexeme[], i: number): { quantity?: Quantity; next: number } | null {
  const reading = readNumber(lex, i);
  if (!reading) return null;
  // "aged from four to ten": a range of what is no count holds no count either.
  if (isNotACount(lex, i, reading.next)) return { next: rangeAfter(lex, i, reading)?.next ?? reading.next };
  let first = i;
  let qualifier: Qualifier = 'exact';
  const range = rangeAfter(lex, i, reading);
  let last = range ? range.next : reading.next;
  // "مقتل (20) شخصا": a count in brackets takes its words from outside them.
  if (
    !range &&
    lex[i - 1]?.norm === '(' &&
    lex[last]?.norm === ')' &&
    lex[i - 1].sentence === lex[last].sentence
  )
    [first, last] = [i - 1, last + 1];
  const opener = range?.opener;
  if (opener !== undefined) first = opener;
  const pre = QUALIFIERS_BEFORE.matchBefore(lex, first);
  if (pre) {
    qualifier = pre.value;
    first = pre.start;
  } else if (range) qualifier = 'at_least';
  // Arabic one and two follow their noun as adjectives: "قتل مواطنين اثنين", "شخص واحد", after its nisba too.
  const nounBefore = !reading.sense && AFTER_NOUN.has(lex[i].norm) ? nounBeforeNumber(lex, i) : null;
  const attached = nounBefore
    ? attachRole(lex, nounBefore.start, last, nounBefore.value)
    : attachRole(lex, first, last, reading.sense);
  if (reading.sense) attached.nounSpan = [lex[i].start, lex[reading.next - 1].end];
  if (nounBefore) {
    const from = Math.min(lex[nounBefore.start].start, attached.nounSpan?.[0] ?? Infinity);
    attached.nounSpan = [from, Math.max(lex[i - 1].end, attached.nounSpan?.[1] ?? 0)];
  }
  const post = qualifier === 'exact' ? postQualifier(lex, last, attached.next) : null;
  if (post) {
    qualifier = post.value;
    if (post.at === last) last = post.end;
  }
  const wordForOne = reading.value === 1 && WORDS_FOR_ONE.has(lex[i].norm);
  if (
    wordForOne &&
    !attached.role &&
    !attached.noun &&
    !fateAfterSubject(lex, i, reading.next) &&
    !oneOfTheirs(lex, reading.next)
  )
    return { next: reading.next };
  const quantity = quantityOf({
    span: [lex[first].start, lex[last - 1].end],
    value: reading.value,
    qualifier,
    vague: reading.vague,
    upper: range?.upper,
    role: attached.role,
    noun: attached.noun,
    nounSpan: attached.nounSpan,
  });
  return { quantity, next: Math.max(last, attached.next) };
}

/** "of his", "of her", "of their": what makes "one" one of someone's people. */
const OF_THEIRS = new Set(['his', 'her', 'their']);

/**
 * "killed the mayor and one of his guards": "one of his …" is one of someone's people, a count whatever
 * its noun ("one of the cars" stays a pronoun).
 */
function oneOfTheirs(lex: readonly Lexeme[], next: number): boolean {
  const [of, whose] = [lex[next], lex[next + 1]];
  return (
    of?.norm === 'of' && whose !== undefined && of.sentence === whose.sentence && OF_THEIRS.has(whose.norm)
  );
}

/** Words the subject "one" may run over before its verb: "One village guard and one gunman were". */
const SUBJECT_REACH = 6;
/** "no one", "every one": "one" as a pronoun of none or all, not a count. */
const NOT_ONE_BEFORE = new Set(['no', 'every', 'each', 'any', 'the', 'this', 'that']);

/**
 * "One bodyguard was killed", "One of the guards was wounded": a subject opened by "one", whose noun the
 * lexicon does not know, closed by an auxiliary and a casualty verb within a few words. The fate makes
 * "one" a count even without a known noun (the extract stage reads which fate from the words).
 */
function fateAfterSubject(lex: readonly Lexeme[], i: number, next: number): boolean {
  if (NOT_ONE_BEFORE.has(lex[i - 1]?.sentence === lex[i].sentence ? lex[i - 1].norm : '')) return false;
  for (let k = next; k < next + SUBJECT_REACH && k + 1 < lex.length; k++) {
    if (lex[k].sentence !== lex[i].sentence || lex[k].kind !== 'word') return false;
    if (AUXILIARIES.has(lex[k].norm) && lex[k + 1].sentence === lex[i].sentence)
      return ROLE_AFTER.matchAt(lex, k + 1) !== null;
  }
  return false;
}

/** "10-15", "10 to 15", "two or three", "بين 10 و15", "من 10 إلى 15", "between 10 and 15". */
function rangeAfter(
  lex: readonly Lexeme[],
  i: number,
  low: NumberReading,
): { upper: number; next: number; opener?: number } | null {
  if (low.value === null) return null;
  const j = low.next;
  const joiner = lex[j];
  if (!joiner || joiner.sentence !== lex[i].sentence) return null;
  const before = lex[i - 1]?.sentence === lex[i].sentence ? lex[i - 1] : undefined;
  const openerJoin = before ? RANGE_OPENERS.get(before.norm) : undefined;
  const joins = RANGE_JOINERS.has(joiner.norm) || joiner.norm === openerJoin;
  if (!joins || j + 1 >= lex.length || lex[j + 1].sentence !== lex[i].sentence) return null;
  const high = readNumber(lex, j + 1);
  if (!high || high.value === null || high.value <= low.value || isNotACount(lex, j + 1, high.next))
    return null;
  return { upper: high.value, next: high.next, opener: openerJoin === joiner.norm ? i - 1 : undefined };
}

/** "12 شخصا على الأقل", "42 حوثيا على الأقل" (a noun the lexicon does not know), "30 or more". */
function postQualifier(lex: readonly Lexeme[], afterNumber: number, afterNoun: number) {
  for (const at of new Set([afterNumber, afterNoun, afterNumber + 1])) {
    if (at >= lex.length || lex[at].sentence !== lex[afterNumber - 1].sentence) continue;
    const hit = QUALIFIERS_AFTER.matchAt(lex, at);
    if (hit) return { value: hit.value, at, end: at + hit.length };
  }
  return null;
}
