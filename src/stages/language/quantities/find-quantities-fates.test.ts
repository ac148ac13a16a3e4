import { describe, expect, it } from 'vitest';
import { quantitySummary } from './fixture-quantity-summary.js';

// The fate words around a count: which of them kill only people, which fates follow one another, and the
// words allowed between a count and its verb.

const cases: [string, string][] = [
  // Liquidating people kills them.
  ['تصفية مسلح', '1 exact killed militants'],
  ['تصفية أحد المسلحين', '1 exact killed militants'],
  // Liquidating firms winds them up: only people are killed by it.
  ['قررت الحكومة تصفية 20 شركة', '20 exact'],
  ['تصفية إحدى الشركات', ''],
  ['أقدم المسلحون على اختطاف وقتل 3 مدنيين', '3 exact killed civilians'],
  ['two people were killed and three slightly injured', '2 exact killed people | 3 exact injured'],
  ['12 killed and 11 critically wounded', '12 exact killed | 11 exact injured'],
  [
    'one soldier was killed and eleven others, including four nurses, were injured',
    '1 exact killed soldiers | 11 exact injured others | 4 exact',
  ],
  // The auxiliary told once, for the first count, and the second's verb after its aside.
  [
    'six guards were killed and nine people, including a nurse, wounded in the raid',
    '6 exact killed guards | 9 exact injured people',
  ],
  [
    'the bomb killed nine people, including a nurse, wounded 30 more',
    '9 exact killed people | 30 exact injured',
  ],
  ['three were killed and four others were reported injured', '3 exact killed | 4 exact injured others'],
  // A count added to one told before, its verb before "a further".
  ['the mortar killed six herders and wounded a further 14', '6 exact killed | 14 exact injured'],
  ['the mine wounded a 14-year-old boy', ''],
  // A count told as a sum, its verb before "a total of".
  ['the raids killed a total of 14 herders', '14 exact killed'],
  ['a total of 14 herders', '14 exact'],
  ['three government employees killed in a drive-by shooting', '3 exact killed workers'],
  ['the blast wounded two passengers and five villagers', '2 exact injured people | 5 exact injured people'],
  ['militants kidnapped and killed two engineers', '2 exact killed'],
  ['extremists killed and decapitated seven road workers', '7 exact killed'],
  ['killed or kidnapped four villagers', '4 exact people'],
  ['wounding two drivers and three guards', '2 exact injured workers | 3 exact injured guards'],
  ['a passenger was killed', '1 exact killed people'],
  // A fate told on someone's word is still the count's.
  ['four villagers were said to be killed near the ford', '4 exact killed people'],
  ['nine soldiers are feared to have died', '9 exact killed soldiers'],
  ['two guards were believed to have been wounded', '2 exact injured guards'],
  // A relative clause tells the count's fate; an active verb after "who" makes the count its doer.
  ['the mayor mourned eleven villagers who died in the blaze', '11 exact killed people'],
  ['a plaque for 30 soldiers who fell martyrs at the pass', '30 exact killed soldiers'],
  ['a plaque for 30 soldiers, who fell at the pass, and 12 others', '30 exact soldiers | 12 exact others'],
  ['she honoured 14 pilgrims, "who died for the faith"', '14 exact killed people'],
  ['three gunmen who killed a guard', '3 exact militants | 1 exact killed guards'],
  ['two of the soldiers were killed and six of them wounded', '2 exact killed soldiers | 6 exact injured'],
  ['two of the kidnapped men were killed', '2 exact'],
  ['thirteen were wounded, one of them seriously hurt', '13 exact injured | 1 exact'],
  [
    'the raid left four policemen dead and two civilians wounded',
    '4 exact killed police | 2 exact injured civilians',
  ],
  // One number for two fates gives neither, its verb joined to the other fate.
  ['the car bomb left 52 people killed and wounded', '52 exact people'],
  ['At Least 37 Killed and Wounded in Rocket Attacks on the City', '37 at_least'],
  [
    'the explosion left eleven people dead and wounded at least forty others',
    '11 exact killed people | 40 at_least injured others',
  ],
  // Ages are no victims, nor the top of their range.
  ['the girls aged from six to 14 were wounded', ''],
  ['the boys aged between seven and 15 were hurt', ''],
  // A title after the verb's subject and day names one victim; a counted noun there is victims of its own.
  ['أعدم التنظيم أمس الشيخ محمد العلي في ساحة البلدة', '1 exact killed'],
  ['قتل الجنود بقيادة العقيد محمد', ''],
  // "أنه قتل" before an amount with no number is who he killed, not one killed.
  ['أعلن الجيش أنه قتل عددا من المسلحين', ''],
  ['قال الضابط إن دوريته قصفت المخبأ وأكد أنه قتل «عديدا» من الخاطفين', ''],
  ['صرح المتحدث بأن سلاح الجو أغار على الوادي وأنه قتل "كثيرا" من المقاتلين', ''],
  // Kept: with no amount after it, "أنه قتل" still tells one killed.
  ['وذكر الأهالي أنه قتل برصاصة طائشة أمام منزله', '1 exact killed'],
  // Eliminating or neutralising people kills them; eliminating posts does not.
  ['troops eliminated 12 militants near the border', '12 exact killed militants'],
  ['the police neutralised three gunmen', '3 exact killed militants'],
  ['the army announced the elimination of 20 rebels', '20 exact killed militants'],
  ['the army eliminated 3 checkpoints', '3 exact'],
  // Cases of suffocation are people hurt.
  ['وأسفر الحريق عن 15 حالة اختناق', '15 exact injured people'],
  ['وسجلت سبع حالات اختناق بين السكان', '7 exact injured people'],
  ['five residents suffered suffocation in the fire', '5 exact injured people'],
  ['the gas caused 12 suffocation cases', '12 exact injured people'],
  // A past verb with its object pronoun names the one it killed.
  ['هاجم مسلحان الحارس فقتلاه', '2 exact militants | 1 exact killed'],
  ['اعترض المسلحون المزارع وقتلوه', '1 exact killed'],
  // A count after "by" is the passive's agent; a count before an active verb and its object is its subject.
  ['a guard was shot dead near his home by two gunmen', '1 exact killed guards | 2 exact militants'],
  ['two soldiers were killed by at least four attackers', '2 exact killed soldiers | 4 at_least attackers'],
  ['three gunmen killed a guard at the gate', '3 exact militants | 1 exact killed guards'],
  ['two gunmen killed seven traders in the shop', '2 exact militants | 7 exact killed'],
  ['shelling left at least 19 people dead the rescue service said', '19 at_least killed people'],
  // A family of five is five people, not one victim; "one of his guards" is one of someone's people.
  ['rebels killed a family of five', '5 exact'],
  ['gunmen killed the mayor and one of his guards', '1 exact'],
  ['one of the cars was burned', ''],
  // Kin named after the casualty word, a dual kin noun naming two.
  ['وأصيب والداه وشقيقه في الهجوم', '3 exact injured'],
  ['وأصيب والده وشقيقته في الهجوم', '2 exact injured'],
  // Martyrs are the dead, in both languages.
  ['four civilians were martyred in the shelling', '4 exact killed civilians'],
  ['ثلاثة مدنيين سقطوا شهداء في القصف', '3 exact killed civilians'],
  // The nominative dual of "another" is two others; its -ين form is also the plural, no count alone.
  ['قتل شخص وجرح آخران في الانفجار', '1 exact killed people | 2 exact injured others'],
  ['وأصيب آخرون في الانفجار', ''],
  // After a dual it is the dual's adjective: the two are counted once.
  ['قتل القائد وقياديان آخران في المواجهات', '2 exact killed leaders'],
];

describe('findQuantities reads the fate told around a count', () => {
  it.each(cases)("'%s' → %s", (text, expected) => {
    expect(quantitySummary(text)).toBe(expected);
  });
});
