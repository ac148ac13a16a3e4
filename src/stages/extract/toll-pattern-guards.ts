// The patterns `tollFromWords` tries on every clause, each guarded by the words one of which every match of
// it holds, read off the pattern: most clauses hold none (an Arabic clause none of the English ones), and
// such a pattern fails only after trying every position. A pattern changed or added must keep its words
// here in step: a match holding none of them would be lost.
import { guardedPattern, type GuardedPattern } from '../../core/text/guarded-pattern.js';
import { HIS_DEATH, ONE_BODY, ONE_DIED, ONE_SUFFERED } from './one-victim-words.js';
import type { TollRole } from './toll-words.js';
import { FATE_OF_ANOTHER_AR, ONE_MORE_AR, ONE_NAMED_AR, ONE_SUBJECT_AR } from './toll-words-ar.js';
import { BOTH } from './two-victim-words.js';

/** BOTH: "were", "died", "both", "couple" ("were", "both" or "couple" for the hurt). */
export const BOTH_GUARDED: Record<TollRole, GuardedPattern> = {
  killed: guardedPattern(BOTH.killed, 'were died both couple'),
  injured: guardedPattern(BOTH.injured, 'were both couple'),
};
/** "the body of …", "a corpse was found". */
export const ONE_BODY_GUARDED = guardedPattern(ONE_BODY, 'body corpse');
/** "his assassination", "resulting in his death", "the death of a …". */
export const HIS_DEATH_GUARDED = guardedPattern(
  HIS_DEATH,
  'assassination murder killing execution beheading death',
);
/** "… died", "… succumbed". */
export const ONE_DIED_GUARDED = guardedPattern(ONE_DIED, 'died succumbed');
/** "suffered minor injuries", "sustained burns", "received wounds". */
export const ONE_SUFFERED_GUARDED = guardedPattern(ONE_SUFFERED, 'suffered sustained received');
/** «مقتل فلان، أحد قادة …»: its verbal noun of death. */
export const ONE_NAMED_AR_GUARDED = guardedPattern(ONE_NAMED_AR, 'مقتل اغتيال عدام استشهاد مصرع');
/** «شخص آخر … قتل أيضا», «وأصيب آخر»: "another", with or without its hamza. */
export const ONE_MORE_AR_GUARDED: Record<TollRole, GuardedPattern> = {
  killed: guardedPattern(ONE_MORE_AR.killed, 'آخر اخر أخر'),
  injured: guardedPattern(ONE_MORE_AR.injured, 'آخر اخر أخر'),
};
/** «وأصيب آخر»: the fate verb, then "another". */
export const FATE_OF_ANOTHER_AR_GUARDED: Record<TollRole, GuardedPattern> = {
  killed: guardedPattern(FATE_OF_ANOTHER_AR.killed, 'آخر اخر'),
  injured: guardedPattern(FATE_OF_ANOTHER_AR.injured, 'آخر اخر'),
};
/** «أن ضابطا … قتل اليوم»: «أن» or «إن» (maybe «بأن») before the one person. */
export const ONE_SUBJECT_AR_GUARDED: Record<TollRole, GuardedPattern> = {
  killed: guardedPattern(ONE_SUBJECT_AR.killed, 'أن إن ان'),
  injured: guardedPattern(ONE_SUBJECT_AR.injured, 'أن إن ان'),
};
