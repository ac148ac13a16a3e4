import { describe, expect, it } from 'vitest';
import { resolvedEvents } from '../../../test/support/resolved-events.js';
import type { FixtureSpec } from './fixture-document.js';
import { actorEntity, placeEntity } from './fixture-entities.js';

/** A town report: an incident, then a sentence with no incident of its own that gives a toll. */
function report(incident: string, after: string, injured: number): FixtureSpec {
  const text = `${incident} ${after}`;
  return {
    text,
    published: '2011-04-06',
    mentions: [['Rampur', placeEntity('Rampur', 'IN')]],
    quantities: [[after.split(' ')[0], { value: injured, qualifier: 'exact', role: 'injured' }]],
  };
}

describe('injuries told in the sentence after an incident', () => {
  it.each([
    [
      'a mob that police fired on',
      'Police fired 9 rounds to disperse a rioting mob in Rampur on Monday.',
      'Three people were hurt in the firing, an officer said.',
      3,
      3,
    ],
    [
      'a blast that hurt no one',
      'A small bomb exploded near the market in Rampur on Monday.',
      'None were hurt, the officer added.',
      0,
      0,
    ],
    [
      'police firing that hurt no one',
      'Police fired 9 rounds to disperse a rioting mob in Rampur on Monday.',
      'None were hurt in the firing, an officer said.',
      0,
      undefined,
    ],
  ])('are the toll of %s', (_, incident, after, injured, expected) => {
    const events = resolvedEvents(report(incident, after, injured));
    expect(events).toHaveLength(1);
    expect(events[0].injuries?.value).toBe(expected);
    // The sentence after is evidence only when it gives the toll.
    expect(events[0].evidence).toHaveLength(expected === undefined ? 1 : 2);
  });
});

describe('a sentence that says where the incident just told took place', () => {
  const lead = 'أحرق مستوطنون منزلا لعائلة في مدينة الخليل فجر اليوم.';
  const hebron = placeEntity('Hebron', 'PS');
  const zaytoun = placeEntity('Zaytoun', 'PS');

  it('names the village, not the city it lies near', () => {
    const doc: FixtureSpec = {
      text: `${lead} وقالت مصادر محلية إن الحادثة وقعت في قرية الزيتون قرب الخليل.`,
      published: '2019-02-02',
      mentions: [
        ['الخليل', hebron],
        ['الزيتون', zaytoun],
        ['الخليل', hebron, 2],
      ],
    };
    expect(resolvedEvents(doc).map((e) => e.location?.name)).toEqual(['Zaytoun']);
  });

  it('names a village the base does not know, not the town it is found by', () => {
    const doc: FixtureSpec = {
      text: 'A car bomb exploded near a police convoy. The incident took place in Karwan, a town north of Hebron.',
      published: '2019-02-02',
      mentions: [['Hebron', hebron]],
    };
    expect(resolvedEvents(doc).map((e) => e.location?.name)).toEqual(['Karwan']);
  });

  it('names the town the incident was near, not the one it is measured from', () => {
    const doc: FixtureSpec = {
      text: 'A roadside bomb exploded near a fuel truck. The incident took place near Karwan, ninety miles east of Hebron.',
      published: '2019-02-02',
      mentions: [
        ['Karwan', placeEntity('Karwan', 'PS')],
        ['Hebron', hebron],
      ],
    };
    expect(resolvedEvents(doc).map((e) => e.location?.name)).toEqual(['Karwan']);
  });

  it('names the town the incident is measured from when it names no other', () => {
    const doc: FixtureSpec = {
      text: 'A roadside bomb exploded near a fuel truck. The incident took place on a farm 40 miles west of Hebron.',
      published: '2019-02-02',
      mentions: [['Hebron', hebron]],
    };
    expect(resolvedEvents(doc).map((e) => e.location?.name)).toEqual(['Hebron']);
  });

  it('changes nothing when it tells no incident place', () => {
    const doc: FixtureSpec = {
      text: `${lead} وقالت مصادر محلية إن السكان في قرية الزيتون غاضبون.`,
      published: '2019-02-02',
      mentions: [
        ['الخليل', hebron],
        ['الزيتون', zaytoun],
      ],
    };
    expect(resolvedEvents(doc).map((e) => e.location?.name)).toEqual(['Hebron']);
  });
});

describe('a sentence in which "the group" claims the incident just told', () => {
  const front = actorEntity('Ruritanian Front', 'armed-group', 'RT');
  const army = actorEntity('Military Forces of Ruritania', 'state-forces', 'RT');
  const town = placeEntity('Ostrava Nova', 'RT');
  const claimed = (lead: string, after: string, perpetrator: typeof front, name: string) =>
    resolvedEvents({
      text: `${lead} ${after}`,
      published: '2019-02-02',
      mentions: [
        [name, perpetrator],
        ['Ostrava Nova', town],
      ],
    });

  it.each([
    ['The group claimed responsibility in a statement on its website.'],
    ['The attack was later claimed by the group.'],
  ])('makes the group named as its perpetrator the claimant: %s', (after) => {
    const lead = 'Ruritanian Front militants attacked a police post in Ostrava Nova, killing two officers.';
    const [e] = claimed(lead, after, front, 'Ruritanian Front');
    expect([e.actor1?.name, e.claimed_by?.name, e.evidence.length]).toEqual([
      'Ruritanian Front',
      'Ruritanian Front',
      2,
    ]);
  });

  it.each([['وأعلن التنظيم مسؤوليته في بيان.'], ['والتنظيم يتبني الهجوم في بيان.']])(
    'does so in Arabic: %s',
    (after) => {
      const lead = 'هاجم مسلحو الجبهة الروريتانية مركزا للشرطة في أوسترافا نوفا ما أدى إلى مقتل شرطيين.';
      const doc: FixtureSpec = {
        text: `${lead} ${after}`,
        published: '2019-02-02',
        mentions: [
          ['الجبهة الروريتانية', front],
          ['أوسترافا نوفا', town],
        ],
      };
      expect(resolvedEvents(doc)[0].claimed_by?.name).toBe('Ruritanian Front');
    },
  );

  it('claims nothing for forces, nor when the group denies it', () => {
    const raid = 'The Military Forces of Ruritania raided a farm in Ostrava Nova, killing two men.';
    const claim = 'The group claimed responsibility.';
    expect(claimed(raid, claim, army, 'Military Forces of Ruritania')[0].claimed_by).toBeNull();
    const lead = 'Ruritanian Front militants attacked a police post in Ostrava Nova, killing two officers.';
    const denial = 'The group denied any role.';
    expect(claimed(lead, denial, front, 'Ruritanian Front')[0].claimed_by).toBeNull();
  });
});

describe('a sentence that names the suicide bomber of the incident just told', () => {
  const town = placeEntity('Ostrava Nova', 'RT');
  const lead = 'أسفر الهجوم الإرهابي الذي استهدف مسجدا لقوات الأمن في أوسترافا نوفا عن مقتل 12 شرطيا.';
  const typed = (after: string) =>
    resolvedEvents({
      text: `${lead} ${after}`,
      published: '2019-02-02',
      mentions: [['أوسترافا نوفا', town]],
    })[0]?.sub_event_type?.value;

  it('makes it a suicide bombing', () => {
    expect(typed('وقال مسؤول إن الانتحاري استغل وقت الصلاة لدخول المسجد.')).toBe('Suicide bomb');
  });

  it('keeps the type the incident was told with when the bomber was stopped before he struck', () => {
    expect(typed('وتمكن الحراس من قتل الانتحاري عند البوابة.')).toBe('Armed clash');
  });
});

describe('a sentence that names the day of the incident just told, which named none', () => {
  const lead = 'قتل راكب وأصيب سائق في هجوم مسلح على شاحنة قرب مدينة ماردين.';
  const dateOf = (after: string, day: string) => {
    const events = resolvedEvents({
      text: `${lead} ${after}`,
      published: '2011-04-09',
      mentions: [['ماردين', placeEntity('ماردين', 'TR')]],
      times: [[day, { value: '2011-04-06', precision: 'day', reason: 'weekday before publication' }]],
    });
    expect(events).toHaveLength(1);
    return events[0].date?.value;
  };

  it('gives it that day', () => {
    const after = 'وقالت وكالة محلية إن الشاحنة تعرضت للهجوم المسلح قرب الجسر صباح الأربعاء.';
    expect(dateOf(after, 'صباح الأربعاء')).toBe('2011-04-06');
  });

  it('but not the day of a statement about it', () => {
    const after = 'وقالت الوكالة في بيان لها الأربعاء إن الشاحنة تعرضت للهجوم المسلح قرب الجسر.';
    expect(dateOf(after, 'الأربعاء')).not.toBe('2011-04-06');
  });
});
