import { describe, expect, it } from 'vitest';
import { placeEntity } from '../extract/fixture-entities.js';
import type { FixtureSpec } from '../extract/fixture-document.js';
import { resolvedEvents } from '../../../test/support/resolved-events.js';
import { placeRefOf } from '../../core/place-ref.js';
import type { Document, EventRecord, Mention } from '../../core/records.js';
import { offDestination } from './destination.js';

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
