import { describe, expect, it } from 'vitest';
import { fixtureDocument } from './fixture-document.js';
import { buildFrames } from './frame-builder.js';
import { loadEventLexicons } from './index.js';
import { buildSentenceViews } from './sentence-view.js';

const lexicons = loadEventLexicons();

/** How many frames the shipped lexicons make of a text. */
function frameCount(text: string): number {
  const doc = fixtureDocument({ text });
  return buildSentenceViews(doc, lexicons).flatMap((view) => buildFrames(view, text)).length;
}

describe('phrases of the shipped lexicons that only look like incidents', () => {
  it.each([
    ['a war begun by protests', 'Homs has suffered in the war that started in 2012 with student protests.'],
    [
      'an Arabic crisis begun by protests',
      'وتشهد البلاد أزمة اندلعت منتصف مارس 2011 باحتجاجات سلمية في الموصل.',
    ],
    ['military assembly points', 'ودمرت المدفعية عدة نقاط تجمع للمسلحين قرب الموصل.'],
    ['jobs eliminated', 'The company eliminated 300 jobs in Mosul on Monday.'],
    [
      'areas a riot touched, unhyphenated',
      'The minister sent more troops to the violence hit areas of Mosul and two companies of police to Erbil.',
    ],
    ['an article edited', 'حرر الصحفي مقالا عن مدينة الموصل.'],
    ['an operation executed', 'The company executed a special operation in Mosul on Monday.'],
    ['a truce declared over', 'The army declared the end of the ceasefire in Mosul on Monday.'],
    [
      "an office-holder's attack in words",
      'شن رئيس الحزب النائب سامي علي هجوما عنيفا على الحكومة في الموصل.',
    ],
    [
      'an attack told with a participle of saying',
      'وهاجمت الوزيرة الحركة قائلة إنها خلقت ظروفا صعبة في الموصل.',
    ],
    ['a scathing Arabic attack', 'وليشن هجوما لاذعا على معارضيه في الموصل.'],
    ['a fierce attack in words', 'وشن الاتحاد العام للعمال هجوما شديدا على الحكومة في الموصل.'],
    ['a battle of balances', 'وتحتدم معركة التوازنات بين الكتل قبيل جلسة البرلمان في الموصل.'],
    ['a war in the media', 'وتخوض القناتان حربا إعلامية منذ شهرين حول بلدية الموصل.'],
    ['the battlefield named as a place', 'وجمع الباحثون شهادات من ساحة المعركة قرب الموصل.'],
  ])('makes no frame of %s', (_, text) => {
    expect(frameCount(text)).toBe(0);
  });

  it.each([
    ['militants eliminated', "The army's units eliminated over 75 militants in Mosul on Monday."],
    ['an Arabic attack launched by gunmen', 'شن مسلحون هجوما على حاجز للجيش في الموصل أمس.'],
    ['a shopkeeper beaten up', 'Volunteers beat up a shopkeeper in Mosul on Friday.'],
    ['a motorcade stoned', "The minister's motorcade was stoned in Mosul on Friday."],
  ])('frames %s', (_, text) => {
    expect(frameCount(text)).toBe(1);
  });

  it('still frames protests that begin the day', () => {
    expect(
      frameCount('Thousands of students began a march in Mosul on Friday with protests.'),
    ).toBeGreaterThan(0);
  });
});
