import { describe, expect, it } from 'vitest';
import type { Document, EventRecord, Mention } from '../../core/records.js';
import { placeEntity } from '../extract/fixture-entities.js';
import { seatTownInCountry } from './seat-town.js';

/** The knowledge stage's reading of `written` in `text` as the seat of a body: the town `name` of `country`. */
const seatIn = (text: string, written: string, name: string, country = 'XS'): Mention => ({
  ...placeEntity(name, country),
  via: 'demonym',
  span: [text.indexOf(written), text.indexOf(written) + written.length],
});

/** The place of an event placed only in the country XS, after seatTownInCountry. */
function placeOf(text: string, written: string, name = written, country = 'XS'): string | undefined {
  const doc = { text, mentions: [seatIn(text, written, name, country)] } as unknown as Document;
  const location = {
    name: 'Sylvania',
    country: 'XS',
    precision: 'country',
    entity_id: 'country:XS',
    spans: [],
  };
  const event = { location, evidence: [[0, text.length]] } as unknown as EventRecord;
  seatTownInCountry(event, doc);
  return event.location?.name;
}

describe('seatTownInCountry', () => {
  it('places an unplaced incident at the town a body it struck is named for', () => {
    expect(placeOf('Arsonists burnt two coaches of the Rampur Transport Company overnight.', 'Rampur')).toBe(
      'Rampur',
    );
    expect(placeOf('A clerk of the Rampur tax office was shot outside his flat.', 'Rampur')).toBe('Rampur');
  });

  it('keeps the country for a capital standing for its state, a football club or a family name', () => {
    expect(placeOf('Gunmen killed an envoy of the Rampur government at dawn.', 'Rampur')).toBe('Sylvania');
    expect(placeOf('Two men wearing Rampur United shirts were stabbed.', 'Rampur')).toBe('Sylvania');
    expect(placeOf('A Rampur-backed militia raided a farm.', 'Rampur')).toBe('Sylvania');
    expect(placeOf('Police shot dead Abu Saleh al-Rampuri near a farm.', 'Rampuri', 'Rampur')).toBe(
      'Sylvania',
    );
  });

  it('keeps the country for a town of another country', () => {
    expect(placeOf('A branch of the Lakhpur Trade Bank was bombed.', 'Lakhpur', 'Lakhpur', 'XW')).toBe(
      'Sylvania',
    );
  });
});
