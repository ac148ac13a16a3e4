import type { Sentence, TimeExpression } from '../../../core/records.js';
import { mayBeDual, NUMBER_FIRST_WORDS } from '../quantities/number-reader.js';
import { OpeningWords } from '../quantities/opening-words.js';
import type { PhraseTable } from '../quantities/phrase-table.js';
import { foldWord, lexSentences } from '../quantities/word-lexer.js';
import { formatDay, parseReferenceDate, type DayNumber } from './calendar-math.js';
import { resolveSpec } from './date-resolver.js';
import type { DateSpec, Resolved } from './date-spec.js';
import { dayMonth, decade, monthFirst, numericDate, season, yearOnly } from './date-rules.js';
import {
  agoRule,
  periodRule,
  recentRun,
  relativeDay,
  toldDay,
  weekdayRule,
  weekendRule,
} from './relative-rules.js';
import { MONTHS } from './month-lexicon.js';
import { recentHours } from './recent-hours.js';
import { laterRule } from './later-rule.js';
import { vagueAgo } from './vague-ago.js';
import {
  AFTER_MIDNIGHT,
  AGO_BEFORE,
  DECADES,
  DIRECTION_BEFORE,
  LATEST,
  ORDINAL_DAYS,
  PARTS_OF_DAY_BEFORE,
  PERIOD_PARTS,
  PERIODS,
  RANGE_JOINERS,
  RELATIVE_DAYS,
  SEASONS,
  TOLD_DAYS,
  UNITS,
  WEEKDAYS,
  GLUED_S_WEEKDAYS,
  WEEKEND,
  type PeriodPart,
} from './time-lexicon.js';
import { LexemeWindow, type TimeMatch } from './time-match.js';
import { ARTICLE_FOLLOWERS, tableOnlyOpeners } from './table-openers.js';

/**
 * Modifiers written before an expression: "مطلع", "early on", "last", "هذا". Every field is always present, so
 * that all have one shape: objects with and without some keys deoptimised their readers, several times a pass.
 */
interface Modifiers {
  readonly part: PeriodPart | undefined;
  readonly partOfDay: string | undefined;
  readonly direction: -1 | 0 | 1 | undefined;
}

/** No modifier written: shared, as most expressions have none. */
const NO_MODIFIERS: Modifiers = Object.freeze({
  part: undefined,
  partOfDay: undefined,
  direction: undefined,
});

/** `mods` with one more modifier set, in the same shape. */
function withModifier<K extends keyof Modifiers>(mods: Modifiers, key: K, value: Modifiers[K]): Modifiers {
  const out = { part: mods.part, partOfDay: mods.partOfDay, direction: mods.direction };
  out[key] = value;
  return out;
}

/**
 * Finds the time expressions in the sentences of `text` and resolves them against `referenceDate`
 * (YYYY-MM-DD; null = unknown, and then expressions that need it get value null — the machine clock is
 * never read). Arabic (three Gregorian month-name systems, Hijri dates converted with Umm al-Qura,
 * weekdays, أمس/أول أمس, الأسبوع الماضي, صيف عام 2021, السابع من أكتوبر) and English (dates, "on Friday",
 * "last month", "two days ago", "early on Sunday", "summer of 2021") use one set of rules over both
 * lexicons. `language` is accepted for the stage contract; the lexicons do not collide.
 *
 * @example
 * findTimes('قتل أمس الجمعة', [{ span: [0, 14] }], 'ar', '2015-07-25')
 * // [{ span: [4, 14], value: '2015-07-24', precision: 'day', reason: 'reference date − 1 days' }]
 */
export function findTimes(
  text: string,
  sentences: readonly Sentence[],
  _language: string,
  referenceDate: string | null,
): TimeExpression[] {
  const w = new LexemeWindow(lexSentences(text, sentences));
  const told: ToldDays = {
    ref: parseReferenceDate(referenceDate),
    statement: null,
    storyDay: null,
    storyMonth: null,
  };
  const out: TimeExpression[] = [];
  for (let i = 0; i < w.lex.length;) {
    const found = mayStart(w, i) ? expressionAt(w, i, NO_MODIFIERS, 0) : null;
    if (found) i = readExpression(w, i, found, told, out);
    else i++;
  }
  return out;
}

/**
 * The days a text has told so far, that later expressions count from, and the reference date (see `findTimes`).
 */
interface ToldDays {
  ref: DayNumber | null;
  /** The day a dated statement was made ("قال في بيان يوم 3 أغسطس إن …"), while its sentence runs. */
  statement: { sentence: number; day: DayNumber } | null;
  /** The last day the text told, for "the previous day" and "a day earlier" (see `fromStoryDay`). */
  storyDay: StoryDay | null;
  /** The last month the text told (by a day or a month), for "three months earlier" and "two months later". */
  storyMonth: StoryDay | null;
}

/**
 * Resolves the expression `found` at lexeme i into `out` and notes the days it tells in `told`; the lexeme after
 * it. A function of its own, not the body of `findTimes`'s loop over every lexeme: its rarer paths (a range, a
 * statement's date, a day counted from the story's), each first met at some point of a run, deoptimised the
 * loop with all that was inlined into it, and `findTimes` was compiled 8 times in two passes over the corpus.
 */
function readExpression(
  w: LexemeWindow,
  i: number,
  found: { match: TimeMatch; mods: Modifiers },
  told: ToldDays,
  out: TimeExpression[],
): number {
  const { ref } = told;
  const { match, mods } = found;
  let range = rangeAfter(w, match);
  let resolved = range ? resolveRange(match, range, ref) : resolveOne(match, ref, mods);
  // "من 2013 إلى 2011": a range that ends before it starts is not read as one.
  if (range && resolved.value && resolved.end && resolved.end < resolved.value) {
    range = null;
    resolved = resolveOne(match, ref, mods);
  }
  const sentence = w.lex[i].sentence;
  const spec = match.spec;
  const counted = (spec.kind === 'relative-day' || spec.kind === 'period') && spec.told === true;
  // The day "the previous day" counts from: the story's (see `StoryDay`), or the reference date; "two
  // months later" only from the story's, as the reference date is the latest one the text can tell.
  const near = counted
    ? nearStoryDay(spec.kind === 'period' ? told.storyMonth : told.storyDay, sentence)
    : null;
  const forward = counted && spec.offset > 0;
  const base = counted ? (near ?? (forward ? null : ref)) : null;
  const statement = told.statement;
  if (counted) resolved = fromStoryDay(match, base, near !== null, mods);
  // "إن الطائرات قصفت أمس", told in a statement the sentence dates: yesterday is the day before the statement.
  else if (!range && spec.kind === 'relative-day' && statement?.sentence === sentence) {
    const said = resolveOne(match, statement.day, mods);
    resolved = { ...said, reason: `${said.reason} (the reference: the statement's date)` };
  } else if (spec.kind === 'date' && resolved.value && !resolved.end && datesStatement(w, i)) {
    const day = resolved.precision === 'day' ? parseReferenceDate(resolved.value) : null;
    if (day !== null) told.statement = { sentence, day };
  }
  const dayTold = !resolved.end && resolved.precision === 'day' ? parseReferenceDate(resolved.value) : null;
  if (dayTold !== null) told.storyDay = { sentence, day: dayTold, base: base ?? dayTold };
  const monthTold = resolved.precision === 'month' && !resolved.end ? `${resolved.value}-01` : null;
  const inMonth = dayTold ?? parseReferenceDate(monthTold);
  if (inMonth !== null) told.storyMonth = { sentence, day: inMonth, base: inMonth };
  const last = range ? range.end : match.end;
  out.push({ span: [w.lex[i].start, w.lex[last - 1].end], ...resolved });
  return last;
}

/**
 * The last day the text told (`day`, in `sentence`), and the day that sentence counts its own "a day
 * earlier" from (`base`): "Protesters marched on 3 March; troops had fired a day earlier, and two days
 * earlier the governor had quit" counts both from 3 March, while the next sentence's "the day before"
 * counts from the day this one told last.
 */
interface StoryDay {
  sentence: number;
  day: DayNumber;
  base: DayNumber;
}

/** The day a told day in `sentence` counts from, when the story told one in it or in the sentence before. */
function nearStoryDay(storyDay: StoryDay | null, sentence: number): DayNumber | null {
  if (storyDay?.sentence === sentence) return storyDay.base;
  return storyDay?.sentence === sentence - 1 ? storyDay.day : null;
}

/**
 * "Police raided the camp on Sunday. Two guards had been shot the previous day": a day counted from the day
 * the story last told (`fromStory`), or, with none so near, from the reference date.
 */
function fromStoryDay(
  match: TimeMatch,
  base: DayNumber | null,
  fromStory: boolean,
  mods: Modifiers,
): Resolved {
  const r = resolveOne(match, base, mods);
  const from = fromStory ? "the reference: the story's day" : 'no day told just before';
  return { ...r, reason: `${r.reason} (${from})` };
}

/** Words that name a statement or its making ("في بيان صدر يوم", "said in a statement on"), folded. */
const STATEMENT = new Set(
  ['بيان', 'قال', 'قالت', 'صدر', 'صادر', 'تصريح', 'statement', 'said', 'announced'].map(foldWord),
);
/** Words before a date within which a statement word ties the date to the statement. */
const STATEMENT_REACH = 4;

/** Whether the words just before lexeme k name a statement the date at k dates. */
function datesStatement(w: LexemeWindow, k: number): boolean {
  for (let j = k - 1; j >= k - STATEMENT_REACH; j--) {
    const l = w.at(k, j);
    if (!l) return false;
    if (l.forms.some((f) => STATEMENT.has(f))) return true;
  }
  return false;
}

/** The openers outside the tables ("يوم الأحد", "عام 2015", the counts of "two days ago"). */
const HAND_OPENERS =
  'يوم يومي عام العام سنه السنه عامي الساعات بعد year a an few several one two three four five six seven eight nine ten eleven twelve'.split(
    ' ',
  );
/** The tables whose phrases open an expression. */
const OPENING_TABLES: readonly PhraseTable<unknown>[] = [
  MONTHS,
  WEEKDAYS,
  GLUED_S_WEEKDAYS,
  RELATIVE_DAYS,
  PARTS_OF_DAY_BEFORE,
  PERIOD_PARTS,
  DIRECTION_BEFORE,
  PERIODS,
  SEASONS,
  AGO_BEFORE,
  ORDINAL_DAYS,
  DECADES,
  LATEST,
  UNITS,
  TOLD_DAYS,
  WEEKEND,
];
// The first words of every table that can open an expression, and the openers outside the tables. Most words
// open none and are skipped at once. Asked of every lexeme: it takes one of the first bits (`OpeningWords`).
const OPENERS = new OpeningWords(
  [...HAND_OPENERS, ...OPENING_TABLES.flatMap((table) => [...table.firstWords()])],
  { everyLexeme: true },
);
/** See `tableOnlyOpeners`: a rule may read a number, or a dual, at the lexeme it starts at; and `ARTICLE_FOLLOWERS`. */
const FOLLOWERS = new Map([
  ...tableOnlyOpeners(
    OPENING_TABLES,
    (word) => HAND_OPENERS.includes(word) || NUMBER_FIRST_WORDS.includes(word) || mayBeDual(word),
  ),
  ...ARTICLE_FOLLOWERS,
]);
/**
 * Every opening word with the words that may follow it (`FOLLOWERS`), or null when any may: one look-up a
 * form. "the", «في» and "a" alone are one word of news in sixteen, and each was looked up in the openers and
 * then in `FOLLOWERS`.
 */
const OPENER_FOLLOWERS: ReadonlyMap<string, ReadonlySet<string> | null> = new Map(
  [...OPENERS.words].map((word) => [word, FOLLOWERS.get(word) ?? null]),
);

function mayStart(w: LexemeWindow, i: number): boolean {
  const l = w.lex[i];
  return l.kind === 'number' || (l.kind === 'word' && OPENERS.opens(l) && goesOn(w, i));
}

/** Whether a form of lexeme i that opens an expression may open one with the lexeme after it (`FOLLOWERS`). */
function goesOn(w: LexemeWindow, i: number): boolean {
  const forms = w.lex[i].forms;
  for (let f = 0; f < forms.length; f++) {
    const followers = OPENER_FOLLOWERS.get(forms[f]);
    if (followers === undefined) continue;
    if (followers === null) return true;
    const next = w.at(i, i + 1);
    // Any of its forms: a table matches its first word so (the unit after "a" is such a first word).
    if (next !== undefined && hasAnyForm(followers, next.forms)) return true;
  }
  return false;
}

/** Whether `words` holds one of `forms`: a loop, where `some` with a closure made one a call. */
function hasAnyForm(words: ReadonlySet<string>, forms: readonly string[]): boolean {
  for (let f = 0; f < forms.length; f++) if (words.has(forms[f])) return true;
  return false;
}

/** The modifiers an expression may open with, each with the table that reads it. */
const MODIFIER_TABLES: [
  typeof PERIOD_PARTS | typeof PARTS_OF_DAY_BEFORE | typeof DIRECTION_BEFORE,
  keyof Modifiers,
][] = [
  [PARTS_OF_DAY_BEFORE, 'partOfDay'],
  [PERIOD_PARTS, 'part'],
  [DIRECTION_BEFORE, 'direction'],
];

function expressionAt(
  w: LexemeWindow,
  k: number,
  mods: Modifiers,
  depth: number,
): { match: TimeMatch; mods: Modifiers } | null {
  const match = ruleAt(w, k, mods);
  if (match) return { match, mods };
  if (depth >= 2) return null;
  for (const [table, key] of MODIFIER_TABLES) {
    const hit = w.lex[k].kind === 'word' && mods[key] === undefined ? table.matchAt(w.lex, k) : null;
    if (!hit) continue;
    let next = k + hit.length;
    // "mid-June", "أواخر شهر يونيو", "في أوائل الشهر", "the end of the month".
    while (w.is(k, next, '-', 'من', 'of', 'the', 'شهر', 'on')) next++;
    if (!w.at(k, next)) continue;
    const found = expressionAt(w, next, withModifier(mods, key, hit.value), depth + 1);
    if (found) return found;
  }
  return null;
}

/** The first rule that matches at k. `inRange`: after a range word, a bare month or year is a date. */
function ruleAt(w: LexemeWindow, k: number, mods: Modifiers, inRange = false): TimeMatch | null {
  const cued = inRange || mods.part !== undefined || mods.direction !== undefined;
  const rel = mods.direction ?? (mods.part ? 0 : undefined);
  return (
    numericDate(w, k) ??
    dayMonth(w, k) ??
    monthFirst(w, k, cued) ??
    relativeDay(w, k) ??
    toldDay(w, k) ??
    weekendRule(w, k, mods.direction) ??
    weekdayRule(w, k, mods.direction, cued || mods.partOfDay !== undefined) ??
    periodRule(w, k, rel) ??
    recentRun(w, k, mods.direction) ??
    recentHours(w, k, mods.direction) ??
    laterRule(w, k) ??
    season(w, k, mods.direction) ??
    agoRule(w, k) ??
    vagueAgo(w, k) ??
    decade(w, k) ??
    yearOnly(w, k, cued)
  );
}

/** A second expression after a range word: "من 1 يونيو إلى 5 يوليو 2015", "بين عامي 2011 و2013". */
function rangeAfter(w: LexemeWindow, first: TimeMatch): TimeMatch | null {
  const joiner = w.at(first.start, first.end);
  if (!joiner) return null;
  // "والثلاثاء": the conjunction is written on the next word.
  const glued = joiner.kind === 'word' && joiner.norm.length > 2 && joiner.norm[0] === 'و';
  if (!glued && !RANGE_JOINERS.has(joiner.norm)) return null;
  const opener = w.at(first.start, first.start - 1)?.norm;
  // "عامي 1982 و1990", "يومي الاثنين والثلاثاء": a dual names both ends.
  const dual = w.lex[first.start].norm === 'عامي' || w.lex[first.start].norm === 'يومي';
  const conjunction = glued || joiner.norm === 'و' || joiner.norm === 'and';
  if (conjunction && !(opener === 'بين' || opener === 'between' || dual)) return null;
  const at = glued ? first.end : first.end + 1;
  const second = w.at(first.start, at) ? ruleAt(w, at, NO_MODIFIERS, true) : null;
  return second && second.spec.kind === first.spec.kind ? second : null;
}

function resolveOne(match: TimeMatch, ref: DayNumber | null, mods: Modifiers): Resolved {
  // "early last month", "late August": an "early"/"late" read as a part of day narrows a longer period.
  const dayPart = mods.partOfDay === 'early' || mods.partOfDay === 'late' ? mods.partOfDay : undefined;
  const r = resolveSpec(match.spec, ref, mods.part ?? dayPart);
  if (match.lastDay !== undefined && r.value && match.spec.kind === 'date') {
    const end = resolveSpec({ ...match.spec, day: match.lastDay }, ref);
    return { ...r, end: end.value ?? undefined, reason: `${r.reason}; range of days` };
  }
  if (mods.partOfDay === AFTER_MIDNIGHT && r.value && r.precision === 'day' && !r.end) {
    const day = parseReferenceDate(r.value);
    if (day !== null)
      return { ...r, value: formatDay(day + 1), reason: `${r.reason}; after midnight: next day` };
  }
  return mods.partOfDay && !dayPart ? { ...r, reason: `${r.reason}; ${mods.partOfDay}` } : r;
}

function resolveRange(first: TimeMatch, second: TimeMatch, ref: DayNumber | null): Resolved {
  let spec: DateSpec = first.spec;
  if (
    spec.kind === 'date' &&
    spec.year === undefined &&
    second.spec.kind === 'date' &&
    second.spec.year !== undefined
  ) {
    // "من ديسمبر إلى فبراير 2016": the first month falls in the year before.
    spec = { ...spec, year: second.spec.year - (spec.month > second.spec.month ? 1 : 0) };
  }
  const a = resolveSpec(spec, ref);
  const b = resolveSpec(second.spec, ref);
  const end = b.end ?? b.value ?? undefined;
  return {
    value: a.value,
    ...(end ? { end } : {}),
    precision: a.precision,
    reason: `range: ${a.reason} to ${b.reason}`,
  };
}
