import { describe, expect, it } from 'vitest';
import { townMention as town } from './mention-fixture.js';
import {
  attackersPost,
  bordersOn,
  inTagList,
  namesBroker,
  namesDestination,
  namesOrigin,
  namesShootersGround,
  namesSideInPair,
  namesSpeechPlace,
  namesVenue,
  offScene,
} from './place-stance.js';

describe('a place named off the scene', () => {
  it('names a town listed among the tag words run into the last sentence', () => {
    const tagged = 'ويجهل مصير المخطوفين حتى الآن سمات لاكبور خطف رهائن';
    expect(inTagList(town(tagged, 'لاكبور'), tagged)).toBe(true);
    const english = 'The hostages are still missing. Tags: Lakhpur, hostages';
    expect(inTagList(town(english, 'Lakhpur'), english)).toBe(true);
  });

  it('keeps a town told in a sentence that ends before the tag words', () => {
    const told = 'خطف مسلحون عشرة رجال في لاكبور. سمات خطف رهائن';
    expect(inTagList(town(told, 'لاكبور'), told)).toBe(false);
  });

  it('names the broker of a truce or of talks, one or two of them, in English and Arabic', () => {
    const one = 'Though a truce mediated by Ostmark held for a week, rockets fell on Lakhpur';
    expect(namesBroker(town(one, 'Ostmark'), one)).toBe(true);
    expect(offScene(town(one, 'Ostmark'), one, 0)).toBe(true);
    expect(namesBroker(town(one, 'Lakhpur'), one)).toBe(false);
    const two = 'a ceasefire brokered by Ostmark and Ruritania collapsed';
    expect(namesBroker(town(two, 'Ruritania'), two)).toBe(true);
    const arabic = 'رغم الهدنة التي تمت بوساطة رامبور سقطت قذائف على لاكبور';
    expect(namesBroker(town(arabic, 'رامبور'), arabic)).toBe(true);
    expect(namesBroker(town(arabic, 'لاكبور'), arabic)).toBe(false);
  });

  it('names where a summit or a conference meets, not where the incident was', () => {
    const one = 'Rioters in Lakhpur burned cars in protest at a summit being held in Rampur.';
    expect(namesVenue(town(one, 'Rampur'), one)).toBe(true);
    expect(offScene(town(one, 'Rampur'), one, 0)).toBe(true);
    expect(namesVenue(town(one, 'Lakhpur'), one)).toBe(false);
    const named =
      'Shops burned days before the Summit of the Northern Isles planned 4-6 May in Adrow, Ostmark.';
    expect(namesVenue(town(named, 'Ostmark'), named)).toBe(true);
    const scene = 'Someone planted a bomb at the conference hall in Rampur.';
    expect(namesVenue(town(scene, 'Rampur'), scene)).toBe(false);
  });

  it('names a capital paired with an armed side as its government, either side first', () => {
    const second = 'انهارت الهدنة بين حركة المتمردين المسلحة ورامبور وقصفت المدافع قرى لاكبور';
    expect(namesSideInPair(town(second, 'رامبور'), second)).toBe(true);
    expect(namesSideInPair(town(second, 'لاكبور'), second)).toBe(false);
    const first = 'the fighting between Rampur and the rebels spread to Lakhpur';
    expect(namesSideInPair(town(first, 'Rampur'), first)).toBe(true);
    expect(offScene(town(first, 'Rampur'), first, 0)).toBe(true);
    expect(namesSideInPair(town(first, 'Lakhpur'), first)).toBe(false);
  });

  it('keeps two towns a road or a front runs between as places', () => {
    const road = 'اشتباكات على الطريق بين رامبور ولاكبور';
    expect(namesSideInPair(town(road, 'رامبور'), road)).toBe(false);
    expect(namesSideInPair(town(road, 'لاكبور'), road)).toBe(false);
    const english = 'clashes on the road between Rampur and Lakhpur';
    expect(namesSideInPair(town(english, 'Lakhpur'), english)).toBe(false);
  });

  it('names where a crowd came from after "people from", not a place reported from', () => {
    const text = 'mobs of people from every corner of sitapur gathered; clashes were reported from lakhpur';
    expect(namesOrigin(town(text, 'sitapur'), text, 0)).toBe(true);
    expect(namesOrigin(town(text, 'lakhpur'), text, 0)).toBe(false);
    const arabic = 'احتجز المسلحون 50 عائلة من نازحي رامبور في قرية لاكبور';
    expect(namesOrigin(town(arabic, 'رامبور'), arabic, 0)).toBe(true);
    expect(namesOrigin(town(arabic, 'لاكبور'), arabic, 0)).toBe(false);
  });

  it('names where fighters came from, not where they were struck', () => {
    const text = 'The strike destroyed a camp of 40 militants from Rampur near the town of Lakhpur.';
    expect(namesOrigin(town(text, 'Rampur'), text, 0)).toBe(true);
    expect(namesOrigin(town(text, 'Lakhpur'), text, 0)).toBe(false);
  });

  it('names where supplies or reinforcements came from, not where the fighting was', () => {
    const text = 'Rebels cut the main supply road for the garrison from Rampur and fought troops in Lakhpur';
    expect(namesOrigin(town(text, 'Rampur'), text, 0)).toBe(true);
    expect(namesOrigin(town(text, 'Lakhpur'), text, 0)).toBe(false);
    const arabic = 'سعى المسلحون إلى قطع طرق الإمداد عن الحامية القادمة من رامبور فيما دارت معارك في لاكبور';
    expect(namesOrigin(town(arabic, 'رامبور'), arabic, 0)).toBe(true);
    expect(namesOrigin(town(arabic, 'لاكبور'), arabic, 0)).toBe(false);
    const sent = 'وصلت تعزيزات عسكرية للمتمردين قدمت من محافظة رامبور';
    expect(namesOrigin(town(sent, 'رامبور'), sent, 0)).toBe(true);
  });

  it('keeps a town named after «من» with no supplies before it', () => {
    const text = 'طرد المسلحون القوات الحكومية من رامبور بعد معارك عنيفة';
    expect(namesOrigin(town(text, 'رامبور'), text, 0)).toBe(false);
  });

  it('names where a shot was fired from, not where it hit', () => {
    const text =
      'Militants launched two rockets from the northern part of the Rampur strip at the town of Lakhpur.';
    expect(namesOrigin(town(text, 'Rampur'), text, 0)).toBe(true);
    expect(namesOrigin(town(text, 'Lakhpur'), text, 0)).toBe(false);
  });

  it('names where people or troops were heading', () => {
    const heading = 'The victims were on their way to Rampur and the army advanced to Sitapur near Lakhpur.';
    expect(namesDestination(town(heading, 'Rampur'), heading, 0)).toBe(true);
    expect(namesDestination(town(heading, 'Sitapur'), heading, 0)).toBe(true);
    expect(namesDestination(town(heading, 'Lakhpur'), heading, 0)).toBe(false);
    const arabic = 'قصفت الطائرات لاكبور بعدما فروا الى سيتابور';
    expect(namesDestination(town(arabic, 'سيتابور'), arabic, 0)).toBe(true);
    expect(namesDestination(town(arabic, 'لاكبور'), arabic, 0)).toBe(false);
  });

  it('names where a march or a train was going, not where it was stopped', () => {
    const march = 'Police in Lakhpur halted a peace march to Rampur.';
    expect(namesDestination(town(march, 'Rampur'), march, 0)).toBe(true);
    expect(namesDestination(town(march, 'Lakhpur'), march, 0)).toBe(false);
    const train = 'Volunteers boarded a train to Sitapur at dawn.';
    expect(namesDestination(town(train, 'Sitapur'), train, 0)).toBe(true);
  });

  it('names where travellers were coming back from, not where they were stopped', () => {
    const text = 'Masked men seized two traders near Lakhpur as they were travelling back from Rampur.';
    expect(namesDestination(town(text, 'Rampur'), text, 0)).toBe(true);
    expect(namesDestination(town(text, 'Lakhpur'), text, 0)).toBe(false);
    const train = 'A mine hit a freight train coming from Sitapur.';
    expect(namesDestination(town(train, 'Sitapur'), train, 0)).toBe(true);
    const both = 'Gunmen fired on a truck travelling from Tirin to Adrow.';
    expect(namesDestination(town(both, 'Tirin'), both, 0)).toBe(false);
    // "came back", and a possessive after "from": the governor's tour was elsewhere.
    const tour = 'Shells hit the palace in Lakhpur on the day the governor came back from his Adrow tour.';
    expect(namesDestination(town(tour, 'Adrow'), tour, 0)).toBe(true);
  });

  it('names a country as the border the scene lies by, but not its border guards', () => {
    const nation = (text: string) => {
      const m = town(text, 'Sylvanian', 'SV');
      return { ...m, place: { ...m.place!, precision: 'country' as const } };
    };
    const line = 'Gunmen shot two shepherds near the Sylvanian border.';
    expect(bordersOn(nation(line), line)).toBe(true);
    const guards = 'Sylvanian border guards exchanged fire with smugglers.';
    expect(bordersOn(nation(guards), guards)).toBe(false);
  });

  it('names where a letter was posted, its country after a comma too, not where it was opened', () => {
    const text = 'A parcel bomb opened at an office in Lakhpur had been postmarked from Rampur, Sylvania.';
    const posted = (name: string) => namesOrigin(town(text, name), text, 0);
    expect(['Rampur', 'Sylvania', 'Lakhpur'].map(posted)).toEqual([true, true, false]);
  });

  it('names where travellers were on their way back from, or the embassy they were returning from', () => {
    const back = 'Ten guards were seized on their way back from Rampur, near Lakhpur.';
    expect(namesDestination(town(back, 'Rampur'), back, 0)).toBe(true);
    expect(namesDestination(town(back, 'Lakhpur'), back, 0)).toBe(false);
    const errand = 'Two drivers were seized as they were returning from the Ruritanian embassy in Sitapur.';
    expect(namesDestination(town(errand, 'Sitapur'), errand, 0)).toBe(true);
    const office = 'A clerk was shot in Sitapur as he walked home from the embassy.';
    expect(namesDestination(town(office, 'Sitapur'), office, 0)).toBe(false);
  });

  it('names where oil or goods are carried, but not a place a bomb was carried to', () => {
    const piped = 'Saboteurs blew up the line that pumps crude to the port of Rampur, near Lakhpur.';
    expect(namesDestination(town(piped, 'Rampur'), piped, 0)).toBe(true);
    expect(namesDestination(town(piped, 'Lakhpur'), piped, 0)).toBe(false);
    const fuel = 'A blast cut the fuel line to Sitapur.';
    expect(namesDestination(town(fuel, 'Sitapur'), fuel, 0)).toBe(true);
    const bomb = 'The youth carried the bomb to a school in Lakhpur.';
    expect(namesDestination(town(bomb, 'Lakhpur'), bomb, 0)).toBe(false);
  });

  it('names where warplanes flew from', () => {
    const flown = 'Jets that took off from an air base in Rampur struck Lakhpur.';
    expect(namesOrigin(town(flown, 'Rampur'), flown, 0)).toBe(true);
    const arabic = 'اقلعت المقاتلات من القاعدة الجوية في رامبور وقصفت لاكبور';
    expect(namesOrigin(town(arabic, 'رامبور'), arabic, 0)).toBe(true);
    expect(namesOrigin(town(arabic, 'لاكبور'), arabic, 0)).toBe(false);
    const base = 'شنت غارات من قاعدة جوية في رامبور بعد هجوم على قاعدة عسكرية في لاكبور';
    expect(namesOrigin(town(base, 'رامبور'), base, 0)).toBe(true);
    expect(namesOrigin(town(base, 'لاكبور'), base, 0)).toBe(false);
    // The base named by its town, its kind after the name: "من قاعدة X الجوية".
    const named = 'قصفت مقاتلة من قاعدة رامبور الجوية قاربا قبالة ساحل لاكبور';
    expect(namesOrigin(town(named, 'رامبور'), named, 0)).toBe(true);
    expect(namesOrigin(town(named, 'لاكبور'), named, 0)).toBe(false);
    // The base the jets flew back to is no nearer the scene than the one they left.
    const back = 'ضربت المقاتلات مخازن للمتمردين في لاكبور ثم عادت إلى قاعدة رامبور';
    expect(namesOrigin(town(back, 'رامبور'), back, 0)).toBe(true);
    expect(namesOrigin(town(back, 'لاكبور'), back, 0)).toBe(false);
    const returned = 'The bombers hit depots near Lakhpur and returned safely to their base in Rampur.';
    expect(namesOrigin(town(returned, 'Rampur'), returned, 0)).toBe(true);
    // Kept: a fighter who went back to his village, and a base the jets struck, are on the scene.
    const village = 'عاد المقاتل إلى قرية رامبور فقتل فيها';
    expect(namesOrigin(town(village, 'رامبور'), village, 0)).toBe(false);
    // Kept: a base attacked, its town after "على قاعدة", is the scene.
    const hit = 'هاجم مسلحون قاعدة رامبور العسكرية';
    expect(namesOrigin(town(hit, 'رامبور'), hit, 0)).toBe(false);
  });

  it('names where the attackers are posted: before the shot, or after it when told with "by"', () => {
    const before = 'Militants positioned in Rampur and Sitapur fired mortar shells on the town of Lakhpur.';
    expect(attackersPost(town(before, 'Rampur'), before, 0, true)).toBe(true);
    expect(attackersPost(town(before, 'Sitapur'), before, 0, true)).toBe(true);
    expect(attackersPost(town(before, 'Lakhpur'), before, 0, false)).toBe(false);
    const by = 'The mortar rounds were launched by gunmen who are positioned in Rampur.';
    expect(attackersPost(town(by, 'Rampur'), by, 0, false)).toBe(true);
    const target = 'The army shelled militants positioned in Rampur.';
    expect(attackersPost(town(target, 'Rampur'), target, 0, false)).toBe(false);
    const arabic = 'قصف المسلحون المتمركزون في رامبور بلدة لاكبور';
    expect(attackersPost(town(arabic, 'رامبور'), arabic, 0, true)).toBe(true);
  });

  it('names where a source was reached or words were said, and a capital that announces', () => {
    const contacted = 'ضابط تم الاتصال به في رامبور قال إن الهجوم استهدف لاكبور';
    expect(namesSpeechPlace(town(contacted, 'رامبور'), contacted, 0)).toBe(true);
    expect(namesSpeechPlace(town(contacted, 'لاكبور'), contacted, 0)).toBe(false);
    const announced = 'قتل أربعة جنود في شرق البلاد كما أعلنت رامبور';
    expect(namesSpeechPlace(town(announced, 'رامبور'), announced, 0)).toBe(true);
    const english = 'Four soldiers were killed, as Rampur announced, and a mill burned as Lakhpur slept.';
    expect(namesSpeechPlace(town(english, 'Rampur'), english, 0)).toBe(true);
    expect(namesSpeechPlace(town(english, 'Lakhpur'), english, 0)).toBe(false);
    const letter = 'Two engineers were kidnapped, a letter delivered to the press in Rampur said.';
    expect(namesSpeechPlace(town(letter, 'Rampur'), letter, 0)).toBe(true);
    const reached = 'An officer reached by phone in Rampur said the post in Lakhpur was hit.';
    expect(namesSpeechPlace(town(reached, 'Rampur'), reached, 0)).toBe(true);
  });

  it('names where the body that tells the news sits, when it says so right there', () => {
    const ministry =
      'Jets killed 30 fighters in raids across Ruritania, the interior ministry in Rampur said.';
    expect(namesSpeechPlace(town(ministry, 'Rampur'), ministry, 0)).toBe(true);
    const officials = 'A mine wounded two boys near the border, officials in Rampur told reporters.';
    expect(namesSpeechPlace(town(officials, 'Rampur'), officials, 0)).toBe(true);
    const police = 'Gunmen shot a teacher in Lakhpur district, police in Rampur said.';
    expect(namesSpeechPlace(town(police, 'Rampur'), police, 0)).toBe(true);
    const station = 'On Monday someone hurled a grenade at the police in Rampur.';
    expect(namesSpeechPlace(town(station, 'Rampur'), station, 0)).toBe(false);
    // A body's seat that is the scene ("a clinic in Rampur was hit") or no teller's is no speech place.
    const scene = 'Rebels shelled the health ministry in Rampur on Monday.';
    expect(namesSpeechPlace(town(scene, 'Rampur'), scene, 0)).toBe(false);
  });

  it('hears a news agency in a town, but not a travel agency the bomb hit there', () => {
    const told = 'A mill burned in Lakhpur, an official told a news agency in Rampur.';
    expect(namesSpeechPlace(town(told, 'Rampur'), told, 0)).toBe(true);
    const hit = 'A bomb damaged a travel agency in Rampur.';
    expect(namesSpeechPlace(town(hit, 'Rampur'), hit, 0)).toBe(false);
  });

  it('hears a meeting or an agency in a town only when the sentence says words were said there', () => {
    const said = 'Two posts were shelled in Lakhpur, the minister said at a meeting in Rampur.';
    expect(namesSpeechPlace(town(said, 'Rampur'), said, 0)).toBe(true);
    const meeting = 'A grenade was thrown at a farmers’ meeting in Rampur, wounding four.';
    expect(namesSpeechPlace(town(meeting, 'Rampur'), meeting, 0)).toBe(false);
    const agency = 'Gunmen set fire to the office of a wire agency in Rampur. Police said two fled.';
    expect(namesSpeechPlace(town(agency, 'Rampur'), agency, 0)).toBe(false);
  });

  it("names the shooters' ground a target came under fire from, not the target", () => {
    const text = 'One guard was hurt when Lakhpur came under fire from the village of Rampur.';
    expect(namesShootersGround(town(text, 'Rampur'), text, 0)).toBe(true);
    expect(namesShootersGround(town(text, 'Lakhpur'), text, 0)).toBe(false);
    const direction = 'Lakhpur was fired on from the direction of Rampur.';
    expect(namesShootersGround(town(direction, 'Rampur'), direction, 0)).toBe(true);
    const shotAt = 'A patrol near Lakhpur was shot at from the Rurania town of Rampur.';
    expect(namesShootersGround(town(shotAt, 'Rampur'), shotAt, 0)).toBe(true);
    const plain = 'Gunmen fired at a patrol in Rampur.';
    expect(namesShootersGround(town(plain, 'Rampur'), plain, 0)).toBe(false);
  });

  it('names the town a cut supply was going to as a destination, not the cut', () => {
    const text = 'Rebels blew up a pylon in Lakhpur, cutting power to Rampur and water supplies to Adrow.';
    expect(namesDestination(town(text, 'Rampur'), text, 0)).toBe(true);
    expect(namesDestination(town(text, 'Adrow'), text, 0)).toBe(true);
    expect(namesDestination(town(text, 'Lakhpur'), text, 0)).toBe(false);
  });

  it('puts any of these off the scene, and a plain locative on it', () => {
    const text = 'Troops on their way to Rampur were ambushed in Lakhpur.';
    expect(offScene(town(text, 'Rampur'), text, 0)).toBe(true);
    expect(offScene(town(text, 'Lakhpur'), text, 0)).toBe(false);
  });

  it('finds the words before a place off the scene in any case, each way of telling it guarded on its own', () => {
    const fled = 'VILLAGERS FLED TO RAMPUR after shelling hit Lakhpur';
    expect(namesDestination(town(fled, 'RAMPUR'), fled, 0)).toBe(true);
    expect(namesDestination(town(fled, 'Lakhpur'), fled, 0)).toBe(false);
    const sent = 'Reinforcements Sent From Rampur reached the front at Lakhpur';
    expect(namesOrigin(town(sent, 'Rampur'), sent, 0)).toBe(true);
    expect(namesOrigin(town(sent, 'Lakhpur'), sent, 0)).toBe(false);
    const spoken = 'Officials told of it in a Statement put out in Rampur that a depot burned in Lakhpur';
    expect(namesSpeechPlace(town(spoken, 'Rampur'), spoken, 0)).toBe(true);
    expect(namesSpeechPlace(town(spoken, 'Lakhpur'), spoken, 0)).toBe(false);
  });
});
