import { describe, expect, it } from 'vitest';
import { assertedWords } from '../../../test/support/asserted-words.js';
import type { FixtureSpec } from './fixture-document.js';
import { placeEntity } from './fixture-entities.js';

const asserted = (text: string) => assertedWords({ text });

describe('trigger words read as a figure or a festival', () => {
  it.each([
    ['a situation blown up', 'وكان إغلاق المعبر سببا مباشرا في تفجير الوضع داخل المخيم.'],
    ['an outburst of anger', 'واعتبر المحلل أن رفع الأسعار كان الشرارة لانفجار الغضب الشعبي في العاصمة.'],
    ['an outburst of violence', 'وكان الحكم على الزعيم القبلي سبب انفجار أعمال العنف في الضواحي الشرقية.'],
    ['a film festival', 'وعرضت ثلاثة أفلام قصيرة ضمن تظاهرة السينما الإفريقية في مدينة سوسة.'],
    ['a battle of deliverance', 'ويرى الباحث أن معركة الخلاص من الأمية تحتاج إلى سنوات.'],
    ['a battle of civilisation', 'وقال الكاتب إن الأمة تخوض معركة الحضارة مع خصومها.'],
    ['a battle of awareness', 'وتدور معركة الوعي ضد الشائعات على منصات التواصل.'],
    ['an online battle', 'ودارت معركة إلكترونية بين قراصنة البلدين أمس.'],
    ["a whole people's struggle", 'وقال الخطيب إن معركة بلادنا مع الفكر المتشدد طويلة.'],
    ['a battle against a scourge', 'وأكد الوزير في كلمته أن الحكومة تخوض معركة ضد الفساد.'],
    ['what a vote is called', 'ووصف المرشح الجولة الثانية بأنها معركة حاسمة.'],
    ['a blow a loss amounts to', 'ويعد سقوط المعسكر الجبلي ضربة موجعة للمسلحين في الشمال.'],
    ['blows a defeat is said to be', 'واعتبر المحلل انسحاب الكتيبة ضربات متتالية لمعنويات المقاتلين.'],
    ['a right "raped", a usurpation', 'واتهم رئيس النقابة الشركة باغتصاب حق توزيع الكتب في المدينة.'],
    ['initiatives "assassinated"', 'وقال النائب إن ما جرى اغتيال لكل المبادرات المطروحة.'],
    ['a saying of crops and kin laid waste', 'وقال الخطيب إن الغزاة أحرقوا الحرث والنسل في تلك البلاد.'],
    ['a campaign "targeting" a doing', 'ويرى الكاتب أن الحملة الإعلامية استهدفت تشويه سمعة الجامعة.'],
    ['a plan "targeting" a weakening', 'وقال المعارض إن القانون الجديد يستهدف إضعاف النقابات المستقلة.'],
    ['the spotlight snatched', 'وخطف المهاجم الشاب الأضواء في مباراة الأمس بملعب الواحة.'],
    ['a win snatched', 'وخطف الفريق الضيف فوزا ثمينا من مضيفه في ملعب الواحة.'],
    ['a title snatched', 'ويسعى النادي إلى اختطاف اللقب من منافسه التقليدي هذا الموسم.'],
    ['strokes of the sun', 'ونصح الطبيب الحجاج بشرب الماء تجنبا لضربات الشمس في المشاعر.'],
    ['a corner kick', 'وسجل المدافع هدف الفوز من ضربة ركنية في الدقيقة الأخيرة.'],
    ['death that "snatched" a poet', 'وفي الشتاء الماضي خطف الموت الشاعر الكبير بعد مرض طويل.'],
    ['a highly explosive stuff', 'وضبطت الشرطة مئة كيلوغرام من مادة شديدة الانفجار في مستودع مهجور.'],
    ['a nuclear test', 'ويعتقد الخبراء أن الدولة فجرت قنبلتها الذرية الأولى في الصحراء الغربية.'],
    ["a team's run", 'وواصل المنتخب مسيرة نجاحه بفوز كبير.'],
    ['a state that held fast to silence', 'وفوجئت العاصمة بالقرار فاعتصمت بالصمت طوال الأسبوع.'],
    ['hope "assassinated" by a side', 'وندد الشباب باغتيالهم الأمل في قلوب الناس.'],
    ['a state "raped"', 'ويفخر الحزب بصواريخه ولا يكترث بتبعات هذا الاغتصاب للدولة.'],
    [
      'a saying of a blow that makes one stronger',
      'وصبر الأهالي على المحنة، فالضربة التي لا تقتلك تزيدك صلابة.',
    ],
  ])('drops %s', (_, text) => {
    expect(asserted(text)).toEqual([]);
  });

  it('drops a whole country "assassinated"', () => {
    const text = 'واعتبر الكاتب أن الحرب كانت محاولة لاغتيال لبنان.';
    expect(assertedWords({ text, mentions: [['لبنان', placeEntity('Lebanon', 'LB', 'country')]] })).toEqual(
      [],
    );
  });

  it.each([
    ['a car bomb', 'قتل خمسة في انفجار سيارة مفخخة قرب سوق الواحة.', 'انفجار'],
    ['a street protest', 'خرجت تظاهرة حاشدة في مدينة الواحة احتجاجا على الغلاء.', 'تظاهرة'],
    ['a fought battle', 'قتل عشرة مقاتلين في معركة عنيفة قرب بلدة الواحة.', 'معركة'],
    ['a march of thousands', 'وخرجت مسيرة حاشدة في بلدة الواحة تنديدا بالغلاء.', 'مسيرة'],
    ['a sit-in outside a ministry', 'واعتصم العمال أمام مبنى الوزارة في بلدة الواحة.', 'واعتصم'],
    ['a battle that comes first', 'وقال القائد إن الأولوية الآن هي معركة بلدة الواحة.', 'معركة'],
    ['a battle against fighters', 'قتل عشرة في معركة ضد مسلحين قرب بلدة الواحة.', 'معركة'],
    ['an activist assassinated', 'اغتيل الناشط برصاص مسلحين قرب بلدة الواحة مساء الأحد.', 'اغتيل'],
    [
      'the assassination of an officer',
      'ونجا ضابط من محاولة لاغتيال المحافظ قرب بلدة الواحة.',
      'محاولة لاغتيال',
    ],
    ['strikes that hit', 'وجهت الطائرات ضربات إلى مخازن السلاح قرب بلدة الواحة فجر السبت.', 'ضربات'],
    ['engineers kidnapped', 'وخطف مسلحون ثلاثة مهندسين قرب بلدة الواحة يوم الجمعة.', 'وخطف'],
    ['a footballer kidnapped', 'واختطف مسلحون لاعب كرة قدم قرب بلدة الواحة يوم الجمعة.', 'واختطف'],
    ['a gathering targeted', 'استهدف مسلحون تجمعا للمصلين قرب بلدة الواحة.', 'استهدف'],
    ['reinforcements targeted', 'استهدفت المدفعية تعزيزات للمسلحين قرب بلدة الواحة.', 'استهدفت'],
  ])('keeps %s', (_, text, word) => {
    expect(asserted(text)).toContain(word);
  });
});

describe('a whole state that "burned"', () => {
  const marsh = placeEntity('Marshland', 'RT', 'region');
  const wordsOf = (text: string) => assertedWords({ text, mentions: [['Marshland', marsh]] });

  it('drops the state as the subject of a bare burning verb', () => {
    expect(wordsOf('Even as Marshland burned for a week, the port city stayed calm.')).toEqual([]);
  });

  it('keeps people in the state who burned things', () => {
    expect(wordsOf('Rioters in Marshland burned two buses on Friday.')).toContain('burned');
  });
});

describe('English acts of a bill, an idea or a show', () => {
  const nairobi = placeEntity('Nairobi', 'KE');
  const told = (text: string) => assertedWords({ text, mentions: [['Nairobi', nairobi]] });

  it.each([
    ['a bill killed in committee', 'The housing bill was killed in committee in Nairobi on Tuesday.'],
    ['a film that bombed', 'The new film bombed at the box office in Nairobi last weekend.'],
    ['a character assassination', 'The minister called the report a character assassination in Nairobi.'],
    [
      'fans who stormed the pitch',
      'Home fans stormed the pitch after the final whistle in Nairobi on Sunday.',
    ],
    ['a bill being killed', 'Critics watched the housing bill being killed in committee in Nairobi.'],
    ['a meeting hijacked', 'Critics said the meeting was hijacked by party loyalists in Nairobi on Monday.'],
    ['an attack on democracy', 'The senator called the new decree an attack on democracy in Nairobi.'],
  ])('drops %s', (_, text) => {
    expect(told(text)).toEqual([]);
  });

  it.each([
    ['a bus hijacked', 'Gunmen hijacked a bus carrying 40 passengers near Nairobi on Monday.', 'hijacked'],
    ['an attack on rights activists', 'Gunmen attacked rights activists in Nairobi on Monday.', 'attacked'],
    [
      'a bomb attack on the host of a show',
      "A bomb attack on the show's host wounded him in Nairobi.",
      'bomb attack',
    ],
    [
      'a protest against a bill',
      'Hundreds of teachers protested against the bill outside parliament in Nairobi on Monday.',
      'protested',
    ],
    ['riots against a plan', 'Riots against the plan left shops burned in Nairobi on Monday.', 'Riots'],
    [
      'a march against the constitution',
      'Students marched against the constitution in Nairobi on Friday.',
      'marched',
    ],
  ])('keeps %s', (_, text, word) => {
    expect(told(text)).toContain(word);
  });
});

describe('a figure that tells harm is an incident', () => {
  const nairobi = placeEntity('Nairobi', 'KE');

  it("keeps an attack on people named by a figure's word", () => {
    const text = 'Gunmen launched an attack on democracy activists in Nairobi on Monday.';
    expect(assertedWords({ text, mentions: [['Nairobi', nairobi]] })).toContain('attack');
  });

  it('keeps a man named Bill killed by gunmen', () => {
    const text = 'Her cousin Bill was killed by gunmen in Nairobi on Monday.';
    expect(assertedWords({ text, mentions: [['Nairobi', nairobi]] })).toContain('killed');
  });

  it('keeps an attack on a show that counts its dead', () => {
    const text = 'Two men attacked a show in Nairobi on Saturday, killing five people.';
    const quantities: FixtureSpec['quantities'] = [
      ['five', { value: 5, qualifier: 'exact', role: 'killed', noun: 'people' }],
    ];
    expect(assertedWords({ text, mentions: [['Nairobi', nairobi]], quantities })).toContain('attacked');
  });

  it('keeps a pitch stormed with grenades', () => {
    const text = 'Two men stormed the pitch with grenades in Nairobi on Friday.';
    expect(assertedWords({ text, mentions: [['Nairobi', nairobi]] })).toContain('stormed');
  });

  it('reads a weapon named before the figure as no weapon of it', () => {
    const text = 'In Nairobi the senator said the purchase of new rockets was an attack on democracy.';
    expect(assertedWords({ text, mentions: [['Nairobi', nairobi]] })).not.toContain('attack');
  });

  it('reads the dead of another clause as none of the figure', () => {
    const text =
      'In Nairobi the housing bill was killed in committee, a day after a blast killed six people.';
    const quantities: FixtureSpec['quantities'] = [
      ['six', { value: 6, qualifier: 'exact', role: 'killed', noun: 'people' }],
    ];
    const words = assertedWords({ text, mentions: [['Nairobi', nairobi]], quantities });
    expect(words.filter((w) => w === 'killed')).toHaveLength(1);
  });
});
