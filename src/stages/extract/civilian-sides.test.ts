import { describe, expect, it } from 'vitest';
import { CIVILIANS } from '../../core/civilians.js';
import { fixtureDocument, type FixtureSpec } from './fixture-document.js';
import { actorsOf, killed } from './fixture-actors.js';
import { placeEntity } from './fixture-entities.js';
import { createExtractStage } from './index.js';

const extract = createExtractStage();
const kandahar = placeEntity('Kandahar', 'AF');

/** The target of the first event the extract stage finds in `spec`. */
function targetOf(spec: FixtureSpec) {
  const doc = fixtureDocument(spec);
  extract.run(doc, { referenceDate: null });
  return doc.events![0].actor2;
}

describe('the civilians an event rule names', () => {
  it.each<[string, FixtureSpec]>([
    [
      'by the people counted as harmed',
      {
        text: 'A car bomb exploded near Kandahar on Monday, killing nine people.',
        mentions: [['Kandahar', kandahar]],
        quantities: [['nine', killed(9, 'people')]],
      },
    ],
    [
      'by the place struck',
      { text: 'Militants shelled a market in Kandahar on Monday.', mentions: [['Kandahar', kandahar]] },
    ],
    [
      'by a common noun for them',
      {
        text: 'Militants opened fire on villagers in Kandahar on Monday.',
        mentions: [['Kandahar', kandahar]],
      },
    ],
    [
      'by a profession in Arabic',
      {
        text: 'اغتال مسلحون مجهولون قاضيا في قندهار مساء الاثنين.',
        language: 'ar',
        mentions: [['قندهار', kandahar]],
      },
    ],
  ])('are the knowledge base’s Civilians when told %s', (_, spec) => {
    expect(targetOf(spec)).toMatchObject(CIVILIANS);
  });

  it('say when no words name them, only the people an act harmed', () => {
    const harmed = targetOf({
      text: 'A car bomb exploded near Kandahar on Monday, killing nine people.',
      mentions: [['Kandahar', kandahar]],
      quantities: [['nine', killed(9, 'people')]],
    });
    const named = targetOf({
      text: 'Militants opened fire on villagers in Kandahar on Monday.',
      mentions: [['Kandahar', kandahar]],
    });
    expect([harmed?.basis, named?.basis]).toEqual(['people harmed', undefined]);
  });

  it('are not martyrs named as known ones, whom the word does not mark as civilians', () => {
    const toll = (text: string, count: string, value: number) => {
      const at = text.indexOf(count);
      const end = text.indexOf('شهداء') + 'شهداء'.length;
      return targetOf({
        text,
        mentions: [['قندهار', kandahar]],
        quantities: [
          [
            count,
            {
              ...killed(value, 'people'),
              nounSpan: [Math.min(at, end - 5), Math.max(at + count.length, end)],
            },
          ],
        ],
      });
    };
    const known = toll('انفجرت سيارة مفخخة في قندهار يوم الاثنين، وسقط شهداء الحامية الخمسة.', 'الخمسة', 5);
    const bare = toll('انفجرت سيارة مفخخة في قندهار يوم الاثنين، وسقط خمسة شهداء.', 'خمسة', 5);
    expect([known, bare]).toMatchObject([null, CIVILIANS]);
  });

  it.each([
    [
      'in Arabic «في صفوف»',
      'قصف الجيش قرية قرب قندهار يوم الاثنين ما اوقع خمسة جرحى على الاقل في صفوف المقاتلين.',
      'خمسة',
    ],
    [
      'in English "among"',
      'The army shelled a village near Kandahar on Monday, wounding five among the fighters.',
      'five',
    ],
  ])('are not the people counted as some of the fighters, %s', (_, text, count) => {
    const at = text.indexOf(count);
    const target = targetOf({
      text,
      language: /[a-z]/.test(text) ? 'en' : 'ar',
      mentions: [[/[a-z]/.test(text) ? 'Kandahar' : 'قندهار', kandahar]],
      quantities: [
        [count, { ...killed(5, 'people'), role: 'injured', nounSpan: [at, at + count.length + 5] }],
      ],
    });
    expect(target).toBeNull();
  });

  it.each([
    ['a pub', 'A parcel bomb wrecked a pub in Kandahar late on Monday.', 'pub'],
    ['shops', 'Masked men set fire to several shops in Kandahar on Monday.', 'shops'],
    ['a bank branch', 'A grenade hit a bank branch in Kandahar at noon.', 'bank branch'],
    ['a dance hall', 'Gunmen threw a grenade into a dance hall in Kandahar on Monday.', 'dance hall'],
  ])('are the owners of %s struck, a place of trade or leisure', (_, text, words) => {
    const target = targetOf({ text, mentions: [['Kandahar', kandahar]] });
    expect(target).toMatchObject(CIVILIANS);
    expect(target!.spans.map(([a, b]) => text.slice(a, b))).toEqual([words]);
  });

  it('are told by the people counted harmed, not by the place they were in', () => {
    const text = 'A parcel bomb tore through a cafe in Kandahar on Monday, killing six people.';
    const target = targetOf({
      text,
      mentions: [['Kandahar', kandahar]],
      quantities: [['six', { ...killed(6, 'people'), nounSpan: [text.indexOf('six'), text.length - 1] }]],
    });
    expect(target).toMatchObject(CIVILIANS);
    expect(target!.spans.map(([a, b]) => text.slice(a, b))).toEqual(['six people']);
  });

  it('keep the words that name them as people over a count', () => {
    const text = 'Militants fired on villagers in Kandahar on Monday, killing six people.';
    const target = targetOf({
      text,
      mentions: [['Kandahar', kandahar]],
      quantities: [['six', { ...killed(6, 'people'), nounSpan: [text.indexOf('six'), text.length - 1] }]],
    });
    expect(target!.spans.map(([a, b]) => text.slice(a, b))).toEqual(['villagers']);
  });

  it('are not a bank by its name, an institution', () => {
    const text = 'Rioters in Kandahar on Monday pelted the Bank of Ruritania with stones.';
    expect(targetOf({ text, mentions: [['Kandahar', kandahar]] })).toBeNull();
  });

  it('are not the quarter a clash was fought in, but are the quarter shelled', () => {
    const fought = targetOf({
      text: 'Fighting raged on Monday in the old neighbourhood of Kandahar.',
      mentions: [['Kandahar', kandahar]],
    });
    const shelled = targetOf({
      text: 'Militants shelled the old neighbourhood of Kandahar on Monday.',
      mentions: [['Kandahar', kandahar]],
    });
    expect([fought?.name ?? null, shelled?.name]).toEqual([null, CIVILIANS.name]);
  });
});

describe('a hospital the wounded were taken to', () => {
  const oasis = placeEntity('الواحة', 'YE');
  const targetIn = (text: string) => targetOf({ text, mentions: [['الواحة', oasis]] })?.name ?? null;

  it("is no civilian target of a clash: the wounded policeman's side is", () => {
    expect(targetIn('اشتبك مسلحون مع حراس المعبر في الواحة، وأصيب شرطي نقل إلى المستشفى.')).toBe(
      'Police Forces of Yemen',
    );
  });

  it('keeps a hospital struck as the civilians harmed', () => {
    expect(targetIn('قصف المسلحون المستشفى الوحيد في الواحة مساء الخميس.')).toBe('Civilians');
  });

  it('is no civilian target in English either, where the dead were brought to it', () => {
    const text = 'The bodies of six soldiers killed in Kandahar were brought to the hospital on Monday.';
    const spec = { text, mentions: [['Kandahar', kandahar]] as FixtureSpec['mentions'] };
    // The soldiers the hospital received are the side harmed, not the hospital's civilians.
    expect(targetOf(spec)?.name).toBe('Military Forces of Afghanistan');
    expect(
      targetOf({ text: 'Militants shelled the hospital in Kandahar on Monday.', mentions: spec.mentions })
        ?.name,
    ).toBe('Civilians');
  });
});

// One member of the security forces killed names the forces as the side attacked, in Arabic and English.
describe('a single member of the security forces', () => {
  const oasis = placeEntity('الواحة', 'YE');
  const targetIn = (text: string) => targetOf({ text, mentions: [['الواحة', oasis]] })?.name ?? null;

  it.each([
    ['a security man', 'استشهد عنصر أمن برصاص مسلحين في الواحة مساء الخميس.'],
    ['a border guard in Arabic', 'استشهد أحد أفراد حرس الحدود في هجوم مسلح قرب الواحة.'],
    ['a border guard in English', 'Gunmen shot a border guard dead on Thursday close to الواحة.'],
  ])('is %s', (_, text) => {
    expect(targetIn(text)).toBe('Police Forces of Yemen');
  });

  it("leaves a plant's guard no force", () => {
    expect(targetIn('استشهد حارس محطة الكهرباء برصاص مسلحين في الواحة مساء الخميس.') ?? '').not.toMatch(
      /Forces/,
    );
  });
});

describe('civilians one clause counts, beside a clause told "meanwhile"', () => {
  const port = placeEntity('المرفأ', 'YE');
  const hills = placeEntity('التلال', 'YE');

  it('are not the targets of the act the second clause tells', () => {
    const text =
      'قتلت امرأتان في قصف طال حيا سكنيا في المرفأ يوم السبت، في وقت قصفت طائرات حربية معسكرا في التلال.';
    const spec: FixtureSpec = {
      text,
      mentions: [
        ['المرفأ', port],
        ['التلال', hills],
      ],
      quantities: [['امرأتان', killed(2, 'women')]],
    };
    expect(actorsOf(spec, -1)[1]).not.toBe('Civilians');
  });
});
