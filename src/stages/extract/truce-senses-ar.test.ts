import { describe, expect, it } from 'vitest';
import { assertedWords } from '../../../test/support/asserted-words.js';

const asserted = (text: string) => assertedWords({ text });
/** Whether one of the asserted triggers holds a word of a truce. */
const truceIn = (words: string[]) => words.some((w) => /هدن|اطلاق النار|إطلاق النار/.test(w));

describe('Arabic truces sought, broken or held', () => {
  it.each([
    ['breaches of a truce with «ل»', 'ورصدت لجنة المراقبة عشرات الخروقات للهدنة في ريف المدينة.'],
    ['a truce a side violated', 'وانتهكت قوات الحرس الهدنة في ضواحي المدينة الشمالية.'],
    ['a breach of a truce accord', 'ونددت الحكومة بانتهاك اتفاق الهدنة في ضواحي المدينة.'],
    ['a truce that failed', 'وفشلت الهدنة في ضواحي المدينة الشمالية بعد أيام.'],
    ['efforts to reach a truce', 'وتبذل دول الجوار جهودا حثيثة للتوصل إلى هدنة في الإقليم.'],
    ['a truce proposed', 'واقترح الوسطاء هدنة لمدة عشرة أيام في الإقليم.'],
    ['a truce held as a state', 'وتشهد القرى الجبلية هدنة هشة منذ شهرين.'],
    ['a truce that holds', 'وأكد الوسيط صمود الهدنة في الإقليم الشرقي.'],
    ['respect for a truce', 'وحث الوسيط الفصيلين على احترام وقف إطلاق النار في الإقليم.'],
    [
      'a side keeping a truce, set as a condition',
      'وطلب الرئيس هدوءا وفق شروط أبرزها التزام المتمردين وأنصارهم بالهدنة.',
    ],
    ['a truce asked for on terms', 'وبحث الرئيس مع الوسيط إعلان هدنة قصيرة وفق شروط يضعها الجيش.'],
  ])('records no agreement for %s', (_, text) => {
    expect(truceIn(asserted(text))).toBe(false);
  });

  it.each([
    ['a truce the sides agreed', 'واتفق الفصيلان يوم الخميس على وقف إطلاق النار في الإقليم الشرقي.'],
    ['a truce signed', 'وأعلن الوسيط توقيع اتفاق هدنة بين الفصيلين في الإقليم الشرقي.'],
    ['a truce reached', 'وتوصل الفصيلان إلى هدنة في الإقليم الشرقي بعد مفاوضات طويلة.'],
    ['a truce declared', 'وأعلنت قيادة الفصيل هدنة من جانب واحد في الإقليم الشرقي.'],
    ['a truce agreed on terms', 'واتفق الفصيلان على هدنة بشروط واضحة في الإقليم الشرقي.'],
    ['a truce declared as a commitment', 'وأعلنت قيادة الفصيل الالتزام بهدنة لمدة أسبوع في الإقليم الشرقي.'],
    ['respect for a truce agreed', 'واتفق الفصيلان على احترام وقف إطلاق النار في الإقليم الشرقي.'],
    ['efforts that reached a truce', 'وأثمرت المساعي عن توقيع اتفاق هدنة في الإقليم الشرقي.'],
  ])('keeps %s', (_, text) => {
    expect(truceIn(asserted(text))).toBe(true);
  });
});
