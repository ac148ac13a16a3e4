import { describe, expect, it } from 'vitest';
import { resolvedEvents, subTypesOf } from '../../../test/support/resolved-events.js';
import { placeEntity } from './fixture-entities.js';

/** The sub-types of the events a text tells, Mosul known as a place wherever the text names it. */
function typesOf(text: string): string[] {
  return subTypesOf({
    text,
    mentions: text.includes('Mosul') ? [['Mosul', placeEntity('Mosul', 'IQ')]] : [],
  });
}

/** Sentences that each tell one incident in terse wording, by the sub-type they tell. */
const TERSE: Record<string, string[]> = {
  'Looting/property destruction': [
    // Infrastructure wrecked, and fire set on purpose.
    'Rebels sabotaged an oil pipeline near Mosul on Monday.',
    'Three electricity pylons outside the town were destroyed near Mosul.',
    'Guerrillas toppled a power tower near Mosul.',
    'The offices of the party were set alight overnight.',
    'The hall was burned in a fire set by unknown arsonists.',
    'The gate of the town hall was damaged by a fire that unknown individuals started.',
    'Investigators said the fire was deliberately set at a depot near Mosul.',
    'Unknown persons started a fire in a tax office in Mosul.',
    'The pumping station that feeds the northern towns was destroyed by guerrillas.',
    'A bakery was attacked by masked youths who poured flammable liquid over its shutters.',
    'The group claimed the burning of three cars near Mosul.',
    'Extremists destroyed two shrines near Mosul.',
  ],
  'Armed clash': ['Police and smugglers exchanged fire near Mosul on Sunday.'],
  Attack: [
    // Shots told by what was fired or where from.
    'A gunman fired four shots at a bus.',
    'Men in a van fired automatic weapons at the consulate.',
    'The group admitted firing several shots into a house.',
    'A helicopter came under ground fire near the border.',
    'Two men fired from a passing van at the gate of the depot.',
    'Unknown men fired from a taxi at the car of a judge.',
    'A guard died in a hospital after being shot outside the gate.',
    'The farmhouse of a judge was the target of rifle fire overnight.',
    // Attacks told by their arms, by what they wrecked, by who underwent them, or by the armed side raiding.
    'A village headman was attacked with hunting rifles on his way home.',
    'Two kiosks owned by soldiers were destroyed in a night attack.',
    'A fuel convoy came under attack outside the town.',
    'Guerrillas raided a farm near Mosul and left.',
    'The clinic was raided by armed men on Monday.',
    'Two men were brought to hospital with gunshot wounds near Mosul.',
    // Beatings, killings and attacks told by their force, their wound, their aim or their attackers.
    'A reporter was beaten unconscious near Mosul.',
    'A boy was beaten by a gang of youths in Mosul.',
    'A shepherd was discovered with his throat slit near Mosul.',
    'A guard was mortally wounded near Mosul on Monday.',
    'The mayor survived an attempt on his life.',
    'A convoy of foreign workers was attacked by armed gunmen.',
    'The rebels claimed responsibility for the murder of a customs officer.',
    // A storming that kills is an attack, told without the ground a takeover would need.
    'A village elder was killed when armed men stormed his farmhouse.',
  ],
  'Remote explosive/landmine/IED': [
    'Youths petrol-bombed a police station.',
    'A tax inspector received a letter containing explosives.',
    'Maoists blasted the house of a ferry owner near Mosul.',
    'A bomb caused extensive damage to a pharmacy.',
  ],
  'Disrupted weapons use': ['Police found a truck packed with explosives near Mosul.'],
  'Abduction/forced disappearance': [
    'Two engineers were held captive by the rebels for a week.',
    'A hijacker armed with a razor forced the airliner to land.',
  ],
};

/** Sentences whose trigger-like words tell no incident: aimless shots, sport, speech, weather, a seizure. */
const LOOK_ALIKES = [
  'The police fired two warning shots near Mosul.',
  'The guards fired their guns into the air near Mosul.',
  'The striker fired three shots on target in Mosul on Sunday.',
  'The minister fired a parting shot at his rivals in Mosul.',
  'The senator blasted the bill in Mosul on Monday.',
  'The storm toppled two pylons near Mosul.',
  'Heavy rains destroyed a bridge near Mosul.',
  'Police recovered 50 petrol bombs near Mosul on Friday.',
  'The clerk was fired from a job at the bank in Mosul.',
  'Police raided a flat near Mosul on Monday.',
  'A short circuit started a fire in a hospital in Mosul.',
  'Rebels stormed a hilltop on Monday.',
];

describe('incidents told in terse wording', () => {
  for (const [type, texts] of Object.entries(TERSE)) {
    it.each(texts)(`finds one ${type} event in "%s"`, (text) => {
      expect(typesOf(text)).toEqual([type]);
    });
  }

  it.each(LOOK_ALIKES)('finds no event in "%s"', (text) => {
    expect(typesOf(text)).toEqual([]);
  });
});

describe("a chronology's entry, filed under its country in capitals", () => {
  /** The events of an entry, the country at its start known as one. */
  function entryEvents(text: string, country: string) {
    const name = text.slice(0, text.indexOf(country) + country.length);
    const events = resolvedEvents({ text, mentions: [[name, placeEntity('Sweden', 'SE', 'country')]] });
    return events.map((e) => [e.sub_event_type?.value, e.location?.country]);
  }

  it('tells its incident in the first sentence, placed nowhere else', () => {
    expect(entryEvents('SWEDEN.  Six youths attacked a refugee.', 'SWEDEN')).toEqual([['Attack', 'SE']]);
  });

  it('gives a weak act no support when the country is not written in capitals', () => {
    expect(entryEvents('Sweden.  Six youths attacked a refugee.', 'Sweden')).toEqual([]);
  });
});

describe('a casualty told as by the fire of its killers, «بنيران», «برصاص»', () => {
  it.each([
    'لقي موظف في البلدية مصرعه بنيران مسلحين مجهولين في بلدة بيجي يوم الأحد.',
    'أصيب سائق شاحنة برصاص مسلحين قرب بلدة بيجي مساء الخميس.',
  ])('finds one Attack in "%s"', (text) => {
    expect(subTypesOf({ text, mentions: [['بيجي', placeEntity('Baiji', 'IQ')]] })).toEqual(['Attack']);
  });
});

describe('a shell or rocket told as landing, «سقط»', () => {
  it('finds one shelling where a rocket fired from across the border fell near a town', () => {
    const text = 'أعلن الجيش أن قذيفة أطلقت من وراء الحدود سقطت قرب بلدة بيجي فجر الاثنين.';
    expect(subTypesOf({ text, mentions: [['بيجي', placeEntity('Baiji', 'IQ')]] })).toEqual([
      'Shelling/artillery/missile attack',
    ]);
  });

  it('finds one shelling where a count of shells fell on a town', () => {
    const text = 'سقطت خمس قذائف على أطراف بلدة بيجي مساء الجمعة.';
    expect(subTypesOf({ text, mentions: [['بيجي', placeEntity('Baiji', 'IQ')]] })).toEqual([
      'Shelling/artillery/missile attack',
    ]);
  });

  it('finds none in a test rocket that fell into the sea, with no place, day or side', () => {
    expect(subTypesOf({ text: 'أطلقت الدولة صاروخا تجريبيا سقط في البحر.' })).toEqual([]);
  });
});

describe('an explosion named in the accusative, «انفجارا»', () => {
  it('finds one remote explosive, not an attack', () => {
    const text = 'قالت الشرطة إن انفجارا وقع في بلدة بيجي مساء الأحد وأسفر عن مقتل تسعة أشخاص.';
    expect(subTypesOf({ text, mentions: [['بيجي', placeEntity('Baiji', 'IQ')]] })).toEqual([
      'Remote explosive/landmine/IED',
    ]);
  });
});
