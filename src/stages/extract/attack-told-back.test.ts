import { describe, expect, it } from 'vitest';
import { resolvedEvents, subTypesOf } from '../../../test/support/resolved-events.js';
import { actorEntity, placeEntity } from './fixture-entities.js';
import type { FixtureSpec } from './fixture-document.js';

const haroun = placeEntity('Tell Haroun', 'SD');

describe('an assault told in words, then named "the attack"', () => {
  it('places "the attack" where the sentence before told the assault', () => {
    const text =
      'Masked men sprayed the front of a clinic in Tell Haroun with bullets. The attack caused minor damage.';
    expect(subTypesOf({ text, mentions: [['Tell Haroun', haroun]] })).toEqual(['Attack']);
  });

  it('tells nothing when the sentence before only threatens a strike', () => {
    const text =
      'A militia threatened to attack Tell Haroun. The attack would come at night, its leader said.';
    expect(subTypesOf({ text, mentions: [['Tell Haroun', haroun]] })).toEqual([]);
  });
});

describe('"the attacks" with a named doer right after incidents', () => {
  const front = actorEntity('Harbour Front', 'armed-group', 'SD');
  const doersOf = (text: string) => {
    const mentions: FixtureSpec['mentions'] = [
      ['Tell Haroun', haroun],
      ['Harbour Front', front],
    ];
    const quantities: FixtureSpec['quantities'] = [
      ['11', { value: 11, qualifier: 'exact', role: 'killed', noun: 'people' }],
    ];
    const told = <T extends [string, ...unknown[]]>(list: T[]) =>
      list.filter(([words]) => text.includes(words));
    return resolvedEvents({ text, mentions: told(mentions), quantities: told(quantities) }).map((e) => [
      e.location?.name,
      e.actor1?.name ?? null,
    ]);
  };

  it('gives the incidents told just before their doer', () => {
    const text =
      'Rockets slammed into two districts of Tell Haroun, killing 11 people. ' +
      'The agency said the attacks were carried out by the Harbour Front.';
    expect(doersOf(text)).toEqual([['Tell Haroun', 'Harbour Front']]);
  });
});
