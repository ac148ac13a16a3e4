import { describe, expect, it } from 'vitest';
import { placeRefOf } from '../../core/place-ref.js';
import { findMentions, loadKnowledgeBase } from './index.js';

const kb = await loadKnowledgeBase();

/** `surface=id>town` for each town mention, the town being the one the mention is told in, if any. */
const towns = (text: string): string[] =>
  findMentions(kb, text, [[0, text.length]])
    .filter((m) => m.kind === 'city')
    .map((m) => `${text.slice(...m.span)}=${m.entity_id}>${m.place?.city?.entity_id ?? ''}`);

describe('a town named right before a larger town close by', () => {
  it('is a suburb of that town', () => {
    expect(towns('Rockets fell on a school in Bat Yam in Tel Aviv.')).toEqual([
      'Bat Yam=place:il:bat-yam>place:il:tel-aviv',
      'Tel Aviv=place:il:tel-aviv>',
    ]);
    expect(towns('A bomb went off in a shop in Saint-Denis in Paris.')[0]).toBe(
      'Saint-Denis=place:fr:saint-denis>place:fr:paris',
    );
  });

  it('reaches farther when the words name the part of the town', () => {
    expect(towns('Shots were fired at a checkpoint in Chechen-Aul in southern Grozny.')[0]).toBe(
      'Chechen-Aul=place:ru:chechen-aul>place:ru:grozny',
    );
    expect(towns('Shots were fired at a checkpoint in Chechen-Aul in Grozny.')[0]).toBe(
      'Chechen-Aul=place:ru:chechen-aul>',
    );
  });

  it('is a part of the town the words after it call it a suburb or an area of', () => {
    expect(towns('Two cars burned overnight in Saint-Denis, a crowded quarter in northern Paris.')[0]).toBe(
      'Saint-Denis=place:fr:saint-denis>place:fr:paris',
    );
  });

  it('is a part of the town a bearing after a comma names', () => {
    expect(towns('A sniper wounded a shopkeeper in Buhriz, southern Baqubah.')[0]).toBe(
      'Buhriz=place:iq:buhriz>place:iq:baqubah',
    );
    expect(towns('A sniper wounded a shopkeeper in Musayyib, southern Baghdad.')[0]).toBe(
      'Musayyib=place:iq:musayyib>',
    );
  });

  it('stays a town of its own when it lies farther off, or the second name is an area', () => {
    expect(towns('Gunmen robbed a bank in Jounieh in Beirut.')[0]).toBe('Jounieh=place:lb:jounieh>');
    expect(towns('A bomb hit a shop in Bat Yam in Tel Aviv district.')[0]).toBe('Bat Yam=place:il:bat-yam>');
  });

  it('stays a town of its own when the words put it in the countryside around the larger town', () => {
    expect(towns('Troops shelled a farm near Dael in the eastern countryside of Daraa.')[0]).toBe(
      'Dael=place:sy:dael>',
    );
  });
});

describe('a town that names a facility standing in another town', () => {
  it.each([
    ['Masked men stormed the Saqlawiyah police station in Fallujah at dawn.', 'place:iq:fallujah'],
    ['A roadside charge went off beside the Kharnabat bridge in central Baqubah.', 'place:iq:baqubah'],
    // Only "in" puts the facility inside the town; "Y district" is an area, not the town.
    ['Masked men stormed the Saqlawiyah police station near Fallujah at dawn.', ''],
    ['Masked men stormed the Saqlawiyah police station in Fallujah district.', ''],
    // No facility noun between the two names.
    ['Masked men stormed a house in Saqlawiyah and then drove into Fallujah.', ''],
  ])('tells the town of "%s" in %s', (text, town) => {
    expect(towns(text)[0].split('>')[1]).toBe(town);
  });

  it('gives the event the outer town, keeping the facility town as its district', () => {
    const text = 'Masked men stormed the Saqlawiyah police station in Fallujah at dawn.';
    const first = findMentions(kb, text, [[0, text.length]]).find((m) => m.kind === 'city');
    const ref = first && placeRefOf(first);
    expect([ref?.entity_id, ref?.district?.name]).toEqual(['place:iq:fallujah', 'Saqlawiyah']);
  });
});

describe('a town the words put near, at the edge of, or beside a larger town close by', () => {
  it.each([
    ['A mast was shot up at night in Pliyevo (near Nazran).', 'Pliyevo', 'place:ru:nazran'],
    ['A charge went off by a school in Barsuki village near Nazran.', 'Barsuki', 'place:ru:nazran'],
    [
      'Police found a parcel bomb in El Harrach, on the eastern outskirts of Algiers.',
      'El Harrach',
      'place:dz:algiers',
    ],
    ['Arsonists burned a print shop in Kreuzberg, Berlin, before dawn.', 'Kreuzberg', 'place:de:berlin'],
    // Farther off (some 20 km) for a village by a far larger town.
    ['Gunmen shot a tribal elder in Kanan, a village near Baqubah.', 'Kanan', 'place:iq:baqubah'],
  ])('tells "%s" in the larger town', (text, name, town) => {
    expect(
      towns(text)
        .find((t) => t.startsWith(`${name}=`))
        ?.split('>')[1],
    ).toBe(town);
  });

  it('keeps a town named in a list, or lying farther off, as a town of its own', () => {
    expect(towns('Shops burned in Offenbach, Frankfurt and Hanau.')[0]).toBe(
      'Offenbach=place:geonames:2857807>',
    );
    expect(towns('A grenade hit a bus stop in Ashdod, near Tel Aviv.')[0]).toBe('Ashdod=place:il:ashdod>');
    // A town of a size with the one named after it is no suburb of it, however close.
    expect(towns('A grenade hit a bus stop in Hadera, near Netanya.')[0]).toBe('Hadera=place:il:hadera>');
  });
});

describe('a town the words call a suburb of the larger town named with it', () => {
  it("is that town's suburb whichever comes first", () => {
    expect(towns('Police searched the Tel Aviv suburb of Holon after a bomb was defused.')[1]).toBe(
      'Holon=place:il:holon>place:il:tel-aviv',
    );
    expect(towns('Gunmen robbed a bank in Kifisia, an Athens suburb, at noon.')[0]).toBe(
      'Kifisia=place:gr:kifisia>place:gr:athens',
    );
  });

  it('needs "the" before the larger town\'s name, even after a list', () => {
    expect(towns('Fires were set in Haifa and the Tel Aviv suburb of Holon.')[2]).toBe(
      'Holon=place:il:holon>place:il:tel-aviv',
    );
    expect(towns('Police in Tel Aviv district of Holon said nothing.')[1]).toBe('Holon=place:il:holon>');
  });
});

describe('a facility named after a town and placed in another', () => {
  it.each([
    ['Gunmen fired on the Tarsus American College in Adana at night.', 'place:tr:adana'],
    ['Arsonists burned the Chalandri tax office, in Marousi, overnight.', 'place:gr:maroussi'],
    ['Two pipe bombs were found near the Desertmartin football club in Magherafelt.', 'place:gb:magherafelt'],
  ])('tells "%s" in %s', (text, town) => {
    expect(towns(text)[0].split('>')[1]).toBe(town);
  });
});
