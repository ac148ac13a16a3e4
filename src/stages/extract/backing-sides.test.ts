import { describe, expect, it } from 'vitest';
import type { FixtureSpec } from './fixture-document.js';
import { actorsOf as actorsOfEvent, killed } from './fixture-actors.js';
import { actorEntity, demonymEntity, placeEntity } from './fixture-entities.js';
import { firstSubType } from './fixture-sub-type.js';

/** The sides of the last event the text tells (the clause under test closes the sentence). */
const actorsOf = (spec: FixtureSpec) => actorsOfEvent(spec, -1);

const iraqiArmy = actorEntity('Military Forces of Iraq', 'state-forces', 'IQ');

describe('sides named as backing the side that acted', () => {
  it.each<[string, FixtureSpec, [string | undefined, string | undefined]]>([
    [
      'takes the force a coalition backs for the one that acted, and the backer for neither side',
      {
        text: 'هاجمت قوات الجيش العراقي مدينة هيت مدعومة بغارات جوية من التحالف الدولي.',
        mentions: [
          ['قوات الجيش العراقي', iraqiArmy],
          ['هيت', placeEntity('Hit', 'IQ')],
          ['التحالف الدولي', actorEntity('US-led Coalition')],
        ],
      },
      ['Military Forces of Iraq', undefined],
    ],
    [
      'takes the backer of a taking of ground for no side that lost it',
      {
        text: 'سيطرت قوات الجيش العراقي مدعومة من الحشد الشعبي على بلدة هيت يوم الخميس.',
        mentions: [
          ['قوات الجيش العراقي', iraqiArmy],
          ['الحشد الشعبي', actorEntity('Popular Mobilization Forces', 'armed-group', 'IQ')],
          ['هيت', placeEntity('Hit', 'IQ')],
        ],
      },
      ['Military Forces of Iraq', undefined],
    ],
    [
      'takes the backer for the side of the backing strikes told alone',
      {
        text: 'دخلت قوات الجيش العراقي مدينة هيت مدعومة بغارات جوية من التحالف الدولي.',
        mentions: [
          ['قوات الجيش العراقي', iraqiArmy],
          ['هيت', placeEntity('Hit', 'IQ')],
          ['التحالف الدولي', actorEntity('US-led Coalition')],
        ],
      },
      ['US-led Coalition', undefined],
    ],
    [
      'takes the forces jets back, not the jets, for the perpetrator',
      {
        text: 'Government forces backed by Russian warplanes and militias attacked the town of Latamneh, killing four civilians.',
        mentions: [
          ['Russian', demonymEntity('Russia', 'RU')],
          ['Latamneh', placeEntity('Latamneh', 'SY')],
        ],
        quantities: [['four', killed(4, 'civilians')]],
      },
      ['Military Forces of Syria', 'Civilians'],
    ],
    [
      'takes the side after a backing its comma closes for the one that acted, not for a backer',
      {
        text: 'Backed by Russian jets, Syrian troops attacked rebel positions near Hama.',
        mentions: [
          ['Russian', demonymEntity('Russia', 'RU')],
          ['Syrian', demonymEntity('Syria', 'SY')],
          ['Hama', placeEntity('Hama', 'SY')],
        ],
      },
      ['Military Forces of Syria', 'Opposition Rebels (Syria)'],
    ],
    [
      'takes the target past the comma that closes an Arabic backing for the target, not a backer',
      {
        text: 'هاجمت القوات العراقية، مدعومة بطيران التحالف، مواقع تنظيم داعش في الموصل.',
        mentions: [
          ['العراقية', demonymEntity('Iraq', 'IQ')],
          ['تنظيم داعش', actorEntity('Islamic State')],
          ['الموصل', placeEntity('Mosul', 'IQ')],
        ],
      },
      ['Military Forces of Iraq', 'Islamic State'],
    ],
    [
      'does not take the backer of a side the knowledge does not name for the perpetrator',
      {
        text: 'Tribal fighters, backed by Turkish drones, attacked the village of Tal Rifaat on Monday.',
        mentions: [
          ['Turkish', demonymEntity('Turkey', 'TR')],
          ['Tal Rifaat', placeEntity('Tal Rifaat', 'SY')],
        ],
      },
      [undefined, undefined],
    ],
    [
      'does not take the side named as the backer of the shelling militiamen for the perpetrator',
      {
        text: 'Hezbollah-backed militiamen shelled the village of Madaya, killing four civilians.',
        mentions: [
          ['Hezbollah', actorEntity('Hezbollah')],
          ['Madaya', placeEntity('Madaya', 'SY')],
        ],
        quantities: [['four', killed(4, 'civilians')]],
      },
      [undefined, 'Civilians'],
    ],
    [
      'takes the side a backed force attacks, past its verb, for no backer',
      {
        text: 'Iraqi troops backed by tribal fighters attacked Islamic State positions near Hit on Sunday.',
        mentions: [
          ['Iraqi troops', iraqiArmy],
          ['Islamic State', actorEntity('Islamic State')],
          ['Hit', placeEntity('Hit', 'IQ')],
        ],
      },
      ['Military Forces of Iraq', 'Islamic State'],
    ],
  ])('%s', (_, spec, expected) => {
    expect(firstSubType(spec)).toBeDefined();
    expect(actorsOf(spec)).toEqual(expected);
  });
});
