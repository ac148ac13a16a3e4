import { describe, expect, it } from 'vitest';
import { actorsOf } from './fixture-actors.js';
import { actorEntity, placeEntity } from './fixture-entities.js';

const ypg = actorEntity("People's Protection Units");
const hasakah = placeEntity('Al-Hasakah', 'SY');

describe('the owner of a post struck', () => {
  it.each([
    ['of', 'A car bomb hit a checkpoint of the YPG in Hasakeh on Monday.'],
    ['belonging to', 'A car bomb hit a checkpoint belonging to the YPG in Hasakeh on Monday.'],
    ['manned by', 'A car bomb hit a checkpoint manned by the YPG in Hasakeh on Monday.'],
    [
      'under the control of',
      'A car bomb hit a checkpoint under the control of the YPG in Hasakeh on Monday.',
    ],
  ])('is the target when told after the post with "%s"', (_, text) => {
    const mentions: [string, typeof ypg][] = [
      ['YPG', ypg],
      ['Hasakeh', hasakah],
    ];
    expect(actorsOf({ text, mentions })).toEqual([undefined, "People's Protection Units"]);
  });

  it.each([
    ['activists', 'وأعلنت أنقرة بدء حملة قصف لمخيمات ناشطي حزب العمال الكردستاني قرب سيدكان ليلا.'],
    ['supporters', 'وأعلنت أنقرة بدء حملة قصف لقواعد أنصار حزب العمال الكردستاني قرب سيدكان ليلا.'],
  ])('is the target when its %s stand between the post and its name', (_, text) => {
    const pkk = actorEntity('Kurdistan Workers Party');
    const mentions: [string, typeof pkk][] = [
      ['حزب العمال الكردستاني', pkk],
      ['سيدكان', placeEntity('Sidakan', 'IQ')],
    ];
    expect(actorsOf({ text, mentions })[1]).toBe('Kurdistan Workers Party');
  });

  it('is the target of an Arabic post word in the accusative («حاجزاً لوحدات»)', () => {
    const text = 'استهدفت سيارة مفخخة حاجزا لوحدات حماية الشعب في الحسكة يوم الاثنين.';
    const mentions: [string, typeof ypg][] = [
      ['وحدات حماية الشعب', ypg],
      ['الحسكة', hasakah],
    ];
    expect(actorsOf({ text, mentions })).toEqual([undefined, "People's Protection Units"]);
  });

  it.each([
    [
      'camps',
      'وقال مسؤول إن حملة غارات لمخيمات مقاتلي حزب العمال الكردستاني في سيدكان أسفرت عن تدمير مخازن أسلحة.',
    ],
    [
      'bases',
      'وقال مسؤول إن حملة قصف لقواعد مقاتلي حزب العمال الكردستاني في سيدكان أسفرت عن تدمير مخازن أسلحة.',
    ],
  ])('is the target of a campaign against its %s, not its agent', (_, text) => {
    const pkk = actorEntity('Kurdistan Workers Party');
    const mentions: [string, typeof pkk][] = [
      ['مقاتلي حزب العمال', pkk],
      ['سيدكان', placeEntity('Sidakan', 'IQ')],
    ];
    expect(actorsOf({ text, mentions })).toEqual([undefined, 'Kurdistan Workers Party']);
  });

  it('is not the side a "by" after the post names as the attacker', () => {
    const text = 'An attack on a checkpoint by Islamic State fighters near Kirkuk on Monday.';
    const [actor1] = actorsOf({
      text,
      mentions: [
        ['Islamic State', actorEntity('Islamic State')],
        ['Kirkuk', placeEntity('Kirkuk', 'IQ')],
      ],
    });
    expect(actor1).toBe('Islamic State');
  });

  it.each([
    [
      'with its apostrophe',
      "Ruritanian troops raided the Green Brigade's strongholds near Zarqa, killing six fighters.",
    ],
    [
      'without its apostrophe',
      'Ruritanian troops raided the Green Brigades strongholds near Zarqa, killing six fighters.',
    ],
  ])('is the target when it owns the post by a possessive %s', (_, text) => {
    const mentions: [string, ReturnType<typeof actorEntity>][] = [
      ['Ruritanian troops', actorEntity('Military Forces of Ruritania', 'state-forces', 'RT')],
      ['Green Brigade', actorEntity('Green Brigade')],
      ['Zarqa', placeEntity('Zarqa', 'RT')],
    ];
    expect(actorsOf({ text, mentions })).toEqual(['Military Forces of Ruritania', 'Green Brigade']);
  });

  it('is the target when a compound names it, not the side that shelled', () => {
    const text = 'A military compound near Bol was shelled late on Friday, killing three soldiers.';
    expect(actorsOf({ text, mentions: [['Bol', placeEntity('Bol', 'TD')]] })).toEqual([
      undefined,
      'Military Forces of Chad',
    ]);
  });

  it.each([
    ['a training center', 'Two recruits were killed inside the military training center near Bol on Friday.'],
    ['an installation', 'Gunmen stormed a military installation near Bol on Friday, killing three soldiers.'],
  ])('is the target when the force owns %s, not the side that struck it', (_, text) => {
    expect(actorsOf({ text, mentions: [['Bol', placeEntity('Bol', 'TD')]] })).toEqual([
      undefined,
      'Military Forces of Chad',
    ]);
  });
});

describe('the owner of a vehicle', () => {
  const houthis = actorEntity('Houthi Movement');
  const coalition = actorEntity('Saudi-led Coalition', 'state-forces');
  const sirwah = placeEntity('Sirwah', 'YE');

  it('is the target when the vehicle is told after the side that struck it («آلية تابعة لـ»)', () => {
    const text = 'وأعطبت مقاتلات التحالف آلية تابعة لميليشيا الحوثي في غارة قرب صرواح مساء السبت.';
    const mentions: [string, typeof houthis][] = [
      ['مقاتلات التحالف', coalition],
      ['ميليشيا الحوثي', houthis],
      ['صرواح', sirwah],
    ];
    expect(actorsOf({ text, mentions })).toEqual(['Saudi-led Coalition', 'Houthi Movement']);
  });

  it('stays the doer when its vehicle is the subject right after the verb', () => {
    const text = 'وقصفت دبابة تابعة للحوثيين سوقا شعبيا قرب صرواح مساء السبت.';
    const mentions: [string, typeof houthis][] = [
      ['للحوثيين', houthis],
      ['صرواح', sirwah],
    ];
    expect(actorsOf({ text, mentions })[0]).toBe('Houthi Movement');
  });

  it.each([
    ['after the verb and its subject', 'وهاجم مسلحون مجهولون دورية تابعة للحوثيين قرب صرواح مساء السبت.'],
    ['after an act told as a noun', 'وقتل رجلان في استهداف عربة عسكرية تابعة للحوثيين قرب صرواح مساء السبت.'],
  ])('is the target when the vehicle is struck %s, with no side named before it', (_, text) => {
    const mentions: [string, typeof houthis][] = [
      ['للحوثيين', houthis],
      ['صرواح', sirwah],
    ];
    expect(actorsOf({ text, mentions })[1]).toBe('Houthi Movement');
  });
});
