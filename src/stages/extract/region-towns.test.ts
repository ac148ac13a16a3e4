import { describe, expect, it } from 'vitest';
import type { Mention } from '../../core/records.js';
import { placeEntity } from './fixture-entities.js';
import { townInRegion } from './region-towns.js';

/** A place mention at `phrase` of `text`, lying in the first-level region `admin1`. */
function at(text: string, phrase: string, entity: Omit<Mention, 'span'>, admin1: string): Mention {
  const from = text.indexOf(phrase);
  return { ...entity, span: [from, from + phrase.length], place: { ...entity.place!, admin1 } };
}

const anyTown = () => 0;

describe('townInRegion', () => {
  it('places a region more precisely by a town of it', () => {
    const text = 'A bomb hit a bank of Sindhia in Lakhpur.';
    const region = at(text, 'Sindhia', placeEntity('Sindhia', 'IN', 'region'), 'Sindhia');
    const town = at(text, 'Lakhpur', placeEntity('Lakhpur', 'IN'), 'Sindhia');
    expect(townInRegion(region, [region, town], text, anyTown).name).toBe('Lakhpur');
  });

  it('keeps the region for a town of another region, or one the rank turns down', () => {
    const text = 'A bomb hit a bank of Sindhia in Lakhpur.';
    const region = at(text, 'Sindhia', placeEntity('Sindhia', 'IN', 'region'), 'Sindhia');
    const elsewhere = at(text, 'Lakhpur', placeEntity('Lakhpur', 'IN'), 'Marwa');
    const town = at(text, 'Lakhpur', placeEntity('Lakhpur', 'IN'), 'Sindhia');
    expect(townInRegion(region, [region, elsewhere], text, anyTown).name).toBe('Sindhia');
    expect(townInRegion(region, [region, town], text, () => null).name).toBe('Sindhia');
  });

  it('tells the rank when the region is named right after the town', () => {
    const text = 'The Lakhpur, Sindhia, home of a judge was bombed.';
    const region = at(text, 'Sindhia', placeEntity('Sindhia', 'IN', 'region'), 'Sindhia');
    const town = at(text, 'Lakhpur', placeEntity('Lakhpur', 'IN'), 'Sindhia');
    const qualifiedOnly = (_: Mention, qualified: boolean) => (qualified ? 0 : null);
    expect(townInRegion(region, [town, region], text, qualifiedOnly).name).toBe('Lakhpur');
  });
});
