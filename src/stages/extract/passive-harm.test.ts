import { describe, expect, it } from 'vitest';
import { type FixtureSpec } from './fixture-document.js';
import { actorsOf, killed } from './fixture-actors.js';
import { actorEntity, demonymEntity, placeEntity } from './fixture-entities.js';

/** The sides and place of the Lake Chad sentences below, told in three voices. */
const chadAndBokoHaramAtBol: FixtureSpec['mentions'] = [
  ['Chadian', demonymEntity('Chad', 'TD')],
  ['Boko Haram', actorEntity('Boko Haram', 'armed-group', 'NG')],
  ['Bol', placeEntity('Bol', 'TD')],
];
/** The Somali side and town of the "among the slain" sentences below. */
const shabaabAtJilib: FixtureSpec['mentions'] = [
  ['Shabaab', actorEntity('Al-Shabaab', 'armed-group', 'SO')],
  ['Jilib', placeEntity('Jilib', 'SO')],
];
describe('the subject of an English passive of harm', () => {
  it.each<[string, FixtureSpec, [string | undefined, string | undefined]]>([
    [
      'takes a single soldier killed by a landmine for the harmed, though no count names him',
      {
        text: 'A Turkish soldier was killed by a landmine in Hakkari on Monday.',
        mentions: [
          ['Turkish', demonymEntity('Turkey', 'TR')],
          ['Hakkari', placeEntity('Hakkari', 'TR')],
        ],
      },
      [undefined, 'Military Forces of Turkey'],
    ],
    [
      'takes the force of an officer named by rank and name as the passive subject for the harmed',
      {
        text: 'Army Colonel Tomas Verin was shot dead in Hakkari on Monday.',
        mentions: [['Hakkari', placeEntity('Hakkari', 'TR')]],
      },
      [undefined, 'Military Forces of Turkey'],
    ],
    [
      'takes the force of an officer named by rank alone as the passive subject for the harmed',
      {
        text: 'A police lieutenant colonel was stabbed in Hakkari on Monday.',
        mentions: [['Hakkari', placeEntity('Hakkari', 'TR')]],
      },
      [undefined, 'Police Forces of Turkey'],
    ],
    [
      'takes a side a pronoun takes up as the passive subject for the harmed ("… when they were attacked")',
      {
        text: 'Israeli policemen were patrolling the old market of Hebron on Sunday when they were attacked.',
        mentions: [
          ['Israeli', demonymEntity('Israel', 'IL')],
          ['Hebron', placeEntity('Hebron', 'PS')],
        ],
      },
      [undefined, 'Police Forces of Israel'],
    ],
    [
      'looks past the head noun and an adverb ("police officer was reportedly stabbed")',
      {
        text: 'An Israeli police officer was reportedly stabbed in Hebron on Sunday.',
        mentions: [
          ['Israeli', demonymEntity('Israel', 'IL')],
          ['Hebron', placeEntity('Hebron', 'PS')],
        ],
      },
      [undefined, 'Police Forces of Israel'],
    ],
    [
      'takes the side the harmed faced in clashes for the one that struck',
      {
        text: 'A commander of the Taliban was killed in clashes with Afghan forces in Kunduz on Tuesday.',
        mentions: [
          ['the Taliban', actorEntity('Taliban', 'armed-group', 'AF')],
          [
            'Afghan forces',
            {
              ...actorEntity('Military Forces of Afghanistan', 'state-forces', 'AF'),
              entity_id: 'actor:forces:af:military',
            },
          ],
          ['Kunduz', placeEntity('Kunduz', 'AF')],
        ],
      },
      ['Military Forces of Afghanistan', 'Taliban'],
    ],
    [
      'keeps the subject of an active verb of harm as the one who struck',
      {
        text: 'Turkish soldiers have shot dead two smugglers near Hakkari on Monday.',
        mentions: [
          ['Turkish', demonymEntity('Turkey', 'TR')],
          ['Hakkari', placeEntity('Hakkari', 'TR')],
        ],
        quantities: [['two', killed(2, 'smugglers')]],
      },
      ['Military Forces of Turkey', undefined],
    ],
    [
      'takes the subject of a passive of assault ("were attacked by") for the target, the agent for who struck',
      {
        text: 'Chadian troops were attacked by Boko Haram fighters near Bol on Thursday.',
        mentions: chadAndBokoHaramAtBol,
      },
      ['Boko Haram', 'Military Forces of Chad'],
    ],
    [
      'takes the subject of "came under attack from" for the target, the side after "from" for who struck',
      {
        text: 'Chadian troops came under attack from Boko Haram fighters near Bol on Thursday.',
        mentions: chadAndBokoHaramAtBol,
      },
      ['Boko Haram', 'Military Forces of Chad'],
    ],
    [
      'keeps a side for the one who struck when a tense or an adverb stands before its act, past a count',
      {
        text: 'Five men were hurt when government forces had also shelled the fields near Bol.',
        mentions: [['Bol', placeEntity('Bol', 'TD')]],
        quantities: [['Five', { ...killed(5, 'men'), role: 'injured' as const }]],
      },
      ['Military Forces of Chad', undefined],
    ],
    [
      'keeps the subject of an active verb of assault as the one who struck',
      {
        text: 'Chadian troops attacked Boko Haram fighters near Bol on Thursday.',
        mentions: chadAndBokoHaramAtBol,
      },
      ['Military Forces of Chad', 'Boko Haram'],
    ],
    [
      'takes members a copula counts "among the slain" for the harmed, though no verb of harm follows them',
      {
        text: 'Three Shabaab commanders are among the slain after jets bombed a camp outside Jilib.',
        mentions: shabaabAtJilib,
      },
      [undefined, 'Al-Shabaab'],
    ],
    [
      'does the same for troops counted "among those hurt"',
      {
        text: 'Kenyan troops are among those hurt when a mine went off beside their patrol outside Jilib.',
        mentions: [['Kenyan', demonymEntity('Kenya', 'KE')], ...shabaabAtJilib.slice(1)],
      },
      [undefined, 'Military Forces of Kenya'],
    ],
    [
      'keeps members counted "among the raiders" as the ones who struck',
      {
        text: 'Three Shabaab commanders are among the raiders who attacked a hotel outside Jilib overnight.',
        mentions: shabaabAtJilib,
      },
      ['Al-Shabaab', 'Civilians'],
    ],
    [
      'takes a side told by its word for armed men ("Shabaab terrorists were killed") for the harmed',
      {
        text: 'Scores of Shabaab terrorists were killed when jets pounded their camp outside Jilib at dawn.',
        mentions: shabaabAtJilib,
      },
      [undefined, 'Al-Shabaab'],
    ],
    [
      'keeps a side told by its word for armed men as the one who struck, in the active',
      {
        text: 'Shabaab militants were seen firing mortars at an army camp outside Jilib at dawn.',
        mentions: shabaabAtJilib,
      },
      ['Al-Shabaab', 'Military Forces of Somalia'],
    ],
  ])('%s', (_name, spec, expected) => {
    expect(actorsOf(spec)).toEqual(expected);
  });

  it('takes the subject of "died in clashes with" for the harmed, the side faced for who struck', () => {
    const text = 'Four rebels died in clashes with troops near Hakkari on Monday.';
    const mentions: FixtureSpec['mentions'] = [['Hakkari', placeEntity('Hakkari', 'TR')]];
    const quantities: FixtureSpec['quantities'] = [['Four', killed(4, 'rebels')]];
    expect(actorsOf({ text, mentions, quantities })).toEqual([
      'Military Forces of Turkey',
      'Opposition Rebels (Turkey)',
    ]);
  });

  it('takes the subject of "was shot dead in clashes with" for the harmed of the clash, the side faced for who struck', () => {
    // "dead" opens a clash frame of its own, after the shooting's: the subject stands before its words.
    const text = 'A guerrilla was shot dead in clashes with troops near Hakkari on Monday.';
    const mentions: FixtureSpec['mentions'] = [['Hakkari', placeEntity('Hakkari', 'TR')]];
    expect(actorsOf({ text, mentions }, -1)).toEqual([
      'Military Forces of Turkey',
      'Opposition Rebels (Turkey)',
    ]);
  });

  it('reads past an aside of where the harmed served to their passive, and keeps an active verb so', () => {
    const mentions: FixtureSpec['mentions'] = [
      ['Turkish', demonymEntity('Turkey', 'TR')],
      ['Hakkari', placeEntity('Hakkari', 'TR')],
    ];
    const served = 'Two Turkish soldiers serving with a border unit were killed by a landmine near Hakkari.';
    expect(actorsOf({ text: served, mentions })).toEqual([undefined, 'Military Forces of Turkey']);
    const stationed = 'Two Turkish soldiers stationed near Hakkari were wounded by a landmine.';
    expect(actorsOf({ text: stationed, mentions })).toEqual([undefined, 'Military Forces of Turkey']);
    const active = 'Turkish soldiers patrolling near Hakkari shot dead two smugglers.';
    expect(actorsOf({ text: active, mentions })[0]).toBe('Military Forces of Turkey');
  });

  it('takes a side found dead for the harmed', () => {
    const mentions: FixtureSpec['mentions'] = [
      ['Turkish', demonymEntity('Turkey', 'TR')],
      ['Hakkari', placeEntity('Hakkari', 'TR')],
    ];
    const text = 'Three Turkish soldiers were found dead near Hakkari after being abducted.';
    expect(actorsOf({ text, mentions })).toEqual([undefined, 'Military Forces of Turkey']);
  });
});
