import { describe, expect, it } from 'vitest';
import { actorEntity, placeEntity } from './fixture-entities.js';
import { quarterOfTown } from './unknown-village.js';
import type { FixtureSpec } from './fixture-document.js';
import { placesOf } from '../../../test/support/places-of.js';
import { resolvedEvents } from '../../../test/support/resolved-events.js';

describe('villages the knowledge base does not know', () => {
  it.each([
    ['Three civilians were killed in shelling on the village of Haas in Idlib province.', 'Idlib', 'Haas SY'],
    ['Air strikes hit Hirbanfsah village in southern Hama, killing two.', 'Hama', 'Hirbanfsah SY'],
    [
      'Rebels fired rockets on the besieged Fuaa town north of Idlib, killing a civilian.',
      'Idlib',
      'Fuaa SY',
    ],
    ['Jets dropped barrel bombs on the Kodori valley near Hama.', 'Hama', 'Kodori SY'],
    ['A bomb went off in the city of Sarigol in Hama province.', 'Hama', 'Sarigol SY'],
    ['Gunmen shot five men in a village called Tal Barra near Hama.', 'Hama', 'Tal Barra SY'],
    ['Mortars were fired at the Neve Dekel settlement near Hama.', 'Hama', 'Neve Dekel SY'],
    ['Police found a bomb in Hajin township north of Hama.', 'Hama', 'Hajin SY'],
    ['Five civilians died when jets struck the town of Umm al Safa in Hama.', 'Hama', 'Umm al Safa SY'],
  ])('names the village the text gives, in the country of its anchor: %s', (text, anchor, place) => {
    expect(placesOf({ text, mentions: [[anchor, placeEntity(anchor, 'SY')]] })).toEqual([place]);
  });

  it.each([
    ['Jets struck the village of Haas al Kubra in Hama, killing two.', 'Haas', 'Haas al Kubra SY'],
    ['Jets struck the village of Haas al-Sughra in Hama, killing two.', 'Haas', 'Haas al-Sughra SY'],
    ['قصفت الطائرات قرية حاس الكبرى في ريف حماة فقتلت مدنيين.', 'حاس', 'Has Al-Kabra SY'],
  ])(
    'names a known town’s namesake that a word of size or side makes another village: %s',
    (text, known, place) => {
      const mentions = [
        [known, placeEntity('Haas', 'SY')],
        [text.includes('حماة') ? 'حماة' : 'Hama', placeEntity('Hama', 'SY', 'region')],
      ] satisfies FixtureSpec['mentions'];
      expect(placesOf({ text, mentions })).toEqual([place]);
    },
  );

  it('keeps the known town when no such word follows it', () => {
    const mentions = [
      ['Haas', placeEntity('Haas', 'SY')],
      ['Hama', placeEntity('Hama', 'SY', 'region')],
    ] satisfies FixtureSpec['mentions'];
    expect(placesOf({ text: 'Jets struck the village of Haas in Hama, killing two.', mentions })).toEqual([
      'Haas SY',
    ]);
  });

  it.each([
    ['Gunmen shot dead a teacher from the village of Kafr Dunya in Hama.', 'Hama SY'],
    ['Gunmen shot dead a teacher from Kafr Dunya in Hama.', 'Hama SY'],
    ['Police said a teacher from Kafr Dunya, Hama was shot dead.', 'Kafr Dunya SY'],
    ['Gunmen seized a teacher from Kafr Dunya village of Hama.', 'Kafr Dunya SY'],
  ])('takes the town a person from an unknown village was struck in, not his home: %s', (text, place) => {
    expect(placesOf({ text, mentions: [['Hama', placeEntity('Hama', 'SY')]] })).toEqual([place]);
  });

  it('names the village a region is named as holding, told before it', () => {
    const text = 'Arsonists burned a party office in the Hama town of Versil.';
    expect(placesOf({ text, mentions: [['Hama', placeEntity('Hama', 'SY', 'region')]] })).toEqual([
      'Versil SY',
    ]);
  });

  it('names the village after a province told before it, not where its people come from', () => {
    const mentions = [['Hama', placeEntity('Hama', 'SY', 'region')]] satisfies FixtureSpec['mentions'];
    const text = 'In Hama province, rebels fired on a patrol in Kafr Tun village, wounding one.';
    expect(placesOf({ text, mentions })).toEqual(['Kafr Tun SY']);
    const home = 'In Hama province, five people from Kafr Tun village were kidnapped by rebels.';
    expect(placesOf({ text: home, mentions })).toEqual(['Hama SY']);
  });

  it('names the village an apposition calls an area of a known province', () => {
    const text = 'A grenade went off in Qasrin, an area of Ostmark, wounding four.';
    expect(placesOf({ text, mentions: [['Ostmark', placeEntity('Ostmark', 'SY', 'region')]] })).toEqual([
      'Qasrin SY',
    ]);
  });

  it('reads a known town with its article written apart as that town', () => {
    const text = 'Warplanes carried out air raids on the city of Al Hama, killing dozens.';
    expect(placesOf({ text, mentions: [['Hama', placeEntity('Hama', 'SY')]] })).toEqual(['Hama SY']);
  });

  it('keeps a known town told before the village', () => {
    const text = 'Warplanes struck Aleppo and the village of Haas on Monday.';
    expect(placesOf({ text, mentions: [['Aleppo', placeEntity('Aleppo', 'SY')]] })).toEqual(['Aleppo SY']);
  });

  it.each([
    ['the people of a town', 'Shelling hit the Kurdish town near Hama, killing two.'],
    ['a faith', 'Shelling hit the Sunni town near Hama, killing two.'],
    ['a title-case headline', 'Jets Pound Rebel Town Near Hama, Killing Two.'],
  ])('reads no village in %s', (_why, text) => {
    expect(placesOf({ text, mentions: [['Hama', placeEntity('Hama', 'SY')]] })).toEqual(['Hama SY']);
  });

  it('names the village when the base knows only its last word (another place)', () => {
    const text = 'Two boys were killed in air strikes on the village of Tal Qarrah in Aleppo province.';
    const mentions = [
      ['Qarrah', placeEntity('Qara', 'SY')],
      ['Aleppo', placeEntity('Aleppo', 'SY', 'region')],
    ] satisfies FixtureSpec['mentions'];
    expect(placesOf({ text, mentions })).toEqual(['Tal Qarrah SY']);
  });

  it('reads the town after "the Gazan town of", not the adjective', () => {
    const text = 'Gunmen shot a man in the Gazan town of Beit Lakh near Rafah.';
    expect(placesOf({ text, mentions: [['Rafah', placeEntity('Rafah', 'PS')]] })).toEqual(['Beit Lakh PS']);
  });

  it('takes no village named as an end of the road the incident was on', () => {
    const text = 'A bomb on the road between Kefra town and Hama killed a driver.';
    expect(placesOf({ text, mentions: [['Hama', placeEntity('Hama', 'SY')]] })).not.toContain('Kefra SY');
    const scene = 'A bomb in Kefra town near Hama killed a driver.';
    expect(placesOf({ text: scene, mentions: [['Hama', placeEntity('Hama', 'SY')]] })).toEqual(['Kefra SY']);
  });
});

describe('villages located by a place the base knows, named right after them', () => {
  it.each([
    ['A grenade landed in a courtyard in Kachdooru, Pulwama.', 'Pulwama', 'Kachdooru IN'],
    ['Gunmen shot at a school gate in Quil in Tral.', 'Tral', 'Quil IN'],
    ['Gunmen shot a man at Chettikam, Mahore.', 'Mahore', 'Chettikam IN'],
    ['Raiders stabbed a shopkeeper in Bana (Mahore) late at night.', 'Mahore', 'Bana IN'],
    ['Raiders killed a lorry driver in Mandili, a town east of Baqubah, at dawn.', 'Baqubah', 'Mandili IN'],
    ['A car was set alight in the area of Umm Tuba, south of Jerusalem.', 'Jerusalem', 'Umm Tuba IN'],
    [
      'A roadside bomb hit a tanker near Tell Sabri, sixty miles southwest of Kirkuk.',
      'Kirkuk',
      'Tell Sabri IN',
    ],
    ['A mine hit a bus in Rambas, 12 miles south of Kandahar.', 'Kandahar', 'Rambas IN'],
    ['Gunmen killed a cleric in Jebla, near Hillah.', 'Hillah', 'Jebla IN'],
    ['Gunmen raided a house in Akham Leikai in West Imphal District.', 'Imphal', 'Akham Leikai IN'],
    ['Arsonists burned a garage in Cauro, on the island of Corsica.', 'Corsica', 'Cauro IN'],
    ['A bomb damaged a phone booth in Barrow near Colmar.', 'Colmar', 'Barrow IN'],
    ['Arsonists burned a restaurant in Sernay, outside of Lyon.', 'Lyon', 'Sernay IN'],
    ['A rail line was blown up in Tarnak outside of Quetta on Monday.', 'Quetta', 'Tarnak IN'],
    ['Gunmen shot dead a trader from Lashar, Pulwama.', 'Pulwama', 'Lashar IN'],
    ['Militants kidnapped a driver from Amrit, south of Baqubah.', 'Baqubah', 'Amrit IN'],
    ['Gunmen shot a Hindu in Quil, Tral, on Monday.', 'Tral', 'Quil IN'],
    ['Gunmen shot at the Sikhs in Quil, Tral, on Monday.', 'Tral', 'Quil IN'],
  ])('names the village, not the place that locates it: %s', (text, anchor, place) => {
    expect(placesOf({ text, mentions: [[anchor, placeEntity(anchor, 'IN')]] })).toEqual([place]);
  });

  it('gives the village the country of the place that locates it', () => {
    const text = 'Rebels seized a Salvadoran trader near Los Pinos, north of Guatemala City.';
    const mentions = [
      ['Salvadoran', { ...placeEntity('El Salvador', 'SV', 'country'), via: 'demonym' }],
      ['Guatemala City', placeEntity('Guatemala City', 'GT')],
    ] satisfies FixtureSpec['mentions'];
    expect(placesOf({ text, mentions })).toEqual(['Los Pinos GT']);
  });

  it('names the village where a known side is, after "the Taliban in"', () => {
    const text = 'Drones struck the Taliban in Quil, Tral, on Monday.';
    const mentions = [
      ['Taliban', actorEntity('Taliban')],
      ['Tral', placeEntity('Tral', 'IN')],
    ] satisfies FixtureSpec['mentions'];
    expect(placesOf({ text, mentions })).toEqual(['Quil IN']);
  });

  it('leaves a namesake the base knows in part to the place finder', () => {
    const text = 'A lorry was burned in Al-Mafraq, west of Baqubah, at dawn.';
    const mentions = [
      ['Mafraq', placeEntity('Mafraq', 'JO')],
      ['Baqubah', placeEntity('Baqubah', 'IQ')],
    ] satisfies FixtureSpec['mentions'];
    expect(placesOf({ text, mentions })).toEqual(['Baqubah IQ']);
  });

  it.each([
    ['a bare "of"', 'Gunmen killed two guards of Fatah, north of Nablus.'],
    ['a site', 'A bomb exploded at Kamal Hospital, Nablus, wounding two.'],
    ['a shopping complex', 'A bomb exploded near Kamal Complex in Nablus, wounding two.'],
    ['a street', 'A petrol bomb was thrown at a house in Olive Gardens, in Nablus, wounding two.'],
    ['a month', 'Gunmen killed two men in March, in Nablus.'],
    ['a season', 'Gunmen killed two men in Winter, in Nablus.'],
    ['a quarter put in part of the town', 'A car bomb killed three in al-Harith in western Nablus.'],
    ["an owner's house", "Gunmen fired at Ahmed's house, in Nablus, wounding two."],
    ["a headline's act", 'Ten Civilians Killed in Rocket Fire in Nablus.'],
    ['where a shot came from', 'Rockets fired from Zanoor, north of Nablus, wounded two.'],
    ['a firm\'s name after "at"', 'A bomb exploded at Citimart in Nablus, wounding two.'],
    ['a district', 'A bomb wounded two men in the Hazar area of the Beit Dajan District, Nablus.'],
    ["a programme's title", 'Gunmen kidnapped two teachers of the Venture in Rural Schooling in Nablus.'],
    ["a brigade's name", 'A rocket fired by the Martyrs in Galilee Battalions near Nablus wounded two.'],
    [
      'a bracket that holds more',
      'A bomb wounded two men at the Caja Nablusia (Nablus Savings) in the city.',
    ],
  ])('reads no village before %s', (_why, text) => {
    expect(placesOf({ text, mentions: [['Nablus', placeEntity('Nablus', 'PS')]] })).toEqual(['Nablus PS']);
  });
});

describe('a village after a town told as its district', () => {
  it('names the village, not the town whose district the text names first', () => {
    const text = 'In Korba district, a bomb went off near a tower in Palwi township.';
    expect(placesOf({ text, mentions: [['Korba', placeEntity('Korba', 'IN')]] })).toEqual(['Palwi IN']);
  });

  it('keeps the town when the village is only a landmark the scene lies north of', () => {
    const text = 'Jets struck positions north of Kafrun village in Homs province, killing ten.';
    expect(placesOf({ text, mentions: [['Homs', placeEntity('Homs', 'SY')]] })).toEqual(['Homs SY']);
  });

  it('reads no village in a number that opens the sentence', () => {
    const text = 'Four village watchmen were wounded in a raid in Homs province.';
    expect(placesOf({ text, mentions: [['Homs', placeEntity('Homs', 'SY', 'region')]] })).toEqual([
      'Homs SY',
    ]);
  });

  it('reads no village after a headline\'s capitalised "From"', () => {
    const text = 'Rebels on the Run From Areas in Homs Province, Ten Killed.';
    expect(placesOf({ text, mentions: [['Homs', placeEntity('Homs', 'SY')]] })).toEqual(['Homs SY']);
  });
});

describe('Arabic villages the knowledge base does not know', () => {
  it.each([
    ['قتل ثلاثة مدنيين في غارة جوية على قرية برقين بريف إدلب.', 'إدلب', 'Barqin SY'],
    ['قتل شخصان في قصف على بلدة كفر زيتا شمال حماة.', 'حماة', 'Kafr Zita SY'],
    ['اندلعت اشتباكات عنيفة في مخيم الركبان قرب الموصل.', 'الموصل', 'Al-Rakban IQ'],
  ])('names the village after its noun: %s', (text, anchor, place) => {
    const country = place.slice(-2);
    expect(placesOf({ text, mentions: [[anchor, placeEntity(anchor, country)]] })).toEqual([place]);
  });

  it.each([
    ['an adjective', 'قتل شخصان في قصف على قرية مجاورة لحماة.'],
    ['a direction', 'قتل شخصان في قصف على قرية شمالي حماة.'],
    ['a verb of a relative clause', 'قتل شخصان في قصف على قرية تقع جنوب حماة.'],
    ['a joined preposition', 'قتل شخصان في قصف على بلدة بشمال حماة.'],
    ['the definite noun', 'قتل شخصان في قصف على القرية الصغيرة قرب حماة.'],
    ['a list of villages', 'قتل شخصان في قصف على قرى الزيادية والحمرا قرب حماة.'],
    ['a word of description', 'قتل شخصان في قصف على بلدة مهمة قرب حماة.'],
    ['whom a camp is for', 'خطف مسلحون خمسة رجال من مخيم للنازحين قرب حماة.'],
  ])('reads no village in %s', (_why, text) => {
    expect(placesOf({ text, mentions: [['حماة', placeEntity('حماة', 'SY')]] })).toEqual(['حماة SY']);
  });

  it('tells a camp inside a known town at the town, the camp kept as its district', () => {
    const text = 'قتل رجلان في قصف على منزل في مخيم يبنا للاجئين وسط رفح.';
    const [event] = resolvedEvents({ text, mentions: [['رفح', placeEntity('رفح', 'PS')]] });
    expect(event.location?.name).toBe('رفح');
    expect(event.location?.district?.name).toBe('Yabna');
  });

  it.each([
    ['Gunmen shot a farmer in Tirin village in the Lakhpur district.', 'district'],
    ['A bomb went off in Tirin village, Lakhpur district, on Monday.', 'town'],
    ['A bomb killed two men in the Tirin hamlet of the Lakhpur town.', 'town'],
  ] as const)(
    'tells a village the text puts in a known district or town at that place, the village kept: %s',
    (text, precision) => {
      const town = placeEntity('Lakhpur', 'IN');
      const lakhpur =
        precision === 'town'
          ? town
          : { ...town, kind: 'district' as const, place: { ...town.place!, precision } };
      const mentions = [['Lakhpur', lakhpur]] satisfies FixtureSpec['mentions'];
      const [event] = resolvedEvents({ text, mentions });
      expect([event.location?.name, event.location?.district?.name]).toEqual(['Lakhpur', 'Tirin']);
    },
  );

  it('keeps the village when the known name after a bare "in" may be its province', () => {
    const text = 'Gunmen shot a farmer in Tirin village in Lakhpur on Monday.';
    const mentions = [['Lakhpur', placeEntity('Lakhpur', 'IN')]] satisfies FixtureSpec['mentions'];
    expect(placesOf({ text, mentions })).toEqual(['Tirin IN']);
  });

  it("tells a village of a known town's district at the town", () => {
    const text = 'قتل شخصان في اشتباكات في قرية شنف التابعة لقضاء تلعفر.';
    const [event] = resolvedEvents({ text, mentions: [['تلعفر', placeEntity('تلعفر', 'IQ')]] });
    expect([event.location?.name, event.location?.district?.name]).toEqual(['تلعفر', 'Shanf']);
  });
});

describe('a quarter the knowledge base does not know, named before its town', () => {
  const quarterIn = (text: string) => {
    const at = text.indexOf('Lakhpur');
    return quarterOfTown(text, [at, at + 7]);
  };

  it('takes the name before "neighbourhood of", "district of" or "area of" the town', () => {
    expect(quarterIn('A bomb hit the Rampura neighbourhood of Lakhpur.')).toEqual({
      name: 'Rampura',
      span: [15, 22],
    });
    expect(quarterIn('Gunmen fired in the Bara Bazar area of the city of Lakhpur.')?.name).toBe('Bara Bazar');
  });

  it("takes the name between the town's possessive and 'neighbourhood'", () => {
    expect(quarterIn("A bomb hit Lakhpur's Rampura neighbourhood.")).toEqual({
      name: 'Rampura',
      span: [21, 28],
    });
  });

  it("takes the name between a province's possessive and 'district'", () => {
    expect(quarterIn("A shop was burned in Lakhpur province's Ban Tolo district.")?.name).toBe('Ban Tolo');
  });

  it('takes no word that names none', () => {
    expect(quarterIn('A bomb hit a Kurdish neighbourhood of Lakhpur.')).toBeNull();
    expect(quarterIn('A bomb hit the Sunni district of Lakhpur.')).toBeNull();
    expect(quarterIn('A bomb hit a residential district of Lakhpur.')).toBeNull();
  });
});
