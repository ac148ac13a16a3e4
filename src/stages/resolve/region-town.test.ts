import { describe, expect, it } from 'vitest';
import type { Document, EventRecord, Mention } from '../../core/records.js';
import { placeRefOf } from '../../core/place-ref.js';
import { placeAtRegionTown } from './region-town.js';

/** A place of the base named in `text` (its first occurrence), lying in the region `admin1`. */
const placeIn = (
  text: string,
  name: string,
  kind: 'city' | 'district' | 'region',
  admin1: string,
): Mention => ({
  span: [text.indexOf(name), text.indexOf(name) + name.length],
  entity_id: `${kind}:${name}`,
  kind,
  name,
  via: 'name',
  score: 1,
  place: { country: 'AF', lat: null, lon: null, precision: kind === 'city' ? 'town' : kind, admin1 },
});

/** The place of an event its sentence `at` tells and placed at the region, after placeAtRegionTown. */
function placeOf(
  text: string,
  towns: [string, string][],
  kind: 'city' | 'district' = 'city',
  at = 0,
): string | undefined {
  const region = placeIn(text, 'Ostmark', 'region', 'Ostmark');
  const mentions = [region, ...towns.map(([name, admin1]) => placeIn(text, name, kind, admin1))];
  const sentences = [...text.matchAll(/[^.]+\./g)].map((s) => ({ span: [s.index, s.index + s[0].length] }));
  const doc = { text, mentions, sentences } as unknown as Document;
  const event = { location: placeRefOf(region), evidence: [sentences[at].span] } as unknown as EventRecord;
  placeAtRegionTown(event, doc);
  return event.location?.name;
}

describe('placeAtRegionTown', () => {
  it('takes the town the sentence before set the scene at when its own names none of the region', () => {
    const text =
      'Jets struck a market in Rampur at dawn. The raid killed 20 people, the health office in Ostmark province said.';
    expect(placeOf(text, [['Rampur', 'Ostmark']], 'city', 1)).toBe('Rampur');
    const own =
      'Jets struck a market in Rampur at dawn. A later raid on Lakhpur in Ostmark province killed 20 people.';
    expect(
      placeOf(
        own,
        [
          ['Rampur', 'Ostmark'],
          ['Lakhpur', 'Ostmark'],
        ],
        'city',
        1,
      ),
    ).toBe('Lakhpur');
  });

  it('takes a town of the region the next sentence puts the incident in', () => {
    const text =
      'Two bombs went off across Ostmark province overnight. The second wrecked a closed bakery in Rampur.';
    expect(placeOf(text, [['Rampur', 'Ostmark']])).toBe('Rampur');
  });

  it('takes the town the sentence puts in the region by name over an earlier town of it', () => {
    const text =
      'A grocer was knifed in Rampur on Friday, and police fired tear gas at Lakhpur town in Tirin district of Ostmark to scatter a crowd burning stalls.';
    expect(
      placeOf(text, [
        ['Rampur', 'Ostmark'],
        ['Lakhpur', 'Ostmark'],
      ]),
    ).toBe('Lakhpur');
  });

  it('keeps the region for a town of another region, a town measured from, or one told later on', () => {
    const other =
      'Two bombs went off across Ostmark province overnight. The second wrecked a closed bakery in Lakhpur.';
    expect(placeOf(other, [['Lakhpur', 'Westmark']])).toBe('Ostmark');
    const measured =
      'Two bombs went off across Ostmark province overnight. Both were planted north of Rampur.';
    expect(placeOf(measured, [['Rampur', 'Ostmark']])).toBe('Ostmark');
    const later =
      'Two bombs went off across Ostmark province overnight. Nobody was hurt. A year ago a market in Rampur burned.';
    expect(placeOf(later, [['Rampur', 'Ostmark']])).toBe('Ostmark');
  });

  it('takes a district of the region the sentence puts the incident in, and no district of another', () => {
    const text = 'A mortar round landed somewhere in Ostmark province. It hit an empty hut in Nordhagen.';
    expect(placeOf(text, [['Nordhagen', 'Ostmark']], 'district')).toBe('Nordhagen');
    expect(placeOf(text, [['Nordhagen', 'Westmark']], 'district')).toBe('Ostmark');
  });

  it('takes a town of the region the incident passed through, or whose area it happened in', () => {
    const through = 'Gunmen shot two guards in Ostmark province. The guards were driving through Rampur.';
    expect(placeOf(through, [['Rampur', 'Ostmark']])).toBe('Rampur');
    const area = 'A bomb wrecked a school in Ostmark province, in the Tirin area of Rampur.';
    expect(placeOf(area, [['Rampur', 'Ostmark']])).toBe('Rampur');
    // Not the town they were driving to, nor the one whose hospital took the wounded.
    const goingTo = 'Gunmen shot two guards in Ostmark province. The guards were driving to Rampur.';
    expect(placeOf(goingTo, [['Rampur', 'Ostmark']])).toBe('Ostmark');
    const hospital =
      'Gunmen shot two guards in Ostmark province. A surgeon tended both guards at a hospital in Rampur.';
    expect(placeOf(hospital, [['Rampur', 'Ostmark']])).toBe('Ostmark');
  });

  it("takes a town of the region its own sentence names with no locative, as a body's seat", () => {
    const hall = 'Bombers wrecked the Rampur council building on Ostmark island last night.';
    expect(placeOf(hall, [['Rampur', 'Ostmark']])).toBe('Rampur');
    // Not a route's end, a hospital's town, or one part of a region taken in whole.
    const road = 'A mine tore through a lorry on the Rampur-Lakhpur road in Ostmark province.';
    expect(placeOf(road, [['Rampur', 'Ostmark']])).toBe('Ostmark');
    const hospital = 'Shells fell across Ostmark, and six wounded were rushed to a hospital in Rampur.';
    expect(placeOf(hospital, [['Rampur', 'Ostmark']])).toBe('Ostmark');
    const whole = 'Rebels seized all of Ostmark last summer, including the city of Rampur.';
    expect(placeOf(whole, [['Rampur', 'Ostmark']])).toBe('Ostmark');
    const capital = 'Troops are set to march on Ostmark, whose capital Rampur the rebels still hold.';
    expect(placeOf(capital, [['Rampur', 'Ostmark']])).toBe('Ostmark');
  });
});
