import { describe, expect, it } from 'vitest';
import { actorsOf, killed } from './fixture-actors.js';
import { fixtureDocument, type FixtureSpec } from './fixture-document.js';
import { actorEntity, placeEntity } from './fixture-entities.js';
import { firstSubType } from './fixture-sub-type.js';
import { createExtractStage } from './index.js';

const extract = createExtractStage();

function eventsOf(spec: FixtureSpec) {
  const doc = fixtureDocument(spec);
  extract.run(doc, { referenceDate: null });
  return doc.events!;
}

/** A nationality adjective the knowledge base lists as an alias of its country ("تركية"). */
const turkishAlias = { ...placeEntity('Turkey', 'TR', 'country'), via: 'alias' as const };

describe('who did what to whom', () => {
  it.each<[string, FixtureSpec, [string | undefined, string | undefined]]>([
    [
      'takes the doer that opens a trigger phrase ("rebels raided") for its subject',
      {
        text: 'Rebels raided an army outpost near Sirte on Friday, killing three soldiers.',
        mentions: [['Sirte', placeEntity('Sirte', 'LY')]],
        quantities: [['three soldiers', killed(3, 'soldiers')]],
      },
      ['Opposition Rebels (Libya)', 'Military Forces of Libya'],
    ],
    [
      'leaves the perpetrator empty when the text offers rivals',
      {
        text: 'Khan Shaykhun was bombed by either Syrian regime or Russian jets, witnesses said.',
        mentions: [
          ['Khan Shaykhun', placeEntity('Khan Shaykhun', 'SY')],
          ['Syrian regime', actorEntity('Military Forces of Syria', 'state-forces', 'SY')],
          ['Russian jets', actorEntity('Military Forces of Russia', 'state-forces', 'RU')],
        ],
      },
      [undefined, undefined],
    ],
    [
      'does not take the side that reports the bombing for the one that did it, and takes the post it hit',
      {
        text: 'وأفاد الجيش التركي بأن انتحاريا فجر سيارة مفخخة قرب مخفر في مدينة دوغوبيازيت.',
        mentions: [
          ['الجيش التركي', actorEntity('Military Forces of Turkey', 'state-forces', 'TR')],
          ['دوغوبيازيت', placeEntity('Dogubayazit', 'TR')],
        ],
      },
      [undefined, 'Police Forces of Turkey'],
    ],
    [
      'does not take the side that condemns a strike for the one that carried it out',
      {
        text: 'The Syrian Coalition condemned the massacre in Raqqa where jets killed 65 civilians.',
        mentions: [
          ['Syrian Coalition', actorEntity('Syrian National Coalition', 'party', 'SY')],
          ['Raqqa', placeEntity('Raqqa', 'SY')],
        ],
      },
      [undefined, 'Civilians'],
    ],
    [
      'does not take a government that condemns a bombing, in Arabic, for the bomber',
      {
        text: 'وأدانت الحكومة اليمنية التفجير الذي استهدف مسجدا في مدينة أبها.',
        mentions: [
          ['الحكومة اليمنية', actorEntity('Government of Yemen', 'state-forces', 'YE')],
          ['أبها', placeEntity('Abha', 'SA')],
        ],
      },
      [undefined, 'Civilians'],
    ],
    [
      'names both sides of a clash',
      {
        text: 'اندلعت اشتباكات عنيفة بين المقاومة الشعبية ومسلحي الحوثي في مدينة تعز.',
        mentions: [
          ['المقاومة الشعبية', actorEntity('Popular Resistance (Yemen)')],
          ['الحوثي', actorEntity('Houthi Movement')],
          ['تعز', placeEntity('Taiz', 'YE')],
        ],
      },
      ['Popular Resistance (Yemen)', 'Houthi Movement'],
    ],
    [
      'takes the side named before the weapon as its owner, not as a victim of the toll',
      {
        text: 'At least 9 people were killed in government air strikes on Idlib on Monday.',
        mentions: [['Idlib', placeEntity('Idlib', 'SY')]],
        quantities: [['9 people', killed(9, 'people')]],
      },
      ['Military Forces of Syria', 'Civilians'],
    ],
    [
      'reaches past a description to the side a passive names',
      {
        text: 'Five residents were wounded by mortar shells fired by fighters of the so-called Army of Conquest on Adra.',
        mentions: [
          ['Army of Conquest', actorEntity('Jaish al-Fatah')],
          ['Adra', placeEntity('Adra', 'SY')],
        ],
      },
      ['Jaish al-Fatah', 'Civilians'],
    ],
    [
      'does not take a police command that tells of the shelling for its target',
      {
        text: 'Nusra fighters shelled the village of Hadar, damaging houses, a source at the Quneitra Police Command told the agency.',
        mentions: [
          ['Nusra', actorEntity('Al-Nusra Front')],
          ['Hadar', placeEntity('Hadar', 'SY')],
        ],
      },
      ['Al-Nusra Front', 'Civilians'],
    ],
    [
      'does not take the government asked to keep the peace for the target of the killings',
      {
        text: 'Elders deplored the killings of volunteers near Godhra station and urged the government to ensure calm.',
        mentions: [
          ['government', actorEntity('Military Forces of India', 'state-forces', 'IN')],
          ['Godhra', placeEntity('Godhra', 'IN')],
        ],
      },
      [undefined, undefined],
    ],
    [
      'does not take the authorities an appeal is made to for the target of the shelling',
      {
        text: 'قصف مسلحون تلة قرب مدينة حلب وناشد المزارعون الجيش التدخل.',
        mentions: [
          ['الجيش', actorEntity('Military Forces of Syria', 'state-forces', 'SY')],
          ['حلب', placeEntity('Aleppo', 'SY')],
        ],
      },
      [undefined, undefined],
    ],
    [
      'takes the side whose bullets killed as the perpetrator',
      {
        text: 'قتل مدني برصاص قوات النظام في مدينة درعا.',
        mentions: [['درعا', placeEntity('Daraa', 'SY')]],
      },
      ['Military Forces of Syria', 'Civilians'],
    ],
    [
      'takes the side an attack is attributed to as its perpetrator',
      {
        text: 'قتل شرطيان في هجوم نسبته السلطات إلى التمرد الكردي في ولاية أضنة.',
        mentions: [
          ['التمرد الكردي', actorEntity('Kurdish Militants (Turkey)', 'armed-group', 'TR')],
          ['أضنة', placeEntity('Adana', 'TR')],
        ],
        quantities: [['شرطيان', killed(2, 'policemen')]],
      },
      ['Kurdish Militants (Turkey)', 'Police Forces of Turkey'],
    ],
    [
      'takes the group of an assassinated official as the target',
      {
        text: 'اغتيل القيادي في حركة فتح طلال أحمد في مخيم عين الحلوة.',
        mentions: [
          ['حركة فتح', actorEntity('Fatah', 'group')],
          ['عين الحلوة', placeEntity('Ain al-Hilweh', 'LB')],
        ],
      },
      [undefined, 'Fatah'],
    ],
    [
      'takes the force that owns a barracks as the target, not the attacker',
      {
        text: 'هاجم مسلحون ثكنة للقوات الإثيوبية في مقديشو.',
        mentions: [
          ['للقوات الإثيوبية', actorEntity('Military Forces of Ethiopia', 'state-forces', 'ET')],
          ['مقديشو', placeEntity('Mogadishu', 'SO')],
        ],
      },
      [undefined, 'Military Forces of Ethiopia'],
    ],
    [
      'takes a group whose positions were struck as the target',
      {
        text: 'Turkish jets struck PKK positions near Zakho.',
        mentions: [
          ['Turkish', { ...placeEntity('Turkey', 'TR', 'country'), via: 'demonym' }],
          ['PKK', actorEntity('Kurdistan Workers Party')],
          ['Zakho', placeEntity('Zakho', 'IQ')],
        ],
      },
      ['Military Forces of Turkey', 'Kurdistan Workers Party'],
    ],
    [
      'takes a country named as the subject of a strike for its armed forces',
      {
        text: 'نفذت الولايات المتحدة غارة جوية قرب مدينة الرقة.',
        mentions: [
          ['الولايات المتحدة', placeEntity('United States', 'US', 'country')],
          ['الرقة', placeEntity('Raqqa', 'SY')],
        ],
      },
      ['Military Forces of the United States', undefined],
    ],
    [
      'names stone-throwing protesters as rioters of their country',
      {
        text: 'the protesters pelted stones on buses in hyderabad.',
        mentions: [
          ['protesters', actorEntity('Protesters', 'group')],
          ['hyderabad', placeEntity('Hyderabad', 'IN')],
        ],
      },
      ['Rioters (India)', undefined],
    ],
    [
      'takes the side that announced a truce as its party',
      {
        text: 'أعلنت قيادة التحالف العربي هدنة إنسانية في اليمن.',
        mentions: [
          ['التحالف العربي', actorEntity('Saudi-led Coalition')],
          ['اليمن', placeEntity('Yemen', 'YE', 'country')],
        ],
      },
      ['Saudi-led Coalition', undefined],
    ],
    [
      'takes rival mobs as rioters on both sides',
      {
        text: 'mobs of two communities pelted stones at each other in vadodara.',
        mentions: [['vadodara', placeEntity('Vadodara', 'IN')]],
      },
      ['Rioters (India)', 'Rioters (India)'],
    ],
    [
      'takes communal clashes for rival mobs, not the army deployed after them',
      {
        text: 'the army was deployed in surat on monday following communal clashes in which shops were set ablaze.',
        mentions: [['surat', placeEntity('Surat', 'IN')]],
      },
      ['Rioters (India)', 'Rioters (India)'],
    ],
    [
      'takes the two sects of an Arabic riot as rioters on both sides',
      {
        text: 'وتراشق أبناء الطائفتين بالحجارة في مدينة الموصل.',
        mentions: [['الموصل', placeEntity('Mosul', 'IQ')]],
      },
      ['Rioters (Iraq)', 'Rioters (Iraq)'],
    ],
    [
      'takes the houses a mob burned as a civilian target',
      {
        text: 'in prantij six houses were set ablaze by a mob.',
        mentions: [['prantij', placeEntity('Prantij', 'IN')]],
      },
      ['Rioters (India)', 'Civilians'],
    ],
    [
      'takes the side whose fighters died in the fight for the ground as the side that lost it',
      {
        text: 'وذكر شهود أن مقاتلي المقاومة الشعبية سيطروا أمس على مديرية القفر إثر اشتباكات قتل فيها 17 حوثيا.',
        mentions: [
          ['المقاومة الشعبية', actorEntity('Popular Resistance (Yemen)')],
          ['مديرية القفر', placeEntity('Al Qafr', 'YE')],
          ['حوثيا', actorEntity('Houthi Movement')],
        ],
        quantities: [['17', { value: 17, qualifier: 'exact', role: 'killed' }]],
      },
      ['Popular Resistance (Yemen)', 'Houthi Movement'],
    ],
    [
      'takes the side that came under attack as the target',
      {
        text: 'تعرض الجيش اللبناني لهجوم بعبوة ناسفة في بلدة عرسال.',
        mentions: [
          ['الجيش اللبناني', actorEntity('Military Forces of Lebanon', 'state-forces', 'LB')],
          ['عرسال', placeEntity('Arsal', 'LB')],
        ],
      },
      [undefined, 'Military Forces of Lebanon'],
    ],
    [
      "takes a unit its nationality names as that state's force",
      {
        text: 'اغتالت وحدة إسرائيلية خاصة ناشطا في مدينة جنين.',
        mentions: [
          ['إسرائيلية', { ...placeEntity('Israel', 'IL', 'country'), via: 'alias' as const }],
          ['جنين', placeEntity('Jenin', 'PS')],
        ],
      },
      ['Military Forces of Israel', undefined],
    ],
    [
      'takes soldiers named with a pronoun as the force told before them, not as a victim',
      {
        text: 'وذكر الجيش الأميركي أن جنوده قتلوا ثلاثة مسلحين خلال مداهمة لمزرعة شمال الفلوجة.',
        mentions: [
          ['الجيش الأميركي', actorEntity('Military Forces of the United States', 'state-forces', 'US')],
          ['الفلوجة', placeEntity('Fallujah', 'IQ')],
        ],
        quantities: [['ثلاثة مسلحين', killed(3, 'militants')]],
      },
      ['Military Forces of the United States', undefined],
    ],
    [
      'takes aircraft named with a pronoun as the force told before them, not their target',
      {
        text: 'أعلن الجيش التركي أن طائراته قصفت مجموعة من عناصر حزب العمال الكردستاني في منطقة سيدكان.',
        mentions: [
          ['الجيش التركي', actorEntity('Military Forces of Turkey', 'state-forces', 'TR')],
          ['حزب العمال الكردستاني', actorEntity('Kurdistan Workers Party')],
          ['سيدكان', placeEntity('Sidakan', 'IQ')],
        ],
      },
      ['Military Forces of Turkey', 'Kurdistan Workers Party'],
    ],
    [
      'takes the side right after a verb of targeting as its subject',
      {
        text: 'استهدفت طائرات التحالف معسكرا للحوثيين في مدينة صعدة.',
        mentions: [
          ['التحالف', actorEntity('Saudi-led Coalition')],
          ['حوثيين', actorEntity('Houthi Movement')],
          ['صعدة', placeEntity('Saada', 'YE')],
        ],
      },
      ['Saudi-led Coalition', 'Houthi Movement'],
    ],
    [
      'does not take a side past another incident word for the target of a "على"',
      {
        text: 'وردا على الاغتيال، قصفت حركة الجهاد الإسلامي بلدة سديروت.',
        mentions: [
          ['حركة الجهاد الإسلامي', actorEntity('Palestinian Islamic Jihad')],
          ['سديروت', placeEntity('Sderot', 'IL')],
        ],
      },
      ['Palestinian Islamic Jihad', undefined],
    ],
    [
      'does not take residents who tell of the attack for its target',
      {
        text: 'وقال سكان إن مقاتلي حركة الشباب هاجموا قافلة قرب مدينة مركا.',
        mentions: [
          ['حركة الشباب', actorEntity('Al Shabaab')],
          ['مركا', placeEntity('Marka', 'SO')],
        ],
      },
      ['Al Shabaab', undefined],
    ],
    [
      'takes the force whose own mosque was bombed as the target, not as the bomber',
      {
        text: 'أدان المجلس تفجير مسجد قوات الطوارئ في مدينة أبها.',
        mentions: [['أبها', placeEntity('Abha', 'SA')]],
      },
      [undefined, 'Police Forces of Saudi Arabia'],
    ],
  ])('%s', (_, spec, expected) => {
    expect(firstSubType(spec)).toBeDefined();
    expect(actorsOf(spec)).toEqual(expected);
  });

  it('gives a follow-up of the same strike in its sentence the sides told before it', () => {
    const events = eventsOf({
      text: 'شنت طائرات حربية تركية غارات على مواقع حزب العمال الكردستاني، وشمل القصف قرية سيدكان.',
      mentions: [
        ['تركية', turkishAlias],
        ['حزب العمال الكردستاني', actorEntity('Kurdistan Workers Party')],
        ['سيدكان', placeEntity('Sidakan', 'IQ')],
      ],
    });
    expect(events.map((e) => [e.location?.name, e.actor1?.name, e.actor2?.name])).toContainEqual([
      'Sidakan',
      'Military Forces of Turkey',
      'Kurdistan Workers Party',
    ]);
  });

  it.each([
    'اعتصم عشرات المواطنين أمام مبنى المحافظة في البصرة.',
    'اعتصم مئات المواطنين أمام مبنى المحافظة في البصرة.',
  ])('takes the people right after an Arabic protest verb as the protesters: %s', (text) => {
    const spec = {
      text,
      mentions: [['البصرة', placeEntity('Basra', 'IQ')]] as FixtureSpec['mentions'],
    };
    const [e] = eventsOf(spec);
    expect(e.actor1?.name).toBe('Protesters (Iraq)');
    expect(e.actor1?.spans.map(([a, b]) => spec.text.slice(a, b))).toEqual(['المواطنين']);
  });
});
