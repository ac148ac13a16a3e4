import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { placeMentions } from './knowledge-fixtures.js';
import { loadKnowledgeBase } from './index.js';

const kb = await loadKnowledgeBase({ dataDir: fileURLToPath(new URL('./fixtures/kb/', import.meta.url)) });

const places = (text: string): string[] => placeMentions(kb, text, { demonyms: false });

const shippedBase = loadKnowledgeBase({});

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
