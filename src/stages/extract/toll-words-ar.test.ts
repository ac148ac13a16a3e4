import { describe, it, expect } from 'vitest';
import type { Quantity } from '../../core/records.js';
import { withTollRoles } from './toll-words.js';
import { tollFromWords } from './worded-tolls.js';

describe('tollFromWords in Arabic', () => {
  it.each([
    ['وأضافت أن شخصا آخر كان برفقته قتل أيضا في الهجوم.', 'killed', 1],
    ['وأشار إلى أن جنديا آخر أصيب كذلك بجروح طفيفة.', 'injured', 1],
    ['وقال إن شخصا آخر نجا من الهجوم.', 'killed', null],
    // Written without hamza, or folded (ى as ي): the same words.
    ['واضافت ان شخصا اخر كان برفقته قتل ايضا في الهجوم.', 'killed', 1],
    ['وأشار إلى أن امرأة اخري اصيبت كذلك بجروح.', 'injured', 1],
    ['وذكر أن امرأة أخرى توفيت أيضاً في المستشفى.', 'killed', 1],
    // The fate verb, then "another": one of that fate.
    ['قتل جندي وأصيب آخر في الهجوم.', 'injured', 1],
    ['وجرح آخر في الهجوم نفسه.', 'injured', 1],
    ['وأصيب آخرون بجروح في الهجوم.', 'injured', null],
    // A name that "one of" a group's people describes: one victim; an amount with no number is none.
    ['وأعلنت مصادر محلية مقتل أبو سعد الأنصاري، أحد قادة التنظيم، في غارة.', 'killed', 1],
    ['وأكد الجيش مقتل عشرات المسلحين، أحد أكبر خسائرهم.', 'killed', null],
    // One person in the accusative after «أن», then the passive verb of their fate and when or how.
    ['وذكرت الوكالة أن عقيدا في الشرطة قتل مساء الخميس بانفجار عبوة.', 'killed', 1],
    ['وأفاد مصدر بأن طبيبا من المستشفى، وهو أحد المتطوعين، أصيب برصاص قناص.', 'injured', 1],
    ['وقالت الشرطة إن مسلحا قتل جارين له بعد خلاف.', 'killed', null],
  ] as const)('reads "%s" as %s: %s', (text, role, value) => {
    expect(tollFromWords(text, [0, text.length], role)?.value ?? null).toBe(value);
  });
});

describe('withTollRoles in Arabic', () => {
  it.each([
    ['أن 25 مقاتلا من الفصائل وثمانية من مقاتلي التنظيم قتلوا في الهجوم على البلدة.', 'killed'],
    ['وقال إن 25 مدنيا أصيبوا بنيران القناصة.', 'injured'],
    ['وقال إن 25 مدنيا اصيبا اثر القصف.', 'injured'],
    ['وقال إن 25 شخصا، بينهم شرطيان، أصيبوا بجروح.', 'injured'],
    ['وقال إن 25 مسلحا هاجموا الموقع وقتلوا 5 جنود.', undefined],
  ] as const)('reads the fate of the count in "%s" as %s', (text, role) => {
    const at = text.indexOf('25');
    const q: Quantity = { span: [at, at + 2], value: 25, qualifier: 'exact' };
    expect(withTollRoles([q], text)[0].role).toBe(role);
  });
});

describe('one named victim before a count of others', () => {
  it.each([
    ['قتل أبو عبدالله بن يحيى وقياديان آخران في المواجهات.', 'وقياديان', 2, 3],
    ['وأصيب الشيخ علي حسن و4 آخرون بجروح.', '4', 4, 5],
    // One told before the fate word, "with" the others: "قيادي … قتل مع مسلحين اثنين آخرين".
    ['وأكدت أن قياديا في الجماعة قتل مع مسلحين اثنين آخرين في الغارة.', 'اثنين', 2, 3],
    ['وأكدت أن قياديا في الجماعة قتل مع ثلاثة آخرين في الغارة.', 'ثلاثة', 3, 4],
    // No "others": the count may be the whole toll, not one more besides the one named.
    ['قتل قائد الكتيبة و4 مسلحين في المواجهات.', '4', 4, 4],
  ] as const)('counts "%s" with the one named only when "others" follow', (text, word, value, total) => {
    const at = text.indexOf(word);
    const role = text.includes('أصيب') ? 'injured' : 'killed';
    const q: Quantity = { span: [at, at + word.length], value, qualifier: 'exact', role };
    expect(withTollRoles([q], text)[0].value).toBe(total);
  });
});

it('reads the fate of the others from the word before the named one, however long the name', () => {
  const text = 'قتل القائد أبو حمزة بن صالح عبد الرحمن الريمي وقياديان آخران في المعارك.';
  const at = text.indexOf('وقياديان');
  const q: Quantity = { span: [at, at + 8], value: 2, qualifier: 'exact' };
  expect(withTollRoles([q], text)[0]).toMatchObject({ role: 'killed', value: 3 });
});
