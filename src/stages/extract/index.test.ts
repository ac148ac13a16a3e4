import { describe, expect, it } from 'vitest';
import type { Document } from '../../core/records.js';
import { createResolveStage } from '../resolve/index.js';
import { fixtureDocument } from './fixture-document.js';
import { actorEntity, demonymEntity, placeEntity } from './fixture-entities.js';
import { createExtractStage } from './index.js';

const extract = createExtractStage();
const resolve = createResolveStage();
const ctx = { referenceDate: null };

function eventsOf(doc: Document) {
  extract.run(doc, ctx);
  resolve.run(doc, ctx);
  return doc.events!;
}

describe('the extract stage', () => {
  it('types an Arabic shelling with its perpetrator, civilian target, place, date and tolls', () => {
    const doc = fixtureDocument({
      text: 'قتل 12 شخصا وأصيب 30 آخرون عندما قصفت جماعة الحوثي حيا سكنيا في مدينة تعز أمس.',
      published: '2020-03-02',
      mentions: [
        ['جماعة الحوثي', actorEntity('Houthi Movement')],
        ['تعز', placeEntity('Taiz', 'YE')],
      ],
      quantities: [
        ['12 شخصا', { value: 12, qualifier: 'exact', role: 'killed', noun: 'people' }],
        ['30', { value: 30, qualifier: 'exact', role: 'injured' }],
      ],
      times: [['أمس', { value: '2020-03-01', precision: 'day', reason: 'yesterday' }]],
    });
    extract.run(doc, ctx);
    expect(doc.events).toHaveLength(1);
    const [e] = doc.events!;
    expect(e.sub_event_type?.value).toBe('Shelling/artillery/missile attack');
    expect([e.actor1?.name, e.actor2?.name, e.location?.name]).toEqual([
      'Houthi Movement',
      'Civilians',
      'Taiz',
    ]);
    expect([e.fatalities?.value, e.injuries?.value, e.date?.value]).toEqual([12, 30, '2020-03-01']);
    expect(doc.text!.slice(...e.actor1!.spans[0])).toBe('جماعة الحوثي');
  });

  it('gathers an English air strike told over two sentences into one event with both as evidence', () => {
    const doc = fixtureDocument({
      text: 'Russian warplanes struck the town of Kafr Nabl on Tuesday, killing 10 civilians. The attack also wounded 20 people.',
      published: '2019-05-08',
      mentions: [
        ['Russian', demonymEntity('Russia', 'RU')],
        ['Kafr Nabl', placeEntity('Kafr Nabl', 'SY')],
      ],
      quantities: [
        ['10 civilians', { value: 10, qualifier: 'exact', role: 'killed', noun: 'civilians' }],
        ['20 people', { value: 20, qualifier: 'exact', role: 'injured', noun: 'people' }],
      ],
      times: [['Tuesday', { value: '2019-05-07', precision: 'day', reason: 'weekday' }]],
    });
    const events = eventsOf(doc);
    expect(events).toHaveLength(1);
    const [e] = events;
    expect(e.sub_event_type?.value).toBe('Air/drone strike');
    expect([e.actor1?.name, e.actor2?.name]).toEqual(['Military Forces of Russia', 'Civilians']);
    expect([e.fatalities?.value, e.injuries?.value, e.date?.value, e.timing?.value]).toEqual([
      10,
      20,
      '2019-05-07',
      'current',
    ]);
    expect(e.evidence).toEqual(doc.sentences!.map((s) => s.span));
    expect(e.id).toBe('e-c0ffee012345-1');
  });

  it.each([
    ['a threat', 'The militants threatened to attack the port of Aden next week.'],
    ['a warning', 'Officials warned of possible air strikes on Aden.'],
    ['a denial', 'The army denied shelling Aden.'],
    ['a whole war', 'The war in Yemen, which began in Aden, has displaced millions.'],
    ['a question', 'Did the rebels really expect nobody to attack Aden?'],
    ['a negated verb', 'The coalition did not strike Aden yesterday.'],
  ])('finds no event in %s', (_, text) => {
    const doc = fixtureDocument({ text, mentions: [['Aden', placeEntity('Aden', 'YE')]] });
    expect(eventsOf(doc)).toEqual([]);
  });

  it('makes one event per town when one clause lists the towns struck', () => {
    const doc = fixtureDocument({
      text: 'شنت طائرات التحالف غارات على مجزر وصرواح والجفينة اليوم.',
      mentions: [
        ['التحالف', actorEntity('Saudi-led Coalition', 'state-forces')],
        ['مجزر', placeEntity('Majzar', 'YE')],
        ['صرواح', placeEntity('Sirwah', 'YE')],
        ['الجفينة', placeEntity('Al Jufainah', 'YE')],
      ],
    });
    const events = eventsOf(doc);
    expect(events.map((e) => e.location?.name)).toEqual(['Majzar', 'Sirwah', 'Al Jufainah']);
    expect(new Set(events.map((e) => e.actor1?.name))).toEqual(new Set(['Saudi-led Coalition']));
    expect(new Set(events.map((e) => e.sub_event_type?.value))).toEqual(new Set(['Air/drone strike']));
  });

  it('keeps a comparison with an earlier attack as a historical event in the victims’ country', () => {
    const doc = fixtureDocument({
      text:
        'الهجوم الدموي على سوق في بغداد والذي نفذه تنظيم داعش أثار الرعب. ' +
        'وكانت أساليب التنظيم مشابهة لتلك التي استخدمتها جماعة بوكو حرام في هجومها على القرويين النيجيريين.',
      mentions: [
        ['بغداد', placeEntity('Baghdad', 'IQ')],
        ['تنظيم داعش', actorEntity('Islamic State')],
        ['جماعة بوكو حرام', actorEntity('Boko Haram')],
        ['النيجيريين', demonymEntity('Nigeria', 'NG')],
      ],
    });
    const events = eventsOf(doc);
    expect(events).toHaveLength(2);
    const [baghdad, earlier] = events;
    expect([
      baghdad.location?.name,
      baghdad.actor1?.name,
      baghdad.actor2?.name,
      baghdad.timing?.value,
    ]).toEqual(['Baghdad', 'Islamic State', 'Civilians', 'current']);
    expect(baghdad.sub_event_type?.value).toBe('Attack');
    expect([earlier.location?.country, earlier.actor1?.name, earlier.timing?.value]).toEqual([
      'NG',
      'Boko Haram',
      'historical',
    ]);
  });

  it('takes a claim of responsibility as claimed_by and as the perpetrator when none is named', () => {
    const doc = fixtureDocument({
      text: 'A car bomb exploded near a market in Kirkuk, killing 5 people. Islamic State claimed responsibility for the bombing.',
      mentions: [
        ['Kirkuk', placeEntity('Kirkuk', 'IQ')],
        ['Islamic State', actorEntity('Islamic State')],
      ],
      quantities: [['5 people', { value: 5, qualifier: 'exact', role: 'killed', noun: 'people' }]],
    });
    const events = eventsOf(doc);
    expect(events).toHaveLength(1);
    expect(events[0].sub_event_type?.value).toBe('Remote explosive/landmine/IED');
    expect([events[0].claimed_by?.name, events[0].actor1?.name, events[0].actor2?.name]).toEqual([
      'Islamic State',
      'Islamic State',
      'Civilians',
    ]);
  });

  it('leaves out an incident it cannot place when the article places its others', () => {
    const doc = fixtureDocument({
      text: 'A car bomb exploded in Kirkuk on Monday, killing 4 people. Bombings killed 90 people across Iraq last year.',
      published: '2020-06-02',
      mentions: [
        ['Kirkuk', placeEntity('Kirkuk', 'IQ')],
        ['Iraq', placeEntity('Iraq', 'IQ', 'country')],
      ],
      quantities: [
        ['4 people', { value: 4, qualifier: 'exact', role: 'killed', noun: 'people' }],
        ['90 people', { value: 90, qualifier: 'exact', role: 'killed', noun: 'people' }],
      ],
      times: [['Monday', { value: '2020-06-01', precision: 'day', reason: 'weekday' }]],
    });
    const events = eventsOf(doc);
    expect(events.map((e) => [e.location?.name, e.fatalities?.value])).toEqual([['Kirkuk', 4]]);
  });

  it('takes a landmark a distance puts the place away from as the area around that town', () => {
    const doc = fixtureDocument({
      text: 'A car bomb exploded at an army checkpoint 20 km south of Aleppo, killing 3 soldiers.',
      mentions: [['Aleppo', placeEntity('Aleppo', 'SY')]],
      quantities: [['3 soldiers', { value: 3, qualifier: 'exact', role: 'killed', noun: 'soldiers' }]],
    });
    const [e] = eventsOf(doc);
    expect([e.location?.name, e.location?.precision, e.sub_event_type?.value]).toEqual([
      'Aleppo',
      'district',
      'Remote explosive/landmine/IED',
    ]);
  });

  it('names police firing on protesters as excessive force against protesters', () => {
    const doc = fixtureDocument({
      text: 'Police opened fire on protesters in Basra, killing 3.',
      mentions: [['Basra', placeEntity('Basra', 'IQ')]],
      quantities: [['3', { value: 3, qualifier: 'exact', role: 'killed' }]],
    });
    const [e] = eventsOf(doc);
    expect(e.sub_event_type?.value).toBe('Excessive force against protesters');
    expect(e.actor1?.name).toBe('Police Forces of Iraq');
  });
});

describe('a burning that hurts people', () => {
  it.each([
    ['hurts its people: an attack on them', 4, 'Attack'],
    ['hurts no one: damage to property', null, 'Looting/property destruction'],
  ])('%s', (_, injured, expected) => {
    const text = injured
      ? 'أحرق مسلحون منزلا في قرية الزيتون ما أدى إلى إصابة 4 أشخاص.'
      : 'أحرق مسلحون منزلا في قرية الزيتون أمس.';
    const doc = fixtureDocument({
      text,
      published: '2019-02-02',
      mentions: [['الزيتون', placeEntity('Zaytoun', 'PS')]],
      quantities: injured ? [['4 أشخاص', { value: injured, qualifier: 'exact', role: 'injured' }]] : [],
    });
    expect(eventsOf(doc).map((e) => e.sub_event_type?.value)).toEqual([expected]);
  });
});

describe('the date of an incident told inside a reaction', () => {
  it.each([
    [
      'Arabic',
      'استنكرت الحكومة اليوم الهجوم الذي وقع يوم الاثنين في مدينة الرمادي، حيث فجر انتحاري نفسه وقتل 7 أشخاص.',
      ['اليوم', 'يوم الاثنين'],
      'الرمادي',
    ],
    [
      'English',
      'The government today condemned the attack, which took place on Monday in Ramadi, where a suicide bomber blew himself up and killed 7 people.',
      ['today', 'Monday'],
      'Ramadi',
    ],
  ])(
    'takes the day the %s text ties to the incident, not the day of the reaction',
    (_lang, text, [today, monday], town) => {
      const doc = fixtureDocument({
        text,
        published: '2021-03-10',
        mentions: [[town, placeEntity('Ramadi', 'IQ')]],
        quantities: [['7', { value: 7, qualifier: 'exact', role: 'killed' }]],
        times: [
          [today, { value: '2021-03-10', precision: 'day', reason: 'reference date + 0 days' }],
          [monday, { value: '2021-03-08', precision: 'day', reason: 'weekday' }],
        ],
      });
      const [e] = eventsOf(doc);
      expect([e.sub_event_type?.value, e.date?.value]).toEqual(['Suicide bomb', '2021-03-08']);
    },
  );
});

describe('acts told in the plural, nowhere and uncounted', () => {
  const russia = actorEntity('Military Forces of Russia', 'state-forces', 'RU');

  it('are a pattern of conduct, not an incident, even with a named side', () => {
    const doc = fixtureDocument({
      text: 'The company warned the Russian army about their continuing attacks against its staff.',
      mentions: [['Russian army', russia]],
    });
    expect(eventsOf(doc)).toEqual([]);
  });

  it('leave one act of the named side an incident', () => {
    const doc = fixtureDocument({
      text: 'The company said the Russian army had attacked its staff.',
      mentions: [['Russian army', russia]],
    });
    expect(eventsOf(doc)).toHaveLength(1);
  });
});

describe('a crowd the clause does not place', () => {
  it("is named by the article's country", () => {
    const doc = fixtureDocument({
      text: 'Vadodara was put under curfew on Friday. Protesters let the air out of bus tyres and pelted stones.',
      mentions: [['Vadodara', placeEntity('Vadodara', 'IN')]],
    });
    extract.run(doc, ctx);
    expect(doc.events!.map((e) => e.actor1?.name)).toEqual(['Rioters (India)']);
  });
});

describe('a weak mention the next sentence refers back to', () => {
  it('is confirmed by the definite reference and told from its own sentence', () => {
    const doc = fixtureDocument({
      text: 'A farmers credit union branch was hit with an explosive device overnight. The blast shattered its glass door.',
    });
    const events = eventsOf(doc);
    expect(events.map((e) => e.sub_event_type?.value)).toEqual(['Remote explosive/landmine/IED']);
    expect(doc.text!.slice(...events[0].evidence[0])).toContain('hit with an explosive device');
  });

  it('stays unsupported when the next sentence tells nothing', () => {
    const doc = fixtureDocument({
      text: 'A farmers credit union branch was hit with an explosive device overnight. Nobody has claimed it.',
    });
    expect(eventsOf(doc)).toEqual([]);
  });
});
