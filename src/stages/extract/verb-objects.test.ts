import { describe, expect, it } from 'vitest';
import { actorsOf } from './fixture-actors.js';
import { placeEntity } from './fixture-entities.js';

const bol = placeEntity('Bol', 'TD');

describe('the object of an English verb of striking', () => {
  it.each<[string, string, [string | undefined, string | undefined]]>([
    [
      'is the target when armed men of no side are its subject',
      'Insurgents ambushed troops on the road out of Bol late on Monday.',
      [undefined, 'Military Forces of Chad'],
    ],
    [
      'is the target of a participle whose subject is armed men, past an adverb',
      'Witnesses told of gunmen later attacking a police unit on the road out of Bol.',
      [undefined, 'Police Forces of Chad'],
    ],
    [
      'is the victim of a killing verb, a rank and a name after the force',
      'Masked gunmen assassinated police Captain Idriss Mahamat near the market in Bol.',
      [undefined, 'Police Forces of Chad'],
    ],
    [
      'is the victim of "shot dead", the force told before the rank',
      'Masked gunmen shot dead army Sergeant Idriss Mahamat near the market in Bol.',
      [undefined, 'Military Forces of Chad'],
    ],
    [
      "is the target when the speaker's own men are its subject",
      'The rebel radio said that our men ambushed troops twice on the road out of Bol.',
      [undefined, 'Military Forces of Chad'],
    ],
    [
      "is the target when a side's units, named by a pronoun, are its subject",
      'The insurgent group said their units attacked policemen on the road out of Bol.',
      [undefined, 'Police Forces of Chad'],
    ],
    [
      'keeps a side named as the subject of a killing verb as the one that killed',
      'Police shot dead two bandits near the market in Bol.',
      ['Police Forces of Chad', 'Civilians'],
    ],
    [
      'keeps a side named as the subject as the one that struck',
      'Troops ambushed insurgents on the road out of Bol late on Monday.',
      ['Military Forces of Chad', undefined],
    ],
  ])('%s', (_, text, expected) => {
    expect(actorsOf({ text, mentions: [['Bol', bol]] })).toEqual(expected);
  });
});
