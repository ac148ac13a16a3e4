import type { Quantity } from '../../../core/records.js';
import { readNumber } from './number-reader.js';
import { quantityOf } from '../../../core/quantity-shape.js';
import { foldWord, type Lexeme } from './word-lexer.js';

// Arabic fates whose pronoun tells how many died: "لقي مصرعه" one, "لقيا مصرعهما" and "مقتلهما" two.

/** "مصرعه", "حتفها", "مصرعهما": the fate noun "لقي" takes, and how many its pronoun names (folded forms). */
const FATE_PRONOUNS = new Map<string, number>([
  ...['مصرعه', 'حتفه', 'مصرعها', 'حتفها'].map((w) => [foldWord(w), 1] as const),
  ...['مصرعهما', 'حتفهما'].map((w) => [foldWord(w), 2] as const),
]);
/** "لقي", "لقيت", "لقيا", "لقيتا": the verb of meeting one's death, with "و"/"ف" before it or not. */
const MET = new Set(['لقي', 'لقيت', 'لقيا', 'لقيتا'].map(foldWord));
/** "مقتلهما", "استشهادهما", "اغتيالهما": a death whose dual pronoun names the two who died. */
const DEATH_OF_TWO = new Set(['مقتلهما', 'استشهادهما', 'اغتيالهما', 'مصرعهما', 'وفاتهما'].map(foldWord));
/** The words `fatePronounAt` may start at: the verb of meeting one's death, or a death of two. */
export const FATE_PRONOUN_FIRST_WORDS: readonly string[] = [...MET, ...DEATH_OF_TWO];
/**
 * "أدى إلى", "أسفر عن": the act told led to the death after them; a dual death told otherwise ("بعد أيام على
 * مقتلهما") is often an older one the story recalls.
 */
const LED_TO = new Map<string, Set<string>>([
  [foldWord('إلى'), new Set(['أدى', 'أدت'].map(foldWord))],
  [foldWord('عن'), new Set(['أسفر', 'أسفرت'].map(foldWord))],
]);
/** Words a subject between "لقي" and its fate may run to: "مدرس متقاعد وزوجته". */
const SUBJECT_REACH = 6;

/**
 * "لقي مدرس وزوجته مصرعهما", "لقيت امرأة حتفها", "لقيا مصرعهما": the dead the fate's pronoun counts, the
 * subject told between the verb and its fate (a count of its own there is read by the number instead); and
 * "أدى إلى مقتلهما": the two a dual death the act led to names.
 *
 * @example fatePronounAt(lexSentences('لقي مدرس وزوجته مصرعهما', s), 0)?.quantity.value // 2
 */
export function fatePronounAt(
  lex: readonly Lexeme[],
  i: number,
): { quantity: Quantity; next: number } | null {
  const word = lex[i];
  if (word.kind !== 'word') return null;
  if (word.forms.some((f) => DEATH_OF_TWO.has(f)) && ledTo(lex, i)) return killed(lex, i, i, 2);
  if (!meetsDeath(word)) return null;
  const fate = fateAfterSubject(lex, {
    from: i + 1,
    reach: SUBJECT_REACH + 1,
    within: (k) => k < lex.length && lex[k].sentence === word.sentence,
    fates: FATE_PRONOUNS,
    counts: (k) => readNumber(lex, k) !== null,
  });
  return fate && killed(lex, i, fate.at, fate.value);
}

/**
 * "لقي", "ولقيت", "لقيا": the verb of meeting one's death, which the fate it met follows past its subject.
 *
 * @example meetsDeath(lexSentences('ولقي رجل مصرعه', s)[0]) // true
 */
export function meetsDeath(word: Lexeme): boolean {
  return word.kind === 'word' && word.forms.some((f) => MET.has(f));
}

/** Where the subject of "لقي" runs to the fate it met, and what the fate is worth. */
interface FateSearch<V> {
  /** The lexeme after the verb, or after the counted subject. */
  from: number;
  /** How many lexemes from `from` the fate may stand at the most. */
  reach: number;
  within: (k: number) => boolean;
  /** The fate nouns ("مصرعه", "حتفهم") and what each tells. */
  fates: ReadonlyMap<string, V>;
  /** A count starts at k: the subject's words end before it. */
  counts: (k: number) => boolean;
}

/**
 * "لقي مدرس وزوجته مصرعهما", "لقي 9 مسلحين من عناصر الحركة مصرعهم": the fate "لقي" met, told a few words
 * after it past its subject; none when a count, a mark or a second "لقي" comes first.
 *
 * @example fateAfterSubject(lex, { from: 1, reach: 7, within, fates, counts })?.at // the fate's lexeme
 */
export function fateAfterSubject<V>(
  lex: readonly Lexeme[],
  { from, reach, within, fates, counts }: FateSearch<V>,
): { value: V; at: number } | null {
  for (let k = from; k < from + reach && within(k); k++) {
    if (lex[k].kind !== 'word' || counts(k) || meetsDeath(lex[k])) return null;
    const value = fates.get(lex[k].norm);
    if (value !== undefined) return { value, at: k };
  }
  return null;
}

/** The two words before lexeme `i` say the act led to it: "ما أدى إلى مقتلهما". */
function ledTo(lex: readonly Lexeme[], i: number): boolean {
  const [verb, link] = [lex[i - 2], lex[i - 1]];
  if (!verb || verb.sentence !== lex[i].sentence || link.sentence !== lex[i].sentence) return false;
  const verbs = LED_TO.get(link.norm);
  return verbs !== undefined && verb.forms.some((f) => verbs.has(f));
}

/** The dead told from lexeme `from` to the fate at `to`: the subject between them is who they are. */
function killed(
  lex: readonly Lexeme[],
  from: number,
  to: number,
  value: number,
): { quantity: Quantity; next: number } {
  const subject: Quantity['span'] =
    to > from + 1 ? [lex[from + 1].start, lex[to - 1].end] : [lex[from].start, lex[to].end];
  const quantity = quantityOf({
    span: subject,
    value,
    qualifier: 'exact',
    role: 'killed',
    nounSpan: [lex[from].start, lex[to].end],
  });
  return { quantity, next: to + 1 };
}
