import { describe, expect, it } from 'vitest';
import { resolvedEvents } from '../../../test/support/resolved-events.js';
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
      'One civilian was killed and four hurt when the Ruritanian Front shelled homes in Ostrava on Friday, while the Ruritanian forces launched air strikes on a camp in Bela.',
      ['Ruritanian Front', 'Ruritanian forces', 'Ostrava', 'Bela'],
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
