import type { Quantity } from '../../../core/records.js';
import type { Role } from './casualty-lexicon.js';
import { PhraseTable } from './phrase-table.js';
import type { Lexeme } from './word-lexer.js';
import { quantityOf } from '../../../core/quantity-shape.js';

const BOTH: Role[] = ['killed', 'injured'];

/** "ولم يصب أحد": "لم" is too short for the lexer to peel "و" off, so the joined form is listed too. */
function withAnd(phrases: string[]): string[] {
  return phrases.flatMap((p) => (p.startsWith('لم ') ? [p, 'و' + p] : [p]));
}

// Phrases that say nobody met a fate. "Casualties" and "خسائر بشرية" cover both deaths and injuries.
const NOBODY = new PhraseTable<Role[]>(
  (
    [
      [
        ['injured'],
        'no one was hurt|no one was injured|no one was wounded|nobody was hurt|nobody was injured',
      ],
      [['injured'], 'nobody was wounded|no injuries were reported|there were no injuries|caused no injuries'],
      [
        ['killed'],
        'no one was killed|nobody was killed|no one died|no deaths were reported|caused no deaths',
      ],
      [BOTH, 'no casualties were reported|there were no casualties|caused no casualties|without casualties'],
      [
        ['injured'],
        'دون وقوع إصابات|دون أن يصاب أحد|لم يصب أحد|لم تقع إصابات|لم تسجل إصابات|لم تسجل أي إصابات',
      ],
      [['injured'], 'عدم وقوع إصابات|دون تسجيل إصابات|دون إصابات'],
      [['killed'], 'دون وقوع قتلى|دون سقوط قتلى|لم يقتل أحد|لم تقع وفيات'],
      [BOTH, 'دون وقوع خسائر بشرية|عدم وقوع خسائر بشرية|دون خسائر بشرية|لم تقع خسائر بشرية'],
    ] as const
  ).flatMap(([roles, list]) => withAnd(list.split('|')).map((p) => [p, [...roles]] as const)),
);

/** The words a count of zero may open with: those of `NOBODY` (the other tables are asked after it). */
export const ZERO_COUNT_FIRST_WORDS: readonly string[] = [...NOBODY.firstWords()];

// "لم تسفر الغارة عن إصابات": the verb "to result in", negated, may carry its subject before "عن".
// «لم ينجم عنه سقوط أي ضحايا»: "to ensue from", its «عن» bearing the pronoun of what was told.
// Both tables are asked only where NOBODY may start ("لم" opens phrases of both).
const DID_NOT_CAUSE = new PhraseTable<true>(
  withAnd(['لم تسفر', 'لم يسفر', 'لم تؤد', 'لم يؤد', 'لم ينجم', 'لم تنجم']).map((p) => [p, true]),
  { screened: false },
);
const CAUSED = new PhraseTable<Role[]>(
  (
    [
      [['injured'], 'عن إصابات|عن أي إصابات|عن وقوع إصابات|إلى إصابات|إلى وقوع إصابات'],
      [['killed'], 'عن قتلى|عن وقوع قتلى|عن سقوط قتلى|إلى سقوط قتلى'],
      [BOTH, 'عن خسائر بشرية|عن أي خسائر بشرية|عن وقوع خسائر بشرية|عن سقوط ضحايا|عن ضحايا|إلى خسائر بشرية'],
      [BOTH, 'عن أي ضحايا|عن سقوط أي ضحايا|عنه سقوط أي ضحايا|عنها سقوط أي ضحايا|عنه أي ضحايا|عنها أي ضحايا'],
      [
        BOTH,
        'عنه سقوط ضحايا|عنها سقوط ضحايا|عنه خسائر بشرية|عنها خسائر بشرية|عنه أي خسائر بشرية|عنها أي خسائر بشرية',
      ],
    ] as const
  ).flatMap(([roles, list]) => list.split('|').map((p) => [p, [...roles]] as const)),
  { screened: false },
);

/**
 * Counts of zero at lexeme `i`: "no one was hurt", "لم تسفر عن إصابات" give 0 with their role, one
 * quantity per fate the phrase covers, and the index of the lexeme after the phrase.
 *
 * @example zeroCountsAt(lexSentences('no one was hurt', [{ span: [0, 15] }]), 0)
 * // { quantities: [{ span: [0, 15], value: 0, qualifier: 'exact', role: 'injured', nounSpan: [0, 15] }], next: 4 }
 */
export function zeroCountsAt(
  lex: readonly Lexeme[],
  i: number,
): { quantities: Quantity[]; next: number } | null {
  if (!NOBODY.mayStartAt(lex, i)) return null;
  const hit = NOBODY.matchAt(lex, i) ?? didNotCause(lex, i);
  if (!hit) return null;
  const next = i + hit.length;
  const span: Quantity['span'] = [lex[i].start, lex[next - 1].end];
  const quantities = hit.value.map((role) =>
    quantityOf({ span, value: 0, qualifier: 'exact', role, nounSpan: [...span] }),
  );
  return { quantities, next };
}

/** "لم تسفر عن إصابات", "لم يسفر القصف عن خسائر بشرية": up to two words between the verb and "عن". */
function didNotCause(lex: readonly Lexeme[], i: number): { value: Role[]; length: number } | null {
  const lead = DID_NOT_CAUSE.matchAt(lex, i);
  if (!lead) return null;
  for (let at = i + lead.length; at <= i + lead.length + 2 && lex[at]?.sentence === lex[i].sentence; at++) {
    const tail = CAUSED.matchAt(lex, at);
    if (tail) return { value: tail.value, length: at + tail.length - i };
  }
  return null;
}
