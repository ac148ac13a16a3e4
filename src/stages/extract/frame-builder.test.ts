import { describe, expect, it } from 'vitest';
import { fixtureDocument, type FixtureSpec } from './fixture-document.js';
import { actorEntity, placeEntity } from './fixture-entities.js';
import { buildFrames } from './frame-builder.js';
import { loadEventLexicons } from './index.js';
import { buildSentenceViews } from './sentence-view.js';

const lexicons = loadEventLexicons();

/** The trigger words of every frame the sentences of a fixture make. */
function framed(spec: FixtureSpec): string[] {
  const doc = fixtureDocument(spec);
  return buildSentenceViews(doc, lexicons).flatMap((view) =>
    buildFrames(view, doc.text!).flatMap((f) =>
      f.triggers.map((t) => doc.text!.slice(view.tokens[t.start].span[0], view.tokens[t.end - 1].span[1])),
    ),
  );
}

const mosul = placeEntity('Mosul', 'IQ');

describe('triggers that tell no incident', () => {
  it.each<[string, FixtureSpec]>([
    ['a vow', { text: 'The group vowed to attack police posts in Mosul.', mentions: [['Mosul', mosul]] }],
    [
      'an Arabic threat told with توعد',
      { text: 'وتوعد التنظيم بشن هجمات على مواقع الجيش في الموصل.', mentions: [['الموصل', mosul]] },
    ],
    [
      'an attack a group prepares',
      { text: 'وقالت الشرطة إن الجماعة تستعد لشن هجوم على الموصل.', mentions: [['الموصل', mosul]] },
    ],
    [
      'an attack the city waits for',
      { text: 'وتنتظر المدينة الهجوم المرتقب على الموصل.', mentions: [['الموصل', mosul]] },
    ],
    ['clashes that are feared', { text: 'Clashes are feared in Mosul after the funeral.' }],
    [
      'a tweet attacking a group',
      {
        text: 'The minister posted a tweet attacking the Houthis in Sanaa.',
        mentions: [
          ['Houthis', actorEntity('Houthi Movement')],
          ['Sanaa', placeEntity('Sanaa', 'YE')],
        ],
      },
    ],
    ['a speech that attacks', { text: 'في كلمة هاجم فيها الوزير المعارضة في الموصل.' }],
    ['a report on a practice of arrests', { text: 'The group published a report on arrests in Mosul.' }],
    [
      'an inquiry into a killing',
      { text: 'Police opened an investigation into the killing of a trader in Mosul.' },
    ],
    ['an Arabic inquiry the police make', { text: 'وقالت الشرطة إنها تحقق في مقتل تاجر في الموصل.' }],
    ['an Arabic case file', { text: 'ونشرت الصحيفة تفاصيل جديدة عن ملف اغتيال ضابط في الموصل.' }],
    ['a charge of rape', { text: 'وأوقفت الشرطة رجلا بتهمة اغتصاب فتاة في الموصل.' }],
    ['a habit', { text: 'Rebels in the hills regularly fire rockets at Mosul.' }],
    ['an attack told as a habit', { text: 'The group has attacked Mosul city several times.' }],
    ['Arabic clashes from time to time', { text: 'وتخوض الحركة اشتباكات من حين لآخر في الموصل.' }],
    ['a possibility told with قد', { text: 'وقال إن التنظيم قد يهاجم مدينة الموصل.' }],
    [
      'a possibility named as a noun',
      { text: 'Jailers in Mosul spoke of the possibility of skirmishes between inmates.' },
    ],
    ['a risk named as a noun', { text: 'Jailers in Mosul spoke of the risk of clashes between inmates.' }],
    [
      'an inquiry into whether strikes killed',
      { text: 'The coalition asks whether its strikes killed civilians in Mosul.' },
    ],
    ['a hard-hit province', { text: 'Tourism in Mosul was the worst hit.' }],
    ['a push that hit a setback', { text: "The army's push on Mosul hit a serious setback on Monday." }],
    ['life hit by a strike', { text: 'The bandh was total in Mosul on Friday and normal life was hit.' }],
    ['a shutdown that hit traffic', { text: 'The shutdown in Mosul hit traffic on Friday.' }],
    ['a protest to be held', { text: 'Unions organised a protest rally to be held in Mosul on Sunday.' }],
    [
      'an Arabic march that will be held',
      { text: 'وأعلنت النقابات عن المسيرة التي ستقام في الموصل يوم الأحد.' },
    ],
    ['a penalty kick', { text: 'وسجل اللاعب هدفا من ضربة جزاء في ملعب الموصل.' }],
    ['an English infinitive', { text: 'The commander ordered his men to storm the town of Mosul.' }],
    ['a heart attack', { text: 'The mayor of Mosul died of a heart attack.' }],
    ['a plan attacked', { text: "The opposition leader in Mosul attacked the governor's budget plans." }],
    ['a shell company', { text: 'The assets in Mosul were sold to a little-known shell company.' }],
    ['riot victims', { text: 'Relief reached the riot victims in Mosul.' }],
    ['carnage victims', { text: 'The minister met the families of the carnage victims in Mosul.' }],
    ['a veiled attack', { text: 'In Mosul, the governor made a veiled attack on the ministers.' }],
    ['a takeover battle', { text: 'A bank in Mosul joined the bid battle for the exchange.' }],
    ['a campaign going on around the news', { text: 'Talks resumed amid ongoing shelling of Mosul.' }],
    [
      'a protest rally called off',
      { text: 'The party, which had announced a protest rally in Mosul, cancelled its plans.' },
    ],
    ['an Arabic march called off', { text: 'وأعلنت النقابات عن مسيرة في الموصل ثم ألغت المسيرة.' }],
    ['a march its organiser called off', { text: 'ودعا الاتحاد إلى مسيرة في الموصل ثم ألغى المسيرة.' }],
    ['a battle put off', { text: 'ورفض النائب الأعذار التي تقدم لتأجيل معركة التحرير في الموصل.' }],
    ['a battle put off, told by its verb', { text: 'وأرجأت القيادة معركة التحرير في الموصل.' }],
    ['an assault called off', { text: 'وقرر المجلس العسكري إلغاء الهجوم على الموصل.' }],
    ['an Arabic campaign going on', { text: 'وعادت المفاوضات في وقت يستمر القصف الجوي على الموصل.' }],
    ['rocket fire to be halted', { text: 'وأعلنت الفصائل وقف إطلاق الصواريخ من الموصل.' }],
    ['shelling that stopped', { text: 'توقف القصف على الموصل صباح اليوم.' }],
    ['attacks the rebels agree to halt', { text: 'The rebels agreed to halt rocket attacks on Mosul.' }],
    ['a laugh that burst out', { text: 'فانفجر الوزيران بالضحك خلال المؤتمر في الموصل.' }],
    ['a wish attacked', { text: 'فهاجم النائب رغبة الحكومة في التفاوض في الموصل.' }],
    ['a policy attacked', { text: 'وهاجم المعارض السياسة الجديدة لمحافظ الموصل.' }],
    ['anger that exploded', { text: 'The crowd in Mosul exploded in anger at the verdict.' }],
    ['a truce as the time of talks', { text: 'The talks in Mosul went on despite the ceasefire.' }],
    ['an Arabic truce exploited', { text: 'وانتقد الوزير استغلال المسلحين للهدنة في الموصل.' }],
    ['a cultural demonstration', { text: 'وأصبح المعرض تظاهرة ثقافية كبرى في الموصل.' }],
    ['a plan targeting growth', { text: 'وتستهدف الخطة تطوير قطاع النقل في الموصل.' }],
    ['a scheme targeting the needy', { text: 'The new scheme is targeting the needy in Mosul.' }],
    ['public money looted', { text: 'واتهم النائب المسؤولين بنهب المال العام في الموصل.' }],
    ['a film shot', { text: 'The director shot a film in Mosul on Monday.' }],
    ['a practice that continues', { text: 'The regime continues to use barrel bombs on Mosul.' }],
    ['a campaign carried out for months', { text: 'Jets have been carrying out air strikes on Mosul.' }],
  ])('makes no frame for %s', (_, spec) => {
    expect(framed(spec)).toEqual([]);
  });

  it.each([
    ['against a cancellation', 'تظاهر الأهالي احتجاجا على إلغاء البلدية سوقا شعبيا في الموصل.'],
    ['for the sake of a demand', 'وتجمع مئات المتظاهرين في الموصل مطالبين بالتدخل من أجل وقف القصف.'],
    [
      'when another clause postpones something else',
      'Students protested in Mosul, and the board postponed the exams.',
    ],
  ])('still frames a protest %s', (_, text) => {
    expect(framed({ text }).length).toBeGreaterThan(0);
  });

  it.each<[string, FixtureSpec, string[]]>([
    ['a shooting told by the bare verb', { text: 'Rebels shot a girl in Mosul.' }, ['shot a']],
    ['a fire set with its object between', { text: 'Masked men set the office on fire in Mosul.' }, ['set']],
    [
      'a wounding that names its attackers',
      { text: 'The envoy was badly wounded by an unidentified number of attackers in Mosul.' },
      ['wounded'],
    ],
    [
      'an attack after a date in May',
      {
        text: 'On May 23, gunmen attacked a post in Mosul.',
        times: [['May 23', { value: '2005-05-23', precision: 'day', reason: 'explicit date' }]],
      },
      ['attacked'],
    ],
    [
      'an attack claimed by a group named after a month and a year',
      { text: 'A group calling itself May 07 claimed an attack on a bank in Mosul.' },
      ['attack'],
    ],
  ])('frames %s', (_, spec, triggers) => {
    expect(framed(spec)).toEqual(triggers);
  });

  it('still frames an attack told before talks that were put off', () => {
    expect(framed({ text: 'قتل خمسة جنود في هجوم على الموصل بعد تأجيل المفاوضات.' })).not.toEqual([]);
  });

  it('still frames an attack told as done', () => {
    expect(framed({ text: 'Gunmen attacked a police post in Mosul.' })).toEqual(['attacked']);
  });

  it('still frames a past Arabic verb after قد', () => {
    expect(framed({ text: 'وكان مسلحون قد اختطفوا أربعة عمال في الموصل.' })).toEqual(['اختطفوا']);
  });

  it.each([
    ['Two soldiers were killed in Mosul before the sides signed a truce.', ['violence', 'agreement']],
    ['قتل جنديان في الموصل قبل أن يوقع الطرفان هدنة.', ['violence', 'agreement']],
  ])('keeps a killing apart from the truce beside it: %s', (text, families) => {
    const doc = fixtureDocument({ text });
    const [view] = buildSentenceViews(doc, lexicons);
    expect(buildFrames(view, doc.text!).map((f) => f.family)).toEqual(families);
  });

  it('reads a strike from work as a protest, not a blow', () => {
    const doc = fixtureDocument({ text: 'Dock workers went on strike in Basra on Monday.' });
    const [view] = buildSentenceViews(doc, lexicons);
    expect(buildFrames(view, doc.text!).map((f) => f.family)).toEqual(['protest']);
  });
});

describe('incidents told as background', () => {
  function backgrounds(text: string): boolean[] {
    const doc = fixtureDocument({ text });
    return buildSentenceViews(doc, lexicons).flatMap((view) =>
      buildFrames(view, doc.text!).map((f) => f.background),
    );
  }

  it('reads the incident days after which the news happened as background, the news as not', () => {
    const [told, ...news] = backgrounds('Just days after a chemical attack, a bomb killed a woman on a bus.');
    expect(told).toBe(true);
    expect(news).not.toHaveLength(0);
    expect(news).not.toContain(true);
  });

  it.each([
    'Two days after the election results were announced, gunmen killed five soldiers at a checkpoint.',
    'وبعد أيام من إعلان نتائج الانتخابات، قتل مسلحون خمسة جنود عند حاجز.',
  ])('tells the news after a comma that closes an opening "days after …" with no incident: %s', (text) => {
    expect(backgrounds(text)).toEqual([false]);
  });
});

describe('an incident told as what came a day before the news', () => {
  /** Each frame's trigger words, and the words its arguments are sought in. */
  function frames(text: string): { triggers: string[]; words: string }[] {
    const doc = fixtureDocument({ text });
    return buildSentenceViews(doc, lexicons).flatMap((view) =>
      buildFrames(view, doc.text!).map((f) => ({
        triggers: f.triggers.map((t) => doc.text!.slice(...view.tokens[t.start].span)),
        words: doc.text!.slice(view.tokens[f.from].span[0], view.tokens[f.to - 1].span[1]),
      })),
    );
  }

  it.each([
    [
      'Troops shelled Ariha on Wednesday, killing four civilians, a day after eight civilians were killed in a similar attack.',
      ['shelled', 'killing'],
      ['killed', 'attack'],
      'a day after eight civilians were killed in a similar attack',
    ],
    [
      'قصف الجيش أريحا يوم الأربعاء ما أدى إلى مقتل أربعة مدنيين، بعد يوم من مقتل ثمانية مدنيين في قصف مماثل.',
      ['قصف', 'مقتل'],
      ['مقتل', 'قصف'],
      'بعد يوم من مقتل ثمانية مدنيين في قصف مماثل',
    ],
    [
      'قصف الجيش أريحا يوم الأربعاء ما أدى إلى مقتل أربعة مدنيين، بعد 4 أيام على مقتل سبعة مدنيين في قصف مماثل.',
      ['قصف', 'مقتل'],
      ['مقتل', 'قصف'],
      'بعد 4 أيام على مقتل سبعة مدنيين في قصف مماثل',
    ],
    [
      'قصف الجيش أريحا يوم الأربعاء ما أدى إلى مقتل أربعة مدنيين، بعد أقل من أسبوعين من مقتل تسعة مدنيين في قصف مماثل.',
      ['قصف', 'مقتل'],
      ['مقتل', 'قصف'],
      'بعد أقل من أسبوعين من مقتل تسعة مدنيين في قصف مماثل',
    ],
  ])('keeps its toll and words apart from the news: %s', (text, news, before, words) => {
    const [first, second, ...rest] = frames(text);
    expect(rest).toEqual([]);
    expect(first.triggers).toEqual(news);
    expect(second).toEqual({ triggers: before, words });
  });

  it('leaves the place after the comma that closes "days after …" to the news', () => {
    const told = frames(
      'Days after an attack killed 12 people in Douma, a car bomb killed a woman in Aleppo.',
    );
    expect(told.at(-1)!.words).toBe('a car bomb killed a woman in Aleppo');
  });
});

describe('an incident told as what another answers', () => {
  it('keeps the act after "in response to" apart from the act that answers it', () => {
    const doc = fixtureDocument({
      text: 'The raid came in response to a rocket fired from the Gaza Strip on Thursday.',
    });
    const groups = buildSentenceViews(doc, lexicons).flatMap((view) =>
      buildFrames(view, doc.text!).map((f) =>
        f.triggers.map((t) => doc.text!.slice(...view.tokens[t.start].span)),
      ),
    );
    expect(groups).toEqual([['raid'], ['fired']]);
  });

  it('keeps the act after «ردا على» apart from the act that answers it, dated or not', () => {
    const groups = (text: string) => {
      const sunday = { value: '2015-07-26', precision: 'day', reason: 'weekday' } as const;
      const doc = fixtureDocument({ text, times: [['يوم الأحد', sunday]] });
      return buildSentenceViews(doc, lexicons).flatMap((view) =>
        buildFrames(view, doc.text!).map((f) =>
          f.triggers.map((t) => doc.text!.slice(...view.tokens[t.start].span)),
        ),
      );
    };
    expect(groups('قصفت الطائرات مواقع في غزة ردا على الهجوم الذي وقع في سديروت يوم الأحد.')).toEqual([
      ['قصفت'],
      ['الهجوم'],
    ]);
    expect(groups('ورداً على الهجوم الذي وقع في سديروت يوم الأحد، قصفت الطائرات مواقع في غزة.')).toEqual([
      ['الهجوم'],
      ['قصفت'],
    ]);
  });

  it('leaves the words of the act answered out of the answering frame', () => {
    const doc = fixtureDocument({
      text: 'Jets struck a camp in Gaza in response to the rocket fired on Sunday.',
    });
    const [view] = buildSentenceViews(doc, lexicons);
    const [frame] = buildFrames(view, doc.text!);
    expect(doc.text!.slice(view.tokens[frame.to].span[0])).toBe('response to the rocket fired on Sunday.');
  });

  it('leaves a killing that opens the sentence out of the act told as the day before', () => {
    const doc = fixtureDocument({ text: 'وقتل شرطي غداة تبادل لإطلاق النار بين الشرطة ومسلحين في الموصل.' });
    const [view] = buildSentenceViews(doc, lexicons);
    expect(buildFrames(view, doc.text!)).toHaveLength(2);
  });
});
