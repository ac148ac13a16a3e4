import { describe, expect, it } from 'vitest';
import type { FixtureSpec } from '../extract/fixture-document.js';
import { actorEntity, placeEntity } from '../extract/fixture-entities.js';
import { resolvedEvents } from '../../../test/support/resolved-events.js';

const [rampur, sitapur, kanpur] = ['Rampur', 'Sitapur', 'Kanpur'].map((town) => placeEntity(town, 'IN'));

/** "sub-type place date" of each event the two stages make of the document. */
function eventsOf(spec: FixtureSpec) {
  return resolvedEvents(spec).map((e) =>
    [e.sub_event_type?.value, e.location?.name, e.date?.value ?? 'undated'].join(' '),
  );
}

describe('the date an undated incident carries from its neighbours', () => {
  it('does not carry the day of an incident whose telling resumes only after it', () => {
    const spec = {
      text:
        'Police said that on 2 March gunmen shot dead three villagers in Rampur. ' +
        'In 2009 rioters burned a bus in Kanpur. ' +
        'A grenade exploded in Sitapur killing two people. ' +
        'The shooting left three dead, police said.',
      published: '2011-03-04',
      mentions: [
        ['Rampur', rampur],
        ['Sitapur', sitapur],
        ['Kanpur', kanpur],
      ],
      times: [
        ['on 2 March', { value: '2011-03-02', precision: 'day', reason: 'day and month' }],
        ['In 2009', { value: '2009', precision: 'year', reason: 'explicit year' }],
      ],
    } satisfies FixtureSpec;
    expect(eventsOf(spec)).toContain('Grenade Sitapur 2011-03-04');
  });
});

describe('an incident named by its town after "of"', () => {
  const told = (text: string) => eventsOf({ text, published: '2011-04-06', mentions: [['Rampur', rampur]] });

  it('stays undated, as a known reference', () => {
    expect(told('Families of victims of Rampur train carnage met the minister.')).toEqual([
      'Attack Rampur undated',
    ]);
  });

  it('is dated when a new phrase starts after the town', () => {
    expect(told('Rebels were driven out of Rampur the bombings have resumed at night.')[0]).toMatch(
      / 2011-04-06$/,
    );
  });

  it('is dated when a verb tells an act', () => {
    expect(told('An angry crowd of Rampur attacked a police post with stones.')[0]).toMatch(/ 2011-04-06$/);
  });
});

describe('an incident the text only recalls as known', () => {
  const told = (text: string) => eventsOf({ text, published: '2011-04-06', mentions: [['Rampur', rampur]] });

  it('stays undated when its first telling names it by its town and none counts its dead', () => {
    expect(
      told(
        'He condemned the Rampur carnage and the anger it caused. ' +
          'The massacre of pilgrims has shamed the state, he said.',
      ),
    ).toEqual(['Attack Rampur undated']);
  });

  it('stays undated when it is told only as what came before another act', () => {
    expect(
      told('Shortly after the attack on the pilgrims train in Rampur, the ministry cancelled all bookings.'),
    ).toEqual(['Attack Rampur undated']);
  });

  it('is dated when the recalled words open the clause that tells it', () => {
    expect(told('After the attack on the market in Rampur, gunmen fired at the crowd.')[0]).toMatch(
      / 2011-04-06$/,
    );
  });
});

describe('an undated incident in an opinion piece', () => {
  const column = (text: string, genre: 'news' | 'opinion', town = 'Rampur') =>
    eventsOf({ text, genre, published: '2011-03-04', mentions: [[town, rampur]] });

  it('takes no publication day: the column was written days after it', () => {
    const text =
      'The cowardly bombing of a crowded mosque in Rampur killed nine worshippers, and the nation must unite.';
    expect(column(text, 'opinion')).toEqual(['Remote explosive/landmine/IED Rampur undated']);
    expect(column(text, 'news')).toEqual(['Remote explosive/landmine/IED Rampur 2011-03-04']);
  });

  it('takes none in Arabic either', () => {
    const text = 'إن التفجير الجبان الذي استهدف مسجدا مزدحما في رامبور وقتل تسعة مصلين يجب أن يوحد الأمة.';
    expect(column(text, 'opinion', 'رامبور')).toEqual(['Remote explosive/landmine/IED Rampur undated']);
  });
});

describe('the day of the incident told just before', () => {
  const rebels = actorEntity('Rampur Rebels', 'armed-group', 'IN');
  const told = (text: string, day: string) =>
    eventsOf({
      text,
      published: '2011-04-06',
      mentions: [
        ['Rampur', rampur],
        ['Sitapur', sitapur],
        [text.startsWith('I') ? 'Insurgents' : 'insurgents', rebels],
      ],
      times: [[day, { value: '2011-04-03', precision: 'day', reason: 'day and month' }]],
    });

  it('is not carried when that incident is a past example', () => {
    expect(
      told(
        'The insurgents have shelled Rampur before, including on April 3, killing four. ' +
          'In Sitapur the insurgents also burned a police post.',
        'on April 3',
      ),
    ).toContain('Looting/property destruction Sitapur 2011-04-06');
  });

  it('is not carried from a clause that says the side did it previously', () => {
    expect(
      told(
        'The insurgents previously ambushed a patrol in Rampur on April 3, killing four. ' +
          'In Sitapur the insurgents also burned a police post.',
        'on April 3',
      ),
    ).toContain('Looting/property destruction Sitapur 2011-04-06');
  });

  it('is still carried past a previously unknown group', () => {
    expect(
      told(
        'A previously unknown group of insurgents ambushed a patrol in Rampur on April 3, killing four. ' +
          'In Sitapur the insurgents also burned a police post.',
        'on April 3',
      ),
    ).toContain('Looting/property destruction Sitapur 2011-04-03');
  });

  it('is carried to a further telling by the same side', () => {
    expect(
      told(
        'Insurgents ambushed a patrol in Rampur on April 3, killing four. ' +
          'In Sitapur the insurgents also burned a police post.',
        'on April 3',
      ),
    ).toContain('Looting/property destruction Sitapur 2011-04-03');
  });
});

describe('an incident told only as what someone reacted to', () => {
  const friday = { value: '2002-03-01', precision: 'day', reason: 'weekday' } as const;
  /** A report of Friday, published on Saturday, that names Rampur and Sitapur. */
  const fridayReport = (text: string) =>
    ({
      text,
      published: '2002-03-02',
      mentions: [
        ['Rampur', rampur],
        ['Sitapur', sitapur],
      ],
      times: [['On Friday', friday]],
    }) satisfies FixtureSpec;

  it('takes neither the day of the reaction nor the publication date', () => {
    const spec = fridayReport(
      'On Friday the minister said the marchers in Rampur had been misled. ' +
        'He also condemned the torching of a bus in Sitapur and the beating of its driver.',
    );
    expect(eventsOf(spec)).toEqual(['Looting/property destruction Sitapur undated']);
  });

  it('takes no day when several speakers react to it in turn', () => {
    const spec = {
      text:
        'kanpur: union leaders have condemned the attack on passengers aboard the express at sitapur and ' +
        'appealed for calm. a priest said his group deeply regretted the killings of pilgrims at sitapur ' +
        'railway station and asked for restraint.',
      published: '2002-03-02',
      mentions: [
        ['sitapur', sitapur],
        ['sitapur', sitapur, 2],
      ],
    } satisfies FixtureSpec;
    expect(eventsOf(spec).map((e) => e.split(' ').at(-1))).toEqual(['undated']);
  });

  it.each([
    'On Friday the leader spoke in Rampur. He said the anger was a natural reaction for the attack on pilgrims at Sitapur.',
    'On Friday the leader spoke in Rampur. He said the anger came in the wake of the massacre of pilgrims at Sitapur.',
  ])('takes no day when told as what a reaction answered: %s', (text) => {
    expect(eventsOf(fridayReport(text)).filter((e) => e.includes('Sitapur'))).toEqual([
      expect.stringMatching(/Sitapur undated$/),
    ]);
  });

  it('still takes the lead day when the article tells it as news', () => {
    const spec = {
      text: 'On Friday a mob torched a bus in Sitapur. The minister condemned the torching of the bus.',
      published: '2002-03-02',
      mentions: [['Sitapur', sitapur]],
      times: [['On Friday', friday]],
    } satisfies FixtureSpec;
    expect(eventsOf(spec).map((e) => e.split(' ').at(-1))).toEqual(['2002-03-01']);
  });
});

describe('an incident told after one dated "last month"', () => {
  it('takes the report day, not the month of the older incident told before it', () => {
    const spec = {
      text:
        'Last month a grenade exploded in Rampur, wounding two people. ' +
        'A bomb went off in Sitapur, wounding one person.',
      published: '2011-03-04',
      mentions: [
        ['Rampur', rampur],
        ['Sitapur', sitapur],
      ],
      times: [['Last month', { value: '2011-02', precision: 'month', reason: 'last month' }]],
    } satisfies FixtureSpec;
    expect(eventsOf(spec)).toEqual([
      'Grenade Rampur 2011-02',
      'Remote explosive/landmine/IED Sitapur 2011-03-04',
    ]);
  });
});
