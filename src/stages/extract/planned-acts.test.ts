import { describe, expect, it } from 'vitest';
import { assertedWords } from '../../../test/support/asserted-words.js';
import { resolvedEvents } from '../../../test/support/resolved-events.js';
import { fixtureDocument } from './fixture-document.js';
import { placeEntity } from './fixture-entities.js';
import { loadEventLexicons } from './index.js';
import { buildSentenceViews } from './sentence-view.js';
import { assertedTriggers } from './trigger-gate.js';
import { plannedOrKnown } from './planned-acts.js';

const lexicons = loadEventLexicons();

/** The words of every trigger a text's sentences assert. */
const asserted = (text: string) => assertedWords({ text });

describe('acts named without being told as done', () => {
  it.each<[string, string]>([
    [
      'ground to be won back in an Arabic plan',
      'وأوضح المصدر أن الخطة التي وضعتها القيادة مع المستشارين تقضي بالتوجه إلى الموصل بعد تحرير الرمادي.',
    ],
    [
      'ground to be won back in an English plan',
      'He said the plan drawn up with the advisers is to move on the city after retaking the airport.',
    ],
    [
      'an attack inside a long Arabic condition',
      'وقال القائد إنه إذا عاد المسلحون المتمركزون في الأحياء الشرقية للمدينة وهاجموا مواقع الجيش فإن القوات سترد.',
    ],
    ['an incident told again after «عقب»', 'وعقب الهجوم، أغلقت الشرطة الطرق المؤدية إلى المدينة.'],
    [
      'an incident told again after "following"',
      'Following the attack, police closed the roads into the city.',
    ],
    [
      'air strikes a future verb allows',
      'وقال الوزير إن الحكومة ستسمح بتنفيذ ضربات جوية على مخابئ العصابات.',
    ],
    ['air strikes a future verb governs', 'وأكد المتحدث أن الجيش سينفذ ضربات جوية على معاقل المتمردين.'],
    ['air strikes a future verb after «و» governs', 'وسينفذ الجيش غدا ضربات جوية على معاقل المتمردين.'],
    ['blasts a body fears', 'وتخشى البلدية من تفجيرات جديدة في الأسواق خلال العيد.'],
    ['an attack a group intends', 'وقال الضابط إن الخاطفين يعتزمون تنفيذ هجوم على الميناء.'],
    ['an assassination that times a visit', 'وكان المحافظ قد زار البلدة قبيل اغتياله بأسابيع.'],
    ['a bombing that times a reopening', 'وأعيد فتح النفق أمام السيارات بعد تفجيره.'],
  ])('drops %s', (_, text) => {
    expect(asserted(text)).toEqual([]);
  });

  it.each<[string, string, string[]]>([
    [
      'a plan that failed when militants struck',
      'The plan drawn up by the generals in the spring failed when militants attacked the convoy.',
      ['attacked'],
    ],
    [
      'the answer of a condition, told as done',
      'وقال إنه لو تأخر وصول الجيش إلى أطراف المدينة يوما واحدا فإن المسلحين هاجموا المدينة بالفعل.',
      ['هاجموا'],
    ],
    [
      'a bomb found in a clause of its own after a plan',
      'Troops told the police of the plan to kill the mayor of the town and police found a bomb at his home.',
      ['found a bomb'],
    ],
    [
      'an attack told with its own day after "following"',
      'Following the attack on Sunday, police closed roads.',
      ['attack'],
    ],
    [
      'a car bomb after a name that opens like a future verb',
      'وانفجرت في سيناء سيارة مفخخة قرب حاجز للجيش.',
      ['وانفجرت', 'سيارة مفخخة'],
    ],
    [
      'an assassination after «بعد» with no pronoun of a known victim',
      'وأغلقت المحال بعد اغتيال محافظ البلدة.',
      ['اغتيال'],
    ],
    ['an attack after the past verb «سيطر»', 'وسيطر المسلحون بهجوم عنيف على البلدة.', ['وسيطر', 'بهجوم']],
    [
      'a killing in a clause of its own after a future verb',
      'وقال إنه سيزور بلدة قرنفل، وقتل مسلحون ثلاثة حراس في كمين قرب السوق.',
      ['وقتل', 'كمين'],
    ],
    [
      'a bombing in a clause of its own after a plan',
      'وأوضح الضابط أن الخطة جاهزة، وتفجير الجسر أسفر عن مقتل أربعة.',
      ['وتفجير', 'مقتل'],
    ],
    [
      'an attack in a clause of its own after a condition',
      'وقال الشيخ إن الأهالي سيرحلون إذا جاع أطفالهم، وهاجم مسلحون أمس حاجزا في قرنفل.',
      ['وهاجم'],
    ],
  ])('keeps %s', (_, text, words) => {
    const sunday = { value: '2015-07-26', precision: 'day', reason: 'weekday' } as const;
    const doc = fixtureDocument({ text, times: text.includes('Sunday') ? [['on Sunday', sunday]] : [] });
    const views = buildSentenceViews(doc, lexicons);
    const kept = views.flatMap((view) =>
      assertedTriggers(view, text).map((t) =>
        text.slice(view.tokens[t.start].span[0], view.tokens[t.end - 1].span[1]),
      ),
    );
    expect(kept).toEqual(words);
  });
});

describe('ground taken told as what the news came after', () => {
  const aden = placeEntity('Aden', 'YE');
  const told = (text: string) =>
    resolvedEvents({ text, published: '2015-08-02', mentions: [['عدن', aden]] })
      .filter((e) => e.sub_event_type?.value === 'Government regains territory')
      .map((e) => `${e.date?.value ?? 'undated'} ${e.timing?.value}`);

  it('is a background allusion, undated and historical', () => {
    expect(told('وقال المصدر إن القادة انخرطوا بعد تحرير عدن في أعمال نهب واسعة.')).toEqual([
      'undated historical',
    ]);
  });
});

describe('a plan at the edge of its reach', () => {
  it('sets out the act sixteen tokens after its noun', () => {
    const text =
      'The plan drawn up by the generals of the northern army in spring of last year foresees attacks on Varnholt.';
    const [view] = buildSentenceViews(fixtureDocument({ text }), lexicons);
    const attacks = view.triggers.find((t) => view.tokens[t.start].norm === 'attacks')!;
    expect(attacks.start).toBe(17);
    expect(plannedOrKnown(view, text, attacks)).toBe(true);
  });
});
