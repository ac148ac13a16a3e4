import { describe, expect, it } from 'vitest';
import { findMentions, loadKnowledgeBase } from './index.js';
import { droppedOrSwapped, firstLetterSwapped, oneSlipAway } from './misspelt-towns.js';

const kb = await loadKnowledgeBase();

/** `surface=entity` for every town, district and region mention, in text order. */
function places(text: string): string[] {
  return findMentions(kb, text, [[0, text.length]])
    .filter((m) => m.kind === 'city' || m.kind === 'district' || m.kind === 'region')
    .map((m) => `${text.slice(...m.span)}=${m.entity_id}`);
}

describe('a misspelt town in a place slot of an article about one country', () => {
  it('is the one town of that country one edit away, on the text’s own span', () => {
    expect(places('Gunmen shot two policemen in Jalalabd, Afghanistan.')).toEqual([
      'Jalalabd=place:af:jalalabad',
    ]);
    expect(places('A car bomb hit a checkpoint near Kandahr on Tuesday, the Afghan ministry said.')).toEqual([
      'Kandahr=place:af:kandahar',
    ]);
  });

  it('stands before "District", which names the town’s own district', () => {
    expect(places('Rebels torched a bus in Kandahr District, Afghanistan.')).toEqual([
      'Kandahr=place:af:kandahar',
    ]);
  });

  it('reads two neighbouring letters swapped as one slip, and a province slot as the region', () => {
    expect(places('Someone lobbed a grenade at a bazaar in Ghanzi Province, Afghanistan.')).toEqual([
      'Ghanzi=region:af:ghazni',
    ]);
  });

  it('reads a "Department" slot as the region too, and leaves a ministry’s department alone', () => {
    expect(places('Rebels burned a ranch in a hamlet of Antoquia Department overnight.')).toEqual([
      'Antoquia=region:co:antioquia',
    ]);
    expect(places('A parcel bomb reached the Interior Department on Friday.')).toEqual([]);
  });

  it('is the one town typed for marsad anywhere when the article names no country', () => {
    expect(places('Gunmen shot two policemen in Jalalabd.')).toEqual(['Jalalabd=place:af:jalalabad']);
    expect(places('Two policemen were shot in Krkuk on Monday.')).toEqual(['Krkuk=place:iq:kirkuk']);
  });

  it('is looked for anywhere when only a nationality names a country: whose, not where', () => {
    expect(places('A grenade hit the Norwegian consulate in Jalalabd.')).toEqual([
      'Jalalabd=place:af:jalalabad',
    ]);
  });

  it('reads "at" and "from" as a town’s slot too', () => {
    expect(places('A parcel bomb was found at Jalalabd airport.')).toEqual(['Jalalabd=place:af:jalalabad']);
    expect(places('Mortars were fired from Kandahr overnight.')).toEqual(['Kandahr=place:af:kandahar']);
  });

  it('leaves out the town fire came from when the text names a place after it, where the fire fell', () => {
    expect(places('Mortars fired from Kandahr overnight fell on a market in Spin Boldak.')).toEqual([
      'Spin Boldak=place:af:spin-boldak',
    ]);
  });

  it('reads "the heart of" and "the … area of" as a town\'s slot', () => {
    expect(places('A bomb went off in the heart of Jalalabd.')).toEqual(['Jalalabd=place:af:jalalabad']);
    expect(places('A mine went off in the Dirat area of Jalalabd.')).toEqual(['Jalalabd=place:af:jalalabad']);
  });

  it('reads "outside of", "around", "rural" and "downtown" as a town’s slot', () => {
    expect(places('A mine went off outside of Jalalabd.')).toEqual(['Jalalabd=place:af:jalalabad']);
    expect(places('Raids around Kandahr left four dead.')).toEqual(['Kandahr=place:af:kandahar']);
    expect(places('Rebels burned a tractor in rural Jalalabd.')).toEqual(['Jalalabd=place:af:jalalabad']);
    expect(places('A shop burned in downtown Kandahr.')).toEqual(['Kandahr=place:af:kandahar']);
  });

  it('reads "the settlement (crossing, district) of" and "the mayor of" as a town’s slot', () => {
    expect(places('Stones were thrown at the settlement of Pesagor.')).toEqual(['Pesagor=place:ps:psagot']);
    expect(places('Kidnappers seized the mayor of Jalalabd.')).toEqual(['Jalalabd=place:af:jalalabad']);
    expect(places('A school burned in the district of Kandahr.')).toEqual(['Kandahr=place:af:kandahar']);
  });

  it('is a large town of the worldwide gazetteer when the article names no country', () => {
    expect(places('Commuters fled a blast near a tram shelter in Voronesh.')).toEqual([
      'Voronesh=place:geonames:472045',
    ]);
  });

  it('reads a word before "area", "village" or "district" (capitalised or not) as a town typed for marsad', () => {
    const text = 'Farmers said the Latiyfiyah area lost its orchards to arson, Iraqi police reported.';
    expect(places(text)).toEqual(['Latiyfiyah=place:iq:latifiyah']);
    expect(places('Rebels shelled Jalalabd District at dawn.')).toEqual(['Jalalabd=place:af:jalalabad']);
  });

  it('reads a five-letter word after a preposition as a town it drops a letter of or swaps two in', () => {
    expect(places('Two Iraqi policemen were shot in Krkuk on Monday.')).toEqual(['Krkuk=place:iq:kirkuk']);
    expect(places('A shop was bombed in Hilah, Iraq.')).toEqual(['Hilah=place:iq:hillah']);
  });

  it('reads a word the base knows only by its consonant skeleton as that place, before a place noun', () => {
    // The matcher takes a skeleton only after a locative right in front; "district" after it says as much.
    expect(places('Two farmers were robbed in the Polannaruwa district of Sri Lanka.')).toEqual([
      'Polannaruwa=place:lk:polonnaruwa',
    ]);
  });

  it('reads a town of the article’s theatre as of its country (Israel and the Palestinian territories)', () => {
    expect(places('Shells fired from Beit Hanoun landed in Sederof.')).toEqual([
      'Beit Hanoun=place:ps:beit-hanoun',
      'Sederof=place:il:sderot',
    ]);
  });

  it('reads a word behind a bearing after the preposition ("in central …")', () => {
    expect(places('A checkpoint was hit in central Kandahr, Afghanistan.')).toEqual([
      'Kandahr=place:af:kandahar',
    ]);
  });

  it('reads a province after a preposition, the town when a town shares the province’s name', () => {
    expect(places('Shops burned in Wazirstan, Pakistan.')).toEqual(['Wazirstan=region:pk:waziristan']);
    expect(places('Shops burned in Ghanzi, Afghanistan.')).toEqual(['Ghanzi=place:af:ghazni']);
  });

  it('reads "the province of" and "region" as a region’s slot, "municipality" and "City" as a town’s', () => {
    expect(places('Pylons fell in the province of Narthiwat, Thailand.')).toEqual([
      'Narthiwat=region:th:narathiwat',
    ]);
    expect(places('A relay mast burned in the Cantabaria region of Spain.')).toEqual([
      'Cantabaria=region:es:cantabria',
    ]);
    expect(places('Rebels shot a farmer in the Plandas municipality, Colombia.')).toEqual([
      'Plandas=place:co:planadas',
    ]);
    expect(places('Soldiers were patrolling Kunkuz City in Afghanistan.')).toEqual([
      'Kunkuz=place:af:kunduz',
    ]);
  });

  it("takes the country a chronology's entry is filed under", () => {
    expect(places('IRAQ.  Gunmen killed a farmer near Habbaniyh.')).toEqual([
      'Habbaniyh=place:iq:habbaniyah',
    ]);
  });
});

describe('a misspelt town followed by the area it lies in', () => {
  it('is read when the base puts the town in that area', () => {
    expect(places('Police found a body near Kandahr, Kandahar Province, on Friday.')).toEqual([
      'Kandahr=place:af:kandahar',
      'Kandahar Province=region:af:kandahar',
    ]);
  });

  it('is read as a district the text calls one, whatever state it names: states are redrawn', () => {
    expect(places('On Sunday rebels shot a clerk in Mahabubnager district, Andhra Pradesh.')).toEqual([
      'Mahabubnager=place:in:mahabubnagar',
      'Andhra Pradesh=region:in:andhra-pradesh',
    ]);
  });
});

describe('a capitalised word the rule leaves alone', () => {
  it('when the article names countries and none leads', () => {
    expect(places('Gunmen shot two policemen in Jalalabd, between Afghanistan and Pakistan.')).toEqual([]);
  });

  it('when the near town lies in another country than the article’s', () => {
    expect(places('Gunmen shot two policemen in Jalalabd, Pakistan.')).toEqual([]);
  });

  it('when two towns of the country are one edit from it', () => {
    // "Habyaniyah" is one letter from Habbaniyah and one from Hayyaniyah.
    expect(places('Gunmen killed a farmer near Habyaniyah, Iraq.')).toEqual([]);
  });

  it('before a place noun, when only a worldwide gazetteer town is one slip away', () => {
    // "Uritsky" is named after a man (Uritsky), not after the worldwide gazetteer's Uritsk, one letter away.
    const text = 'Soldiers patrolled the Uritsky district all night, Russian officials in Grozny said.';
    expect(places(text)).toEqual(['Grozny=place:ru:grozny']);
  });

  it('when only a small town of the worldwide gazetteer is one slip away and no country is named', () => {
    expect(places('Two guards were hurt in Ostand.')).toEqual([]);
  });

  it('when the slip would change its first letter', () => {
    expect(places('Gunmen shot two policemen in Talalabad, Afghanistan.')).toEqual([]);
  });

  it('when a capitalised word follows it, or a title goes on after "of"', () => {
    expect(places('Two Afghan soldiers died in Jalalabd Hassan’s house.')).toEqual([]);
    expect(places('The Afghan officer in Charge of Public Order resigned.')).toEqual([]);
  });

  it('when a five-letter word would need a letter changed', () => {
    expect(places('Two Iraqi policemen were shot in Basri on Monday.')).toEqual([]);
  });

  it('when the area named right after it is not one the near town lies in: another village, the base lacks', () => {
    expect(places('Police found a body near Kandahr village, Helmand Province, on Friday.')).toEqual([
      'Helmand Province=region:af:helmand',
    ]);
    expect(
      places('Gunmen seized two drivers in the Kandahr area of Zirak District, Helmand Province.'),
    ).toEqual(['Helmand Province=region:af:helmand']);
  });

  it('when it is not in a place slot', () => {
    expect(places('Jalalabd was quiet, Afghan officials said.')).toEqual([]);
  });
});

describe('a town written with another first letter', () => {
  it('is read when a transliteration swaps it (b/v, k/q/c, j/g/y, i/y/e), the rest kept', () => {
    expect(places('Guerrillas burned a truck in Billavicencio, Colombia, at dawn.')).toEqual([
      'Billavicencio=place:co:villavicencio',
    ]);
  });

  it('is not read for a letter outside those pairs', () => {
    expect(places('Guerrillas burned a truck in Millavicencio, Colombia, at dawn.')).toEqual([]);
  });
});

describe('firstLetterSwapped', () => {
  it('gives the spellings with a transliteration’s other first letter', () => {
    expect([...firstLetterSwapped('qandahar')].sort()).toEqual(['candahar', 'kandahar']);
    expect(firstLetterSwapped('mosul').size).toBe(0);
  });
});

describe('oneSlipAway', () => {
  it('drops, adds, changes or swaps one letter after the first', () => {
    const slips = oneSlipAway('ghanzi');
    expect(['ghazni', 'ganzi', 'ghanzai', 'ghanzu'].every((s) => slips.has(s))).toBe(true);
    expect(slips.has('ghanzi') || slips.has('hganzi') || slips.has('khanzi')).toBe(false);
  });
});

describe('droppedOrSwapped', () => {
  it('puts back one letter or swaps two neighbours back, after the first', () => {
    const slips = droppedOrSwapped('krkuk');
    expect(['kirkuk', 'kkruk', 'krkuka'].every((s) => slips.has(s))).toBe(true);
    expect(slips.has('krkuk') || slips.has('krkak') || slips.has('rkkuk')).toBe(false);
  });
});
