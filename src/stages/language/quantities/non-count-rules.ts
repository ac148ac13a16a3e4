import { MONTHS } from '../times/month-lexicon.js';
import { AGE_MARKERS, agedAside, agedListItem } from './age-asides.js';
import { COUNTED_NOUNS } from './casualty-lexicon.js';
import { PhraseTable } from './phrase-table.js';
import type { Lexeme } from './word-lexer.js';

// Units that make a number a duration, an age, a distance, a weight, a share, a sum of money or a number of
// times ("stabbed thirty times").
const UNITS_AFTER = new PhraseTable<true>(
  [
    'عام عاما أعوام سنة سنوات سنين شهر شهرا أشهر شهور أسبوع أسبوعا أسابيع يوم يوما أيام ساعة ساعات دقيقة',
    'دقائق ثانية ثوان كيلومتر كيلومترا كيلومترات كلم كم متر مترا أمتار ميل ميلا أميال كيلوغرام كيلوجرام كغ',
    'كجم طن طنا أطنان درجة درجات بالمئة بالمائة بالمية دولار دولارا دولارات ريال ريالا ريالات يورو جنيه جنيها',
    'درهم درهما دينار دينارا ليرة تومان روبية مليار % ٪ year years yr yrs month months week weeks day days',
    'hour hours minute minutes second seconds km kilometres kilometers kilometre kilometer miles mile metres',
    'meters metre meter kg kilograms tonnes tons degrees feet ft percent dollars dollar euros euro pounds',
    'riyals dinars dirhams lira liras yuan yen rupees billion am pm gmt صباحا مساء ظهرا فجرا عصرا بتوقيت',
    'كلغ كغم غرام غراما جرام ملغ ملي ميلي لتر لترا سنت سنتا هللة قرش grams litres liters cents mph square',
    'crore crores lakh lakhs كيلو بليون times مرات مرة',
  ]
    .join(' ')
    .split(' ')
    .concat(['في المئة', 'في المائة', 'per cent', 'a.m', 'p.m', "o'clock", 'ت غ', 'مليارات', 'billions', '×'])
    .map((w) => [w, true] as const),
);

/** Singular English units that, after a number, make a compound modifier of the noun that follows. */
const MODIFIER_UNITS = new Set(['day', 'hour', 'week', 'month', 'year']);

/**
 * "two day labourers", "three hour workers": a singular unit between a number and a counted noun is part of
 * the people's name, not a duration ("two days" is one).
 */
function isCompoundModifier(lex: readonly Lexeme[], unit: number): boolean {
  return MODIFIER_UNITS.has(lex[unit].norm) && COUNTED_NOUNS.matchAt(lex, unit + 1) !== null;
}

// Words before a number that make it an age ("aged from four to ten", "between the ages of 7 and 15"), an
// hour, a sum, an identifier or a rank.
const MARKERS_BEFORE = new PhraseTable<true>(
  [
    AGE_MARKERS,
    'الساعة رقم no number article resolution المادة القرار الفقرة page',
    'الصفحة flight الرحلة route highway code $ € £ us$ usd الكيلو × rs inr half quarter_of third_of',
  ]
    .join(' ')
    .split(' ')
    .map((w) => [w.replace('_', ' '), true] as const),
);

/**
 * True when the number read from lexeme `i` to `next` is not a count of people or things: a year, a date,
 * an hour, an age or duration, money, a percentage, an ordinal ("21st", "الـ12"), a phone number or an
 * identifier ("F-16", "Resolution 2254").
 *
 * @example isNotACount(lexSentences('in 2015', [{ span: [0, 7] }]), 1, 2) === true
 */
export function isNotACount(lex: readonly Lexeme[], i: number, next: number): boolean {
  const first = lex[i];
  const prev = sameSentence(lex, i, i - 1);
  const after = sameSentence(lex, i, next);
  // A definite word is never a number's unit: "وأصيب 173 اليوم الأحد" counts people, not days.
  const unit =
    after && !/^[وف]?ال/.test(after.norm) && !isCompoundModifier(lex, next) && UNITS_AFTER.matchAt(lex, next);
  if (after && (unit || isMonthAt(lex, next))) return true;
  if (after?.norm === '-' && UNITS_AFTER.matchAt(lex, next + 1)) return true;
  if (prev && (MARKERS_BEFORE.matchBefore(lex, i) || MONTHS.matchBefore(lex, i))) return true;
  if (agedListItem(lex, i) || agedAside(lex, i)) return true;
  if (first.kind !== 'number') return isOrdinalTeen(lex, i);
  const year = /^\d{4}$/.test(first.norm) && +first.norm >= 1300 && +first.norm <= 2100 && next === i + 1;
  if (year && !(after && COUNTED_NOUNS.matchAt(lex, next))) return true;
  if (/^\d{7,}$/.test(first.norm) || prev?.norm === '+') return true;
  // Glued to letters: "21st", "F16", "5G", "الـ12"; or to a hyphenated code: "F-16", "SU-24".
  if (after && after.start === first.end && after.kind === 'word' && /^[a-z]/.test(after.norm)) return true;
  if (prev && ((prev.end === first.start && /^[a-z]/.test(prev.norm)) || prev.norm === 'ال')) return true;
  if (isListMarker(lex, i)) return true;
  // "2002-03": the second year of a span.
  if (prev?.norm === '-' && prev.end === first.start && /^\d{4}$/.test(lex[i - 2]?.norm ?? '')) return true;
  if (
    prev?.norm === '-' &&
    prev.end === first.start &&
    lex[i - 2]?.kind === 'word' &&
    lex[i - 2].end === prev.start
  )
    return true;
  return isDatePart(lex, i);
}

/** "1." or "2)" opening a sentence or following a bullet: the number of an item in a list. */
function isListMarker(lex: readonly Lexeme[], i: number): boolean {
  const mark = lex[i + 1];
  // A bidi mark may sit between the number and its dot ("9‪.‬"): allow a gap of two code units.
  if (!mark || mark.start - lex[i].end > 2 || (mark.norm !== '.' && mark.norm !== ')')) return false;
  const prev = lex[i - 1];
  // "مقتل (20) شخصا" is a count in brackets; "(2)" opening the text, or "Ali (25)", is no count.
  const noun = lex[i + 2]?.sentence === lex[i].sentence && COUNTED_NOUNS.matchAt(lex, i + 2);
  if (prev?.norm === '(' && mark.norm === ')' && noun) return opensText(lex, i - 1);
  return opensText(lex, i);
}

/** Lexeme i starts its sentence or follows a mark. */
function opensText(lex: readonly Lexeme[], i: number): boolean {
  const prev = lex[i - 1];
  return !prev || prev.sentence !== lex[i].sentence || prev.kind === 'punct';
}

/** "عشر" after an ordinal is part of it: "الفرع الرابع عشر" is the fourteenth branch, not ten. */
function isOrdinalTeen(lex: readonly Lexeme[], i: number): boolean {
  const prev = lex[i - 1];
  return (
    (lex[i].norm === 'عشر' || lex[i].norm === 'عشره') &&
    !!prev &&
    prev.sentence === lex[i].sentence &&
    /^(ال)?(حادي|ثاني|ثالث|رابع|خامس|سادس|سابع|ثامن|تاسع)(ه)?$/.test(prev.norm)
  );
}

/** Part of a numeric date or clock time: 21/7/2015, 2015-07-21, 10:30. */
function isDatePart(lex: readonly Lexeme[], i: number): boolean {
  for (const sep of ['/', ':']) {
    if (lex[i + 1]?.norm === sep && gluedNumber(lex, i, i + 2)) return true;
    if (lex[i - 1]?.norm === sep && gluedNumber(lex, i, i - 2)) return true;
  }
  // "7 / يوليو / 2015", "(10/ شوال 1436هـ)": a day written before a slash and a month name.
  if (lex[i + 1]?.norm === '/' && lex[i + 2]?.sentence === lex[i].sentence && MONTHS.matchAt(lex, i + 2))
    return true;
  return (
    (dashAt(lex, i, i + 1) && dashAt(lex, i, i + 3)) ||
    (dashAt(lex, i, i - 1) && (dashAt(lex, i, i - 3) || dashAt(lex, i, i + 1)))
  );
}

/** Whether lexeme k is a dash between numbers glued to lexeme i: "2015-07-21". */
function dashAt(lex: readonly Lexeme[], i: number, k: number): boolean {
  return lex[k]?.norm === '-' && gluedNumber(lex, i, k + 1) && gluedNumber(lex, i, k - 1);
}

/** Whether lexeme k is a number written close to lexeme i, in its sentence. */
function gluedNumber(lex: readonly Lexeme[], i: number, k: number): boolean {
  return (
    lex[k]?.kind === 'number' &&
    lex[k].sentence === lex[i].sentence &&
    Math.abs(lex[k].start - lex[i].start) < 12
  );
}

function isMonthAt(lex: readonly Lexeme[], j: number): boolean {
  return MONTHS.matchAt(lex, j) !== null;
}

function sameSentence(lex: readonly Lexeme[], i: number, k: number): Lexeme | undefined {
  const l = lex[k];
  return l && l.sentence === lex[i].sentence ? l : undefined;
}
