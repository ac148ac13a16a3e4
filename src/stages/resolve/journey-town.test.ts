import { describe, expect, it } from 'vitest';
import { townMention } from '../../core/mention-fixture.js';
import type { Document, EventRecord } from '../../core/records.js';
import { placesOf } from '../../../test/support/places-of.js';
import { placeEntity } from '../extract/fixture-entities.js';
import { placeAtJourneyEnd } from './journey-town.js';

/** The place `placeAtJourneyEnd` gives an event told by the whole text and left at country XX. */
function journeyPlace(text: string, ...towns: string[]): string | undefined {
  const doc = { text, mentions: towns.map((name) => townMention(text, name)) } as Document;
  const location = {
    name: 'Xland',
    country: 'XX',
    lat: null,
    lon: null,
    precision: 'country',
    entity_id: null,
    spans: [],
  };
  const event = { location, evidence: [[0, text.length]] } as unknown as EventRecord;
  placeAtJourneyEnd(event, doc);
  return event.location?.name;
}

describe("a town told only as a journey's end", () => {
  it('places captives taken from a village at that village', () => {
    expect(
      placesOf({
        text: 'Rebels kidnapped eight villagers from Rampur.',
        mentions: [['Rampur', placeEntity('Rampur', 'XX')]],
      }),
    ).toEqual(['Rampur XX']);
  });

  it('places a bus shot at on its way to a town at that town', () => {
    expect(journeyPlace('Gunmen shot at a bus of a farmers union on its way to Lakhpur.', 'Lakhpur')).toBe(
      'Lakhpur',
    );
  });

  it('takes where the journey began over where it was going', () => {
    expect(
      journeyPlace('Gunmen shot at a truck travelling from Rampur to Lakhpur.', 'Rampur', 'Lakhpur'),
    ).toBe('Rampur');
    expect(
      journeyPlace('Gunmen on their way to Lakhpur kidnapped two traders from Rampur.', 'Lakhpur', 'Rampur'),
    ).toBe('Rampur');
  });

  it('leaves the country to a town told as neither', () => {
    expect(journeyPlace('Gunmen shot at a truck near a market outside Rampur.', 'Rampur')).toBe('Xland');
  });
});
