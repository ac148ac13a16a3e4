import { describe, expect, it } from 'vitest';
import { townMention as town } from '../../core/mention-fixture.js';
import { placesOf } from '../../../test/support/places-of.js';
import { placeEntity } from './fixture-entities.js';
import { namesOfficeSeat } from './office-seats.js';

describe('namesOfficeSeat', () => {
  it('reads a head, a commissioner or a council told before the place it serves', () => {
    const text =
      'the head of the Rampur region, the police commissioner for all of Ostmark and the council for Adrow';
    for (const name of ['Rampur', 'Ostmark', 'Adrow'])
      expect(namesOfficeSeat(town(text, name), text)).toBe(true);
  });

  it('reads a minister or a consul told after the capitalised words of his office', () => {
    const text = 'the Ostmark Water Resources Minister met the Rampur Qarnian consul general';
    expect(namesOfficeSeat(town(text, 'Ostmark'), text)).toBe(true);
    expect(namesOfficeSeat(town(text, 'Rampur'), text)).toBe(true);
  });

  it('reads no office in a plain clause, a consulate or lower-case words before "minister"', () => {
    const text = 'a bomb hit the Rampur consulate and a car in Adrow where the minister lived';
    expect(namesOfficeSeat(town(text, 'Rampur'), text)).toBe(false);
    expect(namesOfficeSeat(town(text, 'Adrow'), text)).toBe(false);
  });
});

describe('an incident whose victim holds an office of another place', () => {
  it('is placed at the town the clause puts it in, not at the seat of the office', () => {
    const mentions = [
      ['Ostmark', placeEntity('Ostmark', 'SO', 'region')],
      ['Wadi Sarim', placeEntity('Wadi Sarim', 'SO')],
    ] satisfies Parameters<typeof placesOf>[0]['mentions'];
    const text =
      'In Wadi Sarim a roadside charge struck the motorcade carrying the police commissioner for all of Ostmark; two guards were hurt.';
    expect(placesOf({ text, mentions })).toEqual(['Wadi Sarim SO']);
  });
});
