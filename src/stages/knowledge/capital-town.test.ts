import { describe, expect, it } from 'vitest';
import { findMentions, loadKnowledgeBase } from './index.js';
import { townMentions } from './knowledge-fixtures.js';
import { capitalsOf } from './capital-town.js';

const kb = await loadKnowledgeBase();

const towns = (text: string): string[] => townMentions(kb, text);

describe('the capital of each country', () => {
  it('is the town on the point the country is placed on, not a bigger neighbour', () => {
    const capitals = capitalsOf(kb);
    expect(capitals.get('NP')?.id).toBe('place:np:kathmandu');
    expect(capitals.get('PK')?.id).toBe('place:pk:islamabad');
    expect(capitals.get('KW')?.id).toBe('place:kw:kuwait-city');
    expect(capitals.get('PS')).toBeUndefined();
    expect(capitals.get('BI')).toBeUndefined();
  });
});

describe('a capital named by its country', () => {
  it('reads "Nepal\'s capital", "the capital of Nepal" and "the Nepalese capital" as Kathmandu', () => {
    expect(towns("Rebels set fire to a lorry depot in Nepal's capital overnight.")).toEqual([
      'capital=place:np:kathmandu',
    ]);
    expect(towns('Rebels set fire to a lorry depot in the capital of Nepal overnight.')).toEqual([
      'capital=place:np:kathmandu',
    ]);
    expect(towns('Rebels set fire to a lorry depot in the Nepalese capital overnight.')).toEqual([
      'capital=place:np:kathmandu',
    ]);
  });

  it('reads «العاصمة النيبالية» and «عاصمة نيبال» as Kathmandu', () => {
    expect(towns('أحرق مسلحون مستودعا في العاصمة النيبالية ليلا')).toEqual(['العاصمة=place:np:kathmandu']);
    expect(towns('أحرق مسلحون مستودعا في عاصمة نيبال ليلا')).toEqual(['عاصمة=place:np:kathmandu']);
  });

  it("leaves a region's capital, a former one and a bearing alone", () => {
    expect(towns("Rebels set fire to a lorry depot in the capital of Nepal's Koshi province.")).toEqual([]);
    expect(towns('Rebels set fire to a lorry depot in the former capital of Nepal.')).toEqual([]);
    expect(towns('Rebels set fire to a lorry depot some 90 km west of the Nepalese capital.')).toEqual([]);
    expect(towns('أحرق مسلحون مستودعا جنوبي العاصمة النيبالية')).toEqual([]);
  });
});

describe('a bare "the capital"', () => {
  it("is the capital of the country its sentence or its article's dateline names", () => {
    expect(towns('Rebels set fire to a lorry depot in the capital, police in Nepal said.')).toEqual([
      'capital=place:np:kathmandu',
    ]);
    expect(towns('NEPAL.  Rebels set fire to a lorry depot in the capital.')).toEqual([
      'capital=place:np:kathmandu',
    ]);
    expect(towns('أحرق مسلحون مستودعا في العاصمة، بحسب الشرطة في نيبال')).toEqual([
      'العاصمة=place:np:kathmandu',
    ]);
  });

  it('is the capital the article named before, whatever nationality it also names', () => {
    expect(towns('A lorry depot burned in Kabul. The Russian envoy left the capital on Monday.')).toEqual([
      'Kabul=place:af:kabul',
      'capital=place:af:kabul',
    ]);
  });

  it('is none when the sentence names two countries, or the capital is money or law', () => {
    expect(
      towns('Rebels from Pakistan set fire to a lorry depot in the capital, police in Nepal said.'),
    ).toEqual([]);
    expect(towns('A court in Nepal sought capital punishment for the rebels.')).toEqual([]);
    expect(towns('Investors in Nepal moved the capital gains abroad.')).toEqual([]);
  });

  it('is no capital town when another kind of capital or a newspaper is meant', () => {
    expect(towns('افتتح في مصر مبنى جديد في العاصمة الإدارية')).toEqual([]);
    expect(towns('قالت صحيفة العاصمة إن الشرطة في نيبال اعتقلت رجلين')).toEqual([]);
  });

  it('is no second town when the capital is named right after it', () => {
    expect(towns('Rebels set fire to a lorry depot in the capital, Kathmandu, in Nepal.')).toEqual([
      'Kathmandu=place:np:kathmandu',
    ]);
  });
});

describe('a capital alias a place is measured from', () => {
  /** `surface=entity` for every place mention, in text order. */
  const places = (text: string) =>
    findMentions(kb, text, [[0, text.length]])
      .filter((m) => m.place !== undefined)
      .map((m) => `${text.slice(...m.span)}=${m.entity_id}`);

  it('reads "north of the Iraqi capital" and «جنوب العاصمة العراقية» as the country, not the town', () => {
    expect(places('Gunmen ambushed a grain convoy 30 km north of the Iraqi capital.')).toEqual([
      'Iraqi capital=country:IQ',
    ]);
    expect(places('Gunmen ambushed a grain convoy southwest of the Iraqi capital.')).toEqual([
      'Iraqi capital=country:IQ',
    ]);
    expect(places('كمن مسلحون لقافلة حبوب جنوب العاصمة العراقية')).toEqual(['العاصمة العراقية=country:IQ']);
  });

  it('keeps "in the Iraqi capital" as the town', () => {
    expect(places('Gunmen ambushed a grain convoy in the Iraqi capital.')).toEqual([
      'Iraqi capital=place:iq:baghdad',
    ]);
  });
});
