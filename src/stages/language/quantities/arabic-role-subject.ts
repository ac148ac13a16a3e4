import { ROLE_BEFORE, COUNTED_NOUNS, type Role } from './casualty-lexicon.js';
import { readArabicNumber } from './arabic-number-words.js';
import { fateAfterSubject, meetsDeath } from './fate-pronouns.js';
import { foldWord, type Lexeme } from './word-lexer.js';

// How an Arabic verb's subject or adjectives of origin stand between a count and its casualty word.

/** Words a subject between a verb and its count never holds: those open a phrase or join a second count. */
const NOT_SUBJECT = new Set(
  ['في', 'من', 'على', 'الى', 'عن', 'خلال', 'بعد', 'منذ', 'و', 'او', 'بينهم', 'منهم', 'بينها'].map(foldWord),
);
/** Arabic active verbs whose object is the count after their subject: "قتلت قوات الأمن خمسة مسلحين". */
const ACTIVE_VERBS = new Map<string, Role>(
  (
    [
      ['killed', 'قتل قتلت قتلوا يقتل تقتل أعدم أعدمت اغتال اغتالت'],
      ['injured', 'أصاب أصابت يصيب تصيب جرح جرحت طعن'],
      ['arrested', 'اعتقل اعتقلت أوقف أوقفت احتجز احتجزت'],
    ] as const
  ).flatMap(([role, list]) =>
    list.split(' ').flatMap((w) => [w, `و${w}`].map((v) => [foldWord(v), role] as const)),
  ),
);
/** Words a named subject may run to: "قوات الأمن العراقية", "غارة للتحالف". */
const SUBJECT_REACH = 3;
/**
 * «مسلحون يرتدون ملابس سوداء», «مسلحون مجهولون يستقلون سيارة مدنية»: a verb that describes the subject (wearing,
 * carrying, riding), whose object stands inside the subject.
 */
const DESCRIBING_VERBS = new Set(
  'يرتدون يرتدي ترتدي يحملون يحمل تحمل يستقلون يستقل يستقلان يقودون متنكرين متنكرون مرتدين'
    .split(' ')
    .map(foldWord),
);
/** Words the subject may hold before a describing verb: the noun and one adjective («مسلحون مجهولون»). */
const DESCRIBED_REACH = 2;

/**
 * "وقتل مسلح 38 سائحا", "قتلت قوات الأمن خمسة مسلحين", "أصاب مسلحون ثلاثة جنود": an Arabic verb, its subject
 * (one singular noun, or up to three words before a counted noun), then the count at k — the people the
 * verb's act befell. (The subject is no victim: the count reader leaves such a noun uncounted.)
 */
export function roleAcrossSubject(
  lex: readonly Lexeme[],
  k: number,
  counted: boolean,
): { value: Role; start: number } | null {
  const subjectWord = (j: number) =>
    j > 0 &&
    lex[j].kind === 'word' &&
    lex[j].sentence === lex[k].sentence &&
    /^[\u0600-\u06ff]+$/.test(lex[j].norm) &&
    !NOT_SUBJECT.has(lex[j].norm) &&
    !readArabicNumber(lex, j);
  if (k < 2 || !subjectWord(k - 1)) return null;
  const noun = COUNTED_NOUNS.matchAt(lex, k - 1);
  if (noun?.value.one && noun.length === 1) {
    const role = ROLE_BEFORE.matchBefore(lex, k - 1);
    if (role) return role;
  }
  if (!counted) return null;
  let reach = SUBJECT_REACH;
  for (let start = k - 1; start >= k - reach && subjectWord(start); start--) {
    if (DESCRIBING_VERBS.has(lex[start].norm)) reach = k - start + DESCRIBED_REACH;
    const verb = ACTIVE_VERBS.get(lex[start - 1]?.norm ?? '');
    if (verb && lex[start - 1].sentence === lex[k].sentence) return { value: verb, start: start - 1 };
  }
  return null;
}

/** Arabic adjectives of origin or side ("حوثيا", "يمنيين", "سورية"): nisba endings on a word. */
const NISBA = /^[\u0621-\u064a]{2,}(?:يا|يين|يون|يه|ي)$/;

/**
 * The counted noun that a one or a two told after it counts: right before it («مواطنين اثنين»), or before at most
 * two nisba adjectives («عسكريين تركيين اثنين», where «عسكريين» alone may be a plural).
 *
 * @example nounBeforeNumber(lex, 3)?.value // the soldiers' noun, for «مقتل عسكريين تركيين اثنين» with 3 at «اثنين»
 */
export function nounBeforeNumber(
  lex: readonly Lexeme[],
  at: number,
): ReturnType<typeof COUNTED_NOUNS.matchBefore> {
  for (let end = at; end >= at - 2 && end > 0; end--) {
    if (end < at && !(NISBA.test(lex[end].norm) && lex[end].sentence === lex[at].sentence)) return null;
    const noun = COUNTED_NOUNS.matchBefore(lex, end);
    if (noun) return noun;
  }
  return null;
}

/** The lexeme after at most two nisba adjectives from `at` (`at` itself when there is none). */
export function afterNisba(lex: readonly Lexeme[], at: number, within: (k: number) => boolean): number {
  let k = at;
  while (k < at + 2 && within(k) && within(k + 1) && NISBA.test(lex[k].norm)) k++;
  return k;
}

/** "مصرعهم", "حتفهم": the plural fate the verb's counted subject met (folded forms). */
const PLURAL_FATE = new Map(
  ['مصرعهم', 'حتفهم', 'مصرعهن', 'حتفهن'].map((w) => [foldWord(w), 'killed' as const]),
);
/** Words the subject's side may run to between the counted noun and its fate: "من عناصر الحركة المسلحة". */
const FATE_REACH = 6;

/**
 * "لقي 9 مسلحين من عناصر الحركة مصرعهم": a count right after "لقي" met the plural fate told a few words on,
 * past the side its people belong to. Null when a number, a clause break or a second verb comes first.
 *
 * @example fateAcrossSide(lex, 1, 3, within) // { value: 'killed', length: 1, at: 6 }
 */
export function fateAcrossSide(
  lex: readonly Lexeme[],
  from: number,
  next: number,
  within: (k: number) => boolean,
): { value: Role; length: number; at: number } | null {
  if (from < 1 || !within(from - 1) || !meetsDeath(lex[from - 1])) return null;
  const fate = fateAfterSubject(lex, {
    from: next,
    reach: FATE_REACH,
    within,
    fates: PLURAL_FATE,
    counts: (k) => readArabicNumber(lex, k) !== null,
  });
  return fate && { ...fate, length: 1 };
}
