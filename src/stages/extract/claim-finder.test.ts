import { describe, expect, it } from 'vitest';
import { fixtureDocument, type FixtureSpec } from './fixture-document.js';
import { actorEntity, placeEntity } from './fixture-entities.js';
import { createExtractStage } from './index.js';

const extract = createExtractStage();
const islamicState = actorEntity('Islamic State');

/** claimed_by and actor1 of the first event the text tells. */
function claimOf(spec: FixtureSpec): [string | undefined, string | undefined] {
  const doc = fixtureDocument(spec);
  extract.run(doc, { referenceDate: null });
  const [e] = doc.events!;
  expect(doc.events).not.toHaveLength(0);
  return [e?.claimed_by?.name, e?.actor1?.name];
}

describe('claims of responsibility', () => {
  it.each<[string, FixtureSpec, [string | undefined, string | undefined]]>([
    [
      'takes "claimed responsibility" as a claim and its group as the perpetrator',
      {
        text: 'Islamic State claimed responsibility for the car bomb that killed five people in Kirkuk.',
        mentions: [
          ['Islamic State', islamicState],
          ['Kirkuk', placeEntity('Kirkuk', 'IQ')],
        ],
      },
      ['Islamic State', 'Islamic State'],
    ],
    [
      'takes a blast "claimed by" a group as its claim',
      {
        text: 'A bomb blast claimed by Islamic State killed 12 people in Qamishli.',
        mentions: [
          ['Islamic State', islamicState],
          ['Qamishli', placeEntity('Qamishli', 'SY')],
        ],
      },
      ['Islamic State', 'Islamic State'],
    ],
    [
      'takes a group saying its own fighters carried out the attack as a claim',
      {
        text: 'Islamic State said two of its gunmen carried out the raid on a checkpoint in Damascus.',
        mentions: [
          ['Islamic State', islamicState],
          ['Damascus', placeEntity('Damascus', 'SY')],
        ],
      },
      ['Islamic State', 'Islamic State'],
    ],
    [
      'does not take a toll the blast "claimed" for a claim',
      {
        text: 'The car bomb claimed 12 lives in Kirkuk, where Islamic State is active.',
        mentions: [
          ['Islamic State', islamicState],
          ['Kirkuk', placeEntity('Kirkuk', 'IQ')],
        ],
      },
      [undefined, undefined],
    ],
    [
      'does not take blame laid on a group for a claim',
      {
        text: 'Officials blamed Islamic State for the car bomb in Kirkuk, but no group has claimed responsibility.',
        mentions: [
          ['Islamic State', islamicState],
          ['Kirkuk', placeEntity('Kirkuk', 'IQ')],
        ],
      },
      [undefined, 'Islamic State'],
    ],
    [
      'takes an Arabic adoption of the bombing as a claim',
      {
        text: 'تبنى تنظيم داعش التفجير الذي استهدف سوقا في بغداد.',
        mentions: [
          ['تنظيم داعش', islamicState],
          ['بغداد', placeEntity('Baghdad', 'IQ')],
        ],
      },
      ['Islamic State', 'Islamic State'],
    ],
    [
      'takes a group announcing its responsibility as a claim, though it speaks',
      {
        text: 'أعلن تنظيم داعش في بيان على موقع تويتر مسؤوليته عن التفجير الانتحاري في مدينة أبها.',
        mentions: [
          ['تنظيم داعش', islamicState],
          ['أبها', placeEntity('Abha', 'SA')],
        ],
      },
      ['Islamic State', 'Islamic State'],
    ],
    [
      'takes a group saying its own fighters attacked, in Arabic, as a claim',
      {
        text: 'وقال تنظيم داعش في بيان إن مقاتليه هاجموا مقرا للشرطة في مدينة الرمادي.',
        mentions: [
          ['تنظيم داعش', islamicState],
          ['الرمادي', placeEntity('Ramadi', 'IQ')],
        ],
      },
      ['Islamic State', 'Islamic State'],
    ],
    [
      'does not take a claim a writer doubts will come for a claim',
      {
        text: 'رجّح محلل أن يتبنى تنظيم داعش خلال أيام تفجير السوق في مدينة الموصل.',
        mentions: [
          ['تنظيم داعش', islamicState],
          ['الموصل', placeEntity('Mosul', 'IQ')],
        ],
      },
      [undefined, 'Islamic State'],
    ],
    [
      'keeps a claim made, the perfect after «أن»',
      {
        text: 'أغلقت الشرطة السوق بعد أن تبنى تنظيم داعش تفجير سيارة مفخخة فيه بمدينة الموصل.',
        mentions: [
          ['تنظيم داعش', islamicState],
          ['الموصل', placeEntity('Mosul', 'IQ')],
        ],
      },
      ['Islamic State', 'Islamic State'],
    ],
    [
      'does not take a denial of responsibility for a claim',
      {
        text: 'نفى تنظيم داعش أن يكون أعلن مسؤوليته عن التفجير في بغداد.',
        mentions: [
          ['تنظيم داعش', islamicState],
          ['بغداد', placeEntity('Baghdad', 'IQ')],
        ],
      },
      [undefined, 'Islamic State'],
    ],
    [
      'does not take a government holding a group responsible for a claim',
      {
        text: 'حملت الحكومة تنظيم داعش المسؤولية عن التفجير في بغداد.',
        mentions: [
          ['تنظيم داعش', islamicState],
          ['بغداد', placeEntity('Baghdad', 'IQ')],
        ],
      },
      [undefined, 'Islamic State'],
    ],
    [
      'does not take a source holding a group responsible, between "announced" and "responsibility", for a claim',
      {
        text: 'قتل خمسة جنود في هجوم على حاجز عسكري في مدينة المكلا، على ما أعلن مصدر أمني، محملا تنظيم داعش المسؤولية.',
        mentions: [
          ['تنظيم داعش', islamicState],
          ['المكلا', placeEntity('Mukalla', 'YE')],
        ],
      },
      [undefined, undefined],
    ],
    [
      'takes the adoption of two attacks as a claim',
      {
        text: 'قتل عشرة أشخاص في هجومين تبنتهما حركة طالبان في مدينة قندهار.',
        mentions: [
          ['حركة طالبان', actorEntity('Taliban')],
          ['قندهار', placeEntity('Kandahar', 'AF')],
        ],
      },
      ['Taliban', 'Taliban'],
    ],
    [
      'takes a group claiming the beheading as a claim',
      {
        text: 'Islamic State claims beheading of a hostage in Raqqa.',
        mentions: [
          ['Islamic State', islamicState],
          ['Raqqa', placeEntity('Raqqa', 'SY')],
        ],
      },
      ['Islamic State', 'Islamic State'],
    ],
    [
      'takes a group that "claimed to have executed" a hostage as its claimant',
      {
        text: 'Islamic State on Sunday claimed to have executed a hostage in Raqqa.',
        mentions: [
          ['Islamic State', islamicState],
          ['Raqqa', placeEntity('Raqqa', 'SY')],
        ],
      },
      ['Islamic State', 'Islamic State'],
    ],
  ])('%s', (_, spec, expected) => {
    expect(claimOf(spec)).toEqual(expected);
  });
});

describe('a claim by "the organisation" named before', () => {
  it('gives the claim to the bombing its clause tells, and not to the arrests told before it', () => {
    const doc = fixtureDocument({
      text: 'اعتقلت الشرطة عشرة أشخاص ينتمون إلى خلية تابعة لتنظيم داعش، بعد أسابيع من تفجير سوق في مدينة الحلة أودى بحياة 20 شخصا وتبناه التنظيم.',
      mentions: [
        ['تنظيم داعش', islamicState],
        ['الحلة', placeEntity('Hillah', 'IQ')],
      ],
    });
    extract.run(doc, { referenceDate: null });
    const found = doc.events!.map((e) => [e.sub_event_type?.value, e.claimed_by?.name, e.actor1?.name]);
    expect(found.find(([sub]) => sub !== 'Arrests')?.slice(1)).toEqual(['Islamic State', 'Islamic State']);
    expect(found.map(([sub]) => sub)).toContain('Arrests');
    expect(found.find(([sub]) => sub === 'Arrests')?.[1]).toBeUndefined();
  });
});

describe('a side that claimed to have acted', () => {
  it('does not take an army that "claimed to have killed" for the claim of the group it fought', () => {
    const [claimed] = claimOf({
      text: 'In clashes with Islamic State near Raqqa, the army claimed to have killed 20 fighters.',
      mentions: [
        ['Islamic State', islamicState],
        ['Raqqa', placeEntity('Raqqa', 'SY')],
        ['the army', actorEntity('Military Forces of Syria', 'state-forces', 'SY')],
      ],
    });
    expect(claimed).toBeUndefined();
  });
});

describe('a claim by a group saying its fighters acted', () => {
  it('does not take a group saying a place lay outside its zone for a claim', () => {
    const [claimed] = claimOf({
      text: 'A drone struck a depot in Raqqa, and a spokesman for Islamic State said the depot lay outside its zone.',
      mentions: [
        ['Islamic State', islamicState],
        ['Raqqa', placeEntity('Raqqa', 'SY')],
      ],
    });
    expect(claimed).toBeUndefined();
  });

  it('does not take an army saying its soldiers attacked for a claim', () => {
    const [claimed] = claimOf({
      text: 'وقال الجيش في بيان إن عناصره هاجموا مواقع تنظيم داعش في مدينة الرمادي.',
      mentions: [
        ['تنظيم داعش', islamicState],
        ['الرمادي', placeEntity('Ramadi', 'IQ')],
      ],
    });
    expect(claimed).toBeUndefined();
  });
});

describe('a claim told "in a statement"', () => {
  it('takes a group saying in a statement that one of its men acted as a claim', () => {
    expect(
      claimOf({
        text: 'Islamic State said in an online message that two of its gunmen shot at a militia convoy outside Tadmur.',
        mentions: [
          ['Islamic State', islamicState],
          ['Tadmur', placeEntity('Tadmur', 'SY')],
        ],
      }),
    ).toEqual(['Islamic State', 'Islamic State']);
  });

  it('does not take a group saying in a statement what others did for a claim', () => {
    const [claimed] = claimOf({
      text: 'Islamic State said in an online message that coalition jets struck a flour mill outside Tadmur and killed two workers.',
      mentions: [
        ['Islamic State', islamicState],
        ['Tadmur', placeEntity('Tadmur', 'SY')],
      ],
    });
    expect(claimed).toBeUndefined();
  });
});
