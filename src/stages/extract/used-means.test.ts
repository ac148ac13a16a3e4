import { describe, expect, it } from 'vitest';
import { subTypesOf } from '../../../test/support/resolved-events.js';
import type { FixtureSpec } from './fixture-document.js';
import { placeEntity } from './fixture-entities.js';

const inGetxo = (text: string): FixtureSpec => ({ text, mentions: [['Getxo', placeEntity('Getxo', 'ES')]] });

describe('an infinitive told after the means a side used', () => {
  it.each<[string, string, string[]]>([
    [
      'the means used before "to attack" make it an act done',
      'Hooded youths used bricks and bottles to attack a party office in Getxo.',
      ['Attack'],
    ],
    ['"used to attack" right after is a habit', 'The youths used to attack the party office in Getxo.', []],
    [
      'means that "are used" to attack tell what they serve for',
      'Such stones are used by youths to attack offices in Getxo.',
      [],
    ],
    ['an attack vowed is still a plan', 'The youths vowed to attack the party office in Getxo.', []],
  ])('%s', (_case, text, expected) => {
    expect(subTypesOf(inGetxo(text))).toEqual(expected);
  });
});
