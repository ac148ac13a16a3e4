import { describe, expect, it } from 'vitest';
import { assertedWords } from '../../../test/support/asserted-words.js';
import { subTypesOf } from '../../../test/support/resolved-events.js';
import { actorEntity, placeEntity } from './fixture-entities.js';
import { fixtureDocument } from './fixture-document.js';
import { loadEventLexicons } from './index.js';
import { buildSentenceViews } from './sentence-view.js';
import type { PhraseHit } from './phrase-matcher.js';
import { madeInWords } from './verbal-acts.js';

const kandor = placeEntity('Kandor', 'AF');
const tobruk = placeEntity('طبرق', 'LY');

// An attack made on something said or decided, or by one who speaks for a side, is made in words.
describe('attacks made in words', () => {
  it('drops rebels attacking a law', () => {
    const text = 'The rebels attacked the new tax law in Kandor on Monday.';
    expect(subTypesOf({ text, mentions: [['Kandor', kandor]] })).toEqual([]);
  });

  it('drops a spokesman for the rebels attacking the government', () => {
    const text = 'A spokesman for the rebels attacked the government in Kandor on Monday.';
    expect(subTypesOf({ text, mentions: [['Kandor', kandor]] })).toEqual([]);
  });

  it('drops a sharp Arabic attack on a decision', () => {
    const text = 'شن القيادي في الجماعة المسلحة هجوما عنيفا على قرار البرلمان في طبرق.';
    expect(subTypesOf({ text, mentions: [['طبرق', tobruk]] })).toEqual([]);
  });

  it('drops an attack launched by a spokesman whose title, name and party stand before it', () => {
    const text =
      'شن المتحدث الرسمي باسم الجبهة الوطنية للتغيير، المهندس كامل عيسى، هجوما على الحكومة في طبرق.';
    expect(subTypesOf({ text, mentions: [['طبرق', tobruk]] })).toEqual([]);
  });

  it('drops an attack launched by one named before his title', () => {
    const text = 'شن خالد العمري نائب رئيس البلدية هجوما جديدا على قادة الجماعة في طبرق.';
    expect(subTypesOf({ text, mentions: [['طبرق', tobruk]] })).toEqual([]);
  });

  it('keeps unknown men attacking an office-holder, the object of «هاجم»', () => {
    const text = 'هاجم مجهولون نائب رئيس البلدية في طبرق أمس.';
    expect(subTypesOf({ text, mentions: [['طبرق', tobruk]] })).not.toEqual([]);
  });

  it('keeps an attack launched by an army led by a minister', () => {
    const text = 'شن الجيش بقيادة وزير الدفاع هجوما على مواقع المسلحين في طبرق.';
    expect(subTypesOf({ text, mentions: [['طبرق', tobruk]] })).not.toEqual([]);
  });

  it('drops an attack launched by a woman holding office', () => {
    const text = 'وشنت النائبة عن كتلة الوفاق هجوما على وزير الصحة في طبرق.';
    expect(subTypesOf({ text, mentions: [['طبرق', tobruk]] })).toEqual([]);
  });

  it('drops an attack on the government made in a newspaper column', () => {
    const text = 'وشن الكاتب هجوما على الحكومة في مقال نشرته صحيفة في طبرق أمس.';
    expect(subTypesOf({ text, mentions: [['طبرق', tobruk]] })).toEqual([]);
  });

  it('keeps gunmen attacking a clinic told in a statement after a mark', () => {
    const text = "Gunmen attacked Kandor's clinic, a ministry statement said.";
    expect(subTypesOf({ text, mentions: [['Kandor', kandor]] })).toEqual(['Attack']);
  });

  it('keeps gunmen attacking an office with a toll', () => {
    const text = 'Gunmen attacked the tax office in Kandor on Monday, killing two guards.';
    expect(subTypesOf({ text, mentions: [['Kandor', kandor]] })).toEqual(['Attack']);
  });

  it('keeps rebels attacking an army post', () => {
    const text = 'Rebels attacked an army post near Kandor, wounding three soldiers.';
    const army = actorEntity('Military Forces of Afghanistan');
    expect(
      subTypesOf({
        text,
        mentions: [
          ['Kandor', kandor],
          ['army', army],
        ],
      }),
    ).toEqual(['Armed clash']);
  });

  it('keeps Arabic gunmen attacking a newspaper office', () => {
    const text = 'هاجم مسلحون مقر صحيفة البيان في طبرق.';
    expect(subTypesOf({ text, mentions: [['طبرق', tobruk]] })).toEqual(['Armed clash']);
  });

  it('keeps a party attacking with grenades', () => {
    const text = 'The party attacked a rival rally with grenades in Kandor on Monday.';
    expect(subTypesOf({ text, mentions: [['Kandor', kandor]] })).toEqual(['Grenade']);
  });

  it('drops an attack a rights group launched in its report', () => {
    const text = 'شنت منظمة حقوقية في تقرير لها أمس هجوما قويا على الحكومة في طبرق.';
    expect(subTypesOf({ text, mentions: [['طبرق', tobruk]] })).toEqual([]);
  });

  it('drops an attack followed by a charge against the one attacked', () => {
    const text = 'وشن الناشط يوسف الكاتب هجوما قويا على الحكومة في طبرق واتهمها بالتقصير.';
    expect(subTypesOf({ text, mentions: [['طبرق', tobruk]] })).toEqual([]);
  });

  it('drops an attack made "harshly"', () => {
    const text = 'وهاجم الناشط الحقوقي خالد سالم الحكومة بشدة في طبرق يوم السبت.';
    expect(subTypesOf({ text, mentions: [['طبرق', tobruk]] })).toEqual([]);
  });

  it('keeps an attack condemned "harshly"', () => {
    expect(assertedWords({ text: 'وأدان الوزير في طبرق الهجوم بشدة.' })).toEqual(['الهجوم']);
  });

  it('keeps an attack condemned, with a charge after it', () => {
    const text = 'وندد الوزير في طبرق بالهجوم واتهمها بالوقوف وراءه.';
    expect(assertedWords({ text })).toEqual(['بالهجوم']);
  });

  it('drops an attack online', () => {
    const text = 'وتعرضت الكاتبة لهجوم واسع على شبكة الإنترنت في طبرق يوم الأحد.';
    expect(subTypesOf({ text, mentions: [['طبرق', tobruk]] })).toEqual([]);
  });

  it('keeps an armed attack whose news a statement gave', () => {
    const text = 'شن مسلحون هجوما على حاجز في طبرق أمس، قال الجيش في بيان إنه أسفر عن مقتل جنديين.';
    expect(subTypesOf({ text, mentions: [['طبرق', tobruk]] })).not.toEqual([]);
  });

  it('keeps Arabic gunmen attacking a party office', () => {
    const text = 'هاجم مسلحون مقر الحزب في طبرق.';
    expect(subTypesOf({ text, mentions: [['طبرق', tobruk]] })).toEqual(['Armed clash']);
  });
});

describe('an attack its owner made, told after the posts or statements he made it in', () => {
  /**
   * Whether the owned attack noun of the sentence is made in words. The fixture's tokens keep «هجومه» whole,
   * as the lexicon's clitic reading would not: the attack is the hit the language stage would give it.
   */
  const verbal = (text: string) => {
    const doc = fixtureDocument({ text });
    const [view] = buildSentenceViews(doc, loadEventLexicons());
    const start = view.tokens.findIndex((t) => /^هجوم(?:ه|هم)$/.test(t.norm));
    const attack = {
      start,
      end: start + 1,
      phrase: { lang: 'ar', tag: '@attack', pos: 'fixed', words: ['هجوم'] },
    };
    return madeInWords(view, doc.text!, attack as PhraseHit);
  };

  it('is made in words: «شرح في منشور … هجومه على»', () => {
    expect(
      verbal('وشرح الكاتب سالم في منشور على حسابه في موقع فيسبوك هجومه على نواب البرلمان في بنغازي.'),
    ).toBe(true);
  });

  it('is made in words past a quoted site name', () => {
    expect(
      verbal(
        'وشرح الكاتب سالم في منشور على حسابه في موقع التواصل الاجتماعي "فيس بوك" هجومه على نواب البرلمان.',
      ),
    ).toBe(true);
  });

  it('is an armed one the speaker tells of repelling in his statements', () => {
    expect(verbal('وأكد القائد في تصريحات صحفية إحباط هجومهم على البوابة الشرقية لطبرق.')).toBe(false);
  });

  it('is an armed one a spokesman reports with «إن» in his statements', () => {
    expect(
      verbal('وقال المتحدث في تصريحات صحفية إن هجومهم على الحاجز في طبرق أسفر عن مقتل ثلاثة جنود.'),
    ).toBe(false);
  });
});
