import { guardedPattern, type GuardedPattern } from '../../core/text/guarded-pattern.js';
import type { TollRole } from './toll-words.js';

// The Arabic words of a toll told around a count, or without one.

/**
 * "25 مقاتلا من الفصائل وثمانية من مقاتلي التنظيم قتلوا في الهجوم": a passive plural verb closing the
 * clause the counts open, told with where, how or their wounds ("أصيبوا بجروح"; not an object: "قتلوا 5 جنود"
 * is who they killed).
 */
const AR_VERB_AFTER = String.raw`(?=\s+(?:في|خلال|جراء|بسبب|[إا]ثر|عندما|[أا]ثناء|على|بنيران|برصاص)\s|\s+(?:بجروح|بجراح|ب[إا]صابات)(?=$|[\s.،,])|\s*[.،,]|\s*$)`;
export const AFTER_COUNT_AR: Record<TollRole, RegExp> = {
  killed: new RegExp(
    String.raw`^[^.؛:!?]{0,100}?[\s،,](?:قتلوا|قتلا|استشهدوا|لقوا حتفهم|لقوا مصرعهم|سقطوا قتلى|سقطوا شهداء)${AR_VERB_AFTER}`,
  ),
  injured: new RegExp(String.raw`^[^.؛:!?]{0,100}?[\s،,](?:[أا]صيبوا|جرحوا|[أا]صيبا|جرحا)${AR_VERB_AFTER}`),
};

/**
 * "شخصا آخر كان برفقته … أيضا", "امرأة اخرى": one more person, then the verb of their fate, told as an
 * addition. Hamza and final ya may be written or not ("اخر", "اخري"), so both spellings are read.
 */
const ANOTHER_AR = String.raw`(?:^|\s)[وف]?(?:(?:شخص|رجل|جندي|شرطي|عنصر|مدني|مرافق|حارس)\S{0,2}\s+[آا]خر\S{0,2}|(?:امر[أا]ة|سيدة|طفلة|فتاة)\s+[أا]خر[ىي])[^.]{0,80}?(?:^|\s)[وف]?`;
const ALSO_AR = String.raw`\s+(?:[أا]يضاً?|كذلك)`;
export const ONE_MORE_AR: Record<TollRole, RegExp> = {
  killed: new RegExp(
    String.raw`${ANOTHER_AR}(?:قتل|قُتل|قتلت|توف[يى]|توفيت|لق[يى] حتفه|لقيت حتفها)${ALSO_AR}`,
  ),
  injured: new RegExp(String.raw`${ANOTHER_AR}(?:[أا]صيب|[أا]صيبت|جرح|جرحت)${ALSO_AR}`),
};

/** "قتل جندي وأصيب آخر": the fate verb, then "another", is one more victim of that fate. */
export const FATE_OF_ANOTHER_AR: Record<TollRole, RegExp> = {
  killed: /(?:^|\s)[وف]?(?:قتل|قُتل)\s+[آا]خر(?=$|[\s.،,])/,
  injured: /(?:^|\s)[وف]?(?:[أا]صيب|جرح)\s+[آا]خر(?=$|[\s.،,])/,
};

/** A fate word before one named victim: "قتل", "مقتل", "اغتيل", "إصابة". */
const FATE_BEFORE_AR: Record<TollRole, string> = {
  killed: '(?:قتل|قُتل|مقتل|مصرع|اغتيال|اغتيل|استشهاد|استشهد)',
  injured: '(?:[إا]صابة|اصابه|[أا]صيب|جرح)',
};
/** The victim's name or title after the fate word: a few words, no number, no clause break. */
const NAMED_AR = String.raw`((?:[^\s\d٠-٩.،,؛:!?«»"]+\s+){1,8}?و?\s*)$`;
const NAMED_BEFORE_AR: Record<TollRole, GuardedPattern> = {
  killed: guardedPattern(new RegExp(String.raw`(?:^|[\s،,])[وف]?${FATE_BEFORE_AR.killed}\s+${NAMED_AR}`)),
  injured: guardedPattern(new RegExp(String.raw`(?:^|[\s،,])[وف]?${FATE_BEFORE_AR.injured}\s+${NAMED_AR}`)),
};
/** "آخرين", "آخران", "اخرون": the count after the named one is of others. */
const OTHERS_AR = /^\s*(?:[^\s.،,؛]+\s+)?[آا]خر(?:ين|ون|ان)(?=$|[\s.،,؛])/;

/** "مع مسلحين" before "اثنين آخرين": "with", and maybe the counted noun told before its number. */
const WITH_AR = /(?:^|\s)مع(?:\s+[^\s.،,؛]+)?\s*$/;

/**
 * "قتل أبو عبدالله بن يحيى وقياديان آخران", "مقتل القائد و3 آخرين": one victim named after the fate word
 * and joined by "و" to a count of others is one more of that fate; so is one told before the fate word
 * when "مع" joins the others to the verb ("قيادي … قتل مع مسلحين اثنين آخرين"). The match's last group is
 * what stands between the fate word and the count.
 */
export function namedBeforeOthersAr(
  role: TollRole,
  text: string,
  span: readonly [number, number],
  nounEnd: number,
): RegExpExecArray | null {
  const before = NAMED_BEFORE_AR[role].exec(text.slice(Math.max(0, span[0] - 100), span[0]));
  if (!before) return null;
  const joined = before[1].trimEnd().endsWith('و') || text[span[0]] === 'و' || WITH_AR.test(before[1]);
  return joined && OTHERS_AR.test(text.slice(nounEnd, nounEnd + 30)) ? before : null;
}

/**
 * "مقتل أبو سعد الأنصاري، أحد قادة التنظيم", "اغتيال فلان، احد اعضاء المجلس": a death told of a name that
 * "one of" a group's people then describes is one victim ("مقتل عشرات المدنيين، أحد أسوأ …" is not).
 */
export const ONE_NAMED_AR = new RegExp(
  String.raw`(?<=^|\s)[وف]?(?:مقتل|اغتيال|[إا]عدام|استشهاد|مصرع)\s+(?!(?:ال)?(?:عشرات|مئات|عدد|بعض)\s)(?:[^\s\d٠-٩.،,؛:!?«»"]+\s+){0,3}[^\s\d٠-٩.،,؛:!?«»"]+\s*[،,]\s*(?:[أا]حد|[إا]حدى)\s+(?:ال)?(?:قادة|قياديي|عناصر|[أا]عضاء|مسؤولي|زعماء|[أا]مراء|مقاتلي|مسلحي|ضباط|شيوخ|وجهاء|[أا]برز|كبار)(?=$|\s)`,
);

/**
 * One person named by a singular noun in the accusative after «أن» or «إن» (its tanween «ا»), then the
 * passive verb of their fate, then when, where or how: «أكد شهود أن ضابطا كبيرا في الجيش قتل اليوم في
 * هجوم», «قال إن مدنيا أصيب برصاص». An aside closed by a comma may stand between («ومن أبرز مساعديه،»). Not
 * when a noun or a number follows the verb: «أن مسلحا قتل ثلاثة» tells whom he killed.
 */
const ONE_SUBJECT = String.raw`(?:^|\s)[وف]?(?:[أإا]ن|ب[أا]ن)\s+(?:جنديا|ضابطا|شرطيا|مدنيا|طفلا|رجلا|شخصا|شابا|جنرالا|عقيدا|عميدا|لواء|رائدا|نقيبا|مقدما|مسؤولا|قياديا|عنصرا|مواطنا|صحفيا|حارسا|سائقا|طالبا|موظفا|مهندسا|طبيبا)(?:\s+[^\s\d٠-٩.؛:!?]+){0,14}?[\s،,]+`;
/** What follows a passive fate verb: a day, a place, a cause or the clause's end. */
const AFTER_FATE = String.raw`(?=\s*[.،,(]|\s*$|\s+(?:اليوم|[أا]مس|صباح|مساء|ليلة|فجر|يوم|في|خلال|جراء|بسبب|[إا]ثر|عندما|[أا]ثناء|بنيران|برصاص|بقذيفة|بانفجار|ب[إا]طلاق|متأثرا|بجروح)(?=$|[\s.،,]))`;
export const ONE_SUBJECT_AR: Record<TollRole, RegExp> = {
  killed: new RegExp(
    String.raw`${ONE_SUBJECT}(?:قتل|قُتل|اغتيل|استشهد|لق[يى] حتفه|لق[يى] مصرعه)${AFTER_FATE}`,
  ),
  injured: new RegExp(String.raw`${ONE_SUBJECT}(?:[أا]صيب|جرح)${AFTER_FATE}`),
};
