import { describe, expect, it } from 'vitest';
import type { Mention } from '../../core/records.js';
import type { FixtureSpec } from './fixture-document.js';
import { listedWith } from './place-lists.js';
import { placeEntity } from './fixture-entities.js';
import { placesOf } from '../../../test/support/places-of.js';

const mentions = [
  ['Lakhpur', placeEntity('Lakhpur', 'IN')],
  ['Rurania', placeEntity('Rurania', 'IN')],
] satisfies FixtureSpec['mentions'];

describe('a list of towns that ends next to the verb', () => {
  it('gives an incident to each town, the first named first', () => {
    const text = 'Party offices in Lakhpur and Rurania were stormed by a crowd on Sunday.';
    expect(placesOf({ text, mentions })).toEqual(['Lakhpur IN', 'Rurania IN']);
  });

  it('keeps the two ends of a road as one place', () => {
    const text = 'Two car bombs exploded near the road linking Lakhpur and Rurania on Sunday.';
    expect(placesOf({ text, mentions })).toHaveLength(1);
  });
});

describe('listedWith with the chosen town last in a list', () => {
  const at = (text: string, name: string): Mention => ({
    ...placeEntity(name, 'IN'),
    span: [text.indexOf(name), text.indexOf(name) + name.length],
  });
  const names = (text: string) => {
    const [lakhpur, rurania] = [at(text, 'Lakhpur'), at(text, 'Rurania')];
    return listedWith(rurania, [rurania, lakhpur], text, true).map((m) => m.name);
  };

  it('opens the run at the first town the list names', () => {
    expect(names('offices in Lakhpur and Rurania were stormed')).toEqual(['Lakhpur', 'Rurania']);
  });

  it('keeps the chosen town alone when the list names provinces by their towns', () => {
    expect(names('witnesses in the provinces of Lakhpur and Rurania said')).toEqual(['Rurania']);
  });
});
