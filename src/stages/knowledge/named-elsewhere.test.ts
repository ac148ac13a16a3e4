import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { placeMentions, townMentions } from './knowledge-fixtures.js';
import { loadKnowledgeBase } from './index.js';

const kb = await loadKnowledgeBase({ dataDir: fileURLToPath(new URL('./fixtures/kb/', import.meta.url)) });

const places = (text: string): string[] => placeMentions(kb, text, { demonyms: false });

describe('a town heading a street’s or an office’s name, or an origin, with another place named after it, is not the place', () => {
  it.each([
    [
      'a street named after a town, in another town',
      'A grenade was thrown at a shop on Mosul Road in Baghdad',
      ['Baghdad=place:iq:baghdad'],
    ],
    [
      'a newspaper named after its town, its reporter met in another',
      'The bureau chief of the Mosul newspaper was shot dead in Baghdad',
      ['Baghdad=place:iq:baghdad'],
    ],
    [
      'people named with the towns they come from',
      'Two engineers, Ted Lowry of Leeds and Ben Hart of Mosul, were seized in Baghdad',
      ['Baghdad=place:iq:baghdad'],
    ],
    [
      'people named with home towns across a border',
      'Two engineers, Ted Lowry of Leeds and Ben Hart of Homs, were seized in Baghdad',
      ['Baghdad=place:iq:baghdad'],
    ],
    [
      'the place may come further on in the sentence',
      'A bomb went off on Mosul Road, two kilometres from Baghdad',
      ['Baghdad=place:iq:baghdad'],
    ],
    [
      'a route between two towns, the attack near a third',
      'A bomb hit a bus on the Baghdad-Mosul highway near Mahmudiyah',
      ['Mahmudiyah=place:iq:mahmudiyah'],
    ],
    [
      'the ends of a pipeline, one across the border, and the blast near a third town',
      'Saboteurs blew a hole in the Moscow-Baghdad oil pipeline near Mahmudiyah',
      ['Mahmudiyah=place:iq:mahmudiyah'],
    ],
    [
      'the ends of a railway named for the train that ran on it',
      'A bomb went off in a Hama-Homs passenger train outside Tal Abyad',
      ['Tal Abyad=place:sy:tal-abyad'],
    ],
    [
      'a broadcaster named after a town, its reporter in another',
      'A reporter of Radio Mosul was kidnapped in Baghdad',
      ['Baghdad=place:iq:baghdad'],
    ],
    [
      'a firm named after a town, its branch in another',
      'A grenade wrecked a Mosul Bank branch in Baghdad',
      ['Baghdad=place:iq:baghdad'],
    ],
    [
      'officials from one town, shot in another',
      'Two customs officials from Mosul were shot dead in Baghdad',
      ['Baghdad=place:iq:baghdad'],
    ],
    [
      'a teacher from a village, abducted in a town',
      'A teacher from the village of Shirqat was abducted in Mosul',
      ['Mosul=place:iq:mosul'],
    ],
    [
      'a bus named for where it was bound, blown up in another town',
      'A Mosul-bound bus was blown up in Shirqat',
      ['Shirqat=place:iq:shirqat'],
    ],
    [
      'a school named after a town, in another',
      'Militants blew up the Mosul Girls School in Baghdad',
      ['Baghdad=place:iq:baghdad'],
    ],
    [
      'a newspaper named after a town, its reporter in another',
      'A reporter for the Mosul Herald was beaten up in Baghdad',
      ['Baghdad=place:iq:baghdad'],
    ],
    [
      'a charity based in one town, its office in another',
      'Thieves looted the office of a Homs-based charity in Hama',
      ['Hama=place:sy:hama'],
    ],
    [
      'a brand whose name a town’s name opens, its showroom in another town',
      'Arsonists torched the Mosul-Kessler lorry showroom in Baghdad',
      ['Baghdad=place:iq:baghdad'],
    ],
    [
      'an office held in one town, the attack in another',
      'Gunmen seized the Mosul police chief in Baghdad',
      ['Baghdad=place:iq:baghdad'],
    ],
    [
      'a council member attacked near another town',
      'A Musayyib council member was shot near Mahmudiyah',
      ['Mahmudiyah=place:iq:mahmudiyah'],
    ],
    [
      'people from one town attacked near another',
      'A family from Hama was attacked near Homs',
      ['Homs=place:sy:homs'],
    ],
    [
      'a train travelling from one town, bombed near another',
      'A train travelling from Hama to the coast was bombed near Homs',
      ['Homs=place:sy:homs'],
    ],
    [
      'a bus from one town, ambushed in another',
      'A bus from Shirqat was ambushed in Mosul',
      ['Mosul=place:iq:mosul'],
    ],
    [
      'a resident of one town shot in another',
      'A resident of Shirqat was shot dead in Mosul',
      ['Mosul=place:iq:mosul'],
    ],
    [
      'rockets from a province landing in a town',
      'Two rockets from the Homs Governorate landed in Hama',
      ['Hama=place:sy:hama'],
    ],
    [
      'fire from one town landing in another',
      'Mortars fired from Tal Abyad landed in Hama',
      ['Hama=place:sy:hama'],
    ],
    [
      'travellers heading to one town, the scene told in the next sentence',
      'Gunmen fired on a minibus travelling to Hama. The shooting took place near Homs',
      ['Homs=place:sy:homs'],
    ],
    [
      'a load a van carried to one town, neither the town nor its province the scene',
      'A van carrying recruits to Kirkuk was bombed near Mosul',
      ['Mosul=place:iq:mosul'],
    ],
    [
      'pilgrims to one town, shot in another',
      'Gunmen shot at a coach of pilgrims to Mosul in Baghdad',
      ['Baghdad=place:iq:baghdad'],
    ],
    [
      'a town’s deputy governor, written with a possessive',
      'Rebels fired on Mosul’s deputy governor as he drove through Baghdad',
      ['Baghdad=place:iq:baghdad'],
    ],
    [
      'the town’s police forces headed by the victim',
      'Snipers targeted Omar Saleh, head of the Shirqat police forces, at a market in Mosul',
      ['Mosul=place:iq:mosul'],
    ],
    [
      'a district commissioner of one town, killed in another',
      'A grenade killed the district commissioner of Musayyib outside a shop in Mahmudiyah',
      ['Mahmudiyah=place:iq:mahmudiyah'],
    ],
    [
      'an Arabic police commander’s town',
      'نجا قائد شرطة الموصل من عبوة ناسفة في بغداد',
      ['بغداد=place:iq:baghdad'],
    ],
    [
      'an Arabic governor’s town, the scene written with "ب"',
      'أصيب محافظ الموصل بجروح في هجوم ببغداد',
      ['بغداد=place:iq:baghdad'],
    ],
    [
      'an Arabic municipal head’s town',
      'اغتال مسلحون رئيس بلدية المحمودية داخل مدينة بغداد',
      ['بغداد=place:iq:baghdad'],
    ],
    [
      'a destination after the scene the sentence gave first',
      'Police defused a device left aboard a coach in Mosul bound for Baghdad',
      ['Mosul=place:iq:mosul'],
    ],
  ])('%s', (_label, text, expected) => {
    expect(places(text)).toEqual(expected);
  });
});

describe('the town stays where nothing else is put on the map', () => {
  it.each([
    [
      'a destination followed only by where it lies',
      'Police stopped two men on their way to Musayyib, near Mahmudiyah',
      ['Musayyib=place:iq:musayyib', 'Mahmudiyah=place:iq:mahmudiyah'],
    ],
    [
      'a street with no place after it is the only clue',
      'Two cars burned on Hama Road overnight',
      ['Hama=place:sy:hama'],
    ],
    [
      'the road to a town, in lower case, leads to it',
      'A roadside bomb struck a patrol on the Mosul road',
      ['Mosul=place:iq:mosul'],
    ],
    [
      'a route between two towns with no place after it keeps them',
      'Gunmen stopped a bus on the Hama-Homs Road',
      ['Hama=place:sy:hama', 'Homs=place:sy:homs'],
    ],
    [
      'a railway line with no place after it keeps its ends',
      'A charge cut the Hama-Homs railway line overnight',
      ['Hama=place:sy:hama', 'Homs=place:sy:homs'],
    ],
    [
      'a broadcaster named after its town, nothing else named',
      'Gunmen stormed the studios of Radio Mosul',
      ['Mosul=place:iq:mosul'],
    ],
    [
      'a firm named after its town, nothing else named',
      'A grenade wrecked a Mosul Bank branch',
      ['Mosul=place:iq:mosul'],
    ],
    ['an office alone', 'Gunmen wounded the Mosul governor overnight', ['Mosul=place:iq:mosul']],
    [
      'the premises of an office stand in its town',
      'A blast damaged the Mosul mayor’s office and hurt guards from Baghdad',
      ['Mosul=place:iq:mosul', 'Baghdad=place:iq:baghdad'],
    ],
    [
      'an origin followed only by where it lies',
      'A man from Musayyib, in Iraq, was killed',
      ['Musayyib=place:iq:musayyib', 'Iraq=country:IQ'],
    ],
    [
      'a town named next only to say where the first lies',
      'The mayor of Musayyib, a town near Mahmudiyah, was shot',
      ['Musayyib=place:iq:musayyib', 'Mahmudiyah=place:iq:mahmudiyah'],
    ],
    [
      'a place abroad is no scene for a town’s official',
      'The mayor of Baghdad was shot in Homs',
      ['Baghdad=place:iq:baghdad', 'Homs=place:sy:homs'],
    ],
    [
      'a bare "from" names no scene',
      'A family from Hama was shot on the way back from Homs',
      ['Hama=place:sy:hama', 'Homs=place:sy:homs'],
    ],
    [
      'a convoy from a town, hit with no other place put on the map',
      'A convoy from Hama was hit by a roadside bomb',
      ['Hama=place:sy:hama'],
    ],
    [
      'only the country around the town follows',
      'The Mosul governor was wounded in Iraq',
      ['Mosul=place:iq:mosul', 'Iraq=country:IQ'],
    ],
  ])('%s', (_label, text, expected) => {
    expect(places(text)).toEqual(expected);
  });
});

describe('a route’s ends yield to the province the sentence runs it through', () => {
  it.each([
    [
      'an area the base does not know, in a district it does not know, in a province',
      'A bridge on the Kabul-Kandahar Highway was blown up in the Tolgard area of Zenkar District, Ghazni Province.',
      ['Ghazni Province=region:af:ghazni'],
    ],
    [
      'a district the base does not know, in a province',
      'Gunmen ambushed fuel tankers along a stretch of the Kabul-Kandahar Highway in Zenkar District, Ghazni Province.',
      ['Ghazni Province=region:af:ghazni'],
    ],
    [
      'the province told right after the route',
      'A police truck hit a mine on a stretch of the Kabul-Kandahar Highway, Ghazni Province.',
      ['Ghazni Province=region:af:ghazni'],
    ],
    [
      'a province the route runs through',
      'Two drivers were seized on the Kabul-Kandahar Highway through Ghazni Province.',
      ['Ghazni Province=region:af:ghazni'],
    ],
  ])('%s', async (_label, text, expected) => {
    const shipped = await shippedBase;
    expect(placeMentions(shipped, text, { demonyms: false })).toEqual(expected);
  });

  it('keeps an origin when the district after it is only where its village lies', async () => {
    const shipped = await shippedBase;
    const text =
      'Gunmen abducted a teacher from Sopore village of Baramulla while he visited the hilly district of Kupwara.';
    expect(placeMentions(shipped, text, { demonyms: false })).toContain('Sopore=place:in:sopore');
  });
});

describe('a town’s name labelling the area of a settlement or village named next is not the place', () => {
  it.each([
    [
      'a settlement labelled by its area',
      'Falling shrapnel scarred the Gaza settlement of Netzarim’s only school.',
      ['Netzarim=place:ps:netzarim'],
    ],
    [
      'a village labelled by its district',
      'A shopkeeper was shot by two men in the hilly Udhampur district village of Jamalsan late on Friday.',
      ['Jamalsan=place:in:jamalsan'],
    ],
    [
      'the village of, after a route, puts the village on the map',
      'Two cars were hit on the Glogovac-Srbica road on the way to the village of Orlate.',
      ['Orlate=place:xk:orlate'],
    ],
  ])('%s', async (_label, text, expected) => {
    const shipped = await shippedBase;
    expect(placeMentions(shipped, text, { demonyms: false }).filter((p) => !p.startsWith('Gaza='))).toEqual(
      expected,
    );
  });

  it('keeps a village named before "village of" its town', async () => {
    const shipped = await shippedBase;
    const text = 'A bomb went off outside a house in Surankote village of Poonch district.';
    expect(placeMentions(shipped, text, { demonyms: false })).toContain('Surankote=place:in:surankote');
  });

  it.each([
    ['A farmer was shot dead in the Jamalsan village of Udhampur district.', 'Jamalsan=place:in:jamalsan'],
    ['Raiders looted a shop in the Gundala village of Bhadradri district.', 'Gundala=place:in:gundala'],
  ])('keeps the village after "the" when what it is "of" is a district: %s', async (text, expected) => {
    const shipped = await shippedBase;
    expect(placeMentions(shipped, text, { demonyms: false })).toContain(expected);
  });
});

describe('a firm’s or a facility’s town may lie across a border from where the sentence places it', () => {
  it('drops the town a bank is named after when its branch is put in a town abroad', async () => {
    const shipped = await shippedBase;
    const text = 'Police defused a pipe bomb left outside the Santander Bank office in Santiago on Monday.';
    expect(placeMentions(shipped, text, { demonyms: false })).toEqual(['Santiago=place:cl:santiago']);
  });

  it('drops the town a mosque is named after when the sentence puts the mosque in a town abroad', async () => {
    const shipped = await shippedBase;
    const text = 'Unknown men torched the Al-Quds mosque in west Mosul last night.';
    expect(placeMentions(shipped, text, { demonyms: false })).toEqual(['Mosul=place:iq:mosul']);
  });
});

describe('a firm’s town gives way to a place a later sentence puts on the map', () => {
  it('drops the town an insurance firm is named after when the next sentence names where it happened', async () => {
    const shipped = await shippedBase;
    const text =
      'A manager of the Lisbon Insurance Company was stabbed on Tuesday. Police in Porto said the attacker fled on foot.';
    expect(townMentions(shipped, text, { bySentence: true })).toEqual(['Porto=place:pt:oporto']);
  });

  it('keeps the town a hospital is named after, which stands most often in it', async () => {
    const shipped = await shippedBase;
    const text = 'A nurse was shot outside the Kirkuk General Hospital. Her family lives in Tuz Khurmatu.';
    expect(townMentions(shipped, text, { bySentence: true })).toEqual([
      'Kirkuk=place:iq:kirkuk',
      'Tuz Khurmatu=place:iq:tuz-khurmatu',
    ]);
  });
});

describe('a firm named after a town abroad, with its branch’s town named after it, is not the place', () => {
  it.each([
    [
      'a bank named "of" a foreign town',
      'Gunmen robbed a Bank of Boston branch in Lima',
      ['Lima=place:pe:lima'],
    ],
    [
      'a bank named after a foreign town and province',
      'A grenade damaged the Santander Bank office in Caracas',
      ['Caracas=place:ve:caracas'],
    ],
    [
      'a bank named "of" a foreign town, after the town it stands in',
      'Rioters in Lima threw stones at the local Bank of Boston office',
      ['Lima=place:pe:lima'],
    ],
    [
      'a bank named "of" a town, with nothing else named',
      'Gunmen robbed a Bank of Boston branch at dawn',
      ['Boston=place:us:boston'],
    ],
    [
      'a town spelled with an apostrophe that ends in "at", before a college’s noun that is also a town',
      "A bomb went off at Her'at University's library",
      ["Her'at=place:af:herat"],
    ],
  ])('%s', async (_label, text, expected) => {
    const shipped = await shippedBase;
    expect(placeMentions(shipped, text, { demonyms: false })).toEqual(expected);
  });
});

const shippedBase = loadKnowledgeBase({});

describe('a town the scene is told from as a bearing gives way to the place its sentence names', () => {
  it.each([
    [
      'the bearing first, the scene after it',
      'Gunmen ambushed a convoy west of Mosul and burned two lorries near Shirqat',
      ['Shirqat=place:iq:shirqat'],
    ],
    [
      'the scene first, the bearing told as where it lies',
      'A mortar round fell in Musayyib, some sixty kilometres south of Baghdad',
      ['Musayyib=place:iq:musayyib'],
    ],
  ])('%s', (_label, text, expected) => {
    expect(places(text)).toEqual(expected);
  });

  it.each([
    ['a bearing alone is the only clue', 'A patrol was ambushed north of Mosul', ['Mosul=place:iq:mosul']],
    [
      'a part of the town itself',
      'Two shops burned down in the south of Baghdad, near Mahmudiyah',
      ['Baghdad=place:iq:baghdad', 'Mahmudiyah=place:iq:mahmudiyah'],
    ],
    [
      'a part of the town told without "the"',
      'Two shops burned down in south of Baghdad and a car burned in Mahmudiyah',
      ['Baghdad=place:iq:baghdad', 'Mahmudiyah=place:iq:mahmudiyah'],
    ],
    [
      'a bearing with only where it lies after it',
      'Militants shelled an army post south of Baghdad near Mahmudiyah',
      ['Baghdad=place:iq:baghdad', 'Mahmudiyah=place:iq:mahmudiyah'],
    ],
  ])('the bearing stays: %s', (_label, text, expected) => {
    expect(places(text)).toEqual(expected);
  });
});

describe('where travellers set out from or were heading gives way to where the report puts them', () => {
  it.each([
    [
      'the place told in a later sentence',
      'Mourners driving home from Hama were fired on. Hours later their burnt car turned up in Homs',
      ['Homs=place:sy:homs'],
    ],
    [
      'both ends of the journey, the blast near a third town in the next sentence',
      'A roadside charge struck villagers walking from Baghdad to Mosul. It had been buried near Mahmudiyah',
      ['Mahmudiyah=place:iq:mahmudiyah'],
    ],
    [
      'a town far from the one named after "in"',
      'Officers came upon the corpse of a teacher from Mosul in western Baghdad',
      ['Baghdad=place:iq:baghdad'],
    ],
  ])('%s', (_label, text, expected) => {
    expect(places(text)).toEqual(expected);
  });

  it('keeps a journey’s ends when no other place is named', () => {
    expect(
      places('A roadside charge struck villagers walking from Baghdad to Mosul. Nobody was hurt'),
    ).toEqual(['Baghdad=place:iq:baghdad', 'Mosul=place:iq:mosul']);
  });

  it('keeps a town near the one named after "in", which may hold it', () => {
    expect(places('Officers came upon the corpse of a farmer from Mahmudiyah in Musayyib district')).toEqual([
      'Mahmudiyah=place:iq:mahmudiyah',
      'Musayyib=place:iq:musayyib',
    ]);
  });
});

describe('an official’s town gives way to a scene the next sentence tells', () => {
  it.each([
    [
      'the scene in the next sentence',
      'A blast missed the convoy of the Mosul governor on Sunday. The charge had been buried near Mahmudiyah',
      ['Mahmudiyah=place:iq:mahmudiyah'],
    ],
    [
      'the next sentence names a place without putting it on the map',
      'Rebels shot the Mosul governor. Police later searched Baghdad',
      ['Mosul=place:iq:mosul', 'Baghdad=place:iq:baghdad'],
    ],
    [
      'only a sentence two further on names another',
      'Rebels shot the Mosul governor. He was taken to hospital. Later a bomb went off in Baghdad',
      ['Mosul=place:iq:mosul', 'Baghdad=place:iq:baghdad'],
    ],
    [
      'a resident’s town does not reach into the next sentence',
      'Rebels shot a resident of Mosul. Later a bomb went off in Baghdad',
      ['Mosul=place:iq:mosul', 'Baghdad=place:iq:baghdad'],
    ],
  ])('%s', (_label, text, expected) => {
    expect(townMentions(kb, text, { bySentence: true })).toEqual(expected);
  });
});

describe('where fire came from gives way to where it was aimed', () => {
  it.each([
    [
      'fire opened from a town',
      'Gunmen opened fire from Tal Abyad on a patrol near Hama',
      ['Hama=place:sy:hama'],
    ],
    [
      'fire from the direction of a town',
      'Snipers fired from the direction of Shirqat at a farm near Mosul',
      ['Mosul=place:iq:mosul'],
    ],
    [
      'fire from the village a town is',
      'Snipers fired from the village of Shirqat at a car outside Mosul',
      ['Mosul=place:iq:mosul'],
    ],
    [
      'rockets from a part of a town',
      'Two rockets were launched from northern Mosul into Shirqat',
      ['Shirqat=place:iq:shirqat'],
    ],
    [
      'the town the firing side stood in',
      'Militants in northern Mosul fired rockets toward Shirqat',
      ['Shirqat=place:iq:shirqat'],
    ],
  ])('%s', (_label, text, expected) => {
    expect(places(text)).toEqual(expected);
  });

  it('keeps the town the gunmen fired in when no target place is named', () => {
    expect(places('Two gunmen in Mosul shot at a policeman')).toEqual(['Mosul=place:iq:mosul']);
  });
});

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
