import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findMentions, loadKnowledgeBase } from './index.js';

const kb = await loadKnowledgeBase({ dataDir: fileURLToPath(new URL('./fixtures/kb/', import.meta.url)) });

/** How the text refers to the country `code` in `text`. */
function viaOf(text: string, code: string): string | undefined {
  return findMentions(kb, text, [[0, text.length]]).find((m) => m.entity_id === `country:${code}`)?.via;
}

describe('a country named as the owner of an embassy or of its citizens reads as a nationality', () => {
  it.each([
    ['an embassy after the name', 'Rockets fell near the US Embassy in the capital', 'US'],
    ['the period of an abbreviation', 'A car bomb exploded outside the U.S. Consulate on Monday', 'US'],
    ['a possessive', "Gunmen threatened Iraq's ambassador during the visit", 'IQ'],
    ['citizens of the country', 'Kidnappers seized two France nationals on the road', 'FR'],
    ['a hyphenated owner', 'Gunmen shot a driver of a US-contracted firm', 'US'],
    ['where a thing was made', 'The blast was set off by a US-made charge', 'US'],
    ['the first half of a hyphenated pair', 'Gunmen attacked a patrol on the Iraq-Syria border', 'IQ'],
    ['the second half of a hyphenated pair', 'Gunmen attacked a patrol on the Iraq-Syria border', 'SY'],
    ['a stance against the country', 'Leaflets with anti-US slogans were found at the scene', 'US'],
    ['a mission of the country', "A bomb was found near Russia's mission downtown", 'RU'],
    ['an airbase of the country', 'Residents rallied against plans to enlarge a US airbase', 'US'],
    ['a company of the country', 'A bomb damaged the offices of a US company downtown', 'US'],
    ['an official of the country', 'Rebels ambushed the convoy of the US administrator on Monday', 'US'],
    ['a vehicle of the country', 'A roadside bomb hit two US vehicles near the airport', 'US'],
    ['a deputy of the country', 'Gunmen shot a US deputy consul in the market', 'US'],
    ['a spy of the country', 'The body of a suspected US spy was found in a ditch', 'US'],
    ['a bank of the country', 'A bomb damaged the branch of a US bank downtown', 'US'],
    ['the servicemen of the country', 'A bomb wounded three US servicemen near the airport', 'US'],
    ['the sailors of the country', 'Pirates took two Russia sailors off the tanker', 'RU'],
    ['an Arabic embassy before the name', 'هاجم مسلحون سفارة العراق صباح اليوم', 'IQ'],
    ['an Arabic warplane the name qualifies', 'ألقت مقاتلات سورية براميل على القرية فجرا', 'SY'],
    ['an Arabic bomber the name qualifies', 'ظن الحراس أن الطائرة قاذفة سورية فأطلقوا عليها النار', 'SY'],
    ['an Arabic shell with a clitic before it', 'أصيب راع بقذيفة سورية سقطت قرب قطيعه', 'SY'],
    ["the country's own forces", "Russia's jets bombed the town on Monday", 'RU'],
    ['the same, its apostrophe dropped', 'Russias jets bombed the town on Monday', 'RU'],
    ['officers of the country behind a word that qualifies them', 'Gunmen fired on US prison officers', 'US'],
    ['a school of the country behind a word', 'A bomb damaged a US language school downtown', 'US'],
    [
      'initials paired with a nationality before forces',
      'Gunmen fired on US and Afghan security forces',
      'US',
    ],
    ['initials before the noun they qualify', 'Gunmen fired on US security patrols near the market', 'US'],
    ['initials before a government', 'The cleric had worked with the U.S. government for years', 'US'],
    [
      'initials qualifying troop levels',
      'Critics say higher U.S. troop levels have not calmed the city',
      'US',
    ],
    ['the state a spy served', 'The rebels hanged a farmer for spying for Iraq last week', 'IQ'],
    ['the state a man worked for', 'A note on the body said he worked for the U.S. before', 'US'],
    ['where a bus was bound for', 'A mine tore through a bus bound for Syria at dawn', 'SY'],
    ['where a flight was en route to', 'Gunmen seized a plane en route to Iraq last night', 'IQ'],
    ['where pilgrims were going', 'Gunmen fired on a bus of pilgrims to Iraq at dawn', 'IQ'],
    ['where a convoy was returning to', 'Gunmen ambushed trucks returning to Syria at dawn', 'SY'],
    [
      'a state’s conduct named by its possessive',
      "The envoy had denounced Syria's presence in the valley",
      'SY',
    ],
    ['a state’s ruling party', "A bomb damaged the office of Egypt's ruling party downtown", 'EG'],
    ['an embassy told before its owner', 'Rockets fell near the embassy of Egypt downtown', 'EG'],
    ['people named by where they come from', 'Gunmen seized two engineers from Egypt on the highway', 'EG'],
    [
      'initials paired with a nationality before contractors',
      'Gunmen seized U.S. or British contractors',
      'US',
    ],
  ])('%s', (_why, text, code) => {
    expect(viaOf(text, code)).toBe('demonym');
  });

  it.each([
    ['a country where something happened', 'A car bomb exploded in Iraq on Monday', 'IQ'],
    [
      'forces of the country, which stay an actor',
      'Clashes erupted after Iraq troops entered the town',
      'IQ',
    ],
    ['a noun across a full stop', 'The attack took place in Iraq. Embassy staff were safe', 'IQ'],
    ['a country a man worked in', 'He worked for years in Iraq before the blast', 'IQ'],
    ['two words before an owned noun', 'Gunmen attacked Iraq border guard officers', 'IQ'],
    ['a full name paired with a nationality', 'Fighting spread across Iraq and Syrian forces moved in', 'IQ'],
    [
      'a country a bus was stopped in on its way',
      'A bus was stopped in Syria on its way to the border',
      'SY',
    ],
    ['a country’s possessive before a place noun', "A bomb went off in Syria's north on Monday", 'SY'],
    [
      'a citizen of the country, often at home',
      'The victim was a loyal citizen of Syria, his family said',
      'SY',
    ],
    ['a move out of the country', 'Gunmen fled from Syria across the river at night', 'SY'],
  ])('but not %s', (_why, text, code) => {
    expect(viaOf(text, code)).toBe('name');
  });
});

describe("a country's initials stay a place", () => {
  it.each([
    ['initials after a preposition of place', 'Two men were arrested in the US last year', 'US'],
    [
      'initials before a preposition',
      'The plot was planned by a cell based in Hamburg and the US on Monday',
      'US',
    ],
    ['initials before an act of the state', 'Residents braced for a possible US attack on the port', 'US'],
  ])('%s', (_why, text, code) => {
    expect(viaOf(text, code)).toBe('alias');
  });
});

describe('a town named as the seat of an organisation reads as a nationality', () => {
  const viaOfPlace = (text: string, id: string) =>
    findMentions(kb, text, [[0, text.length]]).find((m) => m.entity_id === id)?.via;

  it.each([
    ['hyphenated', 'Gunmen kidnapped a reporter of a Baghdad-based daily near the border'],
    ['spaced', 'Gunmen kidnapped a reporter of a Baghdad based daily near the border'],
    ['owning a ship', 'Pirates seized a Baghdad-owned freighter off the coast'],
    ['told after the organisation', 'Gunmen kidnapped a worker of a charity headquartered in Baghdad'],
    ['naming a bank', 'Arsonists gutted a Banco de Baghdad cash office on Monday'],
    ['naming a savings bank', 'Arsonists gutted a Caja Baghdad cash office on Monday'],
  ])('%s', (_why, text) => {
    expect(viaOfPlace(text, 'place:iq:baghdad')).toBe('demonym');
  });

  it('but not a town where something happened', () => {
    expect(viaOfPlace('Gunmen kidnapped a reporter in Baghdad on Monday', 'place:iq:baghdad')).toBe('name');
  });
});

describe('a country named as an owner casts no vote between namesakes', () => {
  const places = (text: string): string[] =>
    findMentions(kb, text, [[0, text.length]])
      .filter((m) => m.kind === 'city')
      .map((m) => m.entity_id);

  it('reads "the Lebanon embassy in Tripoli" as the bigger Tripoli, in Libya', () => {
    expect(places('Rockets hit the Lebanon embassy in Tripoli')).toEqual(['place:ly:tripoli']);
  });

  it('while Lebanon named as a place still decides', () => {
    expect(places('Rockets hit Tripoli, Lebanon')).toEqual(['place:lb:tripoli']);
  });
});

describe("a country's full name before a qualified noun", () => {
  it('names a firm at home, not an owner abroad, as an abbreviation would', async () => {
    const shipped = await loadKnowledgeBase();
    const text = 'Maoists bombed a Nepal telecommunications corporation station';
    const nepal = findMentions(shipped, text, [[0, text.length]]).find((m) => m.entity_id === 'country:NP');
    expect(nepal?.via).toBe('name');
  });

  it('but not a country an Arabic shell fell in', () => {
    expect(viaOf('سقطت قذيفة في سورية قرب الحدود مساء', 'SY')).not.toBe('demonym');
    expect(viaOf('سقطت قذيفة في سورية قرب الحدود مساء', 'SY')).toBeDefined();
  });
});
