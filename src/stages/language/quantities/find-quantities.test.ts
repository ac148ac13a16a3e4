import { describe, expect, it } from 'vitest';
import type { Quantity } from '../../../core/records.js';
import { findQuantities } from './index.js';

/** One line per quantity: "115 at_least killed people"; vague amounts by their class; ranges as "10-15". */
function summary(text: string): string {
  return findQuantities(text, [{ span: [0, text.length] }], 'ar')
    .map((q: Quantity) =>
      [`${q.value ?? q.vague}${q.upper ? `-${q.upper}` : ''}`, q.qualifier, q.role, q.noun]
        .filter(Boolean)
        .join(' '),
    )
    .join(' | ');
}

const arabic: [string, string][] = [
  ['ما لا يقل عن 115 شخصاً', '115 at_least people'],
  ['قتل 12 شخصا', '12 exact killed people'],
  ['مقتل 12 مدنيا', '12 exact killed civilians'],
  ['سقط 12 قتيلا', '12 exact killed people'],
  ['سقوط 5 جرحى', '5 exact injured people'],
  ['إصابة 7 آخرين', '7 exact injured others'],
  ['أسفر عن مقتل 3 وإصابة 5', '3 exact killed | 5 exact injured'],
  ['اعتقال 20', '20 exact arrested'],
  ['أعلنت الشرطة اعتقال 20 متظاهرا', '20 exact arrested protesters'],
  ['اختطاف 4 صحفيين', '4 exact abducted journalists'],
  ['مقتل ١٢ جنديا', '12 exact killed soldiers'],
  ['مقتل ۱۲ جنديا', '12 exact killed soldiers'],
  ['نزح ١٬٢٠٠ شخص', '1200 exact people'],
  ['نزح 1.200 شخص', '1200 exact people'],
  ['نزح 1,200 شخص', '1200 exact people'],
  ['مقتل ثلاثة أشخاص', '3 exact killed people'],
  ['مقتل ثلاث نساء', '3 exact killed women'],
  ['قتل ثلاثين مسلحا', '30 exact killed militants'],
  ['قتل ثلاثون مسلحا', '30 exact killed militants'],
  ['مقتل خمسة عشر شخصا', '15 exact killed people'],
  ['مقتل إحدى عشرة امرأة', '11 exact killed women'],
  ['مقتل أحد عشر جنديا', '11 exact killed soldiers'],
  ['مقتل اثني عشر مدنيا', '12 exact killed civilians'],
  ['مقتل واحد وعشرين شخصا', '21 exact killed people'],
  ['مقتل خمسة وعشرين شخصا', '25 exact killed people'],
  ['مئة شخص', '100 exact people'],
  ['مائة شخص', '100 exact people'],
  ['مئة وخمسة عشر شخصا', '115 exact people'],
  ['مائتي شخص', '200 exact people'],
  ['مئتان وخمسون جنديا', '250 exact soldiers'],
  ['ثلاثمائة مقاتل', '300 exact militants'],
  ['ثلاث مئة مقاتل', '300 exact militants'],
  ['تسعمئة وتسعة وتسعون', '999 exact'],
  ['ألف شخص', '1000 exact people'],
  ['ألفي شخص', '2000 exact people'],
  ['ألفين وخمسمائة لاجئ', '2500 exact refugees'],
  ['ثلاثة آلاف لاجئ', '3000 exact refugees'],
  ['عشرة آلاف متظاهر', '10000 exact protesters'],
  ['أحد عشر ألفا', '11000 exact'],
  ['عشرين ألف لاجئ', '20000 exact refugees'],
  ['مئة ألف لاجئ', '100000 exact refugees'],
  ['ثلاثمائة ألف وخمسمائة', '300500 exact'],
  ['ثلاثة آلاف وخمسمائة', '3500 exact'],
  ['3 آلاف شخص', '3000 exact people'],
  ['مقتل جنديين', '2 exact killed soldiers'],
  ['سقوط قتيلين', '2 exact killed people'],
  ['إصابة شخصين', '2 exact injured people'],
  ['جرح طفلين', '2 exact injured children'],
  ['مقتل امرأتين', '2 exact killed women'],
  ['مقتل مدنيين', ''],
  ['مقتل شخص وإصابة 11', '1 exact killed people | 11 exact injured'],
  ['مقتل جندي', '1 exact killed soldiers'],
  ['اعتقال رجل', '1 exact arrested men'],
  ['عشرات القتلى', 'dozens exact killed people'],
  ['سقوط العشرات من الجرحى', 'dozens exact injured people'],
  ['قتل عشرات من رجال الشرطة', 'dozens exact killed police'],
  ['مئات المتظاهرين', 'hundreds exact protesters'],
  ['نزوح آلاف الأشخاص', 'thousands exact people'],
  ['عشرات الآلاف من اللاجئين', 'thousands exact refugees'],
  ['اعتقال عدد من المشتبه بهم', 'several exact arrested'],
  ['بضعة أشخاص', 'several exact people'],
  ['أكثر من 33 مسلحا', '33 at_least militants'],
  ['مقتل أكثر من 33 مسلحا', '33 at_least killed militants'],
  ['ما يزيد على 40 شخصا', '40 at_least people'],
  ['ما يربو على 50 قتيلا', '50 at_least killed people'],
  ['نحو 100 جريح', '100 about injured people'],
  ['بنحو 100 جريح', '100 about injured people'],
  ['حوالي 30 شخصا', '30 about people'],
  ['حوالى 30 شخصا', '30 about people'],
  ['قرابة 200 لاجئ', '200 about refugees'],
  ['زهاء 70 قتيلا', '70 about killed people'],
  ['ما يقارب 60 مدنيا', '60 about civilians'],
  ['ما يناهز 80 جريحا', '80 about injured people'],
  ['مقتل نحو عشرة أشخاص', '10 about killed people'],
  ['حتى 20 شخصا', '20 at_most people'],
  ['ما لا يزيد عن 15 شخصا', '15 at_most people'],
  ['أقل من 10 أشخاص', '10 at_most people'],
  ['قتل 12 شخصا على الأقل', '12 at_least killed people'],
  ['قتل 40 شخصا تقريبا', '40 about killed people'],
  ['بين 10 و15 قتيلا', '10-15 at_least killed people'],
  ['من 10 إلى 15 قتيلا', '10-15 at_least killed people'],
  ['10-15 قتيلا', '10-15 at_least killed people'],
  ['43 شخصا قتلوا', '43 exact killed people'],
  ['43 شخصا لقوا حتفهم', '43 exact killed people'],
  ['5 مدنيين أصيبوا', '5 exact injured civilians'],
  ['وأصيب 173 آخرون', '173 exact injured others'],
  ['وقتل 21 سائحا', '21 exact killed tourists'],
  ['مقتل 24 مدنيا وإصابة 37 آخرين', '24 exact killed civilians | 37 exact injured others'],
  ['مقتل 22 مسلحا', '22 exact killed militants'],
  ['مقتل ستة مدنيين وإصابة 11 آخرين', '6 exact killed civilians | 11 exact injured others'],
  ['ارتفع عدد القتلى إلى 30', '30 exact killed'],
  ['حصيلة القتلى بلغت 10', '10 exact killed'],
  ['قتلت 12 من المدنيين', '12 exact killed civilians'],
  ['أودى بحياة 9 أطفال', '9 exact killed children'],
  ['استشهاد 3 فلسطينيين', '3 exact killed'],
  ['توقيف 8 متشددين', '8 exact arrested militants'],
  ['ألقت القبض على 6 أشخاص', '6 exact arrested people'],
  ['في عام 2015', ''],
  ['منذ 2009 قتل الآلاف', 'thousands exact killed'],
  ['يوم 18 مارس', ''],
  ['في 21/7/2015', ''],
  ['الساعة 10:30 صباحا', ''],
  ['تبلغ من العمر 14 عاما', ''],
  ['(14 عاما)', ''],
  ['قبل 5 سنوات', ''],
  ['بنسبة 50 في المئة', ''],
  ['بنسبة 50%', ''],
  ['20 دولارا', ''],
  ['مبلغ 5 ملايين ريال', ''],
  ['على بعد 10 كيلومترات', ''],
  ['القرار 2254', ''],
  ['الدورة الـ12', ''],
  ['هاتف 0501234567', ''],
  ['واحد منهم', ''],
  ['مقتل الجندي', '1 exact killed soldiers'],
  ['وبمقتل 4 جنود', '4 exact killed soldiers'],
  ['خسائر عدة', 'several exact'],
  ['6.935 مليون برميل', '6935000 exact'],
  ['1. أول بند', ''],
  ['الفرع الرابع عشر', ''],
  ['مقاس 4 × 6', ''],
  ['الساعة 13,30 (10,30 ت غ)', ''],
  ['جنديين قتلا', '2 exact killed soldiers'],
  ['احتجاز 50 عائلة', '50 exact arrested families'],
  ['واستشهد 26 شخصا', '26 exact killed people'],
  ['اعتقل أمس 15 شخصا', '15 exact arrested people'],
  ['في الأعوام الـ 24 الماضية', ''],
  ['قتلوا ما لا يقل عن ستة أطفال', '6 at_least killed children'],
  ['قتل وجرح اثنان آخران', '2 exact injured others'],
];

const english: [string, string][] = [
  ['12 killed', '12 exact killed'],
  ['killing at least 12 people', '12 at_least killed people'],
  ['12 people were killed', '12 exact killed people'],
  ['left 5 dead', '5 exact killed people'],
  ['five soldiers were wounded', '5 exact injured soldiers'],
  ['twenty-one civilians died', '21 exact killed civilians'],
  ['a hundred protesters', '100 exact protesters'],
  ['one hundred and five people', '105 exact people'],
  ['two thousand five hundred refugees', '2500 exact refugees'],
  ['a dozen militants', '12 exact militants'],
  ['two dozen police officers', '24 exact police'],
  ['dozens of civilians', 'dozens exact civilians'],
  ['scores of people were injured', 'dozens exact injured people'],
  ['hundreds of protesters were arrested', 'hundreds exact arrested protesters'],
  ['tens of thousands of refugees', 'thousands exact refugees'],
  ['several gunmen', 'several exact militants'],
  ['more than 30 militants', '30 at_least militants'],
  ['over 40 people', '40 at_least people'],
  ['no fewer than 7 soldiers', '7 at_least soldiers'],
  ['about 50 people', '50 about people'],
  ['nearly 200 civilians', '200 about civilians'],
  ['around 15 people', '15 about people'],
  ['some 300 fighters', '300 about militants'],
  ['an estimated 1,000 protesters', '1000 about protesters'],
  ['up to 20 people', '20 at_most people'],
  ['fewer than 10 people', '10 at_most people'],
  ['as many as 60 people', '60 at_most people'],
  ['between 10 and 15 people', '10-15 at_least people'],
  ['10 to 15 people', '10-15 at_least people'],
  ['two or three soldiers', '2-3 at_least soldiers'],
  ['30 people or more', '30 at_least people'],
  ['the blast killed 9 Syrian soldiers', '9 exact killed soldiers'],
  ['the death toll rose to 30', '30 exact killed'],
  ['militants kidnapped 4 aid workers', '4 exact abducted'],
  ['police arrested 17 demonstrators', '17 exact arrested protesters'],
  ['a soldier was killed', '1 exact killed soldiers'],
  ['one policeman was injured', '1 exact injured police'],
  ['one of them said', ''],
  ['12 killed and 30 wounded', '12 exact killed | 30 exact injured people'],
  ['killing 3 soldiers and wounding 5 others', '3 exact killed soldiers | 5 exact injured others'],
  ['1,00,000 protesters', '100000 exact protesters'],
  ['1.5 million refugees', '1500000 exact refugees'],
  ['in 2015', ''],
  ['on 21/7/2015', ''],
  ['at 10:30 am', ''],
  ['aged 25', ''],
  ['a 25-year-old man', ''],
  ['50% of the vote', ''],
  ['50 percent', ''],
  ['$5 million', ''],
  ['20 dollars', ''],
  ['10 km north', ''],
  ['the 21st century', ''],
  ['an F-16 jet', ''],
  ['Resolution 2254', ''],
  ['call +966 501234567', ''],
  ['three days later', ''],
  [
    'the war has killed more than 220000 people wounded at least one million',
    '220000 at_least killed people | 1000000 at_least injured',
  ],
  ['Israel seized 1200 square kilometres', ''],
  ['a quarter of a million people', ''],
  ['the 2002-03 budget', ''],
  ['losses of rs 300 crore', ''],
  ['15 deaths were reported', '15 exact killed people'],
  ['1. The first item', ''],
];

describe('findQuantities reads Arabic counts', () => {
  it.each(arabic)("'%s' → %s", (text, expected) => {
    expect(summary(text)).toBe(expected);
  });
});

describe('findQuantities reads English counts', () => {
  it.each(english)("'%s' → %s", (text, expected) => {
    expect(summary(text)).toBe(expected);
  });
});

describe('findQuantities spans', () => {
  it('spans the qualifier and the number, and the noun span covers role and noun', () => {
    const text = 'أسفر عن مقتل ما لا يقل عن 12 شخصا';
    const [q] = findQuantities(text, [{ span: [0, text.length] }], 'ar');
    expect(text.slice(...q.span)).toBe('ما لا يقل عن 12');
    expect(text.slice(...(q.nounSpan ?? [0, 0]))).toBe('مقتل ما لا يقل عن 12 شخصا');
  });

  it('reads only inside sentence spans and never joins words across two sentences', () => {
    const text = 'Menu 12 items. Then 5 people were killed.';
    const qs = findQuantities(text, [{ span: [15, text.length] }], 'en');
    expect(qs.map((q) => text.slice(...q.span))).toEqual(['5']);
    const split = 'They killed. 12 people fled.';
    const two = findQuantities(split, [{ span: [0, 12] }, { span: [13, split.length] }], 'en');
    expect(two.map((q) => q.role)).toEqual([undefined]);
  });
});
