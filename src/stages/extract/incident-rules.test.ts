import { describe, expect, it } from 'vitest';
import { resolvedEvents } from '../../../test/support/resolved-events.js';
import { fixtureDocument, type FixtureSpec } from './fixture-document.js';
import { actorEntity, placeEntity } from './fixture-entities.js';
import { createExtractStage } from './index.js';

const extract = createExtractStage();

function eventsOf(spec: FixtureSpec) {
  return resolvedEvents(spec).map((e) => ({
    type: e.sub_event_type?.value,
    place: e.location?.name ?? null,
    killed: e.fatalities?.value ?? null,
    injured: e.injuries?.value ?? null,
  }));
}

describe('general incident rules of the event layer', () => {
  it('reads a raid told with an arrest as the arrest operation, not an air strike', () => {
    const doc: FixtureSpec = {
      text: 'Police detained three suspected smugglers of arms in a raid in the town of Tikrit on Monday.',
      mentions: [['Tikrit', placeEntity('Tikrit', 'IQ')]],
    };
    expect(eventsOf(doc)).toEqual([{ type: 'Arrests', place: 'Tikrit', killed: null, injured: null }]);
  });

  it('adds up the dead counted per side as some of each ("18 من مسلحي الحوثي وأربعة من عناصر المقاومة")', () => {
    const doc: FixtureSpec = {
      text: 'قتل 18 من مسلحي الحوثي وأربعة من عناصر المقاومة في اشتباكات في تعز أمس.',
      mentions: [['تعز', placeEntity('Taiz', 'YE')]],
      quantities: [
        ['18', { value: 18, qualifier: 'exact', role: 'killed' }],
        ['وأربعة', { value: 4, qualifier: 'exact' }],
      ],
    };
    expect(eventsOf(doc)).toEqual([{ type: 'Armed clash', place: 'Taiz', killed: 22, injured: null }]);
  });

  it('adds up the dead counted per side with their noun between ("23 مسلحا من داعش و9 من البيشمركة")', () => {
    const doc: FixtureSpec = {
      text: 'قتل 23 مسلحا من داعش و9 من قوات البيشمركة في اشتباكات قرب سنجار أمس.',
      mentions: [['سنجار', placeEntity('Sinjar', 'IQ')]],
      quantities: [
        ['23', { value: 23, qualifier: 'exact', role: 'killed' }],
        ['و9', { value: 9, qualifier: 'exact' }],
      ],
    };
    expect(eventsOf(doc)).toEqual([{ type: 'Armed clash', place: 'Sinjar', killed: 32, injured: null }]);
  });

  it('reads a protest that turned violent as one violent demonstration', () => {
    const doc: FixtureSpec = {
      text: 'واتخذت المظاهرات في القاهرة طابعا عنيفا أمس.',
      mentions: [['القاهرة', placeEntity('Cairo', 'EG')]],
    };
    expect(eventsOf(doc)).toEqual([
      { type: 'Violent demonstration', place: 'Cairo', killed: null, injured: null },
    ]);
  });

  it("gives a truce no toll from its clause: the dead are the war's", () => {
    const doc: FixtureSpec = {
      text: 'والحرب في دونيتسك حصدت أكثر من 4100 قتيل خلال عامين، حيث اتفق الطرفان على هدنة في الربيع.',
      mentions: [['دونيتسك', placeEntity('Donetsk', 'UA')]],
      quantities: [['4100', { value: 4100, qualifier: 'at_least', role: 'killed' }]],
    };
    expect(eventsOf(doc)).toEqual([{ type: 'Agreement', place: 'Donetsk', killed: null, injured: null }]);
  });

  it('keeps no zero injury count for a peaceful march', () => {
    const doc: FixtureSpec = {
      text: 'تظاهر مئات الطلاب في مدينة قابس للمطالبة بتحسين النقل، ولم تسجل أي إصابات.',
      mentions: [['قابس', placeEntity('Gabes', 'TN')]],
      quantities: [['أي إصابات', { value: 0, qualifier: 'exact', role: 'injured' }]],
    };
    expect(eventsOf(doc)).toEqual([
      { type: 'Peaceful protest', place: 'Gabes', killed: null, injured: null },
    ]);
  });

  it('gives one event per town of a list, past a landmark named inside the list', () => {
    const doc: FixtureSpec = {
      text: 'وطال القصف الجوي قرى كانيماسي وبامرني شمال العمادية وسرسنك قرب الحدود.',
      mentions: [
        ['كانيماسي', placeEntity('Kani Masi', 'IQ')],
        ['بامرني', placeEntity('Bamarni', 'IQ')],
        ['العمادية', placeEntity('Amadiya', 'IQ')],
        ['سرسنك', placeEntity('Sarsing', 'IQ')],
      ],
    };
    expect(eventsOf(doc).map((e) => e.place)).toEqual(['Kani Masi', 'Bamarni', 'Sarsing']);
  });

  it('places the incident in the town a province is named after, not in the province', () => {
    const doc: FixtureSpec = {
      text: 'تعرض حاجز عسكري بناحية نوى بمحافظة درعا لقذائف هاون.',
      mentions: [
        ['نوى', placeEntity('Nawa', 'SY')],
        ['محافظة درعا', placeEntity('Daraa', 'SY', 'region')],
      ],
    };
    expect(eventsOf(doc)[0].place).toBe('Nawa');
  });

  it('adds up the tolls each side is given in one clause, but not a part of the toll', () => {
    const sides: FixtureSpec = {
      text: 'An air strike on the village of Kafr Zita killed four fighters from one faction and two fighters from another.',
      mentions: [['Kafr Zita', placeEntity('Kafr Zita', 'SY')]],
      quantities: [
        ['four fighters', { value: 4, qualifier: 'exact', role: 'killed', noun: 'fighters' }],
        ['two fighters', { value: 2, qualifier: 'exact', noun: 'fighters' }],
      ],
    };
    expect(eventsOf(sides)[0].killed).toBe(6);
    const part: FixtureSpec = {
      text: 'An air strike on the village of Kafr Zita killed six fighters, including two fighters from another faction.',
      mentions: [['Kafr Zita', placeEntity('Kafr Zita', 'SY')]],
      quantities: [
        ['six fighters', { value: 6, qualifier: 'exact', role: 'killed', noun: 'fighters' }],
        ['two fighters', { value: 2, qualifier: 'exact', noun: 'fighters' }],
      ],
    };
    expect(eventsOf(part)[0].killed).toBe(6);
  });

  it('types an attack by the weapon it was made with, not by the aircraft it targeted', () => {
    const doc: FixtureSpec = {
      text: 'قتل جندي في هجوم بقاذفة صواريخ استهدف طوافة عسكرية في بلدة جزرة.',
      mentions: [['جزرة', placeEntity('Cizre', 'TR')]],
      quantities: [['جندي', { value: 1, qualifier: 'exact', role: 'killed', noun: 'soldier' }]],
    };
    expect(eventsOf(doc)[0].type).toBe('Shelling/artillery/missile attack');
  });

  it('reads ground taken by a pro-government militia as ground the government regains', () => {
    const doc: FixtureSpec = {
      text: 'وأعلنت المقاومة الشعبية السيطرة على مديرية الشعيب.',
      mentions: [['مديرية الشعيب', placeEntity('Al Shuayb', 'YE')]],
    };
    expect(eventsOf(doc).map((e) => e.type)).toEqual(['Government regains territory']);
  });

  it('prefers the body\'s "town of X" to the city its headline names for the same strike', () => {
    const doc: FixtureSpec = {
      text:
        'Three Killed by Air Strikes on Rural Idlib.\n' +
        'Air strikes hit a bakery in the town of Saraqib on Sunday, the monitor said.',
      mentions: [
        ['Idlib', placeEntity('Idlib', 'SY')],
        ['Saraqib', placeEntity('Saraqib', 'SY')],
      ],
      quantities: [['Three', { value: 3, qualifier: 'exact', role: 'killed' }]],
    };
    expect(eventsOf(doc)).toEqual([{ type: 'Air/drone strike', place: 'Saraqib', killed: 3, injured: null }]);
  });

  it('does not read a noun after أنّ as a verb to come', () => {
    const doc: FixtureSpec = {
      text: 'وأفاد مسؤول أن تبادلا لإطلاق النار جرى في منطقة خان آباد مساء أمس.',
      mentions: [['خان آباد', placeEntity('Khan Abad', 'AF')]],
    };
    expect(eventsOf(doc).map((e) => e.type)).toEqual(['Armed clash']);
  });

  it('types a definite "the bombing" by the aircraft its sentence named before it', () => {
    const doc = fixtureDocument({
      text: 'شنت طائرات حربية غارات عنيفة على مواقع المسلحين في المنطقة الجبلية الوعرة منذ ساعات الصباح، وطال القصف بلدة تل حميس.',
      mentions: [
        ['تل حميس', placeEntity('Tal Hamis', 'SY')],
        ['المسلحين', actorEntity('Opposition Rebels (Syria)')],
      ],
    });
    extract.run(doc, { referenceDate: null });
    const bombing = doc.events!.find((e) => e.location?.name === 'Tal Hamis');
    expect(bombing?.sub_event_type?.value).toBe('Air/drone strike');
  });

  it('gives a place that names an incident before its trigger no later list of towns', () => {
    const doc: FixtureSpec = {
      text: 'A shutdown called over the Kathua killings drew a mixed response in Jammu and Srinagar on Friday.',
      mentions: [
        ['Kathua', placeEntity('Kathua', 'IN')],
        ['Jammu', placeEntity('Jammu', 'IN')],
        ['Srinagar', placeEntity('Srinagar', 'IN')],
      ],
    };
    const attacks = eventsOf(doc).filter((e) => e.type === 'Attack');
    expect(attacks.map((e) => e.place)).toEqual(['Kathua']);
  });

  it("places a crowd the clause leaves unplaced in the town of the report's dateline", () => {
    const doc: FixtureSpec = {
      text: 'srinagar: youths pelted stones at passing buses in two markets on friday.',
      mentions: [['srinagar', placeEntity('Srinagar', 'IN')]],
    };
    expect(eventsOf(doc)).toEqual([
      { type: 'Violent demonstration', place: 'Srinagar', killed: null, injured: null },
    ]);
  });
});
