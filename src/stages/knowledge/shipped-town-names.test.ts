import { describe, expect, it } from 'vitest';
import { findMentions, loadKnowledgeBase } from './index.js';

const kb = await loadKnowledgeBase();

/** The first place `text` names, as `surface=entity`. */
function firstPlace(text: string): string | undefined {
  const m = findMentions(kb, text, [[0, text.length]]).find((x) => x.place !== undefined);
  return m === undefined ? undefined : `${text.slice(...m.span)}=${m.entity_id}`;
}

/** The first place `text` names, with the town the base puts it in: `surface=entity in town`. */
function placeInTown(text: string): string | undefined {
  const m = findMentions(kb, text, [[0, text.length]]).find((x) => x.place !== undefined);
  return m === undefined
    ? undefined
    : `${text.slice(...m.span)}=${m.entity_id} in ${m.place?.city?.entity_id}`;
}

// Quarters the base held as towns or districts of their own: a report naming one names the city too.
describe('the shipped base puts a city’s quarters in the city', () => {
  it.each([
    [
      'A knife attack left two men hurt near the old port of Jaffa',
      'Jaffa=place:il:jaffa in place:il:tel-aviv',
    ],
    ['Three grenades were tossed into shops in Crater overnight', 'Crater=place:ye:crater in place:ye:aden'],
    ['A bomb was left outside the Sariab police post', 'Sariab=place:pk:sariab in place:pk:quetta'],
  ])('%s', (text, expected) => {
    expect(placeInTown(text)).toBe(expected);
  });
});

// Towns the base lacked, and spellings reports give towns it held.
describe('the shipped base reads towns by the names reports give them', () => {
  it.each([
    ['Saboteurs cut a gas pipeline near Tangwani at night', 'Tangwani=place:pk:tangwani'],
    ['Rebels tried to seize the El Molino mayor at home', 'El Molino=place:co:el-molino'],
    // Typed so that its sound no longer reads as Tangwani's.
    ['A farmer was shot in Tungawan on his way to market', 'Tungawan=place:ph:tungawan'],
    ['A bomb went off near the governor in Laskar Gah', 'Laskar Gah=place:af:lashkar-gah'],
    ['Gunmen fired on a checkpoint in Kwaja Ghar', 'Kwaja Ghar=place:af:khwaja-ghar'],
    ['Shots hit a car at the gate of Bney Hever', 'Bney Hever=place:ps:pnei-hever'],
    ['A mine tore up a pipeline in al-Dabs', 'al-Dabs=place:iq:dibis'],
    ['A roadside bomb wounded two police in Mowailha', 'Mowailha=place:iq:muwailah'],
    ['Settlers fired on a house in Kufr-Addek', 'Kufr-Addek=place:ps:kafr-ad-dik'],
    ['A grenade was found by a school in Pothushahi', 'Pothushahi=place:in:putshahi'],
    ['Guards stopped a car full of explosives in Villaba', 'Villaba=place:es:villava'],
    ['A suicide car hit a patrol in the Zarai District', 'Zarai=place:af:zhari'],
    ['Police clashed with insurgents in Baak District', 'Baak=place:af:bak'],
    ['A bomb hidden at a school in Hangdev went off', 'Hangdev=place:np:hangdewa'],
    ['A parked car blew up beside a bakery in Al-Karradah', 'Al-Karradah=place:iq:karrada'],
  ])('%s', (text, expected) => {
    expect(firstPlace(text)).toBe(expected);
  });
});

// Towns and quarters typed in more-places-city58b.tsv.
describe('the shipped base knows towns and quarters reports named and it lacked', () => {
  it.each([
    ['Border police lost a jeep to a mine near Kang last week', 'Kang=place:af:kang'],
    ['Arsonists burned a timber office in Monmouth, Oregon', 'Monmouth, Oregon=place:us:monmouth-oregon'],
    ['Settlers blocked the river port of Puerto Casado', 'Puerto Casado=place:py:puerto-casado'],
    ['Masked men blew up a holiday home in Pieve overnight', 'Pieve=place:fr:pieve'],
  ])('%s', (text, expected) => {
    expect(firstPlace(text)).toBe(expected);
  });

  it.each([
    [
      'Youths burned two cash machines in Larratxo',
      'Larratxo=place:es:san-sebastian:larratxo in place:es:san-sebastian',
    ],
    ['A charge blew out the door of a villa in Cardo', 'Cardo=place:fr:bastia:cardo in place:fr:bastia'],
    ['Police defused a device on a jeepney in Quiapo', 'Quiapo=place:ph:manila:quiapo in place:ph:manila'],
  ])('%s', (text, expected) => {
    expect(placeInTown(text)).toBe(expected);
  });

  it('reads Kang, a surname too, as the Afghan town only with a place cue', () => {
    expect(firstPlace('Kang scored twice for the visitors')).toBeUndefined();
  });
});
