import { describe, expect, it } from 'vitest';
import { normalizeForMatching, normalizeName, toOriginalSpan, toViewOffset } from './normalize.js';

/** [what the case shows, input, normalised view] */
const FOLDS: [string, string, string][] = [
  ['fatha, kasra and damma are dropped', 'قَتَلَ', 'قتل'],
  ['tanwin is dropped', 'شخصًا', 'شخصا'],
  ['shadda and sukun are dropped', 'مُسْلَّح', 'مسلح'],
  ['dagger alef is dropped', 'هٰذا', 'هذا'],
  ['Quranic marks are dropped', 'الرَّحِيمِ۝', 'الرحيم'],
  ['tatweel is dropped', 'بـغـداد', 'بغداد'],
  ['alef with hamza above folds to alef', 'أمس', 'امس'],
  ['alef with hamza below folds to alef', 'إدلب', 'ادلب'],
  ['alef with madda folds to alef', 'آلاف', 'الاف'],
  ['alef wasla folds to alef', 'ٱلله', 'الله'],
  ['waw with hamza folds to waw', 'مؤتمر', 'موتمر'],
  ['ya with hamza folds to ya', 'رئيس', 'رييس'],
  ['alef maqsura folds to ya', 'مستشفى', 'مستشفي'],
  ['Persian ya folds to Arabic ya', 'علی', 'علي'],
  ['Persian kaf folds to Arabic kaf', 'کرکوک', 'كركوك'],
  ['ta marbuta folds to ha', 'الحديدة', 'الحديده'],
  ['Persian ha with hamza folds to ha', 'خانۀ', 'خانه'],
  ['hamza on the line stays', 'سماء', 'سماء'],
  ['Arabic-Indic digits become ASCII', '٢٠٢٤', '2024'],
  ['Persian digits become ASCII', '۱۴۰۲', '1402'],
  ['Arabic thousands and decimal signs become ASCII', '١٬٢٠٠٫٥', '1,200.5'],
  ['Arabic percent sign becomes ASCII', '٥٠٪', '50%'],
  ['lam-alef ligature opens into two letters', 'ﻻ', 'لا'],
  ['isolated presentation forms become letters', 'ﺃﻧﻘﺮﺓ', 'انقره'],
  ['the Allah ligature opens', 'ﷲ', 'الله'],
  ['spacing harakat forms leave nothing', 'ب\uFE76', 'ب'],
  ['zero-width non-joiner is dropped', 'می\u200Cشود', 'ميشود'],
  ['right-to-left mark is dropped', 'بغداد\u200F', 'بغداد'],
  ['left-to-right embedding marks are dropped', '\u202Aبغداد\u202C', 'بغداد'],
  ['byte order mark is dropped', '\uFEFFنص', 'نص'],
  ['soft hyphen is dropped', 'bomb\u00ADing', 'bombing'],
  ['guillemets become double quotes', '«داعش»', '"داعش"'],
  ['curly double quotes become straight', '“attack”', '"attack"'],
  ['curly apostrophe becomes straight', 'Russia’s', "russia's"],
  ['Latin is lower-cased', 'BAGHDAD', 'baghdad'],
  ['acute accents are stripped', 'Café', 'cafe'],
  ['tilde and cedilla are stripped', 'São Gonçalo', 'sao goncalo'],
  ['Turkish dotted capital I becomes i', 'İstanbul', 'istanbul'],
  ['German sharp s becomes ss', 'Straße', 'strasse'],
  ['Nordic o-slash becomes o', 'Tromsø', 'tromso'],
  ['combining accent after a Latin letter is stripped', 'Cafe\u0301', 'cafe'],
  ['full-width Latin becomes ASCII', 'ＩＳＩＳ', 'isis'],
  ['non-breaking space becomes a space', 'al\u00A0Qaeda', 'al qaeda'],
  ['mixed Arabic and English keep both', 'قال Reuters', 'قال reuters'],
  ['Arabic punctuation is kept', 'نعم، لا؛ لماذا؟', 'نعم، لا؛ لماذا؟'],
  ['Cyrillic is lower-cased', 'МОСКВА', 'москва'],
  ['Greek accents are stripped', 'Αθήνα', 'αθηνα'],
  ['Hebrew is left as written', 'ירושלים', 'ירושלים'],
  ['Urdu heh goal folds to ha', 'پاکستانہ', 'پاكستانه'],
  ['emoji pass through whole', 'نار 🔥', 'نار 🔥'],
];

describe('normalizeForMatching', () => {
  it.each(FOLDS)('%s', (_what, input, expected) => {
    expect(normalizeForMatching(input).text).toBe(expected);
  });

  it('maps every unit of the view to the character it came from', () => {
    const view = normalizeForMatching('وَبِـأَنقرة');
    expect(view.text).toBe('وبانقره');
    expect(Array.from(view.toOriginal)).toEqual([0, 2, 5, 7, 8, 9, 10, 11]);
  });

  it('gives a ligature opened into several units the same origin for each', () => {
    const view = normalizeForMatching('ﻻ بد');
    expect(Array.from(view.toOriginal)).toEqual([0, 0, 1, 2, 3, 4]);
  });

  it('keeps a surrogate pair whole and maps it to its first unit', () => {
    const view = normalizeForMatching('a😀b');
    expect(view.text).toBe('a😀b');
    expect(Array.from(view.toOriginal)).toEqual([0, 1, 1, 3, 4]);
  });

  it('keeps a lone surrogate as it is written, not as a replacement character', () => {
    const view = normalizeForMatching('Ba\uD835 b\uDC00c');
    expect(view.text).toBe('ba\uD835 b\uDC00c');
    expect(view.text).not.toContain('\uFFFD');
  });

  it('builds a long view whole', () => {
    const text = 'قَتَلَ '.repeat(2000);
    expect(normalizeForMatching(text).text).toBe('قتل '.repeat(2000));
  });

  it('returns an empty view with a one-entry map for empty text', () => {
    const view = normalizeForMatching('');
    expect(view.text).toBe('');
    expect(Array.from(view.toOriginal)).toEqual([0]);
  });

  it('grows its map when ligatures make the view longer than the text', () => {
    const text = 'ﷺ'.repeat(40);
    const view = normalizeForMatching(text);
    expect(view.toOriginal.length).toBe(view.text.length + 1);
    expect(view.toOriginal[view.text.length]).toBe(40);
  });

  it('leaves a view as it was when the next text is normalised', () => {
    const first = normalizeForMatching('قُتل ثلاثة في الميناء');
    const copy = { text: first.text, toOriginal: Array.from(first.toOriginal) };
    normalizeForMatching(`${'Rain closed the northern road again. '.repeat(200)}ﷺ`);
    expect({ text: first.text, toOriginal: Array.from(first.toOriginal) }).toEqual(copy);
  });

  it('keeps every character after a ligature that outgrew the room left for the text', () => {
    const text = `${'ﷺ'.repeat(3)}${'b'.repeat(100)}`;
    const view = normalizeForMatching(text);
    const ligature = normalizeForMatching('ﷺ').text;
    expect(view.text).toBe(`${ligature.repeat(3)}${'b'.repeat(100)}`);
    expect(Array.from(view.toOriginal.slice(-3))).toEqual([101, 102, 103]);
  });

  it('lower-cases an ASCII text unit for unit, each unit mapped to its own offset', () => {
    const view = normalizeForMatching('Two Hurt');
    expect(view.text).toBe('two hurt');
    expect(Array.from(view.toOriginal)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('folds a Latin letter past ASCII even as the last character of a text', () => {
    // "É" lower-cases to "é", which the view folds on to "e": the text is not ASCII.
    const view = normalizeForMatching('CAFÉ');
    expect(view.text).toBe('cafe');
    expect(Array.from(view.toOriginal)).toEqual([0, 1, 2, 3, 4]);
  });
});

describe('normalizeName', () => {
  it.each([
    ['  الحُدَيْدَة ', 'الحديده'],
    ['Hasaka  Governorate', 'hasaka governorate'],
    ['تنظيم\u00A0«الدولة الإسلامية»', 'تنظيم "الدوله الاسلاميه"'],
    ['ولاية\tنينوى', 'ولايه نينوي'],
    ['Al-Qaeda', 'al-qaeda'],
    ['Rebels Shelled The Port Of Velora ', 'rebels shelled the port of velora'],
    [' Rebels shelled the port of Velora', 'rebels shelled the port of velora'],
    ['Rebels shelled the port\nof Velora', 'rebels shelled the port of velora'],
    ['قصف المتمردون ميناءَ فيلورا  صباحًا', 'قصف المتمردون ميناء فيلورا صباحا'],
    ['Velora ', 'velora'],
  ])('folds the dictionary entry %j to %j', (name, expected) => {
    expect(normalizeName(name)).toBe(expected);
  });
});

describe('toOriginalSpan', () => {
  it('takes the trailing harakat of the last letter into the span', () => {
    const text = 'بِغْدَادَ مدينة';
    expect(toOriginalSpan(normalizeForMatching(text), [0, 5])).toEqual([0, 9]);
  });

  it('points a stem match inside a word with a proclitic at the stem only', () => {
    const text = 'وصل إلى بِموسكو أمس';
    const view = normalizeForMatching(text);
    const start = view.text.indexOf('موسكو');
    const span = toOriginalSpan(view, [start, start + 5]);
    expect(text.slice(...span)).toBe('موسكو');
  });

  it('takes a ligature whole when a match ends inside it', () => {
    const text = 'ﻻ';
    expect(toOriginalSpan(normalizeForMatching(text), [0, 1])).toEqual([0, 1]);
  });

  it('keeps a right-to-left mark after the word out of the span when given the text', () => {
    const text = 'بغداد\u200F قتل';
    const view = normalizeForMatching(text);
    expect(toOriginalSpan(view, [0, 5])).toEqual([0, 6]);
    expect(toOriginalSpan(view, [0, 5], text)).toEqual([0, 5]);
  });

  it('keeps trailing harakat in the span when given the text', () => {
    const text = 'بِغْدَادَ مدينة';
    expect(toOriginalSpan(normalizeForMatching(text), [0, 5], text)).toEqual([0, 9]);
  });

  it('maps an empty span to an empty span', () => {
    expect(toOriginalSpan(normalizeForMatching('أمس'), [1, 1])).toEqual([1, 1]);
  });
});

describe('toViewOffset', () => {
  it.each([
    ['أَمس', 2, 1],
    ['أَمس', 0, 0],
    ['أَمس', 4, 3],
    ['ﻻ بد', 1, 2],
  ])('maps offset %j:%i to view offset %i', (text, offset, expected) => {
    expect(toViewOffset(normalizeForMatching(text), offset)).toBe(expected);
  });
});
