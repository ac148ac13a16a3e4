import { describe, expect, it } from 'vitest';
import { resolvedEvents } from '../../../test/support/resolved-events.js';
import { killed } from './fixture-actors.js';
import { actorEntity, placeEntity } from './fixture-entities.js';

const army = actorEntity('Military Forces of Ruritania', 'state-forces', 'RT');
const front = actorEntity('Ruritanian Front', 'armed-group', 'RT');

/**
 * The sides of the one event `text` tells, as "actor1 / actor2". Its count's noun span runs on to the verb
 * ("militants were killed"), as the real quantities reader gives it.
 */
function sides(
  text: string,
  mentions: [string, ReturnType<typeof actorEntity>][],
  noun = 'militants were killed',
): string[] {
  const at = text.indexOf(noun);
  return resolvedEvents({
    text,
    published: '2019-02-02',
    mentions: [...mentions, ['Ostrava', placeEntity('Ostrava', 'RT')]],
    quantities: [['Twelve', { ...killed(12, 'militants'), nounSpan: [at, at + noun.length] }]],
  }).map((e) => `${e.actor1?.name ?? '-'} / ${e.actor2?.name ?? '-'}`);
}

describe('the side whose operation an act was told in', () => {
  it.each([
    'Twelve militants were killed in a Ruritanian army offensive near Ostrava on Monday.',
    'Twelve militants were killed during the latest Ruritanian army operation in Ostrava on Monday.',
  ])('ran it, and is not among the harmed its count tells: %s', (text) => {
    expect(sides(text, [['Ruritanian army', army]])).toEqual(['Military Forces of Ruritania / -']);
  });

  it('is no runner when the operation is what was struck', () => {
    const told = sides(
      'Ruritanian Jets Pounds Ruritanian Front Offensive in Ostrava Killing Twelve Militants',
      [
        ['Ruritanian Jets', army],
        ['Ruritanian Front', front],
      ],
    );
    expect(told[0]).toMatch(/^Military Forces of Ruritania \//);
  });
});
