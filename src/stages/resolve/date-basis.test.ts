import { describe, expect, it } from 'vitest';
import type { Document, EventRecord } from '../../core/records.js';
import { resolveEvents } from './index.js';

const text = 'Gunmen killed two guards in Aden. Police said the attackers fled.';

function event(over: Partial<EventRecord>): EventRecord {
  return {
    id: '',
    event_type: { value: 'Violence against civilians', spans: [[7, 13]] },
    sub_event_type: { value: 'Attack', spans: [[7, 13]] },
    date: null,
    timing: null,
    location: {
      name: 'Aden',
      country: 'YE',
      lat: 12.8,
      lon: 45.0,
      precision: 'town',
      entity_id: 'place:ye:aden',
      spans: [[28, 32]],
    },
    actor1: null,
    actor2: null,
    claimed_by: null,
    fatalities: { value: 2, qualifier: 'exact', spans: [[14, 17]] },
    injuries: null,
    evidence: [[0, 33]],
    confidence: 0,
    ...over,
  };
}

function doc(events: EventRecord[], published: Document['published']): Document {
  return {
    source: 't.txt',
    text,
    content_hash: 'abcdef0123456789',
    sentences: [{ span: [0, 33] }, { span: [34, text.length] }],
    mentions: [],
    times: [],
    published,
    events,
    diagnostics: [],
  };
}

describe('an event the text does not date', () => {
  it('takes the publication date and says that is where it comes from', () => {
    const [resolved] = resolveEvents(doc([event({})], { value: '2015-08-04', spans: [], from: 'input' }), {
      referenceDate: null,
    });
    expect(resolved.date).toEqual({
      value: '2015-08-04',
      precision: 'day',
      spans: [],
      basis: 'publication date',
    });
  });

  it('says so when the only date is the day the article was fetched', () => {
    const fetched = { value: '2015-08-04', spans: [], from: 'retrieved' };
    const [resolved] = resolveEvents(doc([event({})], fetched), { referenceDate: null });
    expect([resolved.date?.value, resolved.date?.basis]).toEqual(['2015-08-04', 'retrieval date']);
  });

  it('drops a day after publication, which is to come, and takes the publication date instead', () => {
    const future = event({ date: { value: '2015-08-20', precision: 'day', spans: [[0, 5]] } });
    const [resolved] = resolveEvents(doc([future], { value: '2015-08-04', spans: [], from: 'input' }), {
      referenceDate: null,
    });
    expect([resolved.date?.value, resolved.date?.basis]).toEqual(['2015-08-04', 'publication date']);
  });

  it('stays undated when the article has no publication date either', () => {
    const [resolved] = resolveEvents(doc([event({})], null), { referenceDate: null });
    expect(resolved.date).toBeNull();
  });
});

describe('an undated event told after others', () => {
  // Four sentences: a dated strike on Duhok, a clash at Zakho, Duhok struck again, then Amadiya.
  const story =
    'Jets struck Duhok last night. Rebels fought in Zakho. Jets struck Duhok again. Jets hit Amadiya.';
  const sentence = (n: number): [number, number] => {
    const starts = [0, 30, 54, 79];
    return [starts[n], (starts[n + 1] ?? story.length + 1) - 1];
  };
  const at = (name: string, n: number, sub: 'Air/drone strike' | 'Armed clash', date: EventRecord['date']) =>
    event({
      event_type: {
        value: sub === 'Armed clash' ? 'Battles' : 'Explosions/Remote violence',
        spans: [sentence(n)],
      },
      sub_event_type: { value: sub, spans: [sentence(n)] },
      location: {
        name,
        country: 'IQ',
        lat: null,
        lon: null,
        precision: 'town',
        entity_id: `place:${name}`,
        spans: [sentence(n)],
      },
      fatalities: null,
      evidence: [sentence(n)],
      date,
    });

  it('takes the date of an incident first told earlier whose telling runs on to just before it', () => {
    const lastNight = {
      value: '2015-07-24',
      precision: 'day' as const,
      spans: [[18, 28]] as [number, number][],
    };
    const d: Document = {
      ...doc([], { value: '2015-07-25', spans: [], from: 'input' }),
      text: story,
      sentences: [0, 1, 2, 3].map((n) => ({ span: sentence(n) })),
      events: [
        at('Duhok', 0, 'Air/drone strike', lastNight),
        at('Zakho', 1, 'Armed clash', null),
        at('Duhok', 2, 'Air/drone strike', null),
        at('Amadiya', 3, 'Air/drone strike', null),
      ],
    };
    const resolved = resolveEvents(d, { referenceDate: null });
    expect(resolved.map((e) => `${e.location?.name} ${e.date?.value}`)).toEqual([
      'Duhok 2015-07-24',
      'Zakho 2015-07-24',
      'Amadiya 2015-07-24',
    ]);
  });
});

describe('a day carried from the incident told before', () => {
  const told =
    'Curfew was imposed in Borsad after one man was stabbed. In Anand, six houses were set ablaze. ' +
    'Tension had prevailed in Borsad since buses were stoned on Friday night.';
  const friday = told.indexOf('Friday night');
  const anand = told.indexOf('Anand');

  function article(): Document {
    const borsad = event({
      location: { ...event({}).location!, name: 'Borsad', entity_id: 'place:in:borsad', spans: [[22, 28]] },
      date: { value: '2002-03-22', precision: 'day', spans: [[friday, friday + 12]] },
      evidence: [
        [0, 55],
        [95, told.length],
      ],
    });
    const houses = event({
      sub_event_type: { value: 'Looting/property destruction', spans: [[anand + 26, anand + 32]] },
      event_type: { value: 'Strategic developments', spans: [[anand + 26, anand + 32]] },
      location: {
        ...event({}).location!,
        name: 'Anand',
        entity_id: 'place:in:anand',
        spans: [[anand, anand + 5]],
      },
      fatalities: null,
      evidence: [[56, 94]],
    });
    return {
      ...doc([borsad, houses], { value: '2002-03-24', spans: [], from: 'input' }),
      text: told,
      sentences: [{ span: [0, 55] }, { span: [56, 94] }, { span: [95, told.length] }],
    };
  }

  it('is not a day told only after the undated incident began', () => {
    const resolved = resolveEvents(article(), { referenceDate: null });
    const houses = resolved.find((e) => e.location?.name === 'Anand');
    expect(houses?.date?.value).toBe('2002-03-24');
  });
});
