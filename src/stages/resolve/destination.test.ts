import { describe, expect, it } from 'vitest';
import { placeEntity } from '../extract/fixture-entities.js';
import type { FixtureSpec } from '../extract/fixture-document.js';
import { resolvedEvents } from '../../../test/support/resolved-events.js';
import { placeRefOf } from '../../core/place-ref.js';
import type { Document, EventRecord, Mention } from '../../core/records.js';
import { offDestination, placeAtDeparture } from './destination.js';

const towns: NonNullable<FixtureSpec['mentions']> = [
  ['Lakhpur', placeEntity('Lakhpur', 'IN')],
  ['Rampur', placeEntity('Rampur', 'IN')],
  ['Sitapur', placeEntity('Sitapur', 'IN')],
  ['Velmora', placeEntity('Velmora', 'SV')],
];
const placeOf = (text: string) =>
  resolvedEvents({ text, mentions: towns.filter(([name]) => text.includes(name)) })[0]?.location?.name;

describe('an incident placed where its victims were going', () => {
  it('is placed in the town its sentence puts the scene in', () => {
    const text =
      'Gunmen fired on pilgrims travelling to Lakhpur in a western neighbourhood of Rampur, wounding four.';
    expect(placeOf(text)).toBe('Rampur');
  });

  it('is placed in the town a train was passing through', () => {
    expect(placeOf('Rebels fired on a train travelling for Lakhpur as it passed through Sitapur.')).toBe(
      'Sitapur',
    );
  });

  it('is placed in the country the article places things in, when no town is the scene', () => {
    const text =
      'Rebels bombed a pipeline carrying crude to the port of Velmora. Pipelines in Freedonia are often hit.';
    const events = resolvedEvents({
      text,
      mentions: [
        ['Velmora', placeEntity('Velmora', 'SV')],
        ['Freedonia', placeEntity('Freedonia', 'FD', 'country')],
      ],
    });
    expect(events[0]?.location?.country).toBe('FD');
  });

  it('keeps the destination when the text names no other scene', () => {
    expect(placeOf('Gunmen ambushed a truck driving to Lakhpur, killing its driver.')).toBe('Lakhpur');
  });
});

describe('offDestination', () => {
  it('keeps the destination over a town abroad that another sentence of the incident names', () => {
    const text =
      'A gunman fired on a car driving to Lakhpur. The attack was claimed by the group in Velmora.';
    const at = (name: string, country: string): Mention => ({
      ...placeEntity(name, country),
      span: [text.indexOf(name), text.indexOf(name) + name.length],
    });
    const [lakhpur, velmora] = [at('Lakhpur', 'IN'), at('Velmora', 'SV')];
    const stop = text.indexOf('.') + 1;
    const doc = {
      text,
      mentions: [lakhpur, velmora],
      sentences: [{ span: [0, stop] }, { span: [stop + 1, text.length] }],
    } as unknown as Document;
    const event = { location: placeRefOf(lakhpur), evidence: [[0, text.length]] } as unknown as EventRecord;
    offDestination(event, doc);
    expect(event.location?.name).toBe('Lakhpur');
  });
});

describe('placeAtDeparture', () => {
  /** The place of the event the first sentence tells, placed at `first`, after placeAtDeparture. */
  const departureOf = (text: string, first: string, trigger: string): string | undefined => {
    const at = (name: string): Mention => ({
      ...placeEntity(name, 'IN'),
      span: [text.indexOf(name), text.indexOf(name) + name.length],
    });
    const mentions = ['Lakhpur', 'Rampur', 'Sitapur'].filter((n) => text.includes(n)).map(at);
    const sentences = [...text.matchAll(/[^.]+\./g)].map((s) => ({ span: [s.index, s.index + s[0].length] }));
    const doc = { text, mentions, sentences } as unknown as Document;
    const start = text.indexOf(trigger);
    const event = {
      location: placeRefOf(mentions.find((m) => m.name === first)!),
      evidence: [sentences[0].span],
      event_type: { value: 'Violence against civilians', spans: [[start, start + trigger.length]] },
    } as unknown as EventRecord;
    placeAtDeparture(event, doc);
    return event.location?.name;
  };

  it('places a hijacking at the town the flight left, told in the sentence after', () => {
    const text =
      'Two gunmen hijacked a jet over Sitapur. The airliner had been flying from Lakhpur to Rampur. Both surrendered.';
    expect(departureOf(text, 'Sitapur', 'hijacked')).toBe('Lakhpur');
  });

  it('keeps the place of another act, or of a flight whose departure is not told', () => {
    const bus = 'Gunmen attacked a bus near Sitapur. It had been driving from Lakhpur to Rampur.';
    expect(departureOf(bus, 'Sitapur', 'attacked')).toBe('Sitapur');
    const bound = 'Two gunmen hijacked a jet over Sitapur. The jet was bound for Rampur.';
    expect(departureOf(bound, 'Sitapur', 'hijacked')).toBe('Sitapur');
  });
});
