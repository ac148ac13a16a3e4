import { describe, expect, it } from 'vitest';
import { townMention as town } from '../../core/mention-fixture.js';
import { namesHome, namesPerson, namesPersonsTown } from './person-places.js';

describe("a place named as a person's name or home", () => {
  it("names a person's town by the office he holds there or the village he comes from", () => {
    const text =
      'Masked men abducted Idris, a retired judge in Rampur, and the head of tourism in Lakhpur near Adrow.';
    expect(namesPersonsTown(town(text, 'Rampur'), text)).toBe(true);
    expect(namesPersonsTown(town(text, 'Lakhpur'), text)).toBe(true);
    expect(namesPersonsTown(town(text, 'Adrow'), text)).toBe(false);
    const village = 'mourners buried a teacher from the village of Rurania';
    expect(namesPersonsTown(town(village, 'Rurania'), village)).toBe(true);
    const informer = 'gunmen shot an informer from Tirin and a party of Israelis from Sitapur near Adrow';
    expect(namesPersonsTown(town(informer, 'Tirin'), informer)).toBe(true);
    expect(namesPersonsTown(town(informer, 'Sitapur'), informer)).toBe(true);
    expect(namesPersonsTown(town(informer, 'Adrow'), informer)).toBe(false);
    const home = 'gunmen shot an informer from Tirin, Adrow, in his village';
    expect(namesPersonsTown(town(home, 'Tirin'), home)).toBe(false);
    expect(namesPersonsTown(town(home, 'Adrow'), home)).toBe(false);
    const located = 'masked men shot dead a trader from Tirin, Adrow, after dark';
    expect(namesPersonsTown(town(located, 'Adrow'), located)).toBe(true);
    const away = 'gunmen shot an informer from Tirin at his house in Adrow';
    expect(namesPersonsTown(town(away, 'Tirin'), away)).toBe(true);
    const employer = 'a bomb hit the van of typists employed by the district council of Rurania in Adrow';
    expect(namesPersonsTown(town(employer, 'Rurania'), employer)).toBe(true);
    expect(namesPersonsTown(town(employer, 'Adrow'), employer)).toBe(false);
    const firm = 'four guards who worked for a courier company in Rurania were shot dead outside Adrow';
    expect(namesPersonsTown(town(firm, 'Rurania'), firm)).toBe(true);
    expect(namesPersonsTown(town(firm, 'Adrow'), firm)).toBe(false);
    const campus =
      'a lecturer at the Tirin Agricultural University in Lakhpur was seized at his farm in Rampur';
    expect(namesPersonsTown(town(campus, 'Lakhpur'), campus)).toBe(true);
    expect(namesPersonsTown(town(campus, 'Rampur'), campus)).toBe(false);
    const councillor = 'a grenade wrecked the shop of a councillor in Rurania, in Adrow county';
    expect(namesPersonsTown(town(councillor, 'Rurania'), councillor)).toBe(false);
  });

  it('names where people come from, not where they fought', () => {
    const arabic = 'قاتل مسلحون ينتمون إلى قضاء لاكبور في رامبور';
    expect(namesHome(town(arabic, 'لاكبور'), arabic)).toBe(true);
    expect(namesHome(town(arabic, 'رامبور'), arabic)).toBe(false);
    const text = 'Fighters hailing from the town of Lakhpur attacked Rampur.';
    expect(namesHome(town(text, 'Lakhpur'), text)).toBe(true);
    expect(namesHome(town(text, 'Rampur'), text)).toBe(false);
  });

  it('names the town a person has lived in, or one told after a name and an age, as his home', () => {
    const lived = 'A surveyor who had lived in Lakhpur for a decade was seized near Rampur.';
    expect(namesHome(town(lived, 'Lakhpur'), lived)).toBe(true);
    expect(namesHome(town(lived, 'Rampur'), lived)).toBe(false);
    const aged = 'Gunmen shot the nurse Tova Kell, 38, of Lakhpur, outside a clinic in Rampur.';
    expect(namesHome(town(aged, 'Lakhpur'), aged)).toBe(true);
    expect(namesHome(town(aged, 'Rampur'), aged)).toBe(false);
    const state = 'Raiders wounded Ivo Brand, 52, of Lakhpur, Ostmark, at a depot in Rampur.';
    expect(namesHome(town(state, 'Ostmark'), state)).toBe(true);
    expect(namesHome(town(state, 'Rampur'), state)).toBe(false);
  });

  it("names a person after a title or before an Indian surname, not a town's sheikh in its own name", () => {
    const text = 'Sheikh Qasimiya spoke after kalyan singh left Sheikh Usman for lakhpur.';
    expect(namesPerson(town(text, 'Qasimiya'), text)).toBe(true);
    expect(namesPerson(town(text, 'kalyan'), text)).toBe(true);
    expect(namesPerson(town(text, 'Sheikh Usman'), text)).toBe(false);
    expect(namesPerson(town(text, 'lakhpur'), text)).toBe(false);
  });

  it('names a person by the office and given name before his surname', () => {
    const text = 'Rebels burned the car of town mayor Oskar Lakhpur in Rampur.';
    expect(namesPerson(town(text, 'Lakhpur'), text)).toBe(true);
    expect(namesPerson(town(text, 'Rampur'), text)).toBe(false);
  });

  it('names a person whose home, car or kin is told before his name, not a governor or a town', () => {
    const text = 'a bomb hit the car of Adrow Kellan, a trader, near the home of Rampur Governor in Lakhpur';
    expect(namesPerson(town(text, 'Adrow'), text)).toBe(true);
    expect(namesPerson(town(text, 'Rampur'), text)).toBe(false);
    const owned = 'shots hit a house belonging to Rurania Dalton in Lakhpur and the home of Adrow in Rampur';
    expect(namesPerson(town(owned, 'Rurania'), owned)).toBe(true);
    expect(namesPerson(town(owned, 'Adrow'), owned)).toBe(false);
  });

  it('names a person after a verb only people take, when more of the name follows', () => {
    const text = 'Gunmen killed Lakhpur Nazim and kidnapped Rampur men, then attacked Sitapur Road.';
    expect(namesPerson(town(text, 'Lakhpur'), text)).toBe(true);
    expect(namesPerson(town(text, 'Rampur'), text)).toBe(false);
    expect(namesPerson(town(text, 'Sitapur'), text)).toBe(false);
  });
});
