/** Incidents told as what came days before the news ("a day after", «بعد يومين من», «غداة»): other incidents. */
import { wordSet } from '../../core/text/word-set.js';
import { countOf, DAY_AFTER_WORD, unitWordsOf } from '../../core/text/time-span-words.js';
import { clauseOpening } from './clause-opening.js';
import type { Frame } from './frame-builder.js';
import type { PhraseHit } from './phrase-matcher.js';
import type { SentenceView } from './sentence-view.js';

/** How many tokens before a trigger "days after" may stand ("days after a deadly chemical attack"). */
const DAYS_AFTER_REACH = 5;
/** Spans of hours to months: "a year after" most often names an era the news is set in, not an incident. */
const DAYS_AFTER = new Set(unitWordsOf(['hour', 'day', 'week', 'month']));

/** Words that count the span of a "days after" ("two days after", "just hours after"). */
const spanCount = (norm: string) => countOf(norm) !== undefined || norm === 'just' || norm === 'only';

/** «غداة», «وغداة»: "the day after" in one word, behind a conjunction or not. */
const DAY_AFTER = wordSet(DAY_AFTER_WORD, 'و ف');
/** «من», «على» (folded): the word that closes an Arabic "days after" («بعد ثلاثة أيام على»). */
const AFTER_OF = wordSet('من علي');
/** Tokens between «بعد» and its span of time: a count, or "less than" («بعد 3 أيام», «بعد أقل من أسبوع»). */
const COUNT_REACH = 3;

/** An English or an Arabic comma. */
const COMMA = /[,،]/;

/**
 * "Days after a chemical attack, a bomb killed a woman": an incident told as what came days before is
 * another incident. Where the "days after" before the trigger begins ("a day after", "بعد يوم من"), or -1.
 */
export function daysAfter(view: SentenceView, trigger: PhraseHit): number {
  for (let i = Math.max(0, trigger.start - DAYS_AFTER_REACH); i < trigger.start; i++) {
    const word = view.tokens[i].norm;
    // «غداة تبادل لإطلاق النار»: "the day after" in one word.
    if (DAY_AFTER.has(word)) return i;
    if (i === 0) continue;
    const prev = view.tokens[i - 1].norm;
    if (AFTER_OF.has(word) && DAYS_AFTER.has(prev)) {
      for (let k = i - 2; k >= Math.max(0, i - 2 - COUNT_REACH); k--)
        if (view.tokens[k].stem === 'بعد') return k;
    }
    if ((word === 'after' || word === 'بعد') && DAYS_AFTER.has(prev)) {
      let k = i - 1;
      while (k > 0 && spanCount(view.tokens[k - 1].norm)) k--;
      return k;
    }
  }
  return -1;
}

/**
 * Where the words of two neighbouring frames divide when one is told as what came days before the news:
 * at its "a day after" ("…, killing four, a day after eight were killed"), or at the comma that closes it
 * ("Days after an attack in X, a bomb hit Y"). Undefined when no such phrase decides it.
 */
export function daysAfterBoundary(
  view: SentenceView,
  text: string,
  first: Frame,
  second: Frame,
): number | undefined {
  const end = first.triggers.at(-1)!.end;
  const start = second.triggers[0].start;
  const told = daysAfter(view, second.triggers[0]);
  if (told >= end) return told;
  if (daysAfter(view, first.triggers[0]) < 0) return undefined;
  return clauseOpening(start, end, (k) =>
    COMMA.test(text.slice(view.tokens[k - 1].span[1], view.tokens[k].span[0])),
  );
}
