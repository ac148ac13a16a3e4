import { describe, expect, it } from 'vitest';
import { type FixtureSpec } from './fixture-document.js';
import { actorsOf, killed } from './fixture-actors.js';
import { actorEntity, demonymEntity, placeEntity } from './fixture-entities.js';
import { firstSubType } from './fixture-sub-type.js';

const ARABIC_MEMBERS = 'قتل خمسة من عناصر "أنصار بيت المقدس" حين استهدفت طائرة سيارتهم غربي الشيخ زويد.';

// Sides told by those counted among the harmed: the dead of each side, an officer by his rank, fighters
// killed in their own attack.
describe('whose weapon, whose words, who joined whom', () => {
  it.each<[string, FixtureSpec, [string | undefined, string | undefined]]>([
    [
      'takes the side before the one counted among the harmed for the one that struck',
      {
        text: 'Troops fought guerrillas near Homs on Sunday, killing six rebels.',
        mentions: [['Homs', placeEntity('Homs', 'SY')]],
        quantities: [['six', killed(6, 'rebels')]],
      },
      ['Military Forces of Syria', 'Opposition Rebels (Syria)'],
    ],
    [
      'takes the group whose members were counted dead for the target, past a quote mark',
      {
        text: ARABIC_MEMBERS,
        language: 'ar',
        mentions: [
          ['أنصار بيت المقدس', actorEntity('Islamic State Sinai Province', 'armed-group', 'EG')],
          ['الشيخ زويد', placeEntity('Sheikh Zuweid', 'EG')],
        ],
        quantities: [
          [
            'خمسة',
            { ...killed(5, 'members'), nounSpan: [0, ARABIC_MEMBERS.indexOf('عناصر') + 'عناصر'.length] },
          ],
        ],
      },
      [undefined, 'Islamic State Sinai Province'],
    ],
    [
      'takes the other counted side of a battle told by its dead for its other side',
      {
        text: 'Twelve rebels and three soldiers were killed in clashes near Idlib on Monday.',
        mentions: [['Idlib', placeEntity('Idlib', 'SY')]],
        quantities: [
          ['Twelve', killed(12, 'rebels')],
          ['three', killed(3, 'soldiers')],
        ],
      },
      ['Military Forces of Syria', 'Opposition Rebels (Syria)'],
    ],
    [
      'takes a counted rebel in the accusative for the side the rebels of the country are',
      {
        text: 'قصفت المدفعية مواقع في مدينة إب فقتلت 20 متمردا يوم الأحد.',
        language: 'ar',
        mentions: [['إب', placeEntity('Ibb', 'YE')]],
        quantities: [['20', killed(20, 'متمردا')]],
      },
      [undefined, 'Houthi Movement'],
    ],
    [
      'takes the force of an officer killed, named by his rank before the verb, as the harmed',
      {
        text: 'أكد شهود أن ضابطا كبيرا في الجيش الكيني قتل مساء الإثنين في هجوم على سيارته في نيروبي.',
        language: 'ar',
        mentions: [
          ['الكيني', demonymEntity('Kenya', 'KE')],
          ['نيروبي', placeEntity('Nairobi', 'KE')],
        ],
      },
      [undefined, 'Military Forces of Kenya'],
    ],
    [
      'takes the force of an officer killed as the harmed when an aside on him closes before the verb',
      {
        text: 'قال مسؤولون إن عقيدا في الجيش الكيني ومن أبرز معاوني وزير الدفاع، قتل صباح السبت بقذيفة أصابت موكبه في نيروبي.',
        language: 'ar',
        mentions: [
          ['الكيني', demonymEntity('Kenya', 'KE')],
          ['نيروبي', placeEntity('Nairobi', 'KE')],
        ],
      },
      [undefined, 'Military Forces of Kenya'],
    ],
    [
      'takes fighters killed in an attack they launched themselves on a base for its initiator',
      {
        text: 'قتل 14 مسلحا من المعارضة على الأقل في هجوم فاشل نفذوه على قاعدة عسكرية في ريف حماة.',
        language: 'ar',
        mentions: [['حماة', placeEntity('Hama', 'SY')]],
        quantities: [['14', killed(14, 'مسلحا')]],
      },
      ['Opposition Rebels (Syria)', 'Military Forces of Syria'],
    ],
    [
      'takes fighters counted in the singular after their number, who attacked an airfield, for its initiator',
      {
        text: 'قتل 12 مقاتلا من المعارضة خلال هجوم فاشل شنوه على مطار عسكري في محافظة إدلب.',
        language: 'ar',
        mentions: [['إدلب', placeEntity('Idlib', 'SY')]],
        quantities: [['12', killed(12, 'مقاتلا')]],
      },
      ['Opposition Rebels (Syria)', 'Military Forces of Syria'],
    ],
  ])('%s', (_name, spec, expected) => {
    expect(firstSubType(spec)).toBeDefined();
    expect(actorsOf(spec)).toEqual(expected);
  });

  it('does not take a nationality told as a plural noun of people before the act for its forces', () => {
    const spec: FixtureSpec = {
      text: 'Doctors examined the 12 herders, including 3 Nigeriens, killed near Gao in Mali last week.',
      mentions: [
        ['Nigeriens', demonymEntity('Niger', 'NE')],
        ['Gao', placeEntity('Gao', 'ML')],
      ],
    };
    expect(actorsOf(spec)[0]).toBeUndefined();
  });
});
