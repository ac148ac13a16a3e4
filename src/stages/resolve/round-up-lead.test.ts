import { describe, expect, it } from 'vitest';
import { resolvedEvents } from '../../../test/support/resolved-events.js';
import { actorEntity, placeEntity } from '../extract/fixture-entities.js';
import type { FixtureSpec } from '../extract/fixture-document.js';

const killed = (value: number) => ({
  value,
  qualifier: 'exact' as const,
  role: 'killed' as const,
  noun: 'civilians',
});
const hurt = (value: number) => ({
  value,
  qualifier: 'exact' as const,
  role: 'injured' as const,
  noun: 'civilians',
});

/**
 * A report that leads with 12 dead and 20 hurt in Baqubah, then tells a bombing there (5 dead, 8 hurt) and
 * `more` (with its tolls and places), resolved.
 */
function baqubahReport(
  more: string,
  tolls: NonNullable<FixtureSpec['quantities']>,
  places: NonNullable<FixtureSpec['mentions']>,
) {
  const text =
    'أفادت مصادر أمنية بمقتل 12 مدنيا وإصابة 20 آخرين في مدينة بعقوبة. ' +
    'وقالت المصادر إن عبوة ناسفة انفجرت في سوق بعقوبة ما أدى إلى مقتل خمسة مدنيين وإصابة ثمانية. ' +
    more;
  return resolvedEvents({
    text,
    language: 'ar',
    mentions: [
      ['بعقوبة', placeEntity('Baqubah', 'IQ')],
      ['بعقوبة', placeEntity('Baqubah', 'IQ'), 2],
      ...places,
    ],
    quantities: [['12', killed(12)], ['20', hurt(20)], ['خمسة', killed(5)], ['ثمانية', hurt(8)], ...tolls],
  });
}

const ROUND_UP =
  'أفادت مصادر أمنية بمقتل عشرة من عناصر تنظيم داعش وثلاثة مدنيين في أعمال عنف بمحافظة نينوى. ' +
  'وقالت المصادر إن طائرات التحالف الدولي شنت غارة على قرية قرب الموصل ما أدى إلى مقتل عشرة من عناصر التنظيم. ' +
  'وأضافت أن قذائف هاون أطلقها التنظيم على حي سكني في تلعفر قتلت ثلاثة مدنيين.';

describe("a round-up's lead, which sums the incidents it goes on to tell", () => {
  it('is no incident of its own when it places its dead only in a province', () => {
    const events = resolvedEvents({
      text: ROUND_UP,
      language: 'ar',
      mentions: [
        ['تنظيم داعش', actorEntity('Islamic State')],
        ['نينوى', placeEntity('Nineveh', 'IQ', 'region')],
        ['الموصل', placeEntity('Mosul', 'IQ')],
        ['تلعفر', placeEntity('Tal Afar', 'IQ')],
      ],
    });
    expect(events.map((e) => [e.sub_event_type?.value, e.location?.name])).toEqual([
      ['Air/drone strike', 'Mosul'],
      ['Shelling/artillery/missile attack', 'Tal Afar'],
    ]);
  });

  it('is no incident of its own when its dead and wounded are those of the incidents told after it', () => {
    const shelling = 'وأشارت إلى مقتل سبعة مدنيين وإصابة 12 جراء سقوط قذائف هاون على منازل في المقدادية.';
    const events = baqubahReport(
      shelling,
      [
        ['سبعة', killed(7)],
        ['12', hurt(12), 2],
      ],
      [['المقدادية', placeEntity('Muqdadiyah', 'IQ')]],
    );
    expect(events.map((e) => [e.location?.name, e.fatalities?.value])).toEqual([
      ['Baqubah', 5],
      ['Muqdadiyah', 7],
    ]);
  });

  it('stays an incident when the incidents after it account for only part of its dead', () => {
    expect(baqubahReport('', [], []).map((e) => e.fatalities?.value)).toEqual([12, 5]);
  });
});
