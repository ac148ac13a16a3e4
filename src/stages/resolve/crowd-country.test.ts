import { describe, expect, it } from 'vitest';
import type { Mention } from '../../core/records.js';
import { crowdOfScene } from './crowd-country.js';
import { eventRecord, place } from './placed-fixture.js';

const country = (code: string, name: string, at: number): Mention => ({
  span: [at, at + 5],
  entity_id: `country:${code}`,
  kind: 'country',
  name,
  via: 'name',
  score: 1,
});
const mentions = [country('CM', 'Cameroon', 0), country('KH', 'Cambodia', 40)];

/** A march placed in `town`, its crowd named `crowd`. */
const march = (crowd: string, town = place('Phnom Penh', 'KH')) =>
  eventRecord('Peaceful protest', [50, 55], [40, 90], {
    location: town,
    actor1: { name: crowd, entity_id: null, spans: [[60, 65]] },
  });

describe("a crowd named by another of the article's countries", () => {
  it('takes the country of the place its march is placed in', () => {
    const event = march('Protesters (Cameroon)');
    crowdOfScene(event, mentions);
    expect(event.actor1?.name).toBe('Protesters (Cambodia)');
  });

  it("keeps a crowd named by its place's country", () => {
    const event = march('Protesters (Cambodia)');
    crowdOfScene(event, mentions);
    expect(event.actor1?.name).toBe('Protesters (Cambodia)');
  });

  it('keeps a crowd when the text never names the country of the place', () => {
    const event = march('Rioters (Cameroon)', place('Yaounde', 'CM'));
    crowdOfScene(event, [country('CM', 'Cameroon', 0)]);
    expect(event.actor1?.name).toBe('Rioters (Cameroon)');
  });
});

describe('rebels named by the country of the state that fought them', () => {
  const told = [country('RU', 'Russia', 0), country('SY', 'Syria', 40)];
  /** A strike placed in Aleppo by `striker` on rebels named `rebels`. */
  const strike = (striker: string, rebels: string) =>
    eventRecord('Air/drone strike', [50, 55], [40, 90], {
      location: place('Aleppo', 'SY'),
      actor1: { name: striker, entity_id: null, spans: [[10, 15]] },
      actor2: { name: rebels, entity_id: null, spans: [[60, 65]] },
    });

  it("take the country of the strike's place, with the base's id for the side", () => {
    const event = strike('Military Forces of Russia', 'Opposition Rebels (Russia)');
    crowdOfScene(event, told);
    expect([event.actor2?.name, event.actor2?.entity_id]).toEqual([
      'Opposition Rebels (Syria)',
      'actor:opposition-rebels-syria',
    ]);
  });

  it('keep the country they were named by when no foreign state of it fought them', () => {
    const event = strike('Military Forces of Syria', 'Opposition Rebels (Russia)');
    crowdOfScene(event, told);
    expect(event.actor2?.name).toBe('Opposition Rebels (Russia)');
  });
});
