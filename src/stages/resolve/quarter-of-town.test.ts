import { describe, expect, it } from 'vitest';
import { placeRefOf } from '../../core/place-ref.js';
import type { Document, EventRecord, Mention } from '../../core/records.js';
import { placeEntity } from '../extract/fixture-entities.js';
import { townOfQuarter } from './quarter-of-town.js';

/** A mention of an invented town of Spain, where the text names it. */
function town(text: string, name: string): Mention {
  const start = text.indexOf(name);
  return { ...placeEntity(name, 'ES'), span: [start, start + name.length] };
}

/** The event's place after `townOfQuarter`, placed first at `at`: its name and the quarter kept. */
function placed(text: string, at: string, others: string[]): [string | undefined, string | undefined] {
  const quarter = town(text, at);
  const doc = { text, mentions: [quarter, ...others.map((name) => town(text, name))] } as Document;
  const event = { location: placeRefOf(quarter) } as unknown as EventRecord;
  townOfQuarter(event, doc);
  return [event.location?.name, event.location?.district?.name];
}

describe('townOfQuarter', () => {
  it('tells an incident placed at a suburb the text puts in a town at that town, the suburb kept', () => {
    const text = 'A group claimed the bombing of a car showroom in the Tirin suburb of Wadi Sarim.';
    expect(placed(text, 'Tirin', ['Wadi Sarim'])).toEqual(['Wadi Sarim', 'Tirin']);
    const area = 'Gunmen burned a bus in the Tirin area of western Wadi Sarim.';
    expect(placed(area, 'Tirin', ['Wadi Sarim'])).toEqual(['Wadi Sarim', 'Tirin']);
  });

  it('keeps a village, a town merely near another, and a district of a province', () => {
    const village = 'Gunmen burned a bus in the Tirin village of Wadi Sarim.';
    expect(placed(village, 'Tirin', ['Wadi Sarim'])).toEqual(['Tirin', undefined]);
    const near = 'Gunmen burned a bus in Tirin, near Wadi Sarim.';
    expect(placed(near, 'Tirin', ['Wadi Sarim'])).toEqual(['Tirin', undefined]);
    const province = 'Gunmen burned a bus in the Tirin district of Wadi Sarim Province.';
    expect(placed(province, 'Tirin', ['Wadi Sarim'])).toEqual(['Tirin', undefined]);
  });
});
