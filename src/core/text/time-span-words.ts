/**
 * The words that tell a span of time between two incidents ("two days after", «بعد أسبوعين من», «غداة») and
 * the words that open a clause of another act ("after", "which", «الذي», «عندما»): one table for the extract
 * stage, which splits such a clause off as an incident of its own, and the resolve stage, which dates it.
 * Words are written folded (as `normalizeName` folds them: «اسبوع» for «أسبوع», «ساعه» for «ساعة»).
 */

/** The spans of time a unit word names. */
export type TimeUnit = 'hour' | 'day' | 'week' | 'month' | 'year';

/** Days a unit spans, to count back from the news ("a month" as thirty days). */
export const UNIT_DAYS: Readonly<Record<TimeUnit, number>> = {
  hour: 0,
  day: 1,
  week: 7,
  month: 30,
  year: 365,
};

/**
 * A unit word: its unit and how many it counts by itself — one for a singular ("a week", «أسبوع»), two for an
 * Arabic dual («يومين»), none for a plural, which wants a count ("two days") or leaves it vague ("days").
 */
export interface UnitWord {
  unit: TimeUnit;
  count: number | null;
}

const unitWords = (unit: TimeUnit, singular: string, plural: string, dual = ''): [string, UnitWord][] => [
  ...singular.split(' ').map((w): [string, UnitWord] => [w, { unit, count: 1 }]),
  ...plural.split(' ').map((w): [string, UnitWord] => [w, { unit, count: null }]),
  ...dual
    .split(' ')
    .filter((w) => w !== '')
    .map((w): [string, UnitWord] => [w, { unit, count: 2 }]),
];

const UNIT_WORDS: ReadonlyMap<string, UnitWord> = new Map([
  ...unitWords('hour', 'hour ساعه', 'hours ساعات', 'ساعتين'),
  ...unitWords('day', 'day يوم', 'days ايام', 'يومين'),
  ...unitWords('week', 'week اسبوع', 'weeks اسابيع', 'اسبوعين'),
  ...unitWords('month', 'month شهر', 'months اشهر شهور', 'شهرين'),
  ...unitWords('year', 'year عام سنه', 'years اعوام سنوات', 'عامين سنتين'),
]);

/** @example unitWord('اسبوعين') // { unit: 'week', count: 2 } */
export function unitWord(folded: string): UnitWord | undefined {
  return UNIT_WORDS.get(folded);
}

/** Every unit word of `units`, folded. */
export function unitWordsOf(units: readonly TimeUnit[]): string[] {
  return [...UNIT_WORDS].filter(([, w]) => units.includes(w.unit)).map(([word]) => word);
}

/** Number words up to ten that count units ("two days", «ثلاثة أيام»), folded. */
const COUNT_WORDS: ReadonlyMap<string, number> = new Map(
  [
    'a|an|one',
    'two',
    'three ثلاث ثلاثه',
    'four اربع اربعه',
    'five خمس خمسه',
    'six ست سته',
    'seven سبع سبعه',
    'eight ثماني ثمانيه',
    'nine تسع تسعه',
    'ten عشر عشره',
  ].flatMap((words, i) => words.split(/[ |]/).map((w): [string, number] => [w, i + 1])),
);

/** The number a count word or a written number gives, or undefined. @example countOf('ثلاثه') // 3 */
export function countOf(folded: string): number | undefined {
  return /^\d{1,3}$/.test(folded) ? Number(folded) : COUNT_WORDS.get(folded);
}

/** The count words, folded. */
export function countWords(): string[] {
  return [...COUNT_WORDS.keys()];
}

/** «غداة» folded: "the day after", in one word. */
export const DAY_AFTER_WORD = 'غداه';

/**
 * Words that open a clause telling another act beside the one before them ("shot a guard near a school that
 * was bombed last year", «… بعد أن سيطروا على المدينة»), folded.
 */
export const SUBORDINATORS = {
  en: ['after', 'following', 'which', 'that', 'who', 'whom', 'where', 'when', 'before', 'since', 'while'],
  ar: ['الذي', 'التي', 'الذين', 'حيث', 'بعد', 'عندما', 'قبل'],
} as const;

/** Folded letters and the written letters they stand for. */
const SPELLINGS: Readonly<Record<string, string>> = { ا: '[اأإآ]', ه: '[هة]', ي: '[يى]' };

/**
 * A regular-expression alternation of folded words that matches them as written too («أسبوع» as well as
 * «اسبوع»), longest first so a word is not cut short by its stem.
 *
 * @example new RegExp(`^(?:${spelledAlternation(['اسبوع'])})$`).test('أسبوع') // true
 */
export function spelledAlternation(words: readonly string[]): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => [...w].map((c) => SPELLINGS[c] ?? c).join(''))
    .join('|');
}
