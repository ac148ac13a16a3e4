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

  it('stays undated when the article has no publication date either', () => {
    const [resolved] = resolveEvents(doc([event({})], null), { referenceDate: null });
    expect(resolved.date).toBeNull();
  });
});
