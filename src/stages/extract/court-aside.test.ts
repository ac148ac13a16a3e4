import { describe, expect, it } from 'vitest';
import { subTypesOf } from '../../../test/support/resolved-events.js';
import { placeEntity } from './fixture-entities.js';

const mentions: [string, ReturnType<typeof placeEntity>][] = [['Jakarta', placeEntity('Jakarta', 'ID')]];

describe('a court word beside an act', () => {
  it.each<[string, string, string[]]>([
    [
      'a trial the act is tied to after it',
      'Two shops were hit in bombings across Jakarta linked to the fraud trial of a party leader.',
      ['Remote explosive/landmine/IED'],
    ],
    [
      'a witness in a trial, whom the act struck',
      'Gunmen shot dead a witness in a fraud trial outside his home in Jakarta.',
      ['Attack'],
    ],
    [
      'a ruling in a relative clause that tells who the victim was',
      'Judge Omar Fadel, who sentenced two smugglers last spring, was shot dead in Jakarta.',
      ['Attack'],
    ],
    [
      'a ruling in an aside that tells who the owner of the target is',
      'Gunmen lobbed a grenade over the wall of Sami Rahal, a convicted smuggler, in Jakarta.',
      ['Grenade'],
    ],
    [
      'a ruling that describes the prisoners a demand asks to free',
      'Four armed men seized a bus in Jakarta, demanding the release of convicted comrades.',
      ['Attack'],
    ],
  ])('keeps the act: %s', (_why, text, expected) => {
    expect(subTypesOf({ text, mentions })).toEqual(expected);
  });

  it.each<[string, string]>([
    ['a sentence passed over the act', 'A court in Jakarta sentenced five men over the bombing of a church.'],
    ['a sentence passed on those who did it', 'The men who bombed a bus in Jakarta were sentenced to death.'],
    ['a trial named by the act', 'The bombing trial of three front members opened in Jakarta.'],
  ])('tells no incident: %s', (_why, text) => {
    expect(subTypesOf({ text, mentions })).toEqual([]);
  });
});
