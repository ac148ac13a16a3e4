import { guardedPattern } from './text/guarded-pattern.js';

/**
 * «وقال مسؤول إعلام الحشد الشعبي في شمال صلاح الدين»: a verb of saying, then the one who says, an official or
 * a source, and the words of his title up to the place's name («في شرطة جنوب»), none of them «إن»/«أن»,
 * which would open what he said.
 */
const SPEAKER_TITLE = guardedPattern(
  /(?:^|\s)[وف]?(?:قال|أفاد|افاد|أكد|اكد|أوضح|اوضح|ذكر|صرح|أشار|اشار|أضاف|اضاف)\s+(?:ال)?(?:مسؤول|مصدر|متحدث|ناطق|قائد|مدير|رئيس)\S*(?:\s+(?![إأا]ن\s|بأن\s)\S+){0,8}\s+$/,
  'مسؤول مصدر متحدث ناطق قائد مدير رئيس',
);
/**
 * «، علي الحسيني لـ"راديو سوا" إن»: the speaker's name after his title, then what he said. Without a name
 * («وقال المسؤول في رامبور إن») the place may be the scene the official speaks for.
 */
const SAID_AFTER = /^[^.،,]{0,4}[،,]\s*[^.،,\s][^.]{0,50}?\s(?:[إأ]ن|بأن)\s/;

/**
 * Whether place `span` is named in the title of one who speaks («وقال مسؤول … في شمال صلاح الدين، علي
 * الحسيني، إن …»): where the official serves, not where what he tells happened. `from` is the sentence's start.
 *
 * @example namesSpeakersPlace('وقال مسؤول أمني في كركوك إن الغارة قتلت عشرة', [19, 24], 0) // true
 */
export function namesSpeakersPlace(text: string, span: readonly [number, number], from: number): boolean {
  return (
    SPEAKER_TITLE.test(text.slice(Math.max(from, span[0] - 80), span[0])) &&
    SAID_AFTER.test(text.slice(span[1], span[1] + 80))
  );
}
