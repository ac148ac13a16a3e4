import { describe, expect, it } from 'vitest';
import type { Document, EventRecord } from '../../core/records.js';
import type { SubEventType } from '../../core/taxonomy.js';
import { eventRecord, place } from './placed-fixture.js';
import type { Placed } from './placed.js';
import { toldIncidents } from './told-incidents.js';

/** Each sentence of `text` told as one incident of the given sub-type, with the fields given. */
function tellings(text: string, told: [sentence: string, SubEventType, Partial<EventRecord>][]): Placed[] {
  return told.map(([words, sub, extra], i) => {
    const at = text.indexOf(words);
    const span: [number, number] = [at, at + words.length];
    return { event: eventRecord(sub, span, span, extra), first: i, last: i, anaphoric: false };
  });
}

const docOf = (text: string): Document => ({ source: 't', text, diagnostics: [] });
const count = (value: number, text: string, words: string) => {
  const at = text.indexOf(words);
  return { value, qualifier: 'exact' as const, spans: [[at, at + words.length] as [number, number]] };
};

describe('the incidents an article tells as news', () => {
  it('leave out a reference that points at nothing, and unplaced asides beside a placed incident', () => {
    const text =
      'Rebels killed three soldiers in Dunmere. The attack was condemned. ' +
      'Police arrested ten suspects. Separately, a grenade wounded a boy.';
    const items = tellings(text, [
      [
        'Rebels killed three soldiers in Dunmere.',
        'Attack',
        {
          location: place('Dunmere'),
          fatalities: count(3, text, 'three'),
        },
      ],
      ['The attack was condemned.', 'Attack', {}],
      [
        'Police arrested ten suspects.',
        'Arrests',
        { actor1: { name: 'Police of Dunmere', entity_id: 'actor:dunmere-police', spans: [] } },
      ],
      ['Separately, a grenade wounded a boy.', 'Grenade', { injuries: count(1, text, 'a boy') }],
    ]);
    const { told, towned } = toldIncidents(items, docOf(text), false);
    expect(told.map((item) => item.event.sub_event_type?.value)).toEqual(['Attack', 'Arrests']);
    expect(towned).toEqual([items[0]]);
  });

  it('leave out background the article tells again as news of the same kind', () => {
    const text = 'Years ago the Kestrel Front attacked a bus. On Monday gunmen killed five travellers.';
    const kestrel = { name: 'Kestrel Front', entity_id: 'actor:kestrel-front', spans: [] };
    const items = tellings(text, [
      [
        'Years ago the Kestrel Front attacked a bus.',
        'Attack',
        {
          actor1: kestrel,
          timing: { value: 'historical', spans: [] },
        },
      ],
      ['On Monday gunmen killed five travellers.', 'Attack', { fatalities: count(5, text, 'five') }],
    ]);
    expect(toldIncidents(items, docOf(text), false).told).toEqual([items[1]]);
  });
});
