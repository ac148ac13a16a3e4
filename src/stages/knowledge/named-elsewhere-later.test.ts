import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { placeMentions, townMentions } from './knowledge-fixtures.js';
import { loadKnowledgeBase } from './index.js';

const kb = await loadKnowledgeBase({ dataDir: fileURLToPath(new URL('./fixtures/kb/', import.meta.url)) });

const places = (text: string): string[] => placeMentions(kb, text, { demonyms: false });

describe('a journey told with words between its verb and its ends gives way to where it was struck', () => {
  it.each([
    [
      'a bus on its way from one town to another, hit near a third',
      'A bomb tore through a minibus on its way from Homs to Hama. It had been left under a seat and went off near Tal Abyad',
      ['Tal Abyad=place:sy:tal-abyad'],
    ],
    [
      'a lorry carrying goods between two towns, the driver found in the next sentence',
      'Rebels stopped a lorry transporting flour for the army from Baghdad to Mosul. The driver turned up dead near Shirqat',
      ['Shirqat=place:iq:shirqat'],
    ],
  ])('%s', (_label, text, expected) => {
    expect(places(text)).toEqual(expected);
  });

  it('keeps the town a hijacked flight set out from, where the hijackers boarded', () => {
    expect(
      places('A jet flying from Homs to Hama was seized by hijackers and made to land in Deir ez-Zor'),
    ).toEqual(['Homs=place:sy:homs', 'Deir ez-Zor=place:sy:deir-ez-zor']);
  });
});

describe('the ends of a stretch give way to the place the stretch was hit at', () => {
  it.each([
    [
      'a line between two towns, hit near a third',
      'Saboteurs felled a power line between Homs and Hama, in a field near Tal Abyad',
      ['Tal Abyad=place:sy:tal-abyad'],
    ],
    [
      'a pipeline that carries oil from one town to another, hit near a third in the next sentence',
      'Saboteurs struck a pipeline that carries crude from Mosul to Baghdad. The charge went off near Shirqat',
      ['Shirqat=place:iq:shirqat'],
    ],
  ])('%s', (_label, text, expected) => {
    expect(places(text)).toEqual(expected);
  });

  it('keeps both ends when nothing else is named', () => {
    expect(places('Saboteurs felled a power line between Homs and Hama')).toEqual([
      'Homs=place:sy:homs',
      'Hama=place:sy:hama',
    ]);
  });
});

describe('a club, a gang or a person named after a town is met away from it', () => {
  it.each([
    [
      'a member of a boxing club',
      'A trainer of the Hama Boxing Club turned up dead in Homs',
      ['Homs=place:sy:homs'],
    ],
    [
      'a gang named after a town',
      'A gang styling itself the Mosul Youth said it had torched cars in Baghdad',
      ['Baghdad=place:iq:baghdad'],
    ],
    [
      'a party official from a town',
      'The party’s local president from Shirqat was gunned down outside a mosque in Mosul',
      ['Mosul=place:iq:mosul'],
    ],
    [
      'a senator for a town',
      'Stones smashed the windows of a senator for Hama in Homs',
      ['Homs=place:sy:homs'],
    ],
  ])('%s', (_label, text, expected) => {
    expect(places(text)).toEqual(expected);
  });
});

describe('a province’s seat named after an official’s town is another place', () => {
  it('drops the town of a police chief shot at his home in the seat of its province', () => {
    expect(places('The police chief of Dibis was shot dead on Sunday outside his house in Kirkuk')).toEqual([
      'Kirkuk=place:iq:kirkuk',
    ]);
  });
});

describe('a bearing’s town gives way to the place named right after it', () => {
  it('drops the town a scene is told south of when "near" names the scene', () => {
    expect(places('A mine went off south of Mosul near Shirqat')).toEqual(['Shirqat=place:iq:shirqat']);
  });
});

describe('the seat of a prefecture gives way to the town of it the next sentence names', () => {
  it('drops the seat when the next sentence puts the blast in one of its towns', () => {
    expect(
      townMentions(
        kb,
        'Bombs went off in two towns of the sub-prefecture of Homs. In Hama, a bakery burned',
        {
          bySentence: true,
        },
      ),
    ).toEqual(['Hama=place:sy:hama']);
  });
});

describe('an official’s town, or a resident’s, named by the title before it or the noun after it, gives way to the scene', () => {
  it.each([
    [
      'a judge "in" one town, seized at his house in another',
      'Masked men seized a senior judge in Mosul outside his house in Shirqat',
      ['Shirqat=place:iq:shirqat'],
    ],
    [
      'the chief of police "in" one town, hit as his car was entering another',
      'A mine tore through the car of the chief of police in Hama while it was entering Homs',
      ['Homs=place:sy:homs'],
    ],
    [
      'the head "of" one town’s department, the bomb found near another',
      'Sappers defused a bomb meant for the head of Mosul’s traffic department near Mahmudiyah',
      ['Mahmudiyah=place:iq:mahmudiyah'],
    ],
    [
      'a resident named by his town before the noun',
      'A Hama resident was shot dead at a checkpoint near Homs',
      ['Homs=place:sy:homs'],
    ],
    [
      'a candidate named by his district',
      'A Musayyib district candidate was gunned down in Mahmudiyah',
      ['Mahmudiyah=place:iq:mahmudiyah'],
    ],
    [
      'a councilor, spelt with one l',
      'A Mosul Councilor lost a leg when a bomb went off under his car in Baghdad',
      ['Baghdad=place:iq:baghdad'],
    ],
  ])('%s', (_, text, expected) => {
    expect(places(text)).toEqual(expected);
  });

  it('keeps the village whose head was struck there', () => {
    expect(places('Rebels shot dead the village head of Shirqat as he left the mosque near Mosul')).toContain(
      'Shirqat=place:iq:shirqat',
    );
  });
});

describe('where fire came from gives way to where it landed', () => {
  it('told in the next sentence', () => {
    const text = 'Militants fired two rockets from Homs toward the plain. Both fell short in Hama.';
    expect(townMentions(kb, text, { bySentence: true })).toEqual(['Hama=place:sy:hama']);
  });

  it('with two words between the weapon and "from"', () => {
    expect(places('Militants fired rockets at night from Tal Abyad, and one landed in Hama')).toEqual([
      'Hama=place:sy:hama',
    ]);
  });
});

describe('a town’s name labelling the area of the village named next, told with "area" or "Mount"', () => {
  it.each([
    [
      '"the X area village of Y"',
      'Masked men shot a farmer in the Mosul area village of Shirqat',
      ['Shirqat=place:iq:shirqat'],
    ],
    [
      '"the X-area village of Y"',
      'Masked men stormed the Mosul-area village of Shirqat at dawn',
      ['Shirqat=place:iq:shirqat'],
    ],
    [
      '"the Mount X settlement of Y"',
      'Snipers fired on the northern Mount Homs settlement of Tal Abyad',
      ['Tal Abyad=place:sy:tal-abyad'],
    ],
  ])('%s', (_, text, expected) => {
    expect(places(text)).toEqual(expected);
  });
});

describe('a town gives way to the place its sentence or the next says the incident took place in', () => {
  it.each([
    [
      'a town a power line feeds',
      'Rebels blew up a power line feeding Mosul. The explosion took place near Shirqat',
      ['Shirqat=place:iq:shirqat'],
    ],
    [
      'the town of a police headquarters where the victim served',
      'Gunmen shot a colonel at the Mosul police headquarters. The incident took place in Mahmudiyah',
      ['Mahmudiyah=place:iq:mahmudiyah'],
    ],
    [
      'not for a quarter, most likely of the town named before',
      'Sappers found a charge in Baghdad. The bombing happened at the Hamza neighbourhood market',
      ['Baghdad=place:iq:baghdad', 'Hamza=place:iq:hamza'],
    ],
    [
      'not for a place in another country, more likely a misread namesake',
      'Rebels ambushed a convoy out of Mosul. The ambush occurred near Homs',
      ['Mosul=place:iq:mosul', 'Homs=place:sy:homs'],
    ],
    [
      'not for a place told two sentences on',
      'Rebels ambushed a convoy out of Mosul. Two drivers were hurt. The ambush occurred near Shirqat',
      ['Mosul=place:iq:mosul', 'Shirqat=place:iq:shirqat'],
    ],
  ])('%s', (_, text, expected) => {
    expect(townMentions(kb, text, { bySentence: true })).toEqual(expected);
  });
});

describe('a route’s ends give way to the province the route is told to run through', () => {
  it('told after "of"', () => {
    const found = places('A mine struck a minibus on the Mosul-Baghdad highway of Kirkuk Province');
    expect(found).not.toContain('Mosul=place:iq:mosul');
    expect(found).not.toContain('Baghdad=place:iq:baghdad');
  });
});
