import { describe, expect, it } from 'vitest';
import { townMention as town } from '../../core/mention-fixture.js';
import {
  housedIn,
  namedAside,
  namesAccord,
  namesApproachGoal,
  namesFirm,
  namesOfficeOrRoute,
  namesOutsideCountry,
  namesPastFight,
  namesRegionBuilding,
} from './place-asides.js';

/** A country mention over the first occurrence of `name` in `text`. */
function country(text: string, name: string) {
  const m = town(text, name);
  return { ...m, kind: 'country', place: { ...m.place!, precision: 'country' as const } };
}

describe('a place named aside', () => {
  it('names a country after «خارج» as where the incident was not, and keeps a town "outside" which it was', () => {
    const borders = 'العمليات العسكرية ضد التنظيم خارج حدود أوستمارك متواصلة';
    expect(namesOutsideCountry(country(borders, 'أوستمارك'), borders)).toBe(true);
    const abroad = 'وقالت مصادر إن الضربات من خارج أوستمارك مستمرة';
    expect(namesOutsideCountry(country(abroad, 'أوستمارك'), abroad)).toBe(true);
    const inside = 'قصفت المدفعية ثلاثة أهداف في أوستمارك';
    expect(namesOutsideCountry(country(inside, 'أوستمارك'), inside)).toBe(false);
    const edge = 'انفجرت عبوة خارج مدينة لاكبور';
    expect(namesOutsideCountry(town(edge, 'لاكبور'), edge)).toBe(false);
  });

  it('names where people once fought, told to say who they are, not where they were arrested', () => {
    const ar = 'وقالت الوزارة إن الشرطة اعتقلت خلية من خمسة رجال بعضهم حارب في لاكبور.';
    expect(namesPastFight(town(ar, 'لاكبور'), ar)).toBe(true);
    const en = 'Police arrested a cell of five men, some of whom had fought in Lakhpur.';
    expect(namesPastFight(town(en, 'Lakhpur'), en)).toBe(true);
    const battle = 'وقال المرصد إن المقاتلين حاربوا في لاكبور أمس.';
    expect(namesPastFight(town(battle, 'لاكبور'), battle)).toBe(false);
    const fight = 'Rebels fought in Lakhpur on Monday.';
    expect(namesPastFight(town(fight, 'Lakhpur'), fight)).toBe(false);
  });

  it('names a mosque or a train, not a place, when one of those words follows it', () => {
    const text = 'stones were thrown at mecca masjid and at the sabarmati express near lakhpur';
    expect(namesFirm(town(text, 'mecca'), text)).toBe(true);
    expect(namesFirm(town(text, 'sabarmati'), text)).toBe(true);
    expect(namesFirm(town(text, 'lakhpur'), text)).toBe(false);
  });

  it("names the cause a group is named for or a region's office, not the scene, and keeps a liberation told in lower case", () => {
    const text = 'The Union for the Freedom of Ostmark said it planted the charge found in Lakhpur.';
    expect(namesFirm(town(text, 'Ostmark'), text)).toBe(true);
    expect(namesFirm(town(text, 'Lakhpur'), text)).toBe(false);
    const office = 'A parcel addressed to the Ostmark Regional Authority bureau in Lakhpur was defused.';
    expect(namesFirm(town(office, 'Ostmark'), office)).toBe(true);
    const battle = 'Troops pressed the push for the liberation of Rampur on Monday.';
    expect(namesFirm(town(battle, 'Rampur'), battle)).toBe(false);
  });

  it('names a bank, a club, a radio, a charity or a holiday, but not a university, after or before it', () => {
    const text =
      'Gunmen robbed the Bank of Rurania office, the Lakhpur Multi Purpose Society, the Adrow soccer club, ' +
      'Sitapur Radio and the Ostmark Relief Council on Tirin Day, then shelled the Rampur University.';
    for (const name of ['Rurania', 'Lakhpur', 'Adrow', 'Sitapur', 'Ostmark', 'Tirin'])
      expect(namesFirm(town(text, name), text)).toBe(true);
    expect(namesFirm(town(text, 'Rampur'), text)).toBe(false);
    const kept = 'A bomb went off at a bank in Lakhpur on Monday and at the Lakhpur University Hospital.';
    expect(namesFirm(town(kept, 'Lakhpur'), kept)).toBe(false);
    const club = 'Mortars struck the Adrow sports club where he trained.';
    expect(namesFirm(town(club, 'Adrow'), club)).toBe(false);
  });

  it('names a channel or a rocket numbered after a town, or a fund, but not a ward numbered so', () => {
    const text =
      'A shell hit the Lakhpur-2 Television studio in Rampur after militants fired two Tirin-3 rockets at Adrow.';
    expect(namesFirm(town(text, 'Lakhpur'), text)).toBe(true);
    expect(namesFirm(town(text, 'Tirin'), text)).toBe(true);
    expect(namesFirm(town(text, 'Rampur'), text)).toBe(false);
    const fund = 'Arsonists burned the Ostmark Teachers Pension Fund office in Sitapur.';
    expect(namesFirm(town(fund, 'Ostmark'), fund)).toBe(true);
    const ward = 'Rebels shot a shopkeeper at Tirin-9 in Adrow district.';
    expect(namesFirm(town(ward, 'Tirin'), ward)).toBe(false);
  });

  it('names a radio station after a town, not where its reporter was shot', () => {
    const text = 'Gunmen shot a presenter for Radio Lakhpur as he left a cafe in Rampur.';
    expect(namesFirm(town(text, 'Lakhpur'), text)).toBe(true);
    expect(namesFirm(town(text, 'Rampur'), text)).toBe(false);
  });

  it('names a party, a front or a union "of" a province, not where its members were seized', () => {
    const text =
      'Rebels raided Rampur and seized two members of the Popular Front of Adrow and the Workers Party of Sitapur.';
    expect(namesFirm(town(text, 'Adrow'), text)).toBe(true);
    expect(namesFirm(town(text, 'Sitapur'), text)).toBe(true);
    expect(namesFirm(town(text, 'Rampur'), text)).toBe(false);
    const union =
      'Gunmen wounded an official of the Revolutionary Union of Ostmark outside his home in Tirin.';
    expect(namesFirm(town(union, 'Ostmark'), union)).toBe(true);
    expect(namesFirm(town(union, 'Tirin'), union)).toBe(false);
  });

  it("names a province's school or bridge, not a town's, and not the province where it is told as a place", () => {
    const text =
      'Bombs went off at Ostmark University, at the University of Rurania, Adrow campus, and on the Tirin Bridge.';
    for (const name of ['Ostmark', 'Rurania', 'Tirin'])
      expect(namesRegionBuilding(town(text, name, 'XX', 'region'), text)).toBe(true);
    expect(namesRegionBuilding(town(text, 'Ostmark'), text)).toBe(false);
    const plain = 'Rebels shelled a school in Ostmark province.';
    expect(namesRegionBuilding(town(plain, 'Ostmark', 'XX', 'region'), plain)).toBe(false);
  });

  it('names a council or a development committee as an office told after its seat', () => {
    const text =
      'a member of the Rampur Municipal Council and the Ostmark District Development Committee office';
    expect(namesOfficeOrRoute(town(text, 'Rampur'), text)).toBe(true);
    expect(namesOfficeOrRoute(town(text, 'Ostmark', 'XX', 'region'), text)).toBe(true);
    expect(namesOfficeOrRoute(town(text, 'Ostmark District', 'XX', 'region'), text)).toBe(true);
  });

  it("names as aside a seat, a home town, a journey's start or where figures come from", () => {
    const text =
      'Sitapur governor Ali, a trader from Lakhpur returning home from Rampur and, according to officials in ' +
      'Tirin, two guards were wounded in Adrow.';
    for (const name of ['Sitapur', 'Lakhpur', 'Rampur', 'Tirin'])
      expect(namedAside(town(text, name), text, 0)).toBe(true);
    expect(namedAside(town(text, 'Adrow'), text, 0)).toBe(false);
  });

  it('names aside the place a purpose clause aims at, not where people gathered to protest', () => {
    const text =
      'In an effort to disrupt the vote in Ostmark, rebels set off a mine by a polling station in Rampur.';
    expect(namedAside(town(text, 'Ostmark', 'XX', 'region'), text, 0)).toBe(true);
    expect(namedAside(town(text, 'Rampur'), text, 0)).toBe(false);
    const answered = 'Youths stoned a bus in protest against the raid on Lakhpur.';
    expect(namedAside(town(answered, 'Lakhpur'), answered, 0)).toBe(true);
    const rally = 'Police beat students who had gathered to protest in Lakhpur.';
    expect(namedAside(town(rally, 'Lakhpur'), rally, 0)).toBe(false);
    const marched = 'The opposition marched to parliament protesting against the killings in Lakhpur.';
    expect(namedAside(town(marched, 'Lakhpur'), marched, 0)).toBe(true);
    const protests = 'Protests over the raid on Rampur spread to Adrow.';
    expect(namedAside(town(protests, 'Rampur'), protests, 0)).toBe(true);
    expect(namedAside(town(protests, 'Adrow'), protests, 0)).toBe(false);
    const protesting = 'Students were protesting in Lakhpur.';
    expect(namedAside(town(protesting, 'Lakhpur'), protesting, 0)).toBe(false);
  });

  it('names a government, not where it was protested against', () => {
    const text = 'workers protested an order of the rurania government in lakhpur';
    expect(namesFirm(town(text, 'rurania'), text)).toBe(true);
    expect(namesFirm(town(text, 'lakhpur'), text)).toBe(false);
  });

  it('names a side\'s leader or backer in "X-led" and "X-backed", not a place', () => {
    const text = 'Rurania-led strikes hit Lakhpur and Rampur-backed fighters fled.';
    expect(namesFirm(town(text, 'Rurania'), text)).toBe(true);
    expect(namesFirm(town(text, 'Rampur'), text)).toBe(true);
    expect(namesFirm(town(text, 'Lakhpur'), text)).toBe(false);
  });

  it('names both ends of a road told between a town named with its noun and another town', () => {
    const text = 'A mine on the road between Lakhpur town and Sitapur hit a car near Rampur.';
    expect(namesOfficeOrRoute(town(text, 'Lakhpur'), text)).toBe(true);
    expect(namesOfficeOrRoute(town(text, 'Sitapur'), text)).toBe(true);
    expect(namesOfficeOrRoute(town(text, 'Rampur'), text)).toBe(false);
    const list = 'Shells fell on Lakhpur town and Sitapur.';
    expect(namesOfficeOrRoute(town(list, 'Lakhpur'), list)).toBe(false);
  });

  it("names an office or a route's end, but not a place after a lower-case prefix", () => {
    const text = 'Rurania governor Ali drove on the Lakhpur-Sitapur road through mid-Rampur.';
    expect(namesOfficeOrRoute(town(text, 'Rurania'), text)).toBe(true);
    expect(namesOfficeOrRoute(town(text, 'Lakhpur'), text)).toBe(true);
    expect(namesOfficeOrRoute(town(text, 'Sitapur'), text)).toBe(true);
    expect(namesOfficeOrRoute(town(text, 'Rampur'), text)).toBe(false);
    const arabic = 'اغتال مسلحون محافظ رامبور في لاكبور';
    expect(namesOfficeOrRoute(town(arabic, 'رامبور'), arabic)).toBe(true);
    expect(namesOfficeOrRoute(town(arabic, 'لاكبور'), arabic)).toBe(false);
  });

  it('names an office told before its seat ("the governor of X") or after it with the seat\'s kind', () => {
    const text = 'The governor of Rurania and the Sitapur district mayor were wounded outside Lakhpur.';
    expect(namesOfficeOrRoute(town(text, 'Rurania'), text)).toBe(true);
    expect(namesOfficeOrRoute(town(text, 'Sitapur'), text)).toBe(true);
    expect(namesOfficeOrRoute(town(text, 'Lakhpur'), text)).toBe(false);
    const chief = 'The district chief of Rurania and a tribal chief of Sitapur were wounded outside Lakhpur.';
    expect(namesOfficeOrRoute(town(chief, 'Rurania'), chief)).toBe(true);
    expect(namesOfficeOrRoute(town(chief, 'Sitapur'), chief)).toBe(true);
    expect(namesOfficeOrRoute(town(chief, 'Lakhpur'), chief)).toBe(false);
    const kept = 'Rebels shot the mayor of Rurania and entered the outskirts of Sitapur.';
    expect(namesOfficeOrRoute(town(kept, 'Rurania'), kept)).toBe(false);
    expect(namesOfficeOrRoute(town(kept, 'Sitapur'), kept)).toBe(false);
  });

  it('gives the town a building named after a city stands in, only in that country', () => {
    const text = 'shells fell on the Rurania Central Prison in Adrow area';
    const places = [town(text, 'Rurania', 'SY'), town(text, 'Adrow', 'SY')];
    expect(housedIn(places[0], places, text).name).toBe('Adrow');
    const abroad = [places[0], town(text, 'Adrow', 'LB')];
    expect(housedIn(abroad[0], abroad, text).name).toBe('Rurania');
  });

  it('gives the town a station, a plant or a road named after another town stands in, not a province', () => {
    const text =
      'rockets hit the Rurania police station in Adrow and the Lakhpur Gas Plant at northern Rampur';
    const places = ['Rurania', 'Adrow', 'Lakhpur', 'Rampur'].map((n) => town(text, n, 'SY'));
    expect(housedIn(places[0], places, text).name).toBe('Adrow');
    expect(housedIn(places[2], places, text).name).toBe('Rampur');
    const road = 'a bomb went off on Rurania Road in west Adrow';
    const onRoad = [town(road, 'Rurania', 'SY'), town(road, 'Adrow', 'SY')];
    expect(housedIn(onRoad[0], onRoad, road).name).toBe('Adrow');
    const listed = 'rockets hit Rurania and a school in Adrow';
    const both = [town(listed, 'Rurania', 'SY'), town(listed, 'Adrow', 'SY')];
    expect(housedIn(both[0], both, listed).name).toBe('Rurania');
    const office = 'gunmen burned the Rurania Administrative subdistrict building in Adrow';
    const inTown = [town(office, 'Rurania', 'SY'), town(office, 'Adrow', 'SY')];
    expect(housedIn(inTown[0], inTown, office).name).toBe('Adrow');
    const own = 'militants stormed the Rurania police post in Adrow province';
    const inRegion = [town(own, 'Rurania', 'SY'), town(own, 'Adrow', 'SY', 'region')];
    expect(housedIn(inRegion[0], inRegion, own).name).toBe('Rurania');
  });

  it('gives the town a region is named as holding ("the X settlement of Y")', () => {
    const text = 'mortar shells hit the Rurania settlement of Adrow and the Lakhpur area';
    const places = [town(text, 'Rurania', 'SY'), town(text, 'Adrow', 'SY'), town(text, 'Lakhpur', 'SY')];
    expect(housedIn(places[0], places, text).name).toBe('Adrow');
    expect(housedIn(places[1], places, text).name).toBe('Adrow');
  });

  it('gives the part a town is named as holding with a compass word before it ("the X suburb of eastern Y")', () => {
    const text = 'rockets hit the Rurania suburb of eastern Adrow on Friday';
    const places = [town(text, 'Rurania', 'SY'), town(text, 'Adrow', 'SY')];
    expect(housedIn(places[0], places, text).name).toBe('Adrow');
  });

  it('names ground forces head for or approach, and the places listed with it, not where they fought', () => {
    const heading = 'اشتبك الطرفان قرب قرية رامبور، بينما تتجه دبابات الجيش نحو بلدة لاكبور.';
    expect(namesApproachGoal(town(heading, 'لاكبور'), heading)).toBe(true);
    expect(namesApproachGoal(town(heading, 'رامبور'), heading)).toBe(false);
    const near = 'طهرت القوات بلدة رامبور واقتربت من مطار أدرو ومنطقة لاكبور.';
    expect(namesApproachGoal(town(near, 'أدرو'), near)).toBe(true);
    expect(namesApproachGoal(town(near, 'لاكبور'), near)).toBe(true);
    expect(namesApproachGoal(town(near, 'رامبور'), near)).toBe(false);
  });

  it('names a pact signed in a town, not the scene, in either language', () => {
    const arabic = 'خرق المتمردون هدنة وقعت بموجب اتفاقات سلام لاكبور ثم قصفوا رامبور';
    expect(namesAccord(town(arabic, 'لاكبور'), arabic)).toBe(true);
    expect(namesAccord(town(arabic, 'رامبور'), arabic)).toBe(false);
    const text = 'Rebels broke the Lakhpur peace agreement and shelled Rampur.';
    expect(namesAccord(town(text, 'Lakhpur'), text)).toBe(true);
    expect(namesAccord(town(text, 'Rampur'), text)).toBe(false);
  });

  it('keeps a town where a pact is told to have been signed or broken as a place', () => {
    const arabic = 'وقع الطرفان اتفاقا في لاكبور';
    expect(namesAccord(town(arabic, 'لاكبور'), arabic)).toBe(false);
  });
});
