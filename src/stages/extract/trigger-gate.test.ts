import { describe, expect, it } from 'vitest';
import { assertedWords } from '../../../test/support/asserted-words.js';
import type { FixtureSpec } from './fixture-document.js';
import { actorEntity, placeEntity } from './fixture-entities.js';

const asserted = assertedWords;

const gaza = placeEntity('Gaza', 'PS');

describe('launching verbs', () => {
  it.each<[string, string, string[]]>([
    ['a rocket fired with a name between', 'Militants fired a Grad rocket from Gaza at Sderot.', ['fired']],
    ['a rocket told before its verb', 'A homemade rocket was fired from Gaza.', ['fired']],
    ['an explosive thrown at a house', 'Two men threw an explosive at the judge’s house in Gaza.', ['threw']],
    ['shells that landed', 'Three mortar shells landed near a school in Gaza.', ['mortar shells', 'landed']],
  ])('keeps %s', (_, text, words) => {
    expect(asserted({ text, mentions: [['Gaza', gaza]] })).toEqual(words);
  });

  it.each<[string, string]>([
    ['a minister fired from his post', 'The president fired the interior minister in Gaza.'],
    ['prices that fell', 'Fuel prices fell sharply in Gaza this week.'],
    ['tear gas shells fired by police', 'Police fired tear gas shells at stone throwers in Gaza.'],
    ['an attack launched with no weapon named', 'The army launched a new operation in Gaza.'],
    ['a missile test', 'The navy launched a missile test off Gaza on Monday.'],
  ])('drops %s', (_, text) => {
    expect(asserted({ text, mentions: [['Gaza', gaza]] })).not.toContain(
      text.match(/fired|fell|launched/)![0],
    );
  });
});

describe('triggers another act or a doubt governs', () => {
  it('drops air strikes named as the support of a force', () => {
    expect(asserted({ text: 'The fighters are backed by air strikes of the coalition in Gaza.' })).toEqual(
      [],
    );
  });

  it('keeps air strikes told as what hit the fighters', () => {
    const text = 'The fighters were hit by air strikes of the coalition in Gaza.';
    expect(asserted({ text, mentions: [['Gaza', gaza]] })).toEqual(['hit', 'air strikes']);
  });

  it('drops the killing told after an incident the sentence only wonders about', () => {
    const text =
      'The army opened an inquiry to determine whether its strikes near Gaza had killed civilians.';
    expect(asserted({ text, mentions: [['Gaza', gaza]] })).toEqual([]);
  });

  it('drops a participle telling the targets of raids told as an ongoing campaign', () => {
    const text =
      'The air force has been conducting air raids in support of its allies targeting both the rebels and the militias near Gaza.';
    expect(asserted({ text, mentions: [['Gaza', gaza]] })).toEqual([]);
  });

  it('keeps a participle telling the targets of raids told as done', () => {
    const text = 'The air force carried out raids in the north on Monday targeting the rebels near Gaza.';
    expect(asserted({ text, mentions: [['Gaza', gaza]] })).toEqual(['raids', 'targeting']);
  });

  it('keeps a killing told after an asserted incident', () => {
    const text = 'Its strikes near Gaza killed four civilians on Monday.';
    expect(asserted({ text, mentions: [['Gaza', gaza]] })).toEqual(['strikes', 'killed']);
  });

  it('drops attacks told as a habit of a place', () => {
    expect(asserted({ text: 'Attacks on police are frequent in the province.' })).toEqual([]);
  });

  it('drops attacks told as what regularly or routinely happens in a place', () => {
    expect(asserted({ text: 'Car bombings regularly occur near the old port.' })).toEqual([]);
    expect(asserted({ text: 'Raids routinely take place in the camp at night.' })).toEqual([]);
  });

  it('keeps attacks on police told with their dead and their day', () => {
    const text = 'Attacks on police killed two officers in the province on Monday.';
    expect(asserted({ text })).toEqual(['Attacks', 'killed']);
  });
});

describe('fighting', () => {
  const spec = (text: string): FixtureSpec => ({
    text,
    mentions: [['Daesh', actorEntity('Islamic State')]],
  });

  it('drops a participle that tells who a side is', () => {
    expect(asserted(spec('Kurdish units are backed by the coalition fighting Daesh in Syria.'))).toEqual([]);
  });

  it.each([
    ['fighting told as a verb', 'Kurdish units were fighting Daesh near Manbij.'],
    ['fighting opening the sentence', 'Fighting between the army and Daesh raged near Manbij.'],
    ['fierce fighting against a side', 'The army is engaged in fierce fighting against Daesh near Manbij.'],
  ])('keeps %s', (_, text) => {
    expect(asserted(spec(text)).map((w) => w.toLowerCase())).toEqual(['fighting']);
  });
});

describe('infinitives', () => {
  it('keeps an attempt, which happened', () => {
    expect(asserted({ text: 'Gunmen attempted to kidnap a diplomat in Gaza.' })).toEqual([
      'attempted to kidnap',
    ]);
  });

  it('drops a vow, which did not', () => {
    expect(asserted({ text: 'The group vowed to kidnap diplomats in Gaza.' })).toEqual([]);
  });

  it('keeps the incident a vow comes after, which did', () => {
    expect(asserted({ text: 'The militia vowed revenge after a bombing in Gaza on its base.' })).toEqual([
      'bombing',
    ]);
    expect(asserted({ text: 'وتوعدت الميليشيا بالثأر بعد تفجير استهدف مقرها في غزة.' })).toContain('تفجير');
  });

  it('drops what an unreal cue names after an act that is no incident', () => {
    expect(asserted({ text: 'وسئل الوزير عن امكانية تجدد القتال بعد قطع الهدنة مع الحركة في غزة.' })).toEqual(
      [],
    );
  });
});

describe('incidents named as what is answered or avenged', () => {
  it.each<[string, string, string[]]>([
    ['a bombing avenged', 'ودمر مسلحون مسجدا في الموصل امس انتقاما لتفجير مرقد في سامراء.', []],
    ['an assassination marked by an anniversary', 'وصادف امس الذكرى الثالثة لاغتيال القيادي في غزة.', []],
    [
      'an assassination marked by its first anniversary',
      'وتحل اليوم الذكرى الأولى لاغتيال القائد في غزة.',
      [],
    ],
    [
      'an abduction a vigil denounces, keeping the vigil',
      'ونظم الأهالي وقفة احتجاجية في غزة للتنديد باختطاف ذويهم.',
      ['وقفة احتجاجية'],
    ],
    [
      'a raid answered, keeping the answer',
      'Militants shelled a post in Gaza in retaliation for the raid on their camp.',
      ['shelled'],
    ],
  ])('drops %s', (_, text, words) => {
    expect(asserted({ text, mentions: text.includes('Gaza') ? [['Gaza', gaza]] : [] })).toEqual(words);
  });

  it.each<[string, string, string[]]>([
    ['riots named as a cause', 'Traders in Gujarat spoke of the impact of the riots on trade.', []],
    [
      'killings a march protests against, keeping the march',
      'The opposition marched in Delhi protesting against the killings in Gujarat.',
      ['marched', 'protesting'],
    ],
    ['killings named after their town', 'Pune was quiet in the aftermath of the Godhra killings.', []],
  ])('drops %s', (_, text, words) => {
    const godhra = placeEntity('Godhra', 'IN');
    expect(asserted({ text, mentions: text.includes('Godhra') ? [['Godhra', godhra]] : [] })).toEqual(words);
  });

  it('keeps an answered incident the text dates to a day', () => {
    const text = 'The strikes came in response to a chemical attack near Damascus on August 21.';
    const times: FixtureSpec['times'] = [
      ['August 21', { value: '2013-08-21', precision: 'day', reason: 'test' }],
    ];
    expect(asserted({ text, times })).toEqual(['strikes', 'chemical attack']);
  });

  it('keeps an inquiry word far from the incident it does not govern', () => {
    expect(asserted({ text: 'وخطف مسلحون صحفيا في غزة امس.' })).toEqual(['وخطف']);
  });
});

describe('wishes, intents and aims', () => {
  it.each([
    ['a wish', 'وقال الادعاء إن المتهمين ارادوا خطف جندي في لندن.'],
    ['a plan', 'وكشف عن تخطيط الحركة لاغتيال الرئيس في غزة.'],
    ['a preparation', 'ولم يكشف الوزير عن خطة حكومته بصدد شن هجوم على المسلحين.'],
    ['ground an offensive is launched to retake', 'وبدأت القوات هجوما واسعا لاستعادة السيطرة على القاعدة.'],
    ['a possibility weighed', 'وبحث الوزراء إمكان شن غارات جوية على مواقع المتمردين في الجبل.'],
    [
      'ground an act is to make easier to retake',
      'وقال القائد إن الخطوة تأتي لتسهيل استعادة السيطرة على البلدة.',
    ],
    [
      'a means still to be resorted to',
      'ورجح المحلل أن تلجأ الميليشيا إلى اغتيال قادة الحزب في الأسابيع القادمة.',
    ],
  ])('drops %s', (_, text) => {
    expect(asserted({ text }).filter((w) => !/هجوم/.test(w))).toEqual([]);
  });

  it('drops strikes weighed and an attack trained for', () => {
    expect(asserted({ text: 'وتدرس القيادة العسكرية شن ضربات جوية على مخازن السلاح في الجبل.' })).toEqual([]);
    expect(asserted({ text: 'وقال المحقق إن الثلاثة تدربوا على تفجير سيارة مفخخة في المطار.' })).toEqual([]);
  });

  it('keeps a means resorted to', () => {
    expect(asserted({ text: 'لجأ المسلحون إلى تفجير الجسر بعد انسحابهم من البلدة.' })).toEqual(['تفجير']);
  });

  it('keeps ground retaken', () => {
    expect(asserted({ text: 'واستعادت القوات الحكومية السيطرة على المدينة امس.' })).toEqual([
      'واستعادت',
      'السيطرة على',
    ]);
  });
});

describe('an attack made in words', () => {
  it.each([
    ['in sermons', 'وأعدم المسلحون إمام المسجد لأنه هاجم التنظيم خلال خطبه.'],
    ['in a speech', 'وهاجم الوزير المعارضة في كلمته أمام البرلمان.'],
  ])('drops one made %s', (_, text) => {
    expect(asserted({ text }).filter((w) => /هاجم/.test(w))).toEqual([]);
  });

  it('keeps gunmen who attacked a checkpoint after a sermon', () => {
    expect(asserted({ text: 'وهاجم مسلحون حاجزا للشرطة بعد صلاة الجمعة.' })).toContain('وهاجم');
  });

  it('drops an attack told in a column, but not one by a unit whose name ends in "Column"', () => {
    expect(asserted({ text: 'A weekly column attacked the mayor of Lakhpur.' })).toEqual([]);
    expect(asserted({ text: 'The Red Hill Mobile Column killed a farmer near Lakhpur.' })).toContain(
      'killed',
    );
  });
});

describe('ground a side is said to hold', () => {
  it.each([
    [
      'an expanse in a relative clause',
      'وتقدم مسلحو التنظيم الذي سيطر على مناطق واسعة في البلاد نحو المدينة.',
    ],
    [
      'large swathes in an English one',
      'The group, which has seized large swathes of the north, moved on the city.',
    ],
  ])('drops %s', (_, text) => {
    expect(asserted({ text }).filter((w) => /سيطر|seized/.test(w))).toEqual([]);
  });

  it('keeps a town a relative clause says was seized', () => {
    expect(asserted({ text: 'The town, which rebels seized on Monday, was calm.' })).toContain('seized');
  });
});

describe('a campaign launched', () => {
  it('tells no blow of its own', () => {
    expect(asserted({ text: 'وشن الجيش العراقي، فجر امس، حملة واسعة في غزة.' })).toEqual([]);
  });

  it('leaves the acts it holds to their own words', () => {
    expect(asserted({ text: 'وشنت الطائرات حملة غارات على غزة.' })).toEqual(['غارات']);
  });
});

describe('acts told in a condition', () => {
  it('drops ground taken after «في حال»', () => {
    const text = 'وفي حال تمكن المسلحون من السيطرة على غزة، ستتغير موازين القوى.';
    expect(asserted({ text, mentions: [['غزة', gaza]] })).toEqual([]);
  });

  it('keeps ground taken told with no condition', () => {
    const text = 'وتمكن المسلحون من السيطرة على غزة امس.';
    expect(asserted({ text, mentions: [['غزة', gaza]] })).toEqual(['السيطرة على']);
  });
});

describe('place names spelled like triggers', () => {
  const hit = placeEntity('Hit', 'IQ');

  it('reads a capitalised word the knowledge layer resolved to a place as that place', () => {
    const text = 'Islamic State fighters seized the town of Hit on Sunday.';
    expect(asserted({ text, mentions: [['Hit', hit]] })).toEqual(['seized']);
  });

  it('keeps the verb spelled the same way when it is no place', () => {
    const text = 'A car bomb hit a market in Hit on Sunday.';
    expect(asserted({ text, mentions: [['Hit', hit]] })).toEqual(['car bomb', 'hit']);
  });
});

describe('acts a sentence names its suspected author for', () => {
  it('keeps the act the subject "is suspected of"', () => {
    expect(asserted({ text: 'A rebel cell is suspected of bombing a fuel depot in Gaza.' })).toEqual([
      'bombing',
    ]);
  });

  it('drops the act that only names a suspect', () => {
    expect(asserted({ text: 'Police questioned a man suspected of bombing a fuel depot in Gaza.' })).toEqual(
      [],
    );
  });

  it.each<[string, string, string[]]>([
    [
      'a doubt over who is tied to a blast',
      'Police think a rebel cell may be linked to a blast in Gaza.',
      ['blast'],
    ],
    [
      'a doubt over who was behind it',
      'A rebel cell could be behind the bombing of a cafe in Gaza.',
      ['bombing'],
    ],
    ['the same doubt in Arabic', 'ربما يكون التنظيم وراء التفجير في غزة.', ['التفجير']],
  ])('keeps the act of %s', (_, text, words) => {
    const place = text.includes('Gaza') ? 'Gaza' : 'غزة';
    expect(asserted({ text, mentions: [[place, gaza]] })).toEqual(words);
  });

  it('still drops an act only feared', () => {
    expect(asserted({ text: 'A rebel cell may bomb a fuel depot in Gaza.' })).toEqual([]);
  });
});

describe('acts a clause predicts or asks leave to carry out', () => {
  it.each<[string, string]>([
    ['a battle predicted', 'The governor predicted a long battle for the hills around Gaza.'],
    ['strikes put to a vote', 'The president asked parliament to approve air strikes on Gaza.'],
    ['strikes authorised', 'The cabinet has authorised strikes on the tunnels of Gaza.'],
    ['a blast said never to come', 'Gaza is never going to see an explosion of new cafes.'],
    ['a battle told as coming', 'Everyone knows there is going to be a battle for the hills of Gaza.'],
  ])('drops %s', (_, text) => {
    expect(asserted({ text, mentions: [['Gaza', gaza]] })).toEqual([]);
  });

  it.each<[string, string, string[]]>([
    [
      'a battle told as over',
      'The governor said a long battle for the hills around Gaza ended on Monday.',
      ['battle'],
    ],
    [
      'strikes a cabinet tells of',
      'The cabinet said strikes on the tunnels of Gaza killed four people.',
      ['strikes', 'killed'],
    ],
  ])('keeps %s', (_, text, words) => {
    expect(asserted({ text, mentions: [['Gaza', gaza]] })).toEqual(words);
  });
});

describe('acts a side relies on or did not choose', () => {
  it.each<[string, string]>([
    ['bombings a group relies on', 'وتعتمد الجماعة على التفجيرات في الأسواق لإرهاب السكان في غزة.'],
    [
      'English bombings insurgents rely on',
      'Insurgents in Gaza rely heavily on roadside bombings to slow the army.',
    ],
    [
      'rockets fired instead of talks',
      'وطالب الوزير الحركة بالانشغال بالتنمية بدلا من إطلاق الصواريخ من غزة.',
    ],
    ['shelling instead of talks', 'The council urged the militia to negotiate instead of shelling Gaza.'],
  ])('drops %s', (_, text) => {
    const place = text.includes('Gaza') ? 'Gaza' : 'غزة';
    expect(asserted({ text, mentions: [[place, gaza]] })).toEqual([]);
  });

  it('keeps an act told before "instead of"', () => {
    const text = 'The army shelled Gaza on Monday instead of the villages, killing four.';
    expect(asserted({ text, mentions: [['Gaza', gaza]] })).toContain('shelled');
  });
});
