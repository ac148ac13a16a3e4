import type { TollRole } from './toll-words.js';

// The Arabic words of a toll told around a count, or without one.

/**
 * "25 مقاتلا من الفصائل وثمانية من مقاتلي التنظيم قتلوا في الهجوم": a passive plural verb closing the
 * clause the counts open, told with where or how (not an object: "قتلوا 5 جنود" is who they killed).
 */
const AR_VERB_AFTER = String.raw`(?=\s+(?:في|خلال|جراء|بسبب|[إا]ثر|عندما|[أا]ثناء|على|بنيران|برصاص)\s|\s*[.،,]|\s*$)`;
export const AFTER_COUNT_AR: Record<TollRole, RegExp> = {
  killed: new RegExp(
    String.raw`^[^.؛:!?]{0,100}?[\s،,](?:قتلوا|قتلا|استشهدوا|لقوا حتفهم|لقوا مصرعهم|سقطوا قتلى)${AR_VERB_AFTER}`,
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
