import { describe, expect, it } from 'vitest';
import { fixtureDocument } from './fixture-document.js';
import { actorEntity, placeEntity } from './fixture-entities.js';
import { createExtractStage } from './index.js';

const extract = createExtractStage();
const police = actorEntity('Police Forces of Jordan', 'state-forces', 'JO');

/** The sub-types of the events a one-sentence text yields. */
function subTypes(text: string): (string | undefined)[] {
  const doc = fixtureDocument({ text, mentions: [['الشرطة', police]] });
  extract.run(doc, { referenceDate: null });
  return (doc.events ?? []).map((e) => e.sub_event_type?.value);
}

describe('a detention noun that reports no arrest', () => {
  it.each([
    [
      'the aim of an act, after the lam of purpose',
      'أرسلت الشرطة دورية كبيرة إلى الحي لاعتقاله مساء الخميس.',
    ],
    [
      'the aim of a policy, the noun bearing its object',
      'تنقل الشرطة المهاجرين إلى جزر نائية لاحتجازهم لشهور.',
    ],
    ['the place of custody', 'قال محامي الموقوف إن الشرطة نقلته من مكان احتجازه إلى المستشفى.'],
    ['the term of custody', 'طالبت الأسرة الشرطة بتقليص مدة توقيفه قبل المحاكمة.'],
    ['a warrant', 'أصدر القاضي أوامر اعتقال بحق ثلاثة تجار تطلبهم الشرطة.'],
  ])('%s', (_, text) => {
    expect(subTypes(text)).toEqual([]);
  });
});

describe('kept: a detention noun that reports an arrest', () => {
  it.each([
    ['the plain noun of the act', 'أعلنت الشرطة اعتقال خمسة مهربين في ضواحي المدينة.'],
    ['a lam-noun completing "was subjected to"', 'تعرض الصحفي للاعتقال على يد الشرطة أمس.'],
    [
      'a lam-noun completing "was subjected to" past a long subject',
      'تعرض مدير مكتب الصحيفة في العاصمة مساء الاثنين، للاعتقال على يد الشرطة.',
    ],
    ['a lam-noun completing "led to"', 'نفذت الشرطة مداهمة في القرية أدت لاعتقال أربعة مطلوبين.'],
  ])('%s', (_, text) => {
    expect(subTypes(text)).toEqual(['Arrests']);
  });
});

/** Each event a one-sentence text yields, as its sub-type and the place it was given. */
function typedPlaces(text: string, town: string): string[] {
  const actor = text.includes('Police') ? 'Police' : 'الشرطة';
  const doc = fixtureDocument({
    text,
    mentions: [
      [actor, police],
      [town, placeEntity(town, 'JO')],
    ],
  });
  extract.run(doc, { referenceDate: null });
  return (doc.events ?? []).map((e) => `${e.sub_event_type?.value} @ ${e.location?.name}`);
}

describe("the act the arrested are held for is no new incident: its place is the arrest's", () => {
  it.each([
    [
      'detained in connection with it',
      'Police in the valley detained two brothers in connection with the blast at Qarnet Sabil.',
    ],
    ['detained over it', 'Police detained three herders over the shooting of a guard in Qarnet Sabil.'],
    ['a suspect in it, known by its day', "Police arrested a suspect in Tuesday's ambush near Qarnet Sabil."],
    ['held for their role in it', 'Police detained four youths for their role in the riot in Qarnet Sabil.'],
    ['an indefinite Arabic suspect', 'اعتقلت الشرطة خمسة مشتبه بهم في تفجير قرب قرنة السبيل.'],
    [
      'held on the grounds of it (على خلفية)',
      'اعتقلت الشرطة ثلاثة شبان على خلفية الهجوم على حاجز في قرنة السبيل.',
    ],
    [
      'suspected of involvement, the pronoun on the noun',
      'اعتقلت الشرطة رجلين للاشتباه بتورطهما في اغتيال قاض في قرنة السبيل.',
    ],
  ])('%s', (_, text) => {
    const town = /[a-z]/i.test(text) ? 'Qarnet Sabil' : 'قرنة السبيل';
    expect(typedPlaces(text, town)).toEqual([`Arrests @ ${town}`]);
  });

  it('keeps a blast told as news beside the arrest, with its toll and its day', () => {
    const text = 'Police arrested two men after a bomb killed five people in Qarnet Sabil on Sunday.';
    expect(typedPlaces(text, 'Qarnet Sabil')).toContain('Remote explosive/landmine/IED @ Qarnet Sabil');
  });
});
