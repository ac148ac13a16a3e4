import { describe, expect, it } from 'vitest';
import { findMentions, loadKnowledgeBase } from './index.js';

const kb = await loadKnowledgeBase();

/** The entity of the first actor mention of `text`. */
function firstActor(text: string): string | undefined {
  return findMentions(kb, text, [[0, text.length]]).find((m) => m.place === undefined)?.entity_id;
}

describe('an actor name shared by groups of several countries goes to the one of the article', () => {
  it.each([
    ['Maoists in a Nepal story', 'Maoists set fire to a police post in Rolpa, Nepal', 'actor:cpn-maoist'],
    ['Maoists in an India story', 'Maoists blew up a rail line in Jharkhand', 'actor:cpi-maoist'],
    ['Arabic Maoists in a Nepal story', 'هاجم الماويون مركزا للشرطة غربي نيبال', 'actor:cpn-maoist'],
    [
      'the Internal Security Forces of north-east Syria',
      'Internal Security Forces raided a house in Qamishli',
      'actor:asayish',
    ],
    [
      'the Internal Security Forces of Lebanon',
      'Internal Security Forces arrested two men in Beirut',
      'actor:forces:lb:police',
    ],
    [
      "the ISI of a Pakistan story: the country's intelligence service",
      "Police said Pakistan's ISI had armed the gunmen who crossed into Kashmir",
      'actor:forces:pk:military',
    ],
    [
      'the ISI of an Iraq story: the Islamic State of Iraq',
      'The ISI claimed a car bomb in Baquba, Iraq',
      'actor:islamic-state:iraq',
    ],
    [
      'Ansar al-Sharia in a Yemen story: AQAP',
      'هاجم مسلحو أنصار الشريعة نقطة للجيش في أبين',
      'actor:al-qaeda:aqap',
    ],
    [
      'Ansar al-Sharia in a Libya story',
      'هاجم مسلحو أنصار الشريعة نقطة للجيش في بنغازي',
      'actor:ansar-al-sharia-libya',
    ],
    [
      'the coalition in a Yemen story',
      'قصفت قوات التحالف مواقع للحوثيين قرب الحدود السعودية',
      'actor:saudi-led-coalition',
    ],
    [
      'the coalition beside American jets',
      'قصفت قوات التحالف مواقع قرب الموصل بطائرات أمريكية',
      'actor:us-led-coalition',
    ],
  ])('%s', (_why, text, expected) => {
    expect(firstActor(text)).toBe(expected);
  });
});

describe('a party name several countries share ("حزب العمال")', () => {
  const pkkOf = (text: string) =>
    findMentions(kb, text, [[0, text.length]]).filter((m) => m.entity_id === 'actor:pkk').length;

  it('is the Kurdistan Workers Party where the story is Turkish', () => {
    expect(pkkOf('نصب مسلحو حزب العمال كمينا لدورية قرب ماردين في جنوب شرق تركيا')).toBe(1);
  });

  it('is none in a British or Australian story, nor with another nationality after it', () => {
    expect(pkkOf('انتقد زعيم حزب العمال خطة الميزانية أمام البرلمان في لندن')).toBe(0);
    expect(pkkOf('فاز حزب العمال الأسترالي بالانتخابات بينما قصفت تركيا مواقع قرب ماردين')).toBe(0);
  });
});

describe('Arabic names of the war in Yemen and of like-named forces elsewhere', () => {
  it.each([
    ['the putschists of a Yemen story', 'قصف الانقلابيون قرية قرب تعز بالمدفعية', 'actor:houthi-movement'],
    [
      'the putschists of a Turkey story',
      'اعتقلت الشرطة عشرة من الانقلابيين في أنقرة',
      'actor:gulen-movement',
    ],
    ['the coup militias spelt without «ي»', 'هاجمت المليشيات الانقلابية حيا في عدن', 'actor:houthi-movement'],
    [
      'the people’s army of a Yemen story',
      'صد الجيش الشعبي هجوما على بلدة قرب الضالع جنوبي اليمن',
      'actor:popular-resistance-yemen',
    ],
    [
      'the people’s army of a South Sudan story',
      'اشتبك الجيش الشعبي مع المتمردين قرب ملكال',
      'actor:forces:ss:military',
    ],
  ])('%s', (_why, text, expected) => {
    expect(firstActor(text)).toBe(expected);
  });
});
