import { describe, expect, it } from 'vitest';
import { actorsOf, killed } from './fixture-actors.js';
import { actorEntity, placeEntity } from './fixture-entities.js';

const police = actorEntity('Police Forces of Afghanistan', 'state-forces', 'AF');
const kunduz = placeEntity('Kunduz', 'AF');

describe('the teller of an incident', () => {
  it.each([
    ['report', 'Police report that gunmen raided a school in Kunduz on Sunday.'],
    ['say', 'Police say gunmen raided a school in Kunduz on Sunday.'],
  ])('is no side of the raid it tells with "%s"', (_, text) => {
    const [actor1, actor2] = actorsOf({
      text,
      mentions: [
        ['Police', police],
        ['Kunduz', kunduz],
      ],
    });
    expect(actor1).toBeUndefined();
    expect(actor2).toBe('Civilians');
  });

  it.each([
    [
      'one of its officers',
      'A roadside bomb killed five people in Kunduz on Sunday, according to a police officer.',
    ],
    [
      'itself, closing the sentence',
      'A roadside bomb killed five people in Kunduz on Sunday, according to police',
    ],
  ])('is not the target when the news is given "according to" %s', (_, text) => {
    const [, actor2] = actorsOf({
      text,
      mentions: [
        ['police', police],
        ['Kunduz', kunduz],
      ],
      quantities: [['five', killed(5, 'people')]],
    });
    expect(actor2).toBe('Civilians');
  });

  it.each([
    [
      'armed men',
      'According to police, masked gunmen on a tractor opened fire at a tea stall in Kunduz on Sunday.',
    ],
    [
      'the act itself',
      'According to the police, a roadside bomb tore through a lorry of melons in Kunduz on Sunday.',
    ],
  ])('is no side when the clause after "according to" opens on %s', (_, text) => {
    const [actor1] = actorsOf({
      text,
      mentions: [
        ['police', police],
        ['Kunduz', kunduz],
      ],
    });
    expect(actor1).toBeUndefined();
  });

  it('is still a side when a clause after "according to" may tell its own part', () => {
    const [, actor2] = actorsOf({
      text: 'Rioters threw stones in Kunduz and according to police, five rounds were fired by the station officer to control the mob.',
      mentions: [
        ['police', police],
        ['Kunduz', kunduz],
      ],
    });
    expect(actor2).toBe('Police Forces of Afghanistan');
  });

  it('is not the target when it concludes what the blast was', () => {
    const [, actor2] = actorsOf({
      text: 'A car bomb exploded in Kunduz on Sunday, killing five people, and police inspectors concluded it was planted overnight.',
      mentions: [
        ['police', police],
        ['Kunduz', kunduz],
      ],
      quantities: [['five', killed(5, 'people')]],
    });
    expect(actor2).toBe('Civilians');
  });

  it('is no side when joined by «و» to sources told with where they serve («قال مسؤولون في … والشرطة»)', () => {
    const text = 'قال مسؤولون في وزارة الصحة والشرطة إن مسلحين هاجموا مدرسة للبنات في قندوز يوم الأحد.';
    const [actor1, actor2] = actorsOf({
      text,
      mentions: [
        ['الشرطة', police],
        ['قندوز', kunduz],
      ],
    });
    expect([actor1, actor2]).toEqual([undefined, 'Civilians']);
  });

  it.each([
    ['«أدان»', 'وأدانت الشرطة في قندوز الهجوم الذي استهدف مدرسة للبنات يوم الأحد.'],
    ['«دان»', 'ودانت الشرطة في قندوز الهجوم الذي استهدف مدرسة للبنات يوم الأحد.'],
  ])('is no side of the attack it condemns with %s', (_, text) => {
    const sides = actorsOf({
      text,
      mentions: [
        ['الشرطة', police],
        ['قندوز', kunduz],
      ],
    });
    expect(sides).toEqual([undefined, 'Civilians']);
  });

  it('is no side when the office holder whose phrase names it condemns the attack', () => {
    const text = 'ودان مدير مكتب الشرطة في قندوز الهجوم الذي استهدف مدرسة للبنات يوم الأحد.';
    const sides = actorsOf({
      text,
      mentions: [
        ['الشرطة', police],
        ['قندوز', kunduz],
      ],
    });
    expect(sides).toEqual([undefined, 'Civilians']);
  });

  it('is no side when its commander tells the raid («قال قائد الشرطة … إن مسلحين»)', () => {
    const text = 'قال قائد الشرطة في قندوز يوم الأحد إن مسلحين هاجموا مدرسة للبنات وقتلوا حارسها.';
    const told = actorsOf({
      text,
      mentions: [
        ['الشرطة', police],
        ['قندوز', kunduz],
      ],
    });
    const plain = actorsOf({
      text: text.replace('قائد ', ''),
      mentions: [
        ['الشرطة', police],
        ['قندوز', kunduz],
      ],
    });
    expect([told, plain]).toEqual([plain, [undefined, 'Civilians']]);
  });

  it.each([
    [
      'English',
      'Militants shelled a school in Kunduz on Sunday, a source at the Kunduz Police Command told the agency.',
      'Police',
      'Kunduz',
    ],
    [
      'Arabic',
      'أصيب خمسة أشخاص بقصف صاروخي على قندوز يوم السبت، كما أفاد مصدر في الشرطة.',
      'الشرطة',
      'قندوز',
    ],
  ])('is not the target when a source in its ranks tells the shelling (%s)', (_, text, name, town) => {
    const hurt = { value: 5, qualifier: 'exact' as const, role: 'injured' as const, noun: 'people' };
    const [, actor2] = actorsOf({
      text,
      mentions: [
        [name, police],
        [town, kunduz],
      ],
      quantities: text.includes('خمسة') ? [['خمسة أشخاص', hurt]] : [],
    });
    expect(actor2).toBe('Civilians');
  });

  it.each([
    [
      'a pause and another speaker',
      'Gunmen fired into a crowded market near Kunduz, killing two Afghan police, a district officer reported.',
      'Police Forces of Afghanistan',
    ],
    [
      'an article and another speaker, commas stripped,',
      'Gunmen fired into a crowded market near Kunduz killing two Afghan police a district officer reported.',
      'Police Forces of Afghanistan',
    ],
    [
      'no pause',
      'Gunmen fired into a crowded market near Kunduz on Sunday, Afghan police said.',
      'Civilians',
    ],
  ])('is the harmed, not the teller, when %s stand between it and the verb of saying', (_, text, target) => {
    const [, actor2] = actorsOf({
      text,
      mentions: [
        ['Afghan police', police],
        ['Kunduz', kunduz],
      ],
      quantities: text.includes('two') ? [['two', killed(2, 'police')]] : [],
    });
    expect(actor2).toBe(target);
  });

  it.each<[string, string, string | undefined]>([
    [
      'tells of a deed of its own',
      'Afghan police said they had shot two gunmen at a school in Kunduz on Sunday.',
      'Police Forces of Afghanistan',
    ],
    [
      'tells of no deed of its own',
      'Afghan police said it was unclear who shot two guards at a school in Kunduz on Sunday.',
      undefined,
    ],
  ])('is the one that struck when it %s after its verb of saying', (_, text, actor1) => {
    const [first] = actorsOf({
      text,
      mentions: [
        ['Afghan police', police],
        ['Kunduz', kunduz],
      ],
    });
    expect(first).toBe(actor1);
  });
});
