import { describe, expect, it } from 'vitest';
import { normalizeForMatching } from '../../core/text/normalize.js';
import { buildTokens, TokenRecord } from './token-builder.js';

const tokensOf = (text: string) =>
  buildTokens(text, [{ span: [0, text.length] }], normalizeForMatching(text));

/** [text, token surface, its norm, its stem, the stem as written in the text] */
const CASES: [string, string, string, string, string][] = [
  ['وصل الوفد إلى بموسكو', 'بموسكو', 'بموسكو', 'موسكو', 'موسكو'],
  ['هاجم والحوثيين', 'والحوثيين', 'والحوثيين', 'حوثيين', 'حوثيين'],
  ['بيعة لداعش', 'لداعش', 'لداعش', 'داعش', 'داعش'],
  ['وَبِالْمَوْصِلِ', 'وَبِالْمَوْصِلِ', 'وبالموصل', 'موصل', 'مَوْصِلِ'],
  ['للـجيـش', 'للـجيـش', 'للجيش', 'جيش', 'جيـش'],
  ['في بغداد', 'بغداد', 'بغداد', 'بغداد', 'بغداد'],
  ['وبغداد', 'وبغداد', 'وبغداد', 'بغداد', 'بغداد'],
  ['للبنان', 'للبنان', 'للبنان', 'لبنان', 'لبنان'],
  ['قواتها', 'قواتها', 'قواتها', 'قوات', 'قوات'],
  ['بأنقرة', 'بأنقرة', 'بانقره', 'انقره', 'أنقرة'],
  ['بإدلب', 'بإدلب', 'بادلب', 'ادلب', 'إدلب'],
  ['١٢ قتيلاً', '١٢', '12', '12', '١٢'],
  ['Russia’s army', 'Russia’s', "russia's", 'russia', 'Russia'],
  ["the rebels' base", 'rebels', 'rebels', 'rebels', 'rebels'],
  ['ISIS fighters', 'ISIS', 'isis', 'isis', 'ISIS'],
  ['São Paulo', 'São', 'sao', 'sao', 'São'],
];

describe('buildTokens', () => {
  it.each(CASES)('in %j reads %j as %j with stem %j written %j', (text, surface, norm, stem, stemText) => {
    const token = tokensOf(text).find((t) => text.slice(...t.span) === surface);
    expect(token).toBeDefined();
    expect(token!.norm).toBe(norm);
    expect(token!.stem).toBe(stem);
    expect(text.slice(...token!.stemSpan)).toBe(stemText);
  });

  it('numbers each token with the index of its sentence', () => {
    const text = 'قتل جندي. وأصيب اثنان.';
    const tokens = buildTokens(text, [{ span: [0, 9] }, { span: [10, 22] }], normalizeForMatching(text));
    expect(tokens.map((t) => t.sentence)).toEqual([0, 0, 1, 1]);
  });

  it('makes no tokens outside the sentences', () => {
    const text = 'اقرأ أيضا قتل جندي';
    const tokens = buildTokens(text, [{ span: [10, 18] }], normalizeForMatching(text));
    expect(tokens.map((t) => t.norm)).toEqual(['قتل', 'جندي']);
  });

  it('builds every token with the TokenRecord constructor, never as an object literal', () => {
    const tokens = tokensOf('وبالموصل قتل Russia’s soldier');
    expect(tokens.map((t) => t.norm)).toEqual(['وبالموصل', 'قتل', "russia's", 'soldier']);
    expect(tokens.every((t) => t instanceof TokenRecord)).toBe(true);
  });

  it('skips a lone tatweel, which has nothing to match', () => {
    expect(tokensOf('ـ قتل').map((t) => t.norm)).toEqual(['قتل']);
  });

  it('reads a word whose sentence ends inside a surrogate pair afresh', () => {
    // Bold "A" and bold "B" share their first surrogate: cut after it, both words are written alike, but
    // the view folds each whole letter (NFKC: "a", "b").
    const norms = ['raid x\u{1D400}', 'raid x\u{1D401}'].map((text) => {
      const view = normalizeForMatching(text);
      return buildTokens(text, [{ span: [0, text.length - 1] }], view).map((t) => t.norm);
    });
    expect(norms).toEqual([
      ['raid', 'xa'],
      ['raid', 'xb'],
    ]);
  });

  it('keeps the stem span inside the token when a right-to-left mark follows the word', () => {
    const text = 'بغداد\u200F قتل';
    const token = tokensOf(text)[0];
    expect(token.span).toEqual([0, 5]);
    expect(token.stemSpan).toEqual([0, 5]);
  });

  it("gives each token its range in the view, and one word's tokens the same notes", () => {
    const text = 'قُتل جندي وجُرح جندي';
    const tokens = tokensOf(text);
    const view = normalizeForMatching(text).text;
    expect(tokens.map((t) => view.slice(t.viewStart, t.viewEnd))).toEqual(['قتل', 'جندي', 'وجرح', 'جندي']);
    expect(tokens[1].word).toBeDefined();
    expect(tokens[3].word).toBe(tokens[1].word);
    expect(tokens[0].word).not.toBe(tokens[1].word);
  });
});
