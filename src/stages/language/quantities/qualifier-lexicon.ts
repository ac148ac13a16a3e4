import type { Qualifier } from '../../../core/records.js';
import { PhraseTable } from './phrase-table.js';

type Bound = Exclude<Qualifier, 'exact'>;

const before: Record<Bound, string[]> = {
  at_least: [
    'ما لا يقل عن',
    'ما لا يقل على',
    'لا يقل عن',
    'أكثر من',
    'اكثر من',
    'ما يزيد عن',
    'ما يزيد على',
    'يزيد عن',
    'يزيد على',
    'أزيد من',
    'ما يربو على',
    'ما يربو عن',
    'يربو على',
    'ما يفوق',
    'يفوق',
    'at least',
    'more than',
    'over',
    'upwards of',
    'no fewer than',
    'no less than',
    'in excess of',
    'a minimum of',
  ],
  about: [
    'نحو',
    'حوالي',
    'حوالى',
    'قرابة',
    'زهاء',
    'ما يقارب',
    'يقارب',
    'ما يناهز',
    'يناهز',
    'ما يقرب من',
    'تقريبا',
    'about',
    'around',
    'nearly',
    'almost',
    'some',
    'roughly',
    'approximately',
    'an estimated',
    'estimated',
    'close to',
    'approx',
  ],
  at_most: [
    'حتى',
    'ما لا يزيد عن',
    'ما لا يزيد على',
    'لا يزيد عن',
    'لا يزيد على',
    'أقل من',
    'اقل من',
    'up to',
    'at most',
    'less than',
    'fewer than',
    'as many as',
    'no more than',
    'under',
    'a maximum of',
  ],
};

const after: Record<Bound, string[]> = {
  at_least: ['على الأقل', 'على الاقل', 'or more', 'at least', 'أو أكثر'],
  about: ['تقريبا', 'or so', 'approximately', 'أو نحو ذلك'],
  at_most: ['at most', 'على الأكثر'],
};

function table(lists: Record<Bound, string[]>): PhraseTable<Bound> {
  return new PhraseTable(
    (Object.entries(lists) as [Bound, string[]][]).flatMap(([q, phrases]) =>
      phrases.map((p) => [p, q] as const),
    ),
  );
}

/** Qualifiers written before a number: "ما لا يقل عن 115", "at least 31", "نحو 100", "up to 20". */
export const QUALIFIERS_BEFORE = table(before);

/** Qualifiers written after a number or its noun: "12 شخصا على الأقل", "30 or more". */
export const QUALIFIERS_AFTER = table(after);
