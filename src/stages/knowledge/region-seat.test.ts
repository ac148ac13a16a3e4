import { describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from './index.js';
import { townMentions } from './knowledge-fixtures.js';

const kb = await loadKnowledgeBase();

const towns = (text: string): string[] => townMentions(kb, text, { bySentence: true });

describe('a regional office named beside its region, in an article naming no town', () => {
  it("is the region's seat when the office follows the region's name", () => {
    expect(towns('Smoke poured from the Wasit provincial council after a blast.')).toEqual([
      'provincial council=place:iq:kut',
    ]);
    expect(towns("Masked men fired at a car outside Kunar's governor's office.")).toEqual([
      "governor's office=place:af:asadabad",
    ]);
  });

  it("is the region's seat when the office comes before the region's name", () => {
    expect(towns('Masked men shot at a jeep bringing the deputy governor of Maysan home.')).toEqual([
      'deputy governor=place:iq:amarah',
    ]);
    expect(towns('Shots were fired at a cafe in the provincial capital of Huila.')).toEqual([
      'provincial capital=place:co:neiva',
    ]);
    expect(towns("Police sealed off the capital of Colombia's Huila after the blast.")).toEqual([
      'capital=place:co:neiva',
    ]);
  });

  it('is not read when the article names a town of that country', () => {
    expect(towns('The governor of Maysan was wounded by a bomb in Basra on Sunday.')).toEqual([
      'Basra=place:iq:basra',
    ]);
  });

  it('is not read from "capital of", which names another place', () => {
    expect(towns('Smoke rose over the Chechen capital of the former khanate.')).toEqual([]);
    expect(towns('Smoke rose over the Chechen capital after a blast.')).toEqual(['capital=place:ru:grozny']);
  });
});

describe('an Arabic regional office named before its region, in an article naming no town', () => {
  it('is the seat for the governor or his deputy', () => {
    expect(towns('أصيب محافظ ديالى بشظايا عبوة ناسفة صباح اليوم.')).toEqual(['محافظ=place:iq:baqubah']);
    expect(towns('نجا نائب محافظ واسط من كمين نصبه مسلحون.')).toEqual(['نائب محافظ=place:iq:kut']);
  });

  it('is the seat for a council, a building or a chancery of the governorate', () => {
    expect(towns('سقطت قذيفتان على مبنى مجلس محافظة نينوى.')).toEqual(['مجلس=place:iq:mosul']);
    expect(towns('انفجرت دراجة مفخخة قرب مبنى المحافظة في ديالى.')).toEqual(['مبنى=place:iq:baqubah']);
    expect(towns('أغلقت الطرق المؤدية إلى ديوان محافظة الأنبار.')).toEqual(['ديوان=place:iq:ramadi']);
    expect(towns('هاجم انتحاري مقر قيادة شرطة محافظة صلاح الدين.')).toEqual(['قيادة شرطة=place:iq:tikrit']);
  });

  it('is not read from a council or a centre without the governorate word, nor beside a named town', () => {
    expect(towns('اجتمع مجلس العشائر في نينوى أمس.')).toEqual([]);
    expect(towns('افتتح مركز صحي جديد في محافظة ديالى.')).toEqual([]);
    expect(towns('أصيب محافظ ديالى في انفجار قرب المقدادية.')).toEqual(['المقدادية=place:iq:muqdadiyah']);
  });
});
