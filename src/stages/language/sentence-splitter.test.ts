import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentence-splitter.js';

const sentencesOf = (text: string): string[] =>
  splitSentences(text, [[0, text.length]]).map((s) => text.slice(...s.span));

/** [what the case shows, text, sentences] — texts written for these tests. */
const CASES: [string, string, string[]][] = [
  [
    'Arabic periods end sentences',
    'قتل خمسة أشخاص. وأصيب عشرة آخرون.',
    ['قتل خمسة أشخاص.', 'وأصيب عشرة آخرون.'],
  ],
  [
    'the Arabic question mark ends a sentence',
    'من المسؤول؟ لم تعلن أي جهة.',
    ['من المسؤول؟', 'لم تعلن أي جهة.'],
  ],
  [
    'the Arabic semicolon joins clauses of one sentence',
    'أغلقت الحدود؛ وبقي المعبر مفتوحا.',
    ['أغلقت الحدود؛ وبقي المعبر مفتوحا.'],
  ],
  [
    'the Arabic comma does not',
    'قال الوزير، في مؤتمر صحفي، إن الوضع مستقر.',
    ['قال الوزير، في مؤتمر صحفي، إن الوضع مستقر.'],
  ],
  ['an exclamation run ends once', 'هذا غير مقبول!! قال الوزير.', ['هذا غير مقبول!!', 'قال الوزير.']],
  [
    'an ellipsis character before an Arabic word ends the sentence',
    'انتهت المهلة… بدأ القصف.',
    ['انتهت المهلة…', 'بدأ القصف.'],
  ],
  [
    'an ellipsis before إلخ does not end the sentence',
    'صادروا بنادق ومسدسات... إلخ في المداهمة.',
    ['صادروا بنادق ومسدسات... إلخ في المداهمة.'],
  ],
  ['mixed ؟! ends once', 'كيف حدث هذا؟! تساءل السكان.', ['كيف حدث هذا؟!', 'تساءل السكان.']],
  [
    'a closing guillemet stays with its sentence',
    'قال: «انتهت المعركة.» ثم غادر.',
    ['قال: «انتهت المعركة.»', 'ثم غادر.'],
  ],
  [
    'a closing bracket stays with its sentence',
    'وقع الهجوم (في الصباح.) ثم هدأ الوضع.',
    ['وقع الهجوم (في الصباح.)', 'ثم هدأ الوضع.'],
  ],
  [
    'a missing space between Arabic sentences is still a boundary',
    'أغلقت الحدود.وقال المسؤول إنها ستفتح.',
    ['أغلقت الحدود.', 'وقال المسؤول إنها ستفتح.'],
  ],
  [
    'a missing space after a quoted Arabic word is still a boundary',
    'وصف الوزير القرار بأنه «مؤقت».وأضاف أن اللجنة ستجتمع غدا.',
    ['وصف الوزير القرار بأنه «مؤقت».', 'وأضاف أن اللجنة ستجتمع غدا.'],
  ],
  [
    'a missing space between English sentences before an opener is still a boundary',
    'Two engineers were kidnapped.On Monday a court jailed four men.',
    ['Two engineers were kidnapped.', 'On Monday a court jailed four men.'],
  ],
  [
    'kept: a web address and a dotted name before a capital are no boundaries',
    'See www.example.The site or the Node.js library.',
    ['See www.example.The site or the Node.js library.'],
  ],
  [
    'kept: a period after a bracketed number before an Arabic word is no boundary',
    'راجع الملحق (3).ب من التقرير.',
    ['راجع الملحق (3).ب من التقرير.'],
  ],
  [
    'the doctor abbreviation د. is not a boundary',
    'قال د. محمد علي إن الجرحى بحالة مستقرة.',
    ['قال د. محمد علي إن الجرحى بحالة مستقرة.'],
  ],
  [
    'agency initials أ.ف.ب are not boundaries',
    'نقلت (أ.ف.ب) عن شهود أن القصف استمر.',
    ['نقلت (أ.ف.ب) عن شهود أن القصف استمر.'],
  ],
  [
    'spaced agency initials د. ب. أ are not boundaries',
    'برلين (د. ب. أ) - أعلنت الشرطة اعتقال رجل.',
    ['برلين (د. ب. أ) - أعلنت الشرطة اعتقال رجل.'],
  ],
  [
    'a year with its era letter ends a sentence',
    'وقع الحادث عام 2015م. ولم يتكرر.',
    ['وقع الحادث عام 2015م.', 'ولم يتكرر.'],
  ],
  [
    'the Hijri letter with tatweel is not a boundary alone',
    'في شهر رمضان هـ. 1436 وقعت الحادثة.',
    ['في شهر رمضان هـ. 1436 وقعت الحادثة.'],
  ],
  [
    'a decimal number is not a boundary',
    'بلغت نسبة المشاركة 45.5 في المئة.',
    ['بلغت نسبة المشاركة 45.5 في المئة.'],
  ],
  ['Arabic-Indic decimals are not boundaries', 'ارتفع المؤشر ٣.٥ نقطة أمس.', ['ارتفع المؤشر ٣.٥ نقطة أمس.']],
  [
    'an Arabic dateline stays with its sentence',
    'بغداد - رويترز: قتل ثلاثة جنود في هجوم.',
    ['بغداد - رويترز: قتل ثلاثة جنود في هجوم.'],
  ],
  [
    'a dateline with a colon stays with its sentence',
    'دمشق: أعلنت وزارة الدفاع إسقاط طائرة.',
    ['دمشق: أعلنت وزارة الدفاع إسقاط طائرة.'],
  ],
  [
    'a blank line separates paragraphs without punctuation',
    'انفجار في الميناء\n\nقال شهود إن الدخان غطى المدينة.',
    ['انفجار في الميناء', 'قال شهود إن الدخان غطى المدينة.'],
  ],
  [
    'a short line is its own sentence',
    'عاجل\nقتل جندي في اشتباك على الحدود.',
    ['عاجل', 'قتل جندي في اشتباك على الحدود.'],
  ],
  [
    'an ellipsis before an Arabic word ends the sentence',
    'تأجلت المباراة... وقال الحكم إن الملعب غير صالح.',
    ['تأجلت المباراة...', 'وقال الحكم إن الملعب غير صالح.'],
  ],
  [
    'an ellipsis before a lower-case word does not end the sentence',
    'He said the toll was... maybe higher.',
    ['He said the toll was... maybe higher.'],
  ],
  ['a URL is not split', 'المصدر spa.gov.sa نشر البيان.', ['المصدر spa.gov.sa نشر البيان.']],
  [
    'a leading list number stays with its item',
    '1. إغلاق المعابر.\n2. وقف القصف.',
    ['1. إغلاق المعابر.', '2. وقف القصف.'],
  ],
  ['harakat do not disturb the split', 'قُتِلَ جُنْدِيٌّ. وَأُصِيبَ آخَرُ.', ['قُتِلَ جُنْدِيٌّ.', 'وَأُصِيبَ آخَرُ.']],
  [
    'a word whose tanwin stands before its last letter ends the sentence',
    'عاد الهدوء إلى القرية تدريجيًا. وفتحت المدارس أبوابها.',
    ['عاد الهدوء إلى القرية تدريجيًا.', 'وفتحت المدارس أبوابها.'],
  ],
  [
    'an initial with a mark on it is still an initial',
    'قال دُ. سالم إن المستشفى امتلأ.',
    ['قال دُ. سالم إن المستشفى امتلأ.'],
  ],
  ['Urdu full stop ends a sentence', 'دھماکہ ہوا۔ پولیس پہنچ گئی۔', ['دھماکہ ہوا۔', 'پولیس پہنچ گئی۔']],
  [
    'English periods end sentences',
    'Five people were killed. Ten were wounded.',
    ['Five people were killed.', 'Ten were wounded.'],
  ],
  ['Mr. is not a boundary', 'Mr. Smith said the army left.', ['Mr. Smith said the army left.']],
  [
    'a military rank is not a boundary',
    'Gen. Ahmed and Col. Ali met on Monday.',
    ['Gen. Ahmed and Col. Ali met on Monday.'],
  ],
  [
    'a month abbreviation is not a boundary',
    'DAMASCUS, Jan. 2 (Reuters) - Shelling hit the town.',
    ['DAMASCUS, Jan. 2 (Reuters) - Shelling hit the town.'],
  ],
  [
    'a company suffix before a sentence opener is a boundary',
    'He joined Acme Inc. The firm grew.',
    ['He joined Acme Inc.', 'The firm grew.'],
  ],
  [
    'a company suffix inside a sentence is not a boundary',
    'Acme Inc. shares fell.',
    ['Acme Inc. shares fell.'],
  ],
  [
    'a month abbreviation before a sentence opener is a boundary',
    'It happened in Jan. The toll rose.',
    ['It happened in Jan.', 'The toll rose.'],
  ],
  [
    'No. before a number is not a boundary',
    'Resolution No. 2254 was adopted.',
    ['Resolution No. 2254 was adopted.'],
  ],
  ['an initial is not a boundary', 'George W. Bush visited the base.', ['George W. Bush visited the base.']],
  [
    'U.S. inside a sentence is not a boundary',
    'The U.S. Embassy was closed.',
    ['The U.S. Embassy was closed.'],
  ],
  [
    'U.S. before a sentence opener is a boundary',
    'Troops left the U.S. The army said so.',
    ['Troops left the U.S.', 'The army said so.'],
  ],
  [
    'U.S.-led is not split',
    'A U.S.-led coalition struck the bridge.',
    ['A U.S.-led coalition struck the bridge.'],
  ],
  [
    'a.m. inside a sentence is not a boundary',
    'The blast hit at 9 a.m. local time.',
    ['The blast hit at 9 a.m. local time.'],
  ],
  ['a question mark ends a sentence', 'Who did it? Nobody knows.', ['Who did it?', 'Nobody knows.']],
  [
    'a closing quote stays with its sentence',
    'He said: "We will fight." Then he left.',
    ['He said: "We will fight."', 'Then he left.'],
  ],
  [
    'lower-case text still splits',
    'the police said. the mob ran away.',
    ['the police said.', 'the mob ran away.'],
  ],
  [
    'an English dateline with an agency stays with its sentence',
    'BEIRUT, Lebanon (AP) — A car bomb exploded.',
    ['BEIRUT, Lebanon (AP) — A car bomb exploded.'],
  ],
  [
    'an English ellipsis before a capital ends a sentence',
    'He paused... Then he spoke.',
    ['He paused...', 'Then he spoke.'],
  ],
  [
    'a number at the end of a sentence ends it',
    'The toll rose to 31. Officials fear more.',
    ['The toll rose to 31.', 'Officials fear more.'],
  ],
  [
    'hard-wrapped English lines join',
    'The security forces surrounded the building early in the\nmorning and arrested three men.',
    ['The security forces surrounded the building early in the\nmorning and arrested three men.'],
  ],
  [
    'a story-date line is its own sentence',
    'this story is from march 1, 2002\nahmedabad: the police fired.',
    ['this story is from march 1, 2002', 'ahmedabad: the police fired.'],
  ],
  [
    'a quotation and its lower-case attribution are one sentence',
    '"Who did it?" he asked. Nobody knew.',
    ['"Who did it?" he asked.', 'Nobody knew.'],
  ],
  [
    'a quotation before a capital ends the sentence',
    '"We will fight." The army left.',
    ['"We will fight."', 'The army left.'],
  ],
  ['leading and trailing spaces are trimmed', '   Troops withdrew.   ', ['Troops withdrew.']],
  ['punctuation alone makes no sentence', '***\n\n---', []],
  [
    'a number alone on its line makes no sentence',
    'قتل جندي.\n\n12\n\nوأصيب آخر.',
    ['قتل جندي.', 'وأصيب آخر.'],
  ],
];

describe('splitSentences', () => {
  it.each(CASES)('%s', (_what, text, expected) => {
    expect(sentencesOf(text)).toEqual(expected);
  });

  it('looks only inside the segments it is given', () => {
    const text = 'Menu Home News. قتل جندي. اقرأ أيضا: خبر آخر.';
    const spans = splitSentences(text, [[16, 25]]).map((s) => text.slice(...s.span));
    expect(spans).toEqual(['قتل جندي.']);
  });

  it('never lets a sentence cross from one segment into the next', () => {
    const text = 'قتل جندي في الهجوم وأصيب';
    const spans = splitSentences(text, [
      [0, 9],
      [12, 24],
    ]).map((s) => s.span);
    expect(spans).toEqual([
      [0, 8],
      [12, 24],
    ]);
  });
});
