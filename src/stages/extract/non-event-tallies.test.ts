import { describe, expect, it } from 'vitest';
import { subTypesOf } from '../../../test/support/resolved-events.js';
import type { FixtureSpec } from './fixture-document.js';
import { actorEntity, placeEntity } from './fixture-entities.js';

const mosul = placeEntity('Mosul', 'IQ');
const raqqa = placeEntity('Raqqa', 'SY');
const syria = placeEntity('Syria', 'SY', 'country');
const sunday = { value: '2015-08-02', precision: 'day' as const, reason: 'test' };

describe('acts told as many: a running total, a tally, a practice kept up', () => {
  it.each<[string, FixtureSpec]>([
    [
      'people abducted since a takeover',
      {
        text: 'واختطف المسلحون منذ سيطرتهم على الموصل مئات الناشطين والصحفيين.',
        mentions: [['الموصل', mosul]],
      },
    ],
    [
      'raids counted by the dozen with no town',
      {
        text: 'وقال المتحدث إن عشرات الغارات استهدفت مواقع التنظيم في سوريا.',
        mentions: [
          ['التنظيم', actorEntity('Islamic State')],
          ['سوريا', syria],
        ],
      },
    ],
    [
      'shelling kept up by a side, with no day or toll',
      {
        text: 'وعانى السكان طويلا من القصف العشوائي للمليشيات على الموصل.',
        mentions: [['الموصل', mosul]],
      },
    ],
    [
      'attacks told as a growing number',
      {
        text: 'وتزداد الحركة قوة، كما يشير العدد المتزايد من الهجمات الانتحارية في سوريا، فإن الانسحاب قد يضعف الروح المعنوية.',
        mentions: [['سوريا', syria]],
      },
    ],
    [
      'attacks told as a growing number, in English',
      {
        text: 'The group grows stronger, as the growing number of suicide attacks in Syria shows.',
        mentions: [['Syria', syria]],
      },
    ],
    [
      'suicide attacks counted past a hundred in a year',
      {
        text: 'وسجلت سوريا في ذلك العام أكثر من مائتي هجوم انتحاري بحسب تقرير أممي.',
        mentions: [['سوريا', syria]],
      },
    ],
    [
      'bomb attacks counted in figures over a year',
      {
        text: 'وسجلت الشرطة في سوريا نحو 160 هجوما بالقنابل العام الماضي.',
        mentions: [['سوريا', syria]],
      },
    ],
    [
      'kidnappings told as repeated',
      { text: 'ورأى المحافظ أن تكرار خطف التجار في الموصل يهدد الاقتصاد.', mentions: [['الموصل', mosul]] },
    ],
    [
      'clashes told as constant',
      {
        text: 'وتبقى أحياء الموصل الشرقية مناطق توتر واشتباكات دائمة بين الطرفين.',
        mentions: [['الموصل', mosul]],
      },
    ],
    [
      'shelling told as continued',
      { text: 'Residents of Mosul fled the continued shelling by the army.', mentions: [['Mosul', mosul]] },
    ],
    [
      'people taken by the hundred, with no day or town',
      {
        text: 'وتعرض مئات المعلمين في محافظة نينوى للخطف والتعذيب على أيدي عناصر التنظيم بسبب رفضهم مناهجه.',
        mentions: [['نينوى', placeEntity('Nineveh', 'IQ', 'region')]],
      },
    ],
    [
      'kidnappings told over the months just past',
      {
        text: 'وتعرض عشرات المدرسين في الموصل للخطف والتعذيب على يد المسلحين خلال الأشهر القليلة الماضية.',
        mentions: [['الموصل', mosul]],
      },
    ],
  ])('drops %s', (_, spec) => {
    expect(subTypesOf(spec)).toEqual([]);
  });

  it.each<[string, FixtureSpec, string[]]>([
    [
      'an abduction a span is counted from',
      {
        text: 'ولا يزال مصير المهندسين مجهولا منذ اختطافهم في الموصل يوم الأحد.',
        mentions: [['الموصل', mosul]],
        times: [['يوم الأحد', sunday]],
      },
      ['Abduction/forced disappearance'],
    ],
    [
      'raids by the dozen on a town',
      { text: 'وشنت الطائرات عشرات الغارات على مدينة الرقة.', mentions: [['الرقة', raqqa]] },
      ['Air/drone strike'],
    ],
    [
      'hundreds taken at once from a town',
      {
        text: 'وخطف مسلحون مئات العمال من مصنع للإسمنت في الموصل.',
        mentions: [['الموصل', mosul]],
      },
      ['Abduction/forced disappearance'],
    ],
    [
      'a kidnapping ranked among those of the months just past',
      {
        text: 'وخطف مسلحون طبيبا في الموصل، في حادثة هي الثالثة من نوعها خلال الأشهر الماضية.',
        mentions: [['الموصل', mosul]],
      },
      ['Abduction/forced disappearance'],
    ],
    [
      'shelling kept up that a day singles out',
      {
        text: 'وقتل خمسة مدنيين في القصف العشوائي على الموصل يوم الأحد.',
        mentions: [['الموصل', mosul]],
        times: [['يوم الأحد', sunday]],
        quantities: [['خمسة مدنيين', { value: 5, qualifier: 'exact', role: 'killed' }]],
      },
      ['Shelling/artillery/missile attack'],
    ],
    [
      'strikes counted past ten on a town',
      { text: 'وشنت الطائرات 14 غارة على مدينة الرقة.', mentions: [['الرقة', raqqa]] },
      ['Air/drone strike'],
    ],
    [
      'twenty rockets fired in one shelling',
      {
        text: 'وأطلق المسلحون 20 صاروخا على قاعدة للجيش في سوريا.',
        mentions: [['سوريا', syria]],
      },
      ['Shelling/artillery/missile attack'],
    ],
    [
      'twenty rockets fired in one shelling, in English',
      { text: 'Militants fired 20 rockets at an army base in Syria.', mentions: [['Syria', syria]] },
      ['Shelling/artillery/missile attack'],
    ],
    [
      'the bombings of one year named by it',
      {
        text: 'Survivors of the 2005 bombings in Mosul met the mayor.',
        mentions: [['Mosul', mosul]],
      },
      ['Remote explosive/landmine/IED'],
    ],
    [
      'a truce declared for some hours each day',
      {
        text: 'Russia declared a daily ceasefire in Aleppo.',
        mentions: [['Aleppo', placeEntity('Aleppo', 'SY')]],
      },
      ['Agreement'],
    ],
  ])('keeps %s', (_, spec, types) => {
    expect(subTypesOf(spec)).toEqual(types);
  });
});
