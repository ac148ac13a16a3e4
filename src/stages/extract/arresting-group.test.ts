import { describe, expect, it } from 'vitest';
import type { FixtureSpec } from './fixture-document.js';
import { actorsOf } from './fixture-actors.js';
import { actorEntity, placeEntity } from './fixture-entities.js';

/** The sides and place of a sentence whose resistance is written `resistance` («المقاومة», «للمقاومة»). */
const sides = (resistance: string): FixtureSpec['mentions'] => [
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
