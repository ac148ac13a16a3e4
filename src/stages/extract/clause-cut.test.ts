import { describe, expect, it } from 'vitest';
import { resolvedEvents } from '../../../test/support/resolved-events.js';
import type { FixtureSpec } from './fixture-document.js';
import { killed } from './fixture-actors.js';
import { actorEntity, placeEntity } from './fixture-entities.js';

const rebels = actorEntity('Ruritanian Front', 'armed-group', 'RT');
const jets = actorEntity('Military Forces of Ruritania', 'state-forces', 'RT');

describe('an act set beside another "meanwhile" in one sentence', () => {
  it.each([
    [
      'قتل مدني وأصيب أربعة آخرون في قصف شنته الجبهة الروريتانية على أحياء سكنية في أوسترافا، بينما شنت القوات الروريتانية غارات على معسكر في بيلا.',
      ['الجبهة الروريتانية', 'القوات الروريتانية', 'أوسترافا', 'بيلا'],
    ],
    [
      'قتل مدني في قصف شنته الجبهة الروريتانية على أحياء سكنية في أوسترافا، في حينِ شنت القوات الروريتانية غارات على معسكر في بيلا.',
      ['الجبهة الروريتانية', 'القوات الروريتانية', 'أوسترافا', 'بيلا'],
    ],
    [
      'A civilian died and four were hurt when the Ruritanian Front shelled homes in Ostrava on Friday, while the Ruritanian forces launched air strikes on a camp in Bela.',
      ['Ruritanian Front', 'Ruritanian forces', 'Ostrava', 'Bela'],
    ],
    [
      'قتل مدني في قصف شنته الجبهة الروريتانية على أحياء سكنية في أوسترافا،بينما شنت القوات الروريتانية غارات على معسكر في بيلا.',
      ['الجبهة الروريتانية', 'القوات الروريتانية', 'أوسترافا', 'بيلا'],
    ],
  ])('keeps its own place, and the first act keeps its own: %s', (text, [group, forces, first, second]) => {
    const events = resolvedEvents({
      text,
      published: '2019-02-02',
      mentions: [
        [group, rebels],
        [forces, jets],
        [first, placeEntity('Ostrava', 'RT')],
        [second, placeEntity('Bela', 'RT')],
      ],
    });
    expect(events.map((e) => `${e.sub_event_type?.value} ${e.location?.name}`)).toEqual([
      'Shelling/artillery/missile attack Ostrava',
      'Air/drone strike Bela',
    ]);
  });
});

describe('a killing told "meanwhile" beside another act', () => {
  const places: [string, ReturnType<typeof placeEntity>][] = [
    ['Ostrava', placeEntity('Ostrava', 'RT')],
    ['Bela', placeEntity('Bela', 'RT')],
    ['أوسترافا', placeEntity('Ostrava', 'RT')],
    ['بيلا', placeEntity('Bela', 'RT')],
  ];
  const wounded = (value: number) => ({ ...killed(value, 'others'), role: 'injured' as const });
  const told = (text: string, quantities: FixtureSpec['quantities']) =>
    resolvedEvents({
      text,
      published: '2019-02-02',
      mentions: places.filter(([name]) => text.includes(name)),
      quantities,
    }).map(
      (e) =>
        `${e.sub_event_type?.value} ${e.location?.name} killed ${e.fatalities?.value ?? '-'} hurt ${e.injuries?.value ?? '-'}`,
    );

  it.each<[string, FixtureSpec['quantities']]>([
    [
      'Three soldiers were killed as a roadside bomb tore through their patrol in Ostrava on Monday, while two civilians were killed in mortar shelling on a market in Bela.',
      [
        ['Three', killed(3, 'soldiers')],
        ['two', killed(2, 'civilians')],
      ],
    ],
    [
      'قتل ثلاثة جنود بانفجار عبوة ناسفة استهدفت دوريتهم في أوسترافا صباح الاثنين، بينما قتل مدنيان في قصف بقذائف الهاون على سوق في بيلا.',
      [
        ['ثلاثة', killed(3, 'جنود')],
        ['مدنيان', killed(2, 'civilians')],
      ],
    ],
  ])(
    'is an incident of its own, with its own place and dead, when its clause names its own act: %s',
    (text, quantities) => {
      expect(told(text, quantities)).toEqual([
        'Remote explosive/landmine/IED Ostrava killed 3 hurt -',
        'Shelling/artillery/missile attack Bela killed 2 hurt -',
      ]);
    },
  );

  it.each<[string, FixtureSpec['quantities']]>([
    [
      'Three soldiers were killed as a roadside bomb blew up in Ostrava on Monday, while five others were wounded.',
      [
        ['Three', killed(3, 'soldiers')],
        ['five', wounded(5)],
      ],
    ],
    [
      'قتل ثلاثة جنود بانفجار عبوة ناسفة في أوسترافا يوم الاثنين، بينما أصيب خمسة آخرون.',
      [
        ['ثلاثة', killed(3, 'جنود')],
        ['خمسة', wounded(5)],
      ],
    ],
  ])('only adds to the first act when its clause names no act of its own: %s', (text, quantities) => {
    expect(told(text, quantities)).toEqual(['Remote explosive/landmine/IED Ostrava killed 3 hurt 5']);
  });
});

describe('a second main clause opened by «، و» and a verb of launching', () => {
  it('gives the act its subject, told between that verb and the act', () => {
    const text =
      'وكان الجنود قد دخلوا أوسترافا في منتصف يناير بعد معارك مع الجبهة الروريتانية، وبدأت القوات الروريتانية بدعم من الطيران هجوما واسعا على معسكر في بيلا.';
    const events = resolvedEvents({
      text,
      published: '2019-02-02',
      mentions: [
        ['الجبهة الروريتانية', rebels],
        ['القوات الروريتانية', jets],
        ['أوسترافا', placeEntity('Ostrava', 'RT')],
        ['بيلا', placeEntity('Bela', 'RT')],
      ],
    });
    const attack = events.find((e) => e.location?.name === 'Bela');
    expect(attack?.actor1?.name).toBe('Military Forces of Ruritania');
  });
});

describe('a clause set beside another by "even as", comma or none', () => {
  const sides = (text: string) =>
    resolvedEvents({
      text,
      published: '2019-02-02',
      mentions: [
        ['Ostrava', placeEntity('Ostrava', 'RT')],
        ['Bela', placeEntity('Bela', 'RT')],
      ],
    }).map((e) => `${e.location?.name} ${e.actor2?.name ?? '-'}`);

  it('leaves the force of the second clause out of the first act', () => {
    const told = sides(
      'A watchman was stabbed to death in Ostrava on Sunday night even as police burst teargas shells at Bela to disperse a rampaging mob.',
    );
    expect(told.find((e) => e.startsWith('Ostrava'))).not.toMatch(/Police/);
  });
});
