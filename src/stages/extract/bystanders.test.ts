import { describe, expect, it } from 'vitest';
import { actorsOf, killed } from './fixture-actors.js';
import { actorEntity, demonymEntity, placeEntity } from './fixture-entities.js';

/** The sides of a blow at Zarin told with the Northern Front named, and `dead` of whom 14 were killed. */
function sidesAtZarin(text: string, dead: string) {
  return actorsOf({
    text,
    mentions: [
      ['Northern Front', actorEntity('Northern Front')],
      ['Zarin', placeEntity('Zarin', 'SY')],
    ],
    quantities: [['14', killed(14, dead)]],
  });
}

describe('sides named for a place', () => {
  it('does not take the people who use a road for the ones arrested on it', () => {
    expect(
      actorsOf({
        text: 'اعتقلت الشرطة الإسرائيلية شابا بشبهة إلقاء الحجارة على طريق يستخدمه المستوطنون قرب مدينة الخليل.',
        mentions: [
          ['الإسرائيلية', demonymEntity('Israel', 'IL')],
          ['المستوطنون', actorEntity('Israeli Settlers', 'group')],
          ['مدينة الخليل', placeEntity('Hebron', 'PS')],
        ],
      }),
    ).toEqual(['Police Forces of Israel', undefined]);
  });

  it.each<[string, string, [string | undefined, string | undefined]]>([
    [
      'a possessive',
      "Jets struck the Northern Front's stronghold of Zarin, killing 14 civilians.",
      [undefined, 'Civilians'],
    ],
    [
      '"group\'s de facto capital"',
      "Shelling of the Northern Front group's de facto capital Zarin killed 14 civilians.",
      [undefined, 'Civilians'],
    ],
    [
      'a noun before the noun',
      'Raids on the Northern Front bastion of Zarin killed 14 civilians.',
      [undefined, 'Civilians'],
    ],
  ])(
    'does not take an armed group named as the owner of a stronghold for the target (%s)',
    (_, text, expected) => {
      expect(sidesAtZarin(text, 'civilians')).toEqual(expected);
    },
  );

  it('leaves the owner the target when the blow harmed no civilians', () => {
    const text = "Jets struck the Northern Front's stronghold of Zarin, killing 14 fighters.";
    expect(sidesAtZarin(text, 'fighters')).toEqual([undefined, 'Northern Front']);
  });

  it("leaves a state's stronghold the target: the post attacked", () => {
    expect(
      actorsOf({
        text: 'Rebels attacked an army stronghold near Zarin, killing 14 soldiers.',
        mentions: [
          ['Rebels', actorEntity('Northern Rebels')],
          ['army', actorEntity('Military Forces of Syria', 'state-forces', 'SY')],
          ['Zarin', placeEntity('Zarin', 'SY')],
        ],
        quantities: [['14', killed(14, 'soldiers')]],
      }),
    ).toEqual(['Northern Rebels', 'Military Forces of Syria']);
  });

  it.each([
    'Jets struck the northern Northern Front-held town of Zarin, killing 14 civilians.',
    'Jets struck the remote eastern Northern Front-controlled town of Zarin, killing 14 civilians.',
  ])('takes the holder of a place for neither side past words of where before it: "%s"', (text) => {
    expect(sidesAtZarin(text, 'civilians')).toEqual([undefined, 'Civilians']);
  });

  it('takes the holder of a named place for neither side when a verb leads the phrase', () => {
    const text = 'Two bombs hit Northern Front-held Zarin on Monday, killing 14 civilians.';
    expect(sidesAtZarin(text, 'civilians')).toEqual([undefined, 'Civilians']);
  });
});
