import { describe, expect, it } from 'vitest';
import { assertedWords } from '../../../test/support/asserted-words.js';

const asserted = (text: string) => assertedWords({ text });

describe('violence told in a work of fiction', () => {
  it.each([
    ['a film named with "in the"', 'In the movie, a gang of rebels stormed a prison and killed ten guards.'],
    [
      'a series that follows its hero',
      'The series follows a detective who shot dead two smugglers on a pier.',
    ],
    [
      'a novel told with "in his"',
      'In his latest novel, soldiers shell a mountain village and burn its school.',
    ],
    ['a named television series', 'In the HBO drama series, militants bomb a hotel and kidnap a diplomat.'],
    ['a film that depicts the act', 'The movie depicts a sniper who shot dead a general during a parade.'],
    ['a fictional place', 'In the fictional town of Redwater, gunmen shot dead the mayor.'],
  ])('asserts no act in %s', (_, text) => {
    expect(asserted(text)).toEqual([]);
  });

  it.each([
    [
      'an act named before the film',
      'Gunmen attacked a cinema where a new film was being shown.',
      'attacked',
    ],
    [
      'a series of strikes',
      'In a series of air strikes, jets bombed three villages near the border.',
      'bombed',
    ],
    ['a film crew', 'In the film crew, two reporters were wounded when a shell hit their van.', 'hit'],
    ['the film industry', 'In the film industry town, police clashed with protesters on Monday.', 'clashed'],
    [
      'an actor who starred in a film',
      'The actor, who starred in the film, was shot dead near his house.',
      'was shot',
    ],
    [
      'an attack a film inspired',
      'Inspired by a scene in the movie, the attacker stabbed two guards at the gate.',
      'stabbed',
    ],
    ['a novel kind of attack', 'In a novel attack, insurgents bombed the base with small drones.', 'bombed'],
    ['a film festival', 'At the film festival a bomb exploded by the doors of the main hall.', 'exploded'],
  ])('keeps %s', (_, text, word) => {
    expect(asserted(text)).toContain(word);
  });
});
