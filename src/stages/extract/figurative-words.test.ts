import { describe, expect, it } from 'vitest';
import { assertedWords } from '../../../test/support/asserted-words.js';
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
    ['a battle that comes first', 'وقال القائد إن الأولوية الآن هي معركة بلدة الواحة.', 'معركة'],
    ['a battle against fighters', 'قتل عشرة في معركة ضد مسلحين قرب بلدة الواحة.', 'معركة'],
    ['an activist assassinated', 'اغتيل الناشط برصاص مسلحين قرب بلدة الواحة مساء الأحد.', 'اغتيل'],
    [
      'the assassination of an officer',
      'ونجا ضابط من محاولة لاغتيال المحافظ قرب بلدة الواحة.',
      'محاولة لاغتيال',
    ],
    ['strikes that hit', 'وجهت الطائرات ضربات إلى مخازن السلاح قرب بلدة الواحة فجر السبت.', 'ضربات'],
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
