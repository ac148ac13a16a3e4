import { describe, expect, it } from 'vitest';
import { findMentions, loadKnowledgeBase } from './index.js';

const kb = await loadKnowledgeBase();

/** The entity ids of the places the shipped base finds in `text`, in text order. */
function placeIds(text: string): string[] {
  return findMentions(kb, text, [[0, text.length]])
    .filter((m) => m.place !== undefined)
    .map((m) => m.entity_id);
}

// Names that reports of the West Bank, Gaza and Nepal use for places the base holds, and their spellings.
describe('the shipped base reads places by the names reports give them', () => {
  it.each([
    ['Settlers were shot at in the Jordan Valley', 'region:ps:jordan-valley'],
    ['Two mortar shells hit the Katif bloc', 'place:ps:gush-katif'],
    ['A youth from Burqin was shot near Jenin', 'place:ps:burqin'],
    ['Troops raided homes in Tammun overnight', 'place:ps:tammun'],
    ['A bomb went off at a bus stop in Petah Tikvah', 'place:il:petah-tikva'],
    ['Maoists of the CPN-M bombed an office in Jitpur of Bara', 'place:np:bara'],
  ])('%s', (text, id) => {
    expect(placeIds(text)).toContain(id);
  });
});

// Turkish and Japanese places by the Arabic spellings news gives them.
describe('the shipped base reads Arabic spellings of places abroad', () => {
  it.each([
    ['قصفت المدفعية مواقع قرب شيلوبي', 'place:tr:silopi'],
    ['فرض حظر التجول في ولاية شيرناك', 'region:tr:sirnak'],
    ['قتل جندي في هجوم في إقليم بيت شباب', 'place:tr:beytussebap'],
    ['أحيا السكان ذكرى القصف في ناغازاكي', 'place:jp:nagasaki'],
    ['تظاهر المئات في هيروشيما', 'place:jp:hiroshima'],
  ])('%s', (text, id) => {
    expect(placeIds(text)).toContain(id);
  });
});

// Regions and towns of Venezuela, Ecuador, Greece, Nepal, the Philippines and Malaysian Borneo, and namesakes
// that the article's country tells apart.
describe('the shipped base knows first-level regions and main towns beyond the regional tables', () => {
  it.each([
    ['Rebels burned a bus near Coro in Falcon State', 'place:ve:coro'],
    ['A bomb went off outside the police command in Napo province', 'region:ec:napo'],
    ['Anarchists set fire to a bank branch in Korydallos', 'place:gr:korydallos'],
    ['Maoists attacked the district office in Dhangadhi', 'place:np:dhangadhi'],
    ['Rebels torched a tower in Masbate Province', 'region:ph:masbate'],
    ['Gunmen seized tourists from a resort in Sabah', 'region:my:sabah'],
    ['Gunmen shot a council member in Riyadh, a town southwest of Kirkuk in Iraq', 'place:iq:al-riyadh'],
    ['A bomb exploded in Riyadh, the Saudi capital', 'place:sa:riyadh'],
    ['Settlers were shot at near Petah Tiqua', 'place:il:petah-tikva'],
    ['ELN guerrillas killed a councillor of Santo Domingo', 'place:co:santo-domingo'],
    ['A bomb exploded in Santo Domingo', 'place:do:santo-domingo'],
  ])('%s', (text, id) => {
    expect(placeIds(text)).toContain(id);
  });

  it('reads Sabah as a given name without a preposition in front', () => {
    expect(placeIds('Kuwait’s emir, Sabah al-Ahmad, condemned the bombing')).toEqual(['country:KW']);
  });
});

// Countries by the names they went by in older reports, read whole ("GERMAN DEMOCRATIC REPUBLIC." opens a
// chronology's entry as "GERMANY." would, not as the nationality "GERMAN").
describe('the shipped base reads former names of countries', () => {
  it.each([
    ['A bomb went off outside a barracks in West Germany', 'West Germany'],
    ['Two diplomats were expelled from East Germany', 'East Germany'],
    ['GERMAN DEMOCRATIC REPUBLIC.  A bomb exploded at a car dealership', 'GERMAN DEMOCRATIC REPUBLIC'],
    ['انفجرت قنبلة في ألمانيا الغربية', 'ألمانيا الغربية'],
  ])('%s', (text, name) => {
    const countries = findMentions(kb, text, [[0, text.length]]).filter((m) => m.entity_id === 'country:DE');
    expect(countries.map((m) => text.slice(m.span[0], m.span[1]))).toEqual([name]);
  });
});

// «قوات بشار» (Bashar's forces): a given name after forces, an army, a regime or a militia is their leader's.
describe('a name right after a word for forces is the leader, not a town of that name', () => {
  it.each([
    ['بيان من الجزائر: قتل مدنيان في قصف لقوات بشار على قرية في سوريا', 'place:dz:bechar'],
    ['قال مسؤول في مصر إن ميليشيا رشيد هاجمت قرية في ليبيا', 'place:eg:rosetta'],
    ['اعلنت الصومال ان جيش جوهر دخل بلدة في كينيا', 'place:so:jowhar'],
  ])('%s', (text, id) => {
    expect(placeIds(text)).not.toEqual([]);
    expect(placeIds(text)).not.toContain(id);
  });

  it('still reads the town when no word for forces stands before it', () => {
    expect(placeIds('بيان من الجزائر: قتل مدنيان في قصف على بشار')).toContain('place:dz:bechar');
  });
});

// A camp named after a town of another country is the camp, not that town.
describe('the shipped base reads a camp by its whole name', () => {
  it('Camp Doha is the base in Kuwait, not Qatar’s capital', () => {
    expect(placeIds('Shots hit a jeep a few miles from Camp Doha')).toEqual(['place:kw:camp-doha']);
  });
});
