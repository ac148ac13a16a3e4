import { describe, expect, it } from 'vitest';
import { findMentions, loadKnowledgeBase } from './index.js';

const kb = await loadKnowledgeBase();

/** The country of the first actor the shipped base finds in `text`. */
function actorCountry(text: string): string | null | undefined {
  return findMentions(kb, text, [[0, text.length]]).find((m) => m.actor !== undefined)?.actor?.country;
}

// Reports of 1968-2009 name the groups of every region, often with no place at all: the group is then the
// only clue to the country, so the shipped base must know them by their usual names and abbreviations.
describe('the shipped base knows armed groups and parties far from the Middle East', () => {
  it.each([
    ['A bomb claimed by the Karbi Longri National Liberation Front went off', 'IN'],
    ['Cadres of the KLNLF torched a bus', 'IN'],
    ['The Maoist Communist Center killed ten villagers', 'IN'],
    ['Members of PAGAD were blamed for the blast', 'ZA'],
    ['The Earth Liberation Front claimed the arson', 'US'],
    ['The Informal Anarchist Federation sent a parcel bomb', 'IT'],
    ['The Conspiracy of Fire Nuclei claimed the bomb', 'GR'],
    ['Al-Qaeda Organization in the Land of the Islamic Maghreb sabotaged pylons', 'DZ'],
    ['Khmer Rouge guerrillas kidnapped two workers', 'KH'],
    ['RENAMO rebels attacked a train', 'MZ'],
    ['The People Against Gangsterism and Drugs denied the attack', 'ZA'],
    ["Supporters of the People's National Congress were blamed", 'GY'],
    ["The Kurdish Workers' Party claimed the pipeline bomb", 'TR'],
    ["The People's Congress of Kurdistan denied the raid", 'TR'],
  ])('%s', (text, country) => {
    expect(actorCountry(text)).toBe(country);
  });
});

// A report that names no place often names the firm, paper or party it hit: each of one country only.
describe('the shipped base knows the parties, people and firms of one country that reports name', () => {
  it.each([
    ['Arsonists set fire to a Caja Laboral branch overnight', 'ES'],
    ['Youths hurled petrol bombs at two BBVA cash machines', 'ES'],
    ['Saboteurs bombed the Cano Limon-Covenas pipeline near a river crossing', 'CO'],
    ['A grenade was thrown at the offices of the True Path Party', 'TR'],
    ['A local leader of the National Awakening Party was shot', 'ID'],
    ['Guards of the North Oil Company were fired on at dawn', 'IQ'],
    ['A bomb was hurled into a Grameen Bank office', 'BD'],
    ['A part-time Royal Irish Regiment soldier was arrested after the shooting', 'GB'],
  ])('%s', (text, country) => {
    expect(actorCountry(text)).toBe(country);
  });
});

describe('the names reports of 1968-2009 give the groups and councils of one country', () => {
  it.each([
    ['A roadside bomb wounded three members of the Awakening Council', 'IQ'],
    ['An official of the Democratic Party of Kurdistan was kidnapped', 'IQ'],
    ['Members of the Alex Boncayo Brigade raided a fuel depot', 'PH'],
    ['A grenade was thrown at the offices of the Janakantha daily', 'BD'],
    ['Two headmasters were abducted by the Communist Party Nepal-Maoists', 'NP'],
    ['Kakh members slashed the tyres of parked cars', 'IL'],
    ['A rally of the Millat-e-Islamia was hit by a car bomb', 'PK'],
    ['A Hellenic Navy lorry was torched overnight', 'GR'],
  ])('%s', (text, country) => {
    expect(actorCountry(text)).toBe(country);
  });
});

/** The entity id of the first actor the shipped base finds in `text`. */
function actorId(text: string): string | undefined {
  return findMentions(kb, text, [[0, text.length]]).find((m) => m.actor !== undefined)?.entity_id;
}

// The two breakaway "people's republics" of eastern Ukraine field forces of their own, named by their
// region or by the side they take; the Ukrainian army stays itself.
describe("the shipped base knows the forces of eastern Ukraine's breakaway republics", () => {
  it.each([
    ['Pro-Moscow separatists shelled a school in Avdiivka', 'actor:dpr-militia'],
    ['The Donetsk People’s Republic blamed Kyiv for the blast', 'actor:dpr-militia'],
    ['اتهم الجيش الأوكراني المتمردين الموالين لروسيا بخرق الهدنة', 'actor:forces:ua:military'],
    ['قصف الانفصاليون الموالون لموسكو حيا سكنيا', 'actor:dpr-militia'],
    ['Lugansk rebels fired mortars at a checkpoint', 'actor:lpr-militia'],
    ['أعلنت جمهورية لوغانسك الشعبية أسر جنديين', 'actor:lpr-militia'],
  ])('%s', (text, id) => {
    expect(actorId(text)).toBe(id);
  });
});

// Reports write Israel's army by its own name in the singular, as an adjective, and in British spelling; Syrian
// reports spell the Army of Conquest and name the army's divisions their own way.
describe('the shipped base knows forces and groups by the spellings reports write them in', () => {
  it.each([
    ['An Israel Defense Force patrol came under fire near a fence', 'actor:forces:il:military'],
    ['Israeli Defence Forces bulldozers levelled an orchard', 'actor:forces:il:military'],
    ['The Israeli Defense Force said a sniper had been hit', 'actor:forces:il:military'],
    // Syrian reports: the Tiger Forces are a division of the Syrian army, not a militia beside it.
    ['The Tiger Forces shelled the hills', 'actor:forces:sy:military'],
    ['A death trap for the terrorist groups of Jaish Al Fath', 'actor:jaish-al-fatah'],
  ])('%s', (text, id) => {
    expect(actorId(text)).toBe(id);
  });
});

// The Darfur militias of 2003-2005 came before the Rapid Support Forces of 2013: a report of their raids
// names a side of its own, not the later force.
describe('the shipped base tells a forerunner militia from the force it became', () => {
  it.each([
    ['Janjaweed militiamen on horseback burned the village', 'actor:janjaweed'],
    ['قالت الحكومة إن ميليشيا الجنجويد هاجمت القرية', 'actor:janjaweed'],
    ['The Rapid Support Forces shelled the market', 'actor:rsf'],
  ])('%s', (text, id) => {
    expect(findMentions(kb, text, [[0, text.length]]).find((m) => m.actor !== undefined)?.entity_id).toBe(id);
  });
});
