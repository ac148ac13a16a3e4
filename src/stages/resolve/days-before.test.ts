import { describe, expect, it } from 'vitest';
import type { FixtureSpec } from '../extract/fixture-document.js';
import { actorEntity, placeEntity } from '../extract/fixture-entities.js';
import { resolvedEvents } from '../../../test/support/resolved-events.js';

const [ramadi, fallujah] = [placeEntity('Ramadi', 'IQ'), placeEntity('Fallujah', 'IQ')];

/** "place date" of each event the two stages make of the document. */
function datesOf(spec: FixtureSpec): string[] {
  return resolvedEvents({ published: '2015-07-26', ...spec }).map(
    (e) => `${e.location?.name} ${e.date?.value}`,
  );
}

/** An English report naming Ramadi and Fallujah and dated "on Saturday" (2015-07-25). */
function onSaturday(text: string): FixtureSpec {
  const saturday = { value: '2015-07-25', precision: 'day', reason: 'weekday' } as const;
  return {
    text,
    mentions: [
      ['Ramadi', ramadi],
      ['Fallujah', fallujah],
    ],
    times: [['on Saturday', saturday]],
  };
}

/** An Arabic report naming Ramadi and Fallujah, with no day of its own. */
function inArabic(text: string): FixtureSpec {
  return {
    text,
    mentions: [
      ['الرمادي', ramadi],
      ['الفلوجة', fallujah],
    ],
  };
}

describe('an incident told as what came days before another', () => {
  it('is dated that many days before the one told', () => {
    const text =
      'A car bomb killed five soldiers in Ramadi on Saturday, two days after a blast killed three in Fallujah.';
    expect(datesOf(onSaturday(text))).toEqual(['Ramadi 2015-07-25', 'Fallujah 2015-07-23']);
  });

  it.each([
    [
      'counts the day before an undated report in Arabic',
      'قتل خمسة جنود في انفجار في الرمادي، بعد يوم من مقتل ثلاثة من الشرطة في انفجار في الفلوجة.',
    ],
    [
      'reads «غداة» as the day after, and keeps the two incidents apart',
      'قتل جندي في هجوم على دورية في الرمادي غداة اشتباكات عنيفة في الفلوجة.',
    ],
  ])('%s', (_, text) => {
    expect(datesOf(inArabic(text))).toEqual(['Ramadi 2015-07-26', 'Fallujah 2015-07-25']);
  });

  it('counts the days a digit gives («بعد 3 أيام على»)', () => {
    const text =
      'قتل خمسة جنود في انفجار في الرمادي، بعد 3 أيام على مقتل ثلاثة من الشرطة في انفجار في الفلوجة.';
    expect(datesOf(inArabic(text))).toEqual(['Ramadi 2015-07-26', 'Fallujah 2015-07-23']);
  });

  it('dates an undated background clause told with the news', () => {
    const text =
      'The bodies of the three were found in Ramadi on Saturday, two days after gunmen kidnapped them in Fallujah.';
    expect(datesOf(onSaturday(text))).toContain('Fallujah 2015-07-23');
  });

  it('keeps an incident of one kind at one town apart from the one told the day after it', () => {
    const text = 'قتل جندي في هجوم على دورية في الرمادي غداة هجوم على حاجز في الرمادي.';
    const spec = {
      text,
      mentions: [
        ['الرمادي', ramadi, 1],
        ['الرمادي', ramadi, 2],
      ],
    } satisfies FixtureSpec;
    expect(datesOf(spec)).toEqual(['Ramadi 2015-07-26', 'Ramadi 2015-07-25']);
  });
});

describe('the day of an incident told a day or two before the news', () => {
  it('reaches back past the people it killed ("a day after scores of traders were killed")', () => {
    const text =
      'Rebels shelled a clinic in Ramadi on Saturday, one day after scores of traders were killed by air raids on Fallujah.';
    expect(datesOf(onSaturday(text))).toEqual(['Ramadi 2015-07-25', 'Fallujah 2015-07-24']);
  });

  it('reaches to the end of its clause ("a day after air strikes on a bus station … left 30 dead")', () => {
    const text =
      'Rockets killed four pupils in Ramadi on Saturday, a day after heavy air strikes on a busy bus station in the eastern suburbs of Fallujah left thirty travellers dead.';
    expect(datesOf(onSaturday(text))).toEqual(['Ramadi 2015-07-25', 'Fallujah 2015-07-24']);
  });

  it('comes before the incident told just before when its sentence only names that one again', () => {
    const text =
      'Jets bombed a clinic in Ramadi on Saturday, killing six nurses. The raid on the clinic comes two days after gunmen ambushed a convoy near Fallujah.';
    const events = resolvedEvents({ published: '2015-07-26', ...onSaturday(text) });
    expect(events.map((e) => `${e.location?.name} ${e.date?.value} ${e.timing?.value}`)).toEqual([
      'Ramadi 2015-07-25 current',
      'Fallujah 2015-07-23 current',
    ]);
  });
});

describe('an incident told after a sentence that ends "two days after …"', () => {
  it('keeps its own day: the phrase does not reach across a full stop', () => {
    const text =
      'Shelling killed six in Ramadi on Saturday, two days after the army declared the town freed. Clashes went on in Fallujah.';
    expect(datesOf(onSaturday(text))).toContainEqual(expect.stringMatching(/^Fallujah \d{4}-/));
    expect(datesOf(onSaturday(text))).not.toContain('Fallujah 2015-07-23');
  });

  it('comes before the incident told just before only when its own words say what came after', () => {
    const text =
      'قتل ستة ممرضين في غارة على عيادة في الرمادي. ويأتي ذلك بعد يومين من هجوم على قافلة قرب الفلوجة.';
    expect(datesOf(inArabic(text))).toEqual(['Ramadi 2015-07-26', 'Fallujah 2015-07-24']);
  });

  it('is not counted back from the incident before when what came after is not named again', () => {
    const text =
      'Gunmen shot dead two guards in Ramadi on Saturday. Reinforcements came a day after militants attacked a checkpoint near Fallujah.';
    expect(datesOf(onSaturday(text))).toContainEqual(expect.stringMatching(/^Fallujah \d{4}-/));
    expect(datesOf(onSaturday(text))).not.toContain('Fallujah 2015-07-24');
  });
});

describe('an incident told as what came weeks, months or some days before the news', () => {
  /** "place date timing actor1" of each event the two stages make of the document. */
  const told = (spec: FixtureSpec) =>
    resolvedEvents({ published: '2015-07-26', ...spec }).map(
      (e) => `${e.location?.name} ${e.date?.value} ${e.timing?.value} ${e.actor1?.name ?? '-'}`,
    );

  it.each([
    ['"a week after"', 'a week after', 'Fallujah 2015-07-18 current -'],
    ['"days after" (the month only)', 'days after', 'Fallujah 2015-07 current -'],
    ['"two months after" (historical)', 'two months after', 'Fallujah 2015-05 historical -'],
  ])('counts back %s from the news', (_, after, fallujah) => {
    const text = `A car bomb killed five soldiers in Ramadi on Saturday, ${after} a blast killed three in Fallujah.`;
    expect(told(onSaturday(text))).toEqual(['Ramadi 2015-07-25 current Military Forces of Iraq', fallujah]);
  });

  it.each([
    ['«بعد أسبوعين من»', 'بعد أسبوعين من', 'Fallujah 2015-07-12 current -'],
    ['«بعد أيام من» (the month only)', 'بعد أيام من', 'Fallujah 2015-07 current -'],
    ['«بعد ثلاثة أشهر على» (historical)', 'بعد ثلاثة أشهر على', 'Fallujah 2015-04 historical -'],
  ])('counts back %s from the news', (_, after, fallujah) => {
    const text = `قتل خمسة جنود في انفجار في الرمادي، ${after} مقتل ثلاثة من الشرطة في انفجار في الفلوجة.`;
    expect(told(inArabic(text))).toEqual(['Ramadi 2015-07-26 current -', fallujah]);
  });

  const turkey = actorEntity('Military Forces of Turkey', 'state-forces', 'TR');

  it.each([
    [
      'in English',
      onSaturday(
        'Turkish jets bombed a depot in Ramadi on Saturday, three days after a deadly suicide blast that targeted civilians in Fallujah.',
      ),
      'Turkish jets',
      ['Ramadi 2015-07-25', 'Fallujah 2015-07-22'],
    ],
    [
      'in Arabic',
      inArabic('قصف الجيش التركي مخزنا في الرمادي، بعد يومين من هجوم انتحاري دام واستهدف مدنيين في الفلوجة.'),
      'الجيش التركي',
      ['Ramadi 2015-07-26', 'Fallujah 2015-07-24'],
    ],
  ])(
    'does not take the doers of the news for its own (%s)',
    (_, spec: FixtureSpec, jets, [ramadi, fallujah]) => {
      const events = told({ ...spec, mentions: [...spec.mentions!, [jets, turkey]] });
      expect(events).toEqual([`${ramadi} current Military Forces of Turkey`, `${fallujah} current -`]);
    },
  );
});

describe('an incident recalled with no other incident to count from', () => {
  const told = (text: string) =>
    resolvedEvents({ published: '2015-07-26', text, mentions: [['Fallujah', fallujah]] }).map(
      (e) => `${e.date?.value} ${e.timing?.value}`,
    );

  it('counts back from the day of publication, and a recent one is current', () => {
    const text =
      'Aid has been reaching the camps for two days, four days after violence broke out in Fallujah.';
    expect(told(text)).toEqual(['2015-07-22 current']);
  });

  it('is not counted from the day of publication when its sentence tells of a year long past', () => {
    const text = 'In 1992, aid reached the camps four days after violence broke out in Fallujah.';
    const in1992 = { value: '1992', precision: 'year', reason: 'year' } as const;
    const events = resolvedEvents({
      published: '2015-07-26',
      text,
      mentions: [['Fallujah', fallujah]],
      times: [['1992', in1992]],
    });
    expect(events.map((e) => e.timing?.value)).toEqual(['historical']);
  });

  it('is history when the count reaches back a month or more', () => {
    const text = 'Aid is reaching the camps again, two years after violence broke out in Fallujah.';
    expect(told(text)).toEqual(['2013 historical']);
  });
});
