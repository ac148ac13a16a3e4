import { describe, expect, it } from 'vitest';
import type { Mention } from '../../core/records.js';
import type { FixtureSpec } from './fixture-document.js';
import { placeEntity } from './fixture-entities.js';
import { townInRegion } from './region-towns.js';
import { placesOf } from '../../../test/support/places-of.js';
import { resolvedEvents } from '../../../test/support/resolved-events.js';

/** A place mention at `phrase` of `text`, lying in the first-level region `admin1`. */
function at(text: string, phrase: string, entity: Omit<Mention, 'span'>, admin1: string): Mention {
  const from = text.indexOf(phrase);
  return { ...entity, span: [from, from + phrase.length], place: { ...entity.place!, admin1 } };
}

const anyTown = () => 0;

/** The province of Rurania, whose seat town Rurania holds the quarter Lakhpur. */
function provinceAndSeatQuarter() {
  const region = placeEntity('Rurania', 'IN', 'region');
  const seat = { name: 'Rurania', entity_id: 'place:in:rurania', lat: null, lon: null };
  const bloc = placeEntity('Lakhpur', 'IN');
  const quarter = {
    ...bloc,
    kind: 'district' as const,
    place: { ...bloc.place!, precision: 'district' as const, admin1: 'Rurania', city: seat },
  };
  const province = { ...region, place: { ...region.place!, admin1: 'Rurania' } };
  return { province, quarter };
}

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

  it("tells the rank when the town is named as the region's capital right after it", () => {
    const text = 'Shells fell on the capital of Sindhia Province, Lakhpur, at dawn.';
    const region = at(text, 'Sindhia', placeEntity('Sindhia', 'IN', 'region'), 'Sindhia');
    const town = at(text, 'Lakhpur', placeEntity('Lakhpur', 'IN'), 'Sindhia');
    const onlyQualified = (_: Mention, qualified: boolean) => (qualified ? 0 : null);
    expect(townInRegion(region, [region, town], text, onlyQualified).name).toBe('Lakhpur');
  });

  it('tells the rank when the region names its capital right before it, even a town the base puts elsewhere', () => {
    const onlyQualified = (_: Mention, qualified: boolean) => (qualified ? 0 : null);
    const check = (text: string, townAdmin1: string, expected: string) => {
      const region = at(text, 'Sindhia', placeEntity('Sindhia', 'IN', 'region'), 'Sindhia');
      const town = at(text, 'Lakhpur', placeEntity('Lakhpur', 'IN'), townAdmin1);
      expect(townInRegion(region, [region, town], text, onlyQualified).name).toBe(expected);
    };
    check('A mine killed two guards in the Sindhia capital Lakhpur.', 'Sindhia', 'Lakhpur');
    check('A mine killed two guards in the Sindhia provincial capital, Lakhpur.', 'Sindhia', 'Lakhpur');
    // Sindhia an island the base records wider than the province Lakhpur lies in.
    check('A mine killed two guards in the Sindhia capital of Lakhpur.', 'North Sindhia', 'Lakhpur');
    check('A mine in Sindhia killed two guards from Lakhpur.', 'Sindhia', 'Sindhia');
    check('A mine in Sindhia killed two guards from Lakhpur.', 'North Sindhia', 'Sindhia');
  });

  it('takes a town whose region the base does not record, where the clause puts the incident', () => {
    const text = 'In Sindhia, a bomb hit a bank in Lakhpur.';
    const region = at(text, 'Sindhia', placeEntity('Sindhia', 'IN', 'region'), 'Sindhia');
    const town = { ...placeEntity('Lakhpur', 'IN'), span: [33, 40] } as Mention;
    expect(townInRegion(region, [region, town], text, anyTown).name).toBe('Lakhpur');
    expect(townInRegion(region, [region, town], text, () => null).name).toBe('Sindhia');
    const abroad = { ...town, place: { ...town.place!, country: 'PK' } };
    expect(townInRegion(region, [region, abroad], text, anyTown).name).toBe('Sindhia');
  });

  it('places a town named as its district by a town the clause puts the act in', () => {
    const check = (text: string, expected: string) => {
      const district = at(text, 'Rampur', placeEntity('Rampur', 'IN'), 'Sindhia');
      const town = at(text, 'Lakhpur', placeEntity('Lakhpur', 'IN'), 'Sindhia');
      expect(townInRegion(district, [district, town], text, anyTown).name).toBe(expected);
    };
    check('In Rampur district, gunmen shot a shopkeeper at his home in Lakhpur.', 'Lakhpur');
    check('In Rampur Province, a mine hit a minibus near the village of Lakhpur.', 'Lakhpur');
    // A town the act is not said to be in, one named as a district itself, or no district at all.
    check('In Rampur district, gunmen killed a trader from Lakhpur.', 'Rampur');
    check('In Rampur district, a mine hit a bus on the road to Lakhpur district.', 'Rampur');
    check('Gunmen shot a shopkeeper in Rampur, a week after a raid in Lakhpur.', 'Rampur');
    check('In Lakhpur, gunmen attacked an office in Rampur District.', 'Rampur');
    const text = 'In Rampur district, gunmen shot a shopkeeper at his home in Lakhpur.';
    const district = at(text, 'Rampur', placeEntity('Rampur', 'IN'), 'Sindhia');
    const elsewhere = at(text, 'Lakhpur', placeEntity('Lakhpur', 'IN'), 'Marwa');
    expect(townInRegion(district, [district, elsewhere], text, anyTown).name).toBe('Rampur');
  });

  it('reads a town as its district when the base found the district word as part of its name', () => {
    const text = 'In Rampur district, rebels shot a clerk on Monday in Lakhpur.';
    const district = at(text, 'Rampur district', placeEntity('Rampur', 'IN'), 'Sindhia');
    const town = at(text, 'Lakhpur', placeEntity('Lakhpur', 'IN'), 'Sindhia');
    expect(townInRegion(district, [district, town], text, anyTown).name).toBe('Lakhpur');
  });

  it("takes the district a town's possessive names as one, not the owner's office", () => {
    const mentions = [
      ['Rurania', placeEntity('Rurania', 'IN')],
      ['Lakhpur', placeEntity('Lakhpur', 'IN')],
    ] satisfies FixtureSpec['mentions'];
    const district = "A teacher was shot dead in Rurania's Lakhpur district on Monday.";
    expect(placesOf({ text: district, mentions })).toEqual(['Lakhpur IN']);
    const province = "A teacher was shot dead in Rurania province's Lakhpur district on Monday.";
    expect(placesOf({ text: province, mentions })).toEqual(['Lakhpur IN']);
    const office = "A teacher was shot dead in Rurania's Lakhpur office on Monday.";
    expect(placesOf({ text: office, mentions })).toEqual(['Rurania IN']);
    const elsewhere = "A bomb hit a patrol in Rurania's Sitapur neighbourhood.";
    const city = { name: 'Lakhpur', entity_id: 'place:in:lakhpur', lat: null, lon: null };
    const place = { country: 'IN', lat: null, lon: null, precision: 'district' as const, city };
    const quarter = { ...placeEntity('Sitapur', 'IN'), kind: 'district' as const, place };
    const abroad = [mentions[0], ['Sitapur', quarter]] satisfies FixtureSpec['mentions'];
    expect(placesOf({ text: elsewhere, mentions: abroad })).toEqual(['Rurania IN']);
  });

  it("takes the town a far province's possessive names, past the usual reach", () => {
    const text =
      "Rebels shot and killed a village guard, a retired farmer from the hills, as he walked back to his house in Rurania's Lakhpur district.";
    const rurania: NonNullable<FixtureSpec['mentions']>[number] = [
      'Rurania',
      placeEntity('Rurania', 'IN', 'region'),
    ];
    const mentions = [rurania, ['Lakhpur', placeEntity('Lakhpur', 'IN')]] satisfies FixtureSpec['mentions'];
    expect(placesOf({ text, mentions })).toEqual(['Lakhpur IN']);
    const abroad = [rurania, ['Lakhpur', placeEntity('Lakhpur', 'PK')]] satisfies FixtureSpec['mentions'];
    expect(placesOf({ text, mentions: abroad })).toEqual(['Rurania IN']);
  });

  it('takes a district of the province its possessive names, not one of another province', () => {
    const text = "Two mortar rounds hit a farm in Rurania's Lakhpur Bloc on Monday.";
    const region = placeEntity('Rurania', 'IN', 'region');
    const inside = (admin1: string) => {
      const bloc = placeEntity('Lakhpur Bloc', 'IN');
      return {
        ...bloc,
        kind: 'district' as const,
        place: { ...bloc.place!, precision: 'district' as const, admin1 },
      };
    };
    const own = { ...region, place: { ...region.place!, admin1: 'Rurania' } };
    const mentions = [
      ['Rurania', own],
      ['Lakhpur Bloc', inside('Rurania')],
    ] satisfies FixtureSpec['mentions'];
    expect(placesOf({ text, mentions })).toEqual(['Lakhpur Bloc IN']);
    const other = [
      ['Rurania', own],
      ['Lakhpur Bloc', inside('Marwa')],
    ] satisfies FixtureSpec['mentions'];
    expect(placesOf({ text, mentions: other })).toEqual(['Rurania IN']);
  });

  it("keeps the town whose possessive names a quarter the base knows only as another province's town", () => {
    const text = "Gunmen shot two men in Rurania's Sitapur neighbourhood on Monday.";
    const town = (name: string, admin1: string) => {
      const e = placeEntity(name, 'IN');
      return { ...e, place: { ...e.place!, admin1 } };
    };
    const mentions = [
      ['Rurania', town('Rurania', 'Rurania')],
      ['Sitapur', town('Sitapur', 'Marwa')],
    ] satisfies FixtureSpec['mentions'];
    const [event] = resolvedEvents({ text, mentions });
    expect([event.location?.name, event.location?.district?.name]).toEqual(['Rurania', 'Sitapur']);
  });

  it('keeps the town whose possessive names a quarter the base knows only as a far town of the province', () => {
    const town = (name: string, lat: number) => {
      const e = placeEntity(name, 'IN');
      return { ...e, place: { ...e.place!, admin1: 'Marwa', lat, lon: 75 } };
    };
    const placed = (
      sitapurLat: number,
      text = "Gunmen shot two men in Rurania's Sitapur neighbourhood on Monday.",
    ) => {
      const mentions = [
        ['Rurania', town('Rurania', 30)],
        ['Sitapur', town('Sitapur', sitapurLat)],
      ] satisfies FixtureSpec['mentions'];
      const [event] = resolvedEvents({ text, mentions });
      return [event.location?.name, event.location?.district?.name, event.location?.district?.entity_id];
    };
    // One degree of latitude is some 111 km: Sitapur is no part of Rurania, but its quarter's namesake.
    expect(placed(31)).toEqual(['Rurania', 'Sitapur', null]);
    // A tenth of one, some 11 km: Sitapur lies by Rurania and is the place its possessive names.
    expect(placed(30.1)[0]).toBe('Sitapur');
    // An area, not a quarter: Rurania may stand for the district it heads, which holds the far town.
    expect(placed(31, "Gunmen shot two men in Rurania's Sitapur area on Monday.")[0]).toBe('Sitapur');
  });

  it("takes a district of the seat that a province's possessive names, the province said as one", () => {
    const { province, quarter } = provinceAndSeatQuarter();
    const districtOf = (text: string, name: string) =>
      resolvedEvents({
        text,
        mentions: [
          [name, province],
          ['Lakhpur', quarter],
        ],
      })[0].location?.district?.name;
    expect(districtOf("A shop was burned in Rurania Province's Lakhpur city.", 'Rurania Province')).toBe(
      'Lakhpur',
    );
    // "Rurania's Lakhpur area" may be the seat's own quarter, told apart from the province's.
    expect(districtOf("A shop was burned in Rurania's Lakhpur city.", 'Rurania')).toBeUndefined();
  });

  it("takes the seat's district that a province's possessive names, the text calling it a district", () => {
    const { province, quarter } = provinceAndSeatQuarter();
    const [event] = resolvedEvents({
      text: "A grenade wounded two guards in Rurania's Lakhpur district at dusk.",
      mentions: [
        ['Rurania', province],
        ['Lakhpur', quarter],
      ],
    });
    expect(event.location?.district?.name).toBe('Lakhpur');
  });
});
