import { describe, expect, it } from 'vitest';
import { resolvedEvents } from '../../../test/support/resolved-events.js';
import { placeEntity } from '../extract/fixture-entities.js';
import type { FixtureSpec } from '../extract/fixture-document.js';

const placesOf = (spec: FixtureSpec) =>
  resolvedEvents(spec).map((e) => [e.location?.name, e.fatalities?.value ?? null]);

const TOWNS: FixtureSpec['mentions'] = [
  ['Wadi Kam', placeEntity('Wadi Kam', 'SY')],
  ['Tell Noor', placeEntity('Tell Noor', 'SY')],
];

describe("a series' lead, which gathers the incidents the article goes on to tell", () => {
  it('is no incident of its own when the series spreads over the country', () => {
    const text =
      'A string of car bombs rocked Syria on Tuesday, leaving at least 19 people dead. ' +
      'In Wadi Kam, a parked car blew up beside the grain market and killed 12 shoppers. ' +
      'Hours later a second car went off at a checkpoint in Tell Noor, killing seven soldiers.';
    const mentions: FixtureSpec['mentions'] = [['Syria', placeEntity('Syria', 'SY', 'country')], ...TOWNS];
    const quantities: FixtureSpec['quantities'] = [
      ['19', { value: 19, qualifier: 'at_least', role: 'killed' }],
      ['12', { value: 12, qualifier: 'exact', role: 'killed' }],
      ['seven', { value: 7, qualifier: 'exact', role: 'killed' }],
    ];
    expect(placesOf({ text, mentions, quantities })).toEqual([
      ['Wadi Kam', 12],
      ['Tell Noor', 7],
    ]);
  });

  it('reads the Arabic series words the same way', () => {
    const text =
      'ضربت سلسلة تفجيرات سوريا يوم الثلاثاء وأودت بحياة 19 شخصا على الأقل. ' +
      'ففي وادي كام انفجرت سيارة مفخخة قرب سوق الحبوب وقتلت 12 متسوقا. ' +
      'وبعد ساعات انفجرت سيارة ثانية عند حاجز في تل نور فقتلت سبعة جنود.';
    const mentions: FixtureSpec['mentions'] = [
      ['سوريا', placeEntity('Syria', 'SY', 'country')],
      ['وادي كام', placeEntity('Wadi Kam', 'SY')],
      ['تل نور', placeEntity('Tell Noor', 'SY')],
    ];
    const quantities: FixtureSpec['quantities'] = [
      ['19', { value: 19, qualifier: 'at_least', role: 'killed' }],
      ['12', { value: 12, qualifier: 'exact', role: 'killed' }],
      ['سبعة', { value: 7, qualifier: 'exact', role: 'killed' }],
    ];
    expect(placesOf({ text, language: 'ar', mentions, quantities })).toEqual([
      ['Wadi Kam', 12],
      ['Tell Noor', 7],
    ]);
  });

  it("stays when it is one town's incident", () => {
    const text =
      'A new wave of air raids pounded the old quarter of Wadi Kam on Sunday, killing a baker. ' +
      'Two days earlier a rocket had killed three farmers in Tell Noor. A mine blew up under a truck at Bir Saba.';
    const mentions: FixtureSpec['mentions'] = [...TOWNS, ['Bir Saba', placeEntity('Bir Saba', 'SY')]];
    expect(placesOf({ text, mentions }).map(([place]) => place)).toContain('Wadi Kam');
  });

  it('stays when it is told as one incident of the series', () => {
    const text =
      'One of a string of explosions across Syria was at the telephone exchange of Wadi Kam. ' +
      'Gunmen shot two guards in Tell Noor. A mine blew up under a truck at Bir Saba.';
    const mentions: FixtureSpec['mentions'] = [
      ['Syria', placeEntity('Syria', 'SY', 'country')],
      ...TOWNS,
      ['Bir Saba', placeEntity('Bir Saba', 'SY')],
    ];
    expect(placesOf({ text, mentions }).map(([place]) => place)).toContain('Wadi Kam');
  });

  it("stays when the incidents are listed after a colon, the first read into the series' mention", () => {
    const text =
      'The Qarn Front mounted a series of raids against three farms: two mortar rounds were lobbed at ' +
      'the farm at Wadi Kam; a rocket was launched toward the farm at Tell Noor and shells fell on Bir Saba. ' +
      'On the next night gunmen shot dead two herders at Ain Dara.';
    const mentions: FixtureSpec['mentions'] = [
      ...TOWNS,
      ['Bir Saba', placeEntity('Bir Saba', 'SY')],
      ['Ain Dara', placeEntity('Ain Dara', 'SY')],
    ];
    expect(resolvedEvents({ text, mentions }).map((e) => e.location?.name)).toContain('Wadi Kam');
  });
});
