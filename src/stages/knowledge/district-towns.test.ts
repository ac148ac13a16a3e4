import { describe, expect, it } from 'vitest';
import { placeRefOf } from '../../core/place-ref.js';
import { findMentions, loadKnowledgeBase } from './index.js';

const kb = await loadKnowledgeBase();

/** The place reference an event would carry for the first place named in `text`. */
function placeOf(text: string) {
  const m = findMentions(kb, text, [[0, text.length]]).find((x) => x.place !== undefined);
  return m === undefined ? undefined : placeRefOf(m);
}

describe('districts told at their town', () => {
  it('places an incident in a district of Damascus at Damascus, keeping the district', () => {
    const ref = placeOf('A mortar shell hit a street in Mezzeh on Monday');
    expect([ref?.name, ref?.entity_id, ref?.precision, ref?.district?.name]).toEqual([
      'Damascus',
      'place:sy:damascus',
      'district',
      'Mezzeh',
    ]);
  });

  it('keeps a refugee camp by a town as a place of its own', () => {
    const ref = placeOf('وقتل شخصان في اشتباكات داخل مخيم عين الحلوة أمس');
    expect([ref?.name, ref?.district]).toEqual(['Ain al-Hilweh', undefined]);
  });

  it('places a district named after its seat at that town, not at a namesake spelt alike abroad', () => {
    const ref = placeOf('Two levies were shot dead at a checkpost in Mastung district on Tuesday');
    expect([ref?.entity_id, ref?.precision, ref?.district?.name]).toEqual([
      'place:pk:mastung',
      'district',
      'Mastung District',
    ]);
  });

  it('keeps a district of a region, which lies in no town', () => {
    expect(placeOf('A roadside bomb exploded in Barmal district')?.name).toBe('Barmal');
  });
  it.each([
    ['Two men were shot dead outside a tea stall in Orangi', 'Karachi', 'Orangi'],
    ['Militants lobbed a grenade at a police picket in Safa Kadal late on Friday', 'Srinagar', 'Safa Kadal'],
    ['Rebels fired on a patrol on the edge of Kyakhulay overnight', 'Makhachkala', 'Kyakhulay'],
    ['A pipe bomb was left outside a bar in the Short Strand', 'Belfast', 'Short Strand'],
  ])('places "%s" at its town, keeping the quarter', (text, town, quarter) => {
    const ref = placeOf(text);
    expect([ref?.name, ref?.precision, ref?.district?.name]).toEqual([town, 'district', quarter]);
  });

  it.each([
    ['A lorry driver was knifed near a bus stop in East Jerusalem on Sunday', 'Jerusalem', 'East Jerusalem'],
    ['Masked men set fire to a kiosk in West Jerusalem before dawn', 'Jerusalem', 'West Jerusalem'],
    ['A grenade burst inside a sweet shop in Old Basra overnight', 'Basra', 'Old Basra'],
  ])('places "%s", a part named after its town, at that town', (text, town, part) => {
    const ref = placeOf(text);
    expect([ref?.name, ref?.precision, ref?.district?.name]).toEqual([town, 'district', part]);
  });

  it('keeps a part named after no town of the base nearby as a place of its own', () => {
    expect(placeOf('Shells fell on farms in Eastern Ghouta all afternoon')?.name).toBe('Eastern Ghouta');
  });
});
