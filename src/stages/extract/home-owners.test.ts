import { describe, expect, it } from 'vitest';
import { actorsOf, killed } from './fixture-actors.js';
import { actorEntity, placeEntity } from './fixture-entities.js';
import { homeOf } from './home-owners.js';

/** The sides of a raid at Velmor told with the Grey Banner named, and `dead` of whom three were killed. */
function sidesAtVelmor(text: string, dead: string) {
  return actorsOf({
    text,
    mentions: [
      ['Grey Banner', actorEntity('Grey Banner')],
      ['Velmor', placeEntity('Velmor', 'SY')],
    ],
    quantities: [['three', killed(3, dead)]],
  });
}

describe('sides named for the home that was struck', () => {
  it.each([
    [
      "a member's possessive",
      "Gunmen raided a Grey Banner commander's house in Velmor, killing three civilians.",
    ],
    [
      'the home told first',
      'Gunmen raided the home of a Grey Banner official in Velmor, killing three civilians.',
    ],
    ["the side's own possessive", "A bomb hit the Grey Banner's homes in Velmor, killing three civilians."],
  ])('takes the civilians harmed, not the household, for the target (%s)', (_, text) => {
    expect(sidesAtVelmor(text, 'civilians')).toEqual([undefined, 'Civilians']);
  });

  it("reads an Arabic home before one of the side's people", () => {
    const text = 'استهدفت غارة منزل القيادي في جبهة الراية في بلدة فيلمور، ما أسفر عن مقتل ثلاثة مدنيين.';
    expect(
      actorsOf({
        text,
        mentions: [
          ['جبهة الراية', actorEntity('Grey Banner')],
          ['بلدة فيلمور', placeEntity('Velmor', 'SY')],
        ],
        quantities: [['ثلاثة', killed(3, 'مدنيين')]],
      }),
    ).toEqual([undefined, 'Civilians']);
  });

  it('never takes the household of a home struck for the one that struck it', () => {
    const text = "Gunmen raided a Grey Banner commander's house in Velmor, killing three fighters.";
    expect(sidesAtVelmor(text, 'fighters')).toEqual([undefined, 'Grey Banner']);
  });

  it('leaves the side the target when the blow harmed no civilians', () => {
    const text = "A bomb hit a Grey Banner commander's house in Velmor, killing three fighters.";
    expect(sidesAtVelmor(text, 'fighters')).toEqual([undefined, 'Grey Banner']);
  });
});

describe('homeOf', () => {
  const words = (text: string) => {
    const norms = text.split(' ');
    return (i: number) => norms[i] ?? '';
  };

  it.each<[string, number, number, boolean]>([
    // The side's span took in the word that carries its possessive: the token past it is the home.
    ["a rebel commander's house", 1, 3, true],
    ["a rebel commander's house", 1, 2, true],
    ['a rebel commander s house', 1, 2, true],
    ['the houses of the rebels', 4, 5, true],
    ['a rebel commander house', 1, 2, false],
    ["the rebels' leader said", 1, 2, false],
    ['منزل القيادي في جبهه الرايه', 3, 5, true],
    ['منزل قيادي حوثي', 2, 3, true],
    ['قيادي في جبهه الرايه', 2, 4, false],
  ])('reads "%s" (side at %i, past it %i)', (text, at, after, expected) => {
    expect(homeOf(words(text), at, after)).toBe(expected);
  });
});
