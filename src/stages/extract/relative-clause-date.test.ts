import { describe, expect, it } from 'vitest';
import { resolvedEvents } from '../../../test/support/resolved-events.js';
import { fixtureDocument, type FixtureSpec } from './fixture-document.js';
import { placeEntity } from './fixture-entities.js';
import { createExtractStage } from './index.js';

const duhok = placeEntity('Duhok', 'IQ');
const day = (value: string) => ({ value, precision: 'day', reason: 'a day' }) as const;

function datesOf(spec: FixtureSpec) {
  return resolvedEvents(spec).map((e) => `${e.date?.value ?? null} ${e.timing?.value}`);
}

describe('an incident told in a relative clause', () => {
  it('is dated by the date inside its clause, opened before its verb, not by the day of a vow', () => {
    const doc: FixtureSpec = {
      text: 'The governor vowed yesterday to hunt down the gang that kidnapped dozens of farmers near Duhok on 3 May.',
      published: '2015-07-21',
      mentions: [['Duhok', duhok]],
      times: [
        ['yesterday', day('2015-07-20')],
        ['3 May', day('2015-05-03')],
      ],
    };
    expect(datesOf(doc)).toEqual(['2015-05-03 historical']);
  });

  it('is dated in Arabic by the date inside the clause opened on its noun, not by the day of a visit', () => {
    const doc: FixtureSpec = {
      text: 'زار الوزير دهوك أمس والتقى أسر ضحايا الهجوم الذي أدى إلى مقتل عشرة حراس في 3 مايو الماضي.',
      published: '2015-07-21',
      mentions: [['دهوك', duhok]],
      times: [
        ['أمس', day('2015-07-20')],
        ['3 مايو الماضي', day('2015-05-03')],
      ],
    };
    expect(datesOf(doc)).toEqual(['2015-05-03 historical']);
  });

  it('keeps the day the main clause gives when the relative clause dates nothing', () => {
    const doc: FixtureSpec = {
      text: 'The governor vowed yesterday to hunt down the gang that kidnapped dozens of farmers near Duhok.',
      published: '2015-07-21',
      mentions: [['Duhok', duhok]],
      times: [['yesterday', day('2015-07-20')]],
    };
    expect(datesOf(doc)).toEqual(['2015-07-20 current']);
  });
});

describe('a date that names a war', () => {
  const lastYear = { value: '2014', precision: 'year', reason: 'reference year − 1' } as const;

  it.each([
    ['قتل طفلان بانفجار قذيفة تركتها حرب العام الماضي قرب دهوك.', 'العام الماضي', 'دهوك'],
    ['Two boys were killed near Duhok when a shell left from the 2014 war exploded.', '2014', 'Duhok'],
  ])('dates the war, not the incident: %s', (text, words, town) => {
    const doc: FixtureSpec = {
      text,
      published: '2015-08-07',
      mentions: [[town, duhok]],
      times: [[words, lastYear]],
    };
    expect(datesOf(doc)).toEqual(['2015-08-07 current']);
  });

  it('still dates an incident told last year', () => {
    const doc: FixtureSpec = {
      text: 'Two boys were killed near Duhok last year when a shell exploded.',
      published: '2015-08-07',
      mentions: [['Duhok', duhok]],
      times: [['last year', lastYear]],
    };
    expect(datesOf(doc)).toEqual(['2014 historical']);
  });
});

describe('an act told of the one the main act caught', () => {
  const strelsau = placeEntity('Strelsau', 'RU');
  const monday = day('2031-04-07');
  const spec = (text: string, times: FixtureSpec['times']): FixtureSpec => ({
    text,
    published: '2031-04-09',
    mentions: [['Strelsau', strelsau]],
    times,
  });
  const datedTypes = (s: FixtureSpec) =>
    resolvedEvents(s).map((e) => `${e.sub_event_type?.value} ${e.date?.value ?? null}`);

  it('takes neither the day of the arrest that heads the sentence nor the publication day', () => {
    const text = 'On Monday police in Strelsau arrested a gunman who shot dead three fishermen.';
    expect(datedTypes(spec(text, [['Monday', monday]]))).toEqual(['Arrests 2031-04-07', 'Attack null']);
  });

  it('keeps the day its own clause tells', () => {
    const text = 'On Monday police in Strelsau arrested a gunman who shot dead three fishermen on 2 March.';
    const times: FixtureSpec['times'] = [
      ['Monday', monday],
      ['2 March', day('2031-03-02')],
    ];
    expect(datedTypes(spec(text, times))).toContain('Attack 2031-03-02');
  });

  it('is not dated by a day told with the object, in the main clause', () => {
    const doc = fixtureDocument(
      spec('Police in Strelsau detained a gunman on Monday who had shot dead three fishermen.', [
        ['Monday', monday],
      ]),
    );
    createExtractStage().run(doc, { referenceDate: null });
    const attack = doc.events!.find((e) => e.sub_event_type?.value === 'Attack');
    expect(attack?.date).toBeNull();
  });
});
