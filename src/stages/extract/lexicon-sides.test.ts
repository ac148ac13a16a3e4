import { describe, expect, it } from 'vitest';
import { actorsOf, killed } from './fixture-actors.js';
import { placeEntity } from './fixture-entities.js';

// Sides named by the actor-noun and cue lexicons (data/lexicons): who the harmed were, by their work or
// by the place hit.

const kirkuk = placeEntity('Kirkuk', 'IQ');

describe('the side of the harmed, named by a lexicon noun', () => {
  it.each([
    ['Gunmen shot dead two constables in Kirkuk.', 'two', 'constables', 'Police Forces of Iraq'],
    ['A bomb killed three bank employees in Kirkuk.', 'three', 'employees', 'Civilians'],
    ['A bomb killed three staff members of the bank in Kirkuk.', 'three', 'staff members', 'Civilians'],
    [
      'An air strike killed three civil defence workers in Kirkuk.',
      'three',
      'civil defence workers',
      'Civilians',
    ],
    ['Shelling killed three medics at a clinic in Kirkuk.', 'three', 'medics', 'Civilians'],
    ['قتل ثلاثة موظفين في انفجار في كركوك.', 'ثلاثة', 'موظفين', 'Civilians'],
  ])('reads "%s" as harming %s %s: %s', (text, count, noun, side) => {
    const place = /[\u0600-\u06ff]/.test(text) ? 'كركوك' : 'Kirkuk';
    const spec = {
      text,
      mentions: [[place, kirkuk]] as [string, typeof kirkuk][],
      quantities: [[count, killed(count === 'two' ? 2 : 3, noun)]] as [string, ReturnType<typeof killed>][],
    };
    expect(actorsOf(spec)[1]).toBe(side);
  });

  it.each([
    'A bomb exploded outside a cultural centre in Kirkuk.',
    'Mortar shells fell on a residential area in Kirkuk.',
  ])('reads a civilian place hit as civilians harmed: "%s"', (text) => {
    expect(actorsOf({ text, mentions: [['Kirkuk', kirkuk]] })[1]).toBe('Civilians');
  });
});

describe('one guerrilla, a unit or a commander of the rebels', () => {
  it.each<[string, [string, string]]>([
    [
      'A guerrilla assault on an army post near Kirkuk killed two soldiers on Friday.',
      ['Opposition Rebels (Iraq)', 'Military Forces of Iraq'],
    ],
    [
      'A guerrilla was killed in clashes with government troops near Kirkuk on Friday.',
      ['Military Forces of Iraq', 'Opposition Rebels (Iraq)'],
    ],
    [
      'A rebel unit ambushed an army convoy on the river road near Kirkuk on Friday.',
      ['Opposition Rebels (Iraq)', 'Military Forces of Iraq'],
    ],
    [
      'A guerrilla commander was killed in clashes with government troops near Kirkuk on Friday.',
      ['Military Forces of Iraq', 'Opposition Rebels (Iraq)'],
    ],
    [
      'An opposition fighter was killed in clashes with government troops near Kirkuk on Friday.',
      ['Military Forces of Iraq', 'Opposition Rebels (Iraq)'],
    ],
    [
      'A rebel fighter was killed in clashes with government troops near Kirkuk on Friday.',
      ['Military Forces of Iraq', 'Opposition Rebels (Iraq)'],
    ],
  ])('is of the rebels’ side: "%s"', (text, sides) => {
    expect(actorsOf({ text, mentions: [['Kirkuk', kirkuk]] })).toEqual(sides);
  });

  it('is not told by a bare "rebel", as often the holder of the place struck', () => {
    const text =
      'Air strikes on the northern rebel-controlled town of Kirkuk killed six civilians on Friday.';
    expect(actorsOf({ text, mentions: [['Kirkuk', kirkuk]] })[1]).toBe('Civilians');
  });
});

describe('the "regular" forces of the incident’s country', () => {
  const idlib = placeEntity('Idlib', 'SY');
  it.each([
    'اندلعت اشتباكات عنيفة في إدلب أمس بين القوات النظامية ومقاتلي المعارضة.',
    'اندلعت اشتباكات عنيفة في إدلب أمس بين الجيش النظامي ومقاتلي المعارضة.',
  ])('are its military, the first side of the clash: "%s"', (text) => {
    expect(actorsOf({ text, mentions: [['إدلب', idlib]] })).toEqual([
      'Military Forces of Syria',
      'Opposition Rebels (Syria)',
    ]);
  });
});
