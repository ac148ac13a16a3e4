import { describe, expect, it } from 'vitest';
import { actorsOf } from './fixture-actors.js';
import type { FixtureSpec } from './fixture-document.js';
import { actorEntity, placeEntity } from './fixture-entities.js';

const taken = (value: number) => ({ value, qualifier: 'exact' as const });
const PLACES: NonNullable<FixtureSpec['mentions']> = [
  ['قصر الوادي', placeEntity('Qasr al-Wadi', 'IQ')],
  ['العراقيين', placeEntity('Iraq', 'IQ', 'country')],
  ['عراقيين', placeEntity('Iraq', 'IQ', 'country')],
  ['عراقيان', placeEntity('Iraq', 'IQ', 'country')],
];
const BANNERS: NonNullable<FixtureSpec['mentions']>[number] = [
  'جماعة الرايات السود',
  actorEntity('Black Banners Group'),
];
/** The town and the nationality each text names, as the knowledge stage finds them. */
const placesIn = (text: string) => PLACES.filter(([phrase]) => text.includes(` ${phrase} `));

describe('the side an Arabic abduction carried off', () => {
  it.each<[string, string, string]>([
    [
      'counted after the doer and a word of time',
      'خطفت العصابة أمس خمسة جنود عراقيين قرب قصر الوادي.',
      'خمسة',
    ],
    ['counted after a verbal noun', 'قامت العصابة أمس باختطاف ستة جنود عراقيين قرب قصر الوادي.', 'ستة'],
    [
      'counted with «من» before the force',
      'وقام مسلحون ملثمون أمس بخطف ثلاثة من رجال الشرطة العراقيين في قصر الوادي.',
      'ثلاثة',
    ],
  ])('is the target, not the doer, when %s', (_, text, count) => {
    const [actor1, actor2] = actorsOf({ text, mentions: placesIn(text), quantities: [[count, taken(1)]] });
    expect(actor1).toBeUndefined();
    expect(actor2).toMatch(/Forces of Iraq$/);
  });

  it('leaves a named group told right after the verb as the doer', () => {
    const text = 'اختطفت جماعة الرايات السود أمس أربعة جنود عراقيين قرب قصر الوادي.';
    const mentions: FixtureSpec['mentions'] = [
      ...placesIn(text),
      ['جماعة الرايات السود', actorEntity('Black Banners Group')],
    ];
    expect(actorsOf({ text, mentions, quantities: [['أربعة', taken(4)]] })).toEqual([
      'Black Banners Group',
      'Military Forces of Iraq',
    ]);
  });

  it('leaves a force counted after «على يد» as the doer', () => {
    const text = 'وخطف المعلم أمس على يد ثلاثة من رجال الشرطة العراقيين في قصر الوادي.';
    const [actor1] = actorsOf({ text, mentions: placesIn(text), quantities: [['ثلاثة', taken(3)]] });
    expect(actor1).toBe('Police Forces of Iraq');
  });

  it.each<[string, string, string | null]>([
    [
      'its subject before the verb, «على يد» after',
      'وأفادت مصادر محلية أن جنديين عراقيين اختطفا أمس على يد عناصر جماعة الرايات السود قرب قصر الوادي.',
      null,
    ],
    [
      'its subject after the verb, «على يد» past a word of time',
      'واختطف جنديان عراقيان صباح أمس على يد مسلحين من جماعة الرايات السود قرب قصر الوادي.',
      null,
    ],
    [
      'counted after the verb, «من قبل» after',
      'وخطف ثلاثة من رجال الشرطة العراقيين من قبل عناصر جماعة الرايات السود في قصر الوادي.',
      'ثلاثة',
    ],
  ])('is the target of a passive, its agent the doer, when %s', (_, text, count) => {
    const mentions = [...placesIn(text), BANNERS];
    const quantities: FixtureSpec['quantities'] = count ? [[count, taken(3)]] : [];
    const [actor1, actor2] = actorsOf({ text, mentions, quantities });
    expect(actor1).toBe('Black Banners Group');
    expect(actor2).toMatch(/Forces of Iraq$/);
  });

  it('is the target of a passive whose agent names no known side', () => {
    const text = 'وأفادت مصادر محلية أن جنديين عراقيين اختطفا على يد مسلحين مجهولين قرب قصر الوادي.';
    expect(actorsOf({ text, mentions: placesIn(text) })).toEqual([undefined, 'Military Forces of Iraq']);
  });

  it('leaves the doer of an active verb whose «من قبل» means "before"', () => {
    const text = 'وخطفت جماعة الرايات السود جنديين عراقيين قرب قصر الوادي كما فعلت من قبل.';
    expect(actorsOf({ text, mentions: [...placesIn(text), BANNERS] })).toEqual([
      'Black Banners Group',
      'Military Forces of Iraq',
    ]);
  });
});
