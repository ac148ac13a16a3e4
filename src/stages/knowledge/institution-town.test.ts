import { describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from './index.js';
import { townMentions } from './knowledge-fixtures.js';

const kb = await loadKnowledgeBase();

const towns = (text: string): string[] => townMentions(kb, text, { bySentence: true });

describe('a national institution named as the place of an incident', () => {
  it("is the capital's town of the country named right before it", () => {
    expect(towns("A parcel bomb shattered glass at Kenya's Ministry of Finance late on Friday.")).toEqual([
      'Ministry of Finance=place:ke:nairobi',
    ]);
    expect(towns('Rioters hurled petrol bombs at the Peruvian parliament building overnight.')).toEqual([
      'parliament building=place:pe:lima',
    ]);
  });

  it("is the capital's town of the country named right after it", () => {
    expect(towns('Two grenades were lobbed into the presidential palace in Chad.')).toEqual([
      'presidential palace=place:td:ndjamena',
    ]);
    expect(towns('سقطت قذيفتا هاون أمام وزارة الداخلية في تشاد')).toEqual([
      'وزارة الداخلية=place:td:ndjamena',
    ]);
  });

  it("is the capital's town of the article's country when the words name none", () => {
    expect(towns('NEPAL.  A pressure-cooker device burst near the Home Affairs Ministry.')).toEqual([
      'Home Affairs Ministry=place:np:kathmandu',
    ]);
    expect(
      towns('Rebels shelled the residence of the Prime Minister at dawn. Such attacks are rising in Nepal.'),
    ).toEqual(['residence of the Prime Minister=place:np:kathmandu']);
    expect(towns('سقطت قذيفة هاون قرب مبنى البرلمان العراقي فجر اليوم')).toEqual([
      'البرلمان=place:iq:baghdad',
    ]);
  });
});

describe('an institution that does not place the incident in the capital', () => {
  it('is no town when it speaks or employs, rather than being attacked', () => {
    expect(towns('An Interior Ministry spokesman said rebels burned a lorry depot in Peru.')).toEqual([]);
    expect(towns('Rebels shot a Finance Ministry clerk dead in Peru.')).toEqual([]);
    expect(towns('A legal adviser working at the Ministry of Justice died of gunshots in Peru.')).toEqual([]);
    expect(towns('قال مصدر في وزارة الداخلية العراقية إن مسلحين أحرقوا مخزنا')).toEqual([]);
  });

  it("is no town when it is a branch, a region's institution or a former premier's house", () => {
    expect(towns('Rebels stormed the Interior Ministry office in a Peruvian mountain village.')).toEqual([]);
    expect(towns("Rebels stormed the Interior Ministry's records office, police in Peru said.")).toEqual([]);
    // Not Moscow: the region's own ministry stands in the region's seat (region-seat.ts).
    expect(towns('A grenade burst near the Dagestani Interior Ministry building.')).toEqual([
      'Interior Ministry=place:ru:makhachkala',
    ]);
    expect(towns('A grenade burst near the regional parliament, police in Peru said.')).toEqual([]);
    expect(towns('A grenade burst outside the residence of the former Peruvian prime minister.')).toEqual([]);
    expect(towns('انفجرت عبوة أمام البرلمان الكردستاني في العراق')).toEqual([]);
  });

  it('is no town when a vote or a debate, not an attack, happens in parliament', () => {
    expect(towns('The budget was debated in parliament, officials in Peru said.')).toEqual([]);
  });

  it('leaves the place to a town the text names', () => {
    expect(towns('A grenade burst near the Ministry of Justice in Arequipa, Peru.')).toEqual([
      'Arequipa=place:pe:arequipa',
    ]);
    expect(
      towns('Rockets fell near the Defence Ministry. Later a mine hit a bus near Callao, Peru.'),
    ).toEqual(['Callao=place:pe:callao']);
  });

  it("is no town in a country whose capital news doesn't name by its point", () => {
    expect(towns('Mortars hit the presidential palace in Burundi before dawn.')).toEqual([]);
  });
});
