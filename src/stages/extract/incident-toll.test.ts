import { describe, expect, it } from 'vitest';
import { findQuantities } from '../language/quantities/index.js';
import { count } from './incident-toll.js';
import { withTollRoles } from './toll-words.js';

/** The clause's toll of `role`, read from the quantities the language stage finds in `text`. */
function tollOf(text: string, role: 'killed' | 'injured' = 'killed'): number | null {
  const quantities = withTollRoles(findQuantities(text, [{ span: [0, text.length] }], 'ar'), text);
  return count(quantities, role, false, text)?.value ?? null;
}

describe('count adds people told "in addition to" the first figure', () => {
  it.each([
    ['أسفر الانفجار عن استشهاد عشرة من الجنود إضافة إلى ثلاثة من العمال في الموقع.', 13],
    ['قتل خمسة جنود بالإضافة إلى اثنين من السائقين في الكمين.', 7],
    ['The blast killed five soldiers in addition to two drivers.', 7],
    // A part of the first figure stays a part.
    ['قتل خمسة جنود بينهم اثنان من الضباط.', 5],
    // Things added to the dead are not people.
    ['The blast killed five soldiers in addition to 3 vehicles.', 5],
    ['The shells killed five soldiers in addition to two of their armoured vehicles.', 5],
    // "along with" adds too, across an aside naming the first; the one it took in is not told again.
    ['Rebels killed one village elder, Ivo Marek, along with two of his sons.', 3],
    ['Gunmen killed a policeman along with two of his brothers.', 3],
    [
      'Raiders ambushed the convoy, killing the district chief, Ivo Marek, along with six more of his escort.',
      7,
    ],
    ['Rebels killed one village elder along with two of their trucks.', 1],
    // The count after a second fate is that fate's: it is not added to the one killed.
    [
      'A bomb went off in Velora on Monday, killing the mayor, wounding his aide, along with three guards.',
      null,
    ],
  ])('reads "%s" as %d killed', (text, killed) => {
    expect(tollOf(text)).toBe(killed);
  });
});

describe('count adds the other side told after «مقابل»', () => {
  it.each([
    ['أسفرت المعارك عن مصرع 12 شخصا في صفوف القوات مقابل 15 قتيلا في صفوف الفصائل.', 27],
    ['قتل 12 من قوات النظام مقابل 15 من مقاتلي الفصائل في الاشتباكات.', 27],
    // A figure of no side set against the toll (last year's) is no share of it.
    ['قتل 12 شخصا في الاشتباكات مقابل 5 في العام الماضي.', 12],
    ['قتل 7 مدنيين في الغارات هذا الأسبوع مقابل 4 قتلى في الأسبوع الماضي.', 7],
    ['قتل 9 من رجال الأمن في الهجمات مقابل 3 قتلى فقط في العام الماضي.', 9],
  ])('reads "%s" as %d killed', (text, killed) => {
    expect(tollOf(text)).toBe(killed);
  });
});

describe('count adds the items of a headline list with no commas', () => {
  it('adds "7 children 4 women"', () => {
    expect(tollOf('Shelling kills 7 children 4 women in the northern province')).toBe(11);
  });

  it('does not add a count that has a fate of its own ("6 persons killed 41 others injured")', () => {
    expect(tollOf('6 persons killed 41 others injured in mortar fire on the port')).toBe(6);
  });

  it('does not add the people who tell ("killing four civilians two residents said")', () => {
    expect(tollOf('tanks shelled the district killing four civilians two residents said')).toBe(4);
  });

  it('adds a count after a noun the lexicon does not know: "two police commandos and five civilians"', () => {
    expect(tollOf('The raid killed two border guards and five civilians.')).toBe(7);
  });

  it('does not add a part told by "of them"', () => {
    expect(tollOf('Shelling kills 9 children, 4 of them girls')).toBe(9);
  });
});

describe('count adds the adults listed after the children', () => {
  it.each([
    ['قتل ستة أطفال وثلاثة بالغين في الغارة على السوق.', 9],
    ['قتل طفلان وأربعة مسنين في الغارة على السوق.', 6],
  ])('reads "%s" as %d killed', (text, killed) => {
    expect(tollOf(text)).toBe(killed);
  });
});

describe('count adds single people listed beside its figures', () => {
  it.each([
    ['A ferryman, a cook and three porters were killed when the boat was shelled.', 'killed', 5],
    ['The mortar killed a ferryman, a cook and three porters on the quay.', 'killed', 5],
    ['On Sunday, a ferryman, a cook and two porters were wounded by the shell.', 'injured', 4],
    ['Four porters, one customs clerk, and one ferryman were killed on the quay.', 'killed', 6],
    // The singles after a count's comma run on to another count: the comma joins the list, no aside.
    ['The mortar killed two soldiers, a cook and three civilians on the quay.', 'killed', 6],
    ['The mortar killed two soldiers, a cook, and three civilians on the quay.', 'killed', 6],
    // Counts joined as one toll's figures: the singles between them are victims of it too.
    ['The mortar killed two porters, a cook and three drivers on the quay.', 'killed', 6],
    ['The shell wounded four porters, a ferryman, a cook and two drivers on the quay.', 'injured', 8],
    // A list of the dead opened by the noun of their deaths.
    ['Officials announced the deaths of a miller, three weavers and a baker in the raid.', 'killed', 5],
    ['Officials announced the deaths of a miller and three weavers in the raid.', 'killed', 4],
  ] as const)('reads "%s" as %s %d', (text, role, value) => {
    expect(tollOf(text, role)).toBe(value);
  });

  it.each([
    ['The mortar killed two people, a ferryman and a cook, on the quay.', 2],
    ['The blast killed one policeman, a retired ferryman, and wounded two porters.', 1],
  ])('does not count the singles after a comma that name the people counted in "%s"', (text, value) => {
    expect(tollOf(text)).toBe(value);
  });

  it.each([
    ['Two porters were killed and another wounded on the quay.', 2],
    ['Two porters were killed and a third seriously injured on the quay.', 2],
    ['A ferryman and his mate were seized and two porters were killed on the quay.', 2],
    ['A gunfight ensued and two porters were killed on the quay.', 2],
    ['Two people died, one Ruritanian and one Freedonian, and a porter was killed.', 2],
  ])('does not count a single told with a fate of its own in "%s"', (text, value) => {
    expect(tollOf(text)).toBe(value);
  });

  it('does not count an amount ("an unknown number of porters")', () => {
    expect(tollOf('Two ferrymen and an unknown number of porters were killed on the quay.')).toBe(2);
  });

  it('does not count a list that opens in the middle of a clause', () => {
    expect(tollOf('The rebels seized a ferry, a barge and two porters were killed.')).toBe(2);
  });
});

describe('count leaves out some of the fallen told for what else is true of them', () => {
  it.each<[string, 'killed' | 'injured', number | null]>([
    ['Doctors at the clinic said nine of the wounded were still in surgery.', 'injured', null],
    ['Doctors at the clinic said four of the dead were nurses.', 'killed', null],
    // The toll told before them stays the toll.
    ['The shelling wounded 22 people; nine of the wounded were still in surgery.', 'injured', 22],
    // Those carried elsewhere are some of the wounded, not all of them.
    ['وقال الطبيب إنه جرى نقل 6 جرحى بمروحية إلى العاصمة للعلاج.', 'injured', null],
    ['Medics said they airlifted 6 injured men to the capital overnight.', 'injured', null],
    ['وأصيب 19 شخصا في الانفجار وتم نقل 6 جرحى إلى العاصمة.', 'injured', 19],
  ])('reads "%s" as %s %s', (text, role, toll) => {
    expect(tollOf(text, role)).toBe(toll);
  });
});

describe('count leaves out a figure someone sets against the toll', () => {
  it.each([
    ['In the village 40 people were burnt alive, and the governor claimed that only 12 people had died.', 40],
    ['Twenty men were shot dead, and the army insisted 6 fighters were killed.', 20],
    // Two sides' shares still add up.
    ['The clash killed 12 soldiers and 7 rebels.', 19],
  ])('reads "%s" as %d killed', (text, killed) => {
    expect(tollOf(text)).toBe(killed);
  });
});
