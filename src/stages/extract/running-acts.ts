import { wordSet } from '../../core/text/word-set.js';
import type { Frame } from './frame-builder.js';
import type { SentenceView } from './sentence-view.js';
import { CLAUSE_BREAK } from './cue-scope.js';

const MONTHS =
  'january|february|march|april|may|june|july|august|september|october|november|december|' +
  'يناير|فبراير|مارس|ابريل|مايو|يونيو|يوليو|اغسطس|سبتمبر|اكتوبر|نوفمبر|ديسمبر|' +
  'كانون|شباط|اذار|نيسان|ايار|حزيران|تموز|اب|ايلول|تشرين';
/** "since", «منذ» (folded forms). */
const SINCE = new Set([...wordSet('since'), ...wordSet('منذ', 'و ف')]);
/** "early", «مطلع», «بداية»: words that may stand between "since" and its month or year. */
const PART = /^(?:early|mid|late|the|start|beginning|of|مطلع|بدايه|اوايل|اواخر|منتصف|مستهل|شهر|عام|العام)$/i;
const MONTH_OR_YEAR = new RegExp(String.raw`^(?:${MONTHS}|(?:19|20)\d\d|العام|الحالي|الجاري)$`, 'i');
/** Tokens between a trigger and the "since" before it that makes it a running count. */
const SINCE_REACH = 12;
/** … and after it. */
const SINCE_AFTER = 6;
/** "the deadliest attack since 2003", «أعنف هجوم منذ»: a record is one incident measured against a span. */
const RECORD =
  /^(?:worst|deadliest|bloodiest|biggest|largest|heaviest|first|most|[وف]?(?:اعنف|اسوا|اكبر|الاول|اول|اشد|ادمي))$/i;

/** Where the "since MONTH/YEAR" starting at token `k` ends, or -1 when the tokens there are no such span. */
function sinceMonthOrYear(view: SentenceView, k: number): number {
  if (!SINCE.has(view.tokens[k].norm)) return -1;
  for (let j = k + 1; j < Math.min(view.tokens.length, k + 4); j++) {
    const norm = view.tokens[j].norm;
    if (MONTH_OR_YEAR.test(norm)) return j + 1;
    if (!PART.test(norm)) return -1;
  }
  return -1;
}

/** No comma or clause break stands in the text between tokens `a` and `b` (a before b). */
function bare(view: SentenceView, text: string, a: number, b: number): boolean {
  return (
    !/[,،]/.test(text.slice(view.tokens[a].span[1], view.tokens[b].span[0])) && oneClause(view, text, a, b)
  );
}

/** No clause break stands in the text between tokens `a` and `b` (a before b). */
function oneClause(view: SentenceView, text: string, a: number, b: number): boolean {
  return !CLAUSE_BREAK.test(text.slice(view.tokens[a].span[1], view.tokens[b].span[0]));
}

/**
 * A frame whose acts are told as going on since a month or a year: a running total, no incident.
 * Frames are still built from such triggers, so that the words of the running total stay out of the window
 * of an incident told after it ("تزايدت الهجمات منذ مطلع العام وكان أبرزها الهجوم على …").
 *
 * @example runsSince(frame, text) // true for "Strikes have killed 200 people since January."
 */
export function runsSince(frame: Frame, text: string): boolean {
  const start = frame.triggers[0].start;
  return actsRunSince(frame.view, text, { start, end: frame.triggers.at(-1)!.end });
}

/**
 * "Air strikes have killed 1,500 people since March", «ويشن التحالف غارات على العراق منذ أغسطس 2014», «منذ
 * عام 2009، شن المستوطنون مئات الاعتداءات»: acts told as going on, or summed, since a month or a year
 * are a running total, no one incident — unless told as a record ("the deadliest attack since 2003").
 */
function actsRunSince(view: SentenceView, text: string, trigger: { start: number; end: number }): boolean {
  const from = Math.max(0, trigger.start - SINCE_REACH);
  const to = Math.min(view.tokens.length, trigger.end + SINCE_AFTER + 1);
  for (let k = from; k < to; k++) {
    const end = sinceMonthOrYear(view, k);
    if (end < 0) continue;
    // After the act, "since" closes its own words ("have killed 200 since March"); a comma before it may
    // open a description of something else ("in Aden, held by the Houthis since March").
    // Before it, "since" governs the act only when it opens the clause («منذ عام 2004، شن المستوطنون», "Since
    // January, strikes have killed"): inside one it belongs to the words before it ("تزايدت الهجمات منذ مطلع
    // العام وكان أبرزها الهجوم على …", "who have held Aden since March, shelled the port").
    const opens = k === 0 || /[,،]/.test(text.slice(view.tokens[k - 1].span[1], view.tokens[k].span[0]));
    const joined =
      k >= trigger.end
        ? k - trigger.end <= SINCE_AFTER && bare(view, text, trigger.end - 1, k)
        : end <= trigger.start && opens && oneClause(view, text, end - 1, trigger.start);
    if (!joined) continue;
    // "the deadliest attack since 2014": a word of record before the act or between it and its "since".
    const before = view.tokens.slice(Math.max(0, trigger.start - 3), Math.max(k, trigger.start));
    if (!before.some((t) => RECORD.test(t.norm))) return true;
  }
  return false;
}
