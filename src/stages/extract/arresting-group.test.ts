import { describe, expect, it } from 'vitest';
import type { FixtureSpec } from './fixture-document.js';
import { actorsOf } from './fixture-actors.js';
import { actorEntity, placeEntity } from './fixture-entities.js';

/** The sides and place of a sentence whose resistance is written `resistance` («المقاومة», «للمقاومة»). */
const sides = (resistance: string): NonNullable<FixtureSpec['mentions']> => [
  [resistance, actorEntity('Popular Resistance (Yemen)', 'armed-group', 'YE')],
  ['حوثي', actorEntity('Houthi Movement', 'armed-group', 'YE')],
  ['مدينة تعز', placeEntity('Taiz', 'YE')],
];

// The group that made an arrest, told with the place it stands in between it and the arrest, made it.
describe('the arresting group past its place', () => {
  it.each([
    [
      'the subject of «ألقت … القبض»',
      'وألقت المقاومة الشعبية في مدينة تعز القبض على قيادي حوثي مساء الجمعة.',
    ],
    [
      'a post of the group before the verb',
      'حاجز تابع للمقاومة الشعبية في مدينة تعز ألقى القبض على قيادي حوثي مساء الجمعة.',
    ],
  ])('takes %s for the arrester', (_, text) => {
    const mentions = sides(text.includes('للمقاومة') ? 'للمقاومة الشعبية' : 'المقاومة الشعبية');
    expect(actorsOf({ text, mentions })).toEqual(['Popular Resistance (Yemen)', 'Houthi Movement']);
  });

  it('leaves a group that only denied a part in it', () => {
    const text =
      'ونفت المقاومة الشعبية في مدينة تعز أي صلة لها، وقالت إن مجهولين ألقوا القبض على قيادي حوثي.';
    expect(actorsOf({ text, mentions: sides('المقاومة الشعبية') })[0]).not.toBe('Popular Resistance (Yemen)');
  });
});

describe('the side arrested', () => {
  it('is one side though the sentence names it twice', () => {
    const text =
      'وذكر شهود أن قائدا حوثيا كان يختبئ في مدينة تعز، وأن المقاومة الشعبية ألقت القبض عليه مساء الأحد مع مسلح حوثي آخر.';
    const mentions: FixtureSpec['mentions'] = [
      ['المقاومة الشعبية', actorEntity('Popular Resistance (Yemen)', 'armed-group', 'YE')],
      ['حوثيا', actorEntity('Houthi Movement', 'armed-group', 'YE')],
      ['حوثي آخر', actorEntity('Houthi Movement', 'armed-group', 'YE')],
      ['مدينة تعز', placeEntity('Taiz', 'YE')],
    ];
    expect(actorsOf({ text, mentions })).toEqual(['Popular Resistance (Yemen)', 'Houthi Movement']);
  });

  it('is none of two different sides arrested together', () => {
    const text = 'ألقت المقاومة الشعبية القبض على قيادي حوثي وعنصر من القاعدة في مدينة تعز مساء الأحد.';
    const mentions: FixtureSpec['mentions'] = [
      ['المقاومة الشعبية', actorEntity('Popular Resistance (Yemen)', 'armed-group', 'YE')],
      ['حوثي', actorEntity('Houthi Movement', 'armed-group', 'YE')],
      ['القاعدة', actorEntity('Al Qaeda', 'armed-group')],
      ['مدينة تعز', placeEntity('Taiz', 'YE')],
    ];
    expect(actorsOf({ text, mentions })[1]).toBeUndefined();
  });
});

// A group that announces an arrest, told on its own channel or after the kind of group it is, made it.
describe('the announcing group', () => {
  it.each([
    ['after its channel', 'أعلنت المقاومة الشعبية على حسابها في تويتر اعتقال قيادي حوثي في مدينة تعز.'],
    ['after the kind of group', 'أعلنت حركة المقاومة الشعبية اعتقال قيادي حوثي في مدينة تعز مساء الأحد.'],
    ['before its verb', 'وكانت مصادر في المقاومة الشعبية أكدت نبأ اعتقال قيادي حوثي في مدينة تعز.'],
  ])('takes the announcer %s for the arrester', (_, text) => {
    expect(actorsOf({ text, mentions: sides('المقاومة الشعبية') })[0]).toBe('Popular Resistance (Yemen)');
  });

  it.each([
    ['its leaders', 'أكدت حركة المقاومة الشعبية اعتقال أحد قادتها عند حاجز حوثي في مدينة تعز.'],
    [
      'a leader in the group',
      'أعلنت المقاومة الشعبية اعتقال القيادي في المقاومة سالم عند حاجز حوثي في مدينة تعز.',
    ],
  ])('leaves a group announcing the arrest of %s', (_, text) => {
    expect(actorsOf({ text, mentions: sides('المقاومة الشعبية') })[0]).not.toBe('Popular Resistance (Yemen)');
  });

  it('keeps a group that arrested its own men', () => {
    const text = 'اعتقلت المقاومة الشعبية خمسة من عناصرها في مدينة تعز بتهمة التعاون مع الحوثيين.';
    expect(actorsOf({ text, mentions: sides('المقاومة الشعبية') })[0]).toBe('Popular Resistance (Yemen)');
  });

  it('leaves a group whose words before the arrest are no channel', () => {
    const text = 'أعلنت المقاومة الشعبية على لسان قائدها أن الشرطة نفذت اعتقال قيادي حوثي في مدينة تعز.';
    expect(actorsOf({ text, mentions: sides('المقاومة الشعبية') })).toEqual([
      'Police Forces of Yemen',
      'Houthi Movement',
    ]);
  });
});

describe('an arrest «carried out» by a force', () => {
  it.each([
    ['told by itself', 'الشرطة نفذت اعتقال قيادي حوثي في مدينة تعز.'],
    [
      'told by a group that only announced it',
      'أعلنت المقاومة الشعبية أن الشرطة نفذت اعتقال قيادي حوثي في مدينة تعز.',
    ],
    ['told with the arrest verb', 'قالت المقاومة الشعبية إن الشرطة اعتقلت قياديا حوثيا في مدينة تعز.'],
  ])('was made by the force and suffered by the group after the arrest, %s', (_, text) => {
    const mentions: FixtureSpec['mentions'] = [
      ...sides('المقاومة الشعبية'),
      ['الشرطة', actorEntity('Police Forces of Yemen', 'state-forces', 'YE')],
    ];
    const named = mentions.filter(([phrase]) => text.includes(phrase));
    expect(actorsOf({ text, mentions: named })).toEqual(['Police Forces of Yemen', 'Houthi Movement']);
  });
});

describe('the group in whose name the arrested acted', () => {
  it('is the side arrested, not one that speaks for it', () => {
    const text = 'اعتقلت الشرطة ثلاثة شبان يخططون لهجمات باسم جماعة الحوثي في مدينة تعز.';
    const mentions: FixtureSpec['mentions'] = [
      ['الشرطة', actorEntity('Police Forces of Yemen', 'state-forces', 'YE')],
      ['الحوثي', actorEntity('Houthi Movement', 'armed-group', 'YE')],
      ['مدينة تعز', placeEntity('Taiz', 'YE')],
    ];
    expect(actorsOf({ text, mentions })).toEqual(['Police Forces of Yemen', 'Houthi Movement']);
  });
});

describe('a group told back by its kind', () => {
  const mentions: FixtureSpec['mentions'] = [
    ['جبهة الريف', actorEntity('Rif Front', 'armed-group', 'IQ')],
    ['لاكبور', placeEntity('Lakhpur', 'IQ')],
  ];

  it.each([
    [
      'with the light verb «قيام»',
      'وأفاد سكان في لاكبور التي تسيطر عليها جبهة الريف بقيام التنظيم باحتجاز 30 عائلة.',
    ],
    [
      'as the subject of the arrest verb',
      'وفي لاكبور التي تسيطر عليها جبهة الريف، احتجز التنظيم أمس 30 عائلة.',
    ],
  ])('made the arrest %s', (_, text) => {
    expect(actorsOf({ text, mentions })[0]).toBe('Rif Front');
  });

  it('is no side when the sentence named two groups before it', () => {
    const text = 'وأفاد سكان في لاكبور التي تتقاسمها جبهة الريف وحركة الوادي بقيام التنظيم باحتجاز 30 عائلة.';
    const two: FixtureSpec['mentions'] = [
      ...mentions,
      ['حركة الوادي', actorEntity('Wadi Movement', 'armed-group', 'IQ')],
    ];
    expect(actorsOf({ text, mentions: two })[0]).not.toBe('Rif Front');
  });
});
