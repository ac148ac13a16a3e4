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
      'keeps a side named as the subject as the one that struck',
      'Troops ambushed insurgents on the road out of Bol late on Monday.',
      ['Military Forces of Chad', undefined],
    ],
  ])('%s', (_, text, expected) => {
    expect(actorsOf({ text, mentions: [['Bol', bol]] })).toEqual(expected);
  });
});
