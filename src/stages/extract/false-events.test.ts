import { describe, expect, it } from 'vitest';
import { firstSubType } from './fixture-sub-type.js';
import { placeEntity } from './fixture-entities.js';

/** The sub-type of the first event of a sentence set in Mosul, or undefined when it tells none. */
function subTypeIn(text: string): string | undefined {
  const mosul = text.includes('Mosul') ? 'Mosul' : 'الموصل';
  return firstSubType({ text, mentions: [[mosul, placeEntity('Mosul', 'IQ')]] });
}

describe('readings an analyst would not take for an incident', () => {
  it('reads no attack in scenes of carnage a channel was showing', () => {
    expect(
      subTypeIn('The minister said the channels had not helped by showing scenes of carnage in Mosul.'),
    ).toBeUndefined();
  });

  it('keeps a mob attack that left scenes of destruction', () => {
    expect(subTypeIn('A mob attacked a shrine in Mosul on Friday, leaving scenes of destruction.')).toBe(
      'Mob violence',
    );
  });

  it('leaves an Arabic plot foiled by the police alone, as the English "foiled"', () => {
    expect(subTypeIn('أحبطت قوات الأمن محاولة اغتيال مسؤول محلي في الموصل يوم الثلاثاء.')).toBeUndefined();
  });

  it('keeps an attack foiled with attackers killed as a fight', () => {
    expect(subTypeIn('وأفشلت قوات الأمن هجوما على نقطة تفتيش في الموصل وقتلت ثلاثة من المهاجمين.')).toBe(
      'Armed clash',
    );
  });

  it('reads no abduction in a dialogue or a decision "hijacked"', () => {
    expect(subTypeIn('قال المحافظ إن جماعات مسلحة حاولت اختطاف الحوار الوطني في الموصل.')).toBeUndefined();
  });

  it('keeps a journalist or a bus taken as an abduction', () => {
    expect(subTypeIn('اختطف مسلحون مجهولون صحفيا من منزله في الموصل يوم الثلاثاء.')).toBe(
      'Abduction/forced disappearance',
    );
  });

  it('keeps people taken by a group whose name holds "the State" as an abduction', () => {
    // «الدولة» here is the captor's name, after the verb, not a figurative object of it.
    expect(subTypeIn('وقال شهود إن عشرات الرهائن اختطفهم تنظيم الدولة من قرية قرب الموصل.')).toBe(
      'Abduction/forced disappearance',
    );
  });

  it('reads no bomb and no chemical weapon in a kitchen gas canister that blew up', () => {
    expect(
      subTypeIn('A gas canister exploded in a restaurant kitchen in Mosul, injuring three cooks.'),
    ).toBeUndefined();
    expect(
      subTypeIn('انفجرت أسطوانة غاز في مطبخ مطعم في الموصل مما أدى إلى إصابة ثلاثة عمال.'),
    ).toBeUndefined();
  });

  it('keeps chlorine shells and a roadside bomb as attacks', () => {
    expect(
      subTypeIn('Militants fired chlorine gas shells at a village near Mosul, wounding twelve residents.'),
    ).toBe('Chemical weapon');
    expect(subTypeIn('A roadside bomb exploded near a restaurant in Mosul, injuring three cooks.')).toBe(
      'Remote explosive/landmine/IED',
    );
  });

  it('reads no arrest in a halt to work or a broadcast', () => {
    expect(subTypeIn('أمر المسلحون أصحاب المحلات في الموصل بإيقاف عمل المولدات الكهربائية.')).toBeUndefined();
    expect(subTypeIn('قررت السلطات إيقاف البث في إذاعة محلية بمدينة الموصل أمس.')).toBeUndefined();
  });

  it('keeps suspects held as an arrest', () => {
    expect(subTypeIn('تمكنت الشرطة من إيقاف أربعة مشتبه بهم في الموصل أمس.')).toBe('Arrests');
  });

  it('reads no new bombing in a device likened to one used in bombings before', () => {
    expect(subTypeIn('هدد رجل جيرانه بقنبلة شبيهة بتلك التي استخدمت في تفجيرات الموصل.')).toBeUndefined();
  });

  it('reads no arrest in one named as the aim of an effort', () => {
    expect(subTypeIn('وتتواصل الجهود لأجل اعتقال الفارين من السجن في الموصل.')).toBeUndefined();
    expect(subTypeIn('وتعمل الشرطة من أجل اعتقال الفارين من السجن في الموصل.')).toBeUndefined();
  });
});

describe('blows told as exposure or as what could happen', () => {
  it.each([
    [
      'a province most exposed to attacks',
      'وتعد محافظة الموصل الأكثر عرضة لهجمات الانتحاريات بين المحافظات.',
    ],
    [
      'air strikes that could hit the airports',
      'وقال المصدر إن ضربات جوية يمكن أن تستهدف مطارات الموصل إذا خرقت الهدنة.',
    ],
    [
      'campaigns of arrests and of killings',
      'وقالت الحركة إن حملات الاعتقال وحملات الاغتيال في الموصل ستفشل.',
    ],
    [
      'cases of rape and killing a report lists',
      'وقال التقرير إن الأدلة تثبت وقوع حالات اغتصاب وقتل في الموصل.',
    ],
  ])('tells no incident: %s', (_, text) => {
    expect(subTypeIn(text)).toBeUndefined();
  });

  it('keeps one campaign of arrests in a town on a day', () => {
    expect(subTypeIn('وشنت قوات الأمن حملة اعتقالات واسعة في الموصل يوم الثلاثاء طالت عشرين شابا.')).toBe(
      'Arrests',
    );
  });

  it('reads no incident in an act named as what threatens someone', () => {
    expect(subTypeIn('Renewed fighting threatens thousands of families trapped in Mosul.')).toBeUndefined();
    expect(subTypeIn('معارك جديدة تهدد آلاف العائلات المحاصرة في الموصل.')).toBeUndefined();
  });

  it('keeps an act that happened and then threatened people', () => {
    expect(subTypeIn('Gunmen clashed with police in Mosul and threatened the shopkeepers.')).toBe(
      'Armed clash',
    );
  });
});
