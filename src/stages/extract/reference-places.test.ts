import { describe, expect, it } from 'vitest';
import type { Mention } from '../../core/records.js';
import { townMention } from '../../core/mention-fixture.js';
import { PART_OF_TOWN } from '../../core/text/part-of-words.js';
import { landmarkPlace, measuredFromTown, namedSiteNear, REFERENCE } from './reference-places.js';
import { placeEntity } from './fixture-entities.js';
import type { FixtureSpec } from './fixture-document.js';
import { placesOf } from '../../../test/support/places-of.js';
import { resolvedEvents } from '../../../test/support/resolved-events.js';

/** A mention over the first occurrence of `name` in `text`, in Iraq. */
const place = (text: string, name: string, precision: 'town' | 'region' = 'town'): Mention =>
  townMention(text, name, 'IQ', precision);

describe('a town the text measures from', () => {
  it('places an incident the sentence places nowhere else', () => {
    const text = 'Raiders ambushed an army patrol northeast of Lakhpur.';
    const lakhpur = place(text, 'Lakhpur');
    expect(measuredFromTown([lakhpur], [lakhpur], text)?.name).toBe('Lakhpur');
  });

  it('places it at the area around the town when a distance puts the incident away from it', () => {
    const text = 'A bomb exploded at a checkpoint 20 km south of Lakhpur.';
    const lakhpur = place(text, 'Lakhpur');
    const town = measuredFromTown([lakhpur], [lakhpur], text)!;
    expect([town.name, landmarkPlace(town, text).precision]).toEqual(['Lakhpur', 'district']);
    const near = 'Raiders ambushed an army patrol northeast of Lakhpur.';
    expect(landmarkPlace(place(near, 'Lakhpur'), near).precision).toBe('town');
  });

  it('reads a distance in «كلم»: near, the area around the town; far, not the town at all', () => {
    const near = 'فجر انتحاري سيارته أمام مركز للشرطة على بعد 20 كلم جنوب لاكبور.';
    const town = measuredFromTown([place(near, 'لاكبور')], [place(near, 'لاكبور')], near)!;
    expect(landmarkPlace(town, near).precision).toBe('district');
    const far = 'فجر انتحاري سيارته أمام مركز للشرطة على مسافة 100 كلم جنوب لاكبور.';
    expect(measuredFromTown([place(far, 'لاكبور')], [place(far, 'لاكبور')], far)).toBeUndefined();
  });

  it('does not when the distance puts the incident far from it', () => {
    const text = 'A bomb wrecked a pipeline some 250 km northwest of Lakhpur.';
    const lakhpur = place(text, 'Lakhpur');
    expect(measuredFromTown([lakhpur], [lakhpur], text)).toBeUndefined();
  });

  it('does not when the sentence names another place', () => {
    const text = 'Clashes broke out northeast of Lakhpur as rebels stormed Sitapur.';
    const [lakhpur, sitapur] = [place(text, 'Lakhpur'), place(text, 'Sitapur')];
    expect(measuredFromTown([lakhpur], [lakhpur, sitapur], text)).toBeUndefined();
  });

  it('stands for villages named by it, not for a landmark', () => {
    const villages = 'Jets struck the villages north of Lakhpur.';
    expect(namedSiteNear([place(villages, 'Lakhpur')], villages)?.name).toBe('Lakhpur');
    const base = 'Jets struck an air base north of Lakhpur.';
    expect(namedSiteNear([place(base, 'Lakhpur')], base)).toBeUndefined();
  });
});

describe('an Arabic direction before a town', () => {
  it('measures from the town when bare ("north of X")', () => {
    expect(REFERENCE.test('قصفت الطائرات قرية شمال ')).toBe(true);
    expect(REFERENCE.test('قصفت الطائرات قرية وجنوب ')).toBe(true);
  });

  it('puts the place inside the town after "ب" or "في" ("in the south of X")', () => {
    expect(REFERENCE.test('قصفت الطائرات منطقة دار سلم بجنوب ')).toBe(false);
    expect(REFERENCE.test('اشتباكات في شمال ')).toBe(false);
  });
});

describe('a town that only tells where another lies', () => {
  it.each([
    ['In Lakhpur, a suburb of Sitapur, a bomb killed 22 people.'],
    ['A bomb killed two men in a market in Lakhpur, a village near Sitapur.'],
  ])('leaves the incident at the place it tells: %s', (text) => {
    const mentions = [
      ['Lakhpur', placeEntity('Lakhpur', 'LK')],
      ['Sitapur', placeEntity('Sitapur', 'LK')],
    ] satisfies FixtureSpec['mentions'];
    expect(placesOf({ text, mentions })).toEqual(['Lakhpur LK']);
  });
});

describe('a place the text names as the scene’s neighbour', () => {
  it.each([
    ['Rebels seized several hills in the Batiha plain adjacent to Hama province.', 'Hama'],
    ['Jets bombed farms in the valley bordering Hama province, killing four.', 'Hama'],
    ['سيطرت الفصائل على مواقع عدة في سهل البطيحة الملاصق لمحافظة حماة.', 'حماة'],
    ['قصفت الطائرات مزارع في الوادي المحاذي لمحافظة حماة فقتلت أربعة.', 'حماة'],
    ['سيطرت الفصائل على مواقع في هذا السهل الواقع غرب البلاد والملاصق لمحافظة حماة.', 'حماة'],
  ])('is not the incident’s place, though its country is: %s', (text, name) => {
    const mentions = [[name, placeEntity('Hama', 'SY', 'region')]] satisfies FixtureSpec['mentions'];
    expect(placesOf({ text, mentions })).toEqual(['Syria SY']);
  });

  it('is the place when the text puts the incident in it', () => {
    const text = 'Rebels seized several hills in Hama province.';
    const mentions = [['Hama', placeEntity('Hama', 'SY', 'region')]] satisfies FixtureSpec['mentions'];
    expect(placesOf({ text, mentions })).toEqual(['Hama SY']);
  });

  it('leaves the place the text puts the incident in, not the one across the border', () => {
    const text = 'Militants shelled an army post in Hama province near the border with Turkey, killing two.';
    const mentions = [
      ['Hama', placeEntity('Hama', 'SY', 'region')],
      ['Turkey', placeEntity('Turkey', 'TR', 'country')],
    ] satisfies FixtureSpec['mentions'];
    expect(placesOf({ text, mentions })).toEqual(['Hama SY']);
  });
});

describe('a quarter kept beside its town', () => {
  /** The first event's town and the quarter kept beside it, as "Town/Quarter" ("Town/" for none). */
  const kept = (text: string, mentions: FixtureSpec['mentions']) => {
    const location = resolvedEvents({ text, mentions })[0]?.location;
    return `${location?.name}/${location?.district?.name ?? ''}`;
  };
  const town = (name: string, admin1: string | null = null) => {
    const entity = placeEntity(name, 'IN');
    return { ...entity, place: { ...entity.place!, admin1 } };
  };
  const quarter = { ...placeEntity('Sitapur', 'IN'), kind: 'district' as const };
  quarter.place = { ...quarter.place!, precision: 'district' };

  it('keeps the quarter the text puts in the town, known to the base or not', () => {
    const known = 'A bomb went off in the Sitapur district of Lakhpur on Monday.';
    expect(
      kept(known, [
        ['Sitapur', quarter],
        ['Lakhpur', town('Lakhpur')],
      ]),
    ).toBe('Lakhpur/Sitapur');
    const unknown = 'A bomb went off in the Rampura neighbourhood of Lakhpur on Monday.';
    expect(kept(unknown, [['Lakhpur', town('Lakhpur')]])).toBe('Lakhpur/Rampura');
    const owned = "Gunmen fired at Lakhpur's Sitapur neighbourhood on Monday.";
    expect(
      kept(owned, [
        ['Lakhpur', town('Lakhpur')],
        ['Sitapur', quarter],
      ]),
    ).toBe('Lakhpur/Sitapur');
    const residential = 'A bomb went off in the Sitapur residential district of Lakhpur on Monday.';
    const townQuarter = town('Sitapur');
    expect(
      kept(residential, [
        ['Sitapur', townQuarter],
        ['Lakhpur', town('Lakhpur')],
      ]),
    ).toBe('Lakhpur/Sitapur');
  });

  it('keeps a district of the base the text puts in the town, or names after its possessive', () => {
    const inTown = 'Gunmen fired at a convoy in Sitapur in Lakhpur on Monday.';
    const mentions: FixtureSpec['mentions'] = [
      ['Sitapur', quarter],
      ['Lakhpur', town('Lakhpur')],
    ];
    expect(kept(inTown, mentions)).toBe('Lakhpur/Sitapur');
    const owned = "Mortars were fired at a farm in Lakhpur's Sitapur on Monday.";
    expect(kept(owned, [mentions[1], mentions[0]])).toBe('Lakhpur/Sitapur');
  });

  it('keeps no place the text names only near the town, nor a town of another province', () => {
    const near = 'Shells fell on Sitapur in the Lakhpur region on Monday.';
    expect(
      kept(near, [
        ['Sitapur', quarter],
        ['Lakhpur', town('Lakhpur')],
      ]),
    ).toBe('Lakhpur/');
    const suburb = 'Rockets hit the Lakhpur suburb of Rampur on Monday.';
    const towns = [
      ['Lakhpur', town('Lakhpur', 'Sindhia')],
      ['Rampur', town('Rampur', 'Marwa')],
    ];
    expect(kept(suburb, towns as FixtureSpec['mentions'])).toBe('Rampur/');
  });
});

describe('the words that put a place inside the town named next', () => {
  it.each([' area of ', ' neighborhood of west ', ' sub-district of eastern ', ' quarter of north-western '])(
    'reads "%s" as inside',
    (gap) => {
      expect(PART_OF_TOWN.test(gap)).toBe(true);
    },
  );

  it('not a place beside the town, nor a direction without a noun', () => {
    expect([' near ', ' west of ', ', north of ', ' and '].some((gap) => PART_OF_TOWN.test(gap))).toBe(false);
  });
});

describe('a village of one theatre named beside a town of its neighbour', () => {
  it('stays the scene: the village lies in the same theatre, it is no namesake abroad', () => {
    const text = 'Gunmen fired on an Israel police patrol near Kafr Adum, south of Jerusalem, on Sunday.';
    const mentions = [
      ['Israel', placeEntity('Israel', 'IL', 'country')],
      ['Kafr Adum', placeEntity('Kafr Adum', 'PS')],
      ['Jerusalem', placeEntity('Jerusalem', 'IL')],
    ] satisfies FixtureSpec['mentions'];
    expect(placesOf({ text, mentions })).toEqual(['Kafr Adum PS']);
  });
});
