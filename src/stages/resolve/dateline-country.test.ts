import { describe, it, expect } from 'vitest';
import type { Document, EventRecord, Mention, PlaceRef } from '../../core/records.js';
import { datelineCountry, toDatelineCountry } from './dateline-country.js';

const mention = (name: string, start: number, country: string): Mention =>
  ({
    span: [start, start + name.length],
    entity_id: `country:${country}`,
    kind: 'country',
    name,
    via: 'name',
    score: 1,
    place: { country, lat: null, lon: null, precision: 'country' },
  }) as unknown as Mention;

const at = (text: string, name: string, country: string): PlaceRef => ({
  name,
  country,
  lat: null,
  lon: null,
  precision: 'country',
  entity_id: `country:${country}`,
  spans: [[text.indexOf(name), text.indexOf(name) + name.length]],
});

const event = (location: PlaceRef | null) => ({ location }) as unknown as EventRecord;

describe('datelineCountry', () => {
  it('finds a country in capitals that opens the text', () => {
    const doc = { text: 'GREECE.  A bomb went off.', mentions: [mention('GREECE', 0, 'GR')] } as Document;
    expect(datelineCountry(doc)?.place?.country).toBe('GR');
  });

  it('ignores a country named in ordinary words at the start', () => {
    const doc = { text: 'Greece said on Monday …', mentions: [mention('Greece', 0, 'GR')] } as Document;
    expect(datelineCountry(doc)).toBeNull();
  });
});

describe('toDatelineCountry', () => {
  const text = 'GREECE.  A bomb exploded at the U.S. embassy; later shells fell in Turkey.';
  const dateline = mention('GREECE', 0, 'GR');

  it('moves an event placed by an owner country to the dateline country', () => {
    const e = event(at(text, 'U.S.', 'US'));
    toDatelineCountry(e, dateline, text);
    expect(e.location?.country).toBe('GR');
  });

  it('keeps a country the clause places the incident in', () => {
    const e = event(at(text, 'Turkey', 'TR'));
    toDatelineCountry(e, dateline, text);
    expect(e.location?.country).toBe('TR');
  });
});
