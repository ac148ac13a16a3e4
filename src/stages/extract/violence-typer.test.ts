import { describe, expect, it } from 'vitest';
import { resolvedEvents } from '../../../test/support/resolved-events.js';
import type { FixtureSpec } from './fixture-document.js';
import { actorEntity, placeEntity } from './fixture-entities.js';
import { firstSubType } from './fixture-sub-type.js';

const kirkuk: FixtureSpec['mentions'] = [['Kirkuk', placeEntity('Kirkuk', 'IQ')]];

describe('the sub-type of a violent act', () => {
  it.each<[string, FixtureSpec, string]>([
    [
      'a rape told after a killing is more of the attack',
      {
        text: 'وقتل المسلحون ثلاثة قرويين ثم اغتصبوا نساء في قرية قرب كركوك أمس.',
        mentions: [['كركوك', placeEntity('Kirkuk', 'IQ')]],
      },
      'Attack',
    ],
    [
      'armed men killed after civilians are a side fought, not people struck',
      {
        text: 'Troops fired on a village near Kirkuk on Monday, killing civilians and militants.',
        mentions: kirkuk,
      },
      'Armed clash',
    ],
    [
      "a state's bombing with no device named is from the air",
      {
        text: 'Regime bombing of the village of Kafr Batna killed nine people on Tuesday.',
        mentions: [['Kafr Batna', placeEntity('Kafr Batna', 'SY')]],
      },
      'Air/drone strike',
    ],
    [
      'a war remnant that goes off is a landmine-like blast, not a shelling',
      {
        text: 'Two children were killed when an unexploded shell went off in Saada.',
        mentions: [['Saada', placeEntity('Saada', 'YE')]],
      },
      'Remote explosive/landmine/IED',
    ],
    [
      "a young man killed by the army's bullets is attacked, the army is no target",
      {
        text: 'قتل شاب برصاص الجيش في جنين أمس.',
        mentions: [['جنين', placeEntity('Jenin', 'PS')]],
      },
      'Attack',
    ],
    [
      'a man shot dead by an unknown gunman is attacked: the gunman is the shooter, not a target',
      {
        text: 'A shopkeeper was shot dead by an unknown gunman in Hama on Monday.',
        mentions: [['Hama', placeEntity('Hama', 'SY')]],
      },
      'Attack',
    ],
    [
      'police who tell the news after the toll are its source, not a side the gunmen fought',
      {
        text: 'Gunmen stormed a chapel in Kaduna during the evening service, killing four, police said.',
        mentions: [['Kaduna', placeEntity('Kaduna', 'NG')]],
      },
      'Attack',
    ],
    [
      'an Arabic statement by the police after the toll is no target either',
      {
        text: 'هاجم مسلحون كنيسة في كادونا وقتلوا أربعة أشخاص، وقالت الشرطة إن المهاجمين فروا.',
        mentions: [['كادونا', placeEntity('Kaduna', 'NG')]],
      },
      'Attack',
    ],
    [
      'police officers killed after the verb are still a side struck',
      {
        text: 'Gunmen stormed a checkpoint in Kaduna, killing four police officers.',
        mentions: [['Kaduna', placeEntity('Kaduna', 'NG')]],
      },
      'Armed clash',
    ],
    [
      'armed men killed by the army, told in the passive, were fought',
      {
        text: 'Some 60 terrorists killed by the army in Hama.',
        mentions: [['Hama', placeEntity('Hama', 'SY')]],
      },
      'Armed clash',
    ],
    [
      'an army killing armed men fights them, it does not attack civilians',
      {
        text: 'The army killed 12 terrorists in Hama on Monday.',
        mentions: [['Hama', placeEntity('Hama', 'SY')]],
      },
      'Armed clash',
    ],
    [
      'a crowd fighting the police is a violent demonstration, not a battle',
      {
        text: 'وأسفرت الاشتباكات بين المحتجين والشرطة في القاهرة عن جرح خمسة أشخاص.',
        mentions: [['القاهرة', placeEntity('Cairo', 'EG')]],
      },
      'Violent demonstration',
    ],
    [
      'crowds no text calls protesters, fighting the police, riot',
      {
        text: 'Angry crowds clashed with riot police in Quito on Friday, and two men died.',
        mentions: [['Quito', placeEntity('Quito', 'EC')]],
      },
      'Violent demonstration',
    ],
    [
      'people who took to the streets and died in clashes with the police riot',
      {
        text: 'Thousands of farmers took to the streets of Quito, where four died in clashes with the police.',
        mentions: [['Quito', placeEntity('Quito', 'EC')]],
      },
      'Violent demonstration',
    ],
    [
      'armed men attacking army units make a battle',
      {
        text: 'وهاجمت عناصر داعش قطعات عسكرية في منطقة الفلوجة.',
        mentions: [
          ['عناصر داعش', actorEntity('Islamic State')],
          ['الفلوجة', placeEntity('Fallujah', 'IQ')],
        ],
      },
      'Armed clash',
    ],
    [
      'a house burnt with a baby killed in it is an attack',
      {
        text: 'Settlers set fire to a family home in Duma village, killing a baby.',
        mentions: [['Duma', placeEntity('Duma', 'PS')]],
        quantities: [['a baby', { value: 1, qualifier: 'exact', role: 'killed' }]],
      },
      'Attack',
    ],
    [
      'troops fighting under the cover of the air force fight a battle',
      {
        text: 'Infantry backed by the Syrian air force later clashed with jihadists in Kafr Nabudah.',
        mentions: [['Kafr Nabudah', placeEntity('Kafr Nabudah', 'SY')]],
      },
      'Armed clash',
    ],
    [
      "an army unit destroying the militants' armed vehicles fights them",
      {
        text: 'A commando unit destroyed three vehicles equipped with mounted guns near the hills of Sweida.',
        mentions: [['Sweida', placeEntity('Sweida', 'SY')]],
      },
      'Armed clash',
    ],
    [
      'a hostage-taking in which people are killed is an attack on them',
      {
        text: 'Gunmen took hostages at a hotel in Sevare, killing four people.',
        mentions: [['Sevare', placeEntity('Sevare', 'ML')]],
      },
      'Attack',
    ],
    [
      'aerospace forces striking targets strike from the air',
      {
        text: 'Russian Aerospace Forces struck 30 targets in Hama province on Tuesday.',
        mentions: [
          ['Russian Aerospace Forces', actorEntity('Military Forces of Russia', 'state-forces', 'RU')],
          ['Hama', placeEntity('Hama', 'SY')],
        ],
      },
      'Air/drone strike',
    ],
  ])('%s', (_, spec, expected) => {
    expect(firstSubType(spec)).toBe(expected);
  });
});

describe('armed men killed by a side the text does not name', () => {
  it.each([
    ['أعلن مصدر أمني تصفية خمسة مسلحين في عملية خاصة في كركوك اليوم.', 'كركوك'],
    [
      'An official announced the elimination of five militants in a special operation in Kirkuk on Tuesday.',
      'Kirkuk',
    ],
  ])('fell in a fight, not as civilians do: %s', (text, town) => {
    expect(
      firstSubType({ text, published: '2015-07-21', mentions: [[town, placeEntity('Kirkuk', 'IQ')]] }),
    ).toBe('Armed clash');
  });
});

describe('armed men a force killed', () => {
  it.each<[string, string, string]>([
    [
      'militants told killed in attacks by troops fell in a fight',
      'Nine militants were killed on Friday in attacks by Iraqi troops near Kirkuk.',
      'Armed clash',
    ],
    [
      'villagers told killed in attacks by troops were attacked',
      'Nine villagers were killed on Friday in attacks by Iraqi troops near Kirkuk.',
      'Attack',
    ],
  ])('%s', (_, text, sub) => {
    expect(firstSubType({ text, mentions: kirkuk })).toBe(sub);
  });
});

// An informer of the police or the army is a civilian: armed men who shoot one attack a civilian, they do
// not fight the force.
describe('a force named only as whom a civilian informs', () => {
  it.each([
    ['Raiders shot a police informer near the weir on Monday.', 'Attack', 'Civilians'],
    ['Gunmen fired on an army informer near the weir.', 'Attack', 'Civilians'],
  ])('reads "%s" as %s on %s', (text, type, target) => {
    const [event] = resolvedEvents({ text });
    expect([event.sub_event_type?.value, event.actor2?.name]).toEqual([type, target]);
  });

  it('still reads a policeman shot by raiders as a fight with the police', () => {
    const [event] = resolvedEvents({ text: 'Raiders shot a policeman near the weir on Monday.' });
    expect(event.sub_event_type?.value).toBe('Armed clash');
  });
});

describe('a bombing told beside the police', () => {
  const police = actorEntity('Police Forces of Iraq', 'state-forces', 'IQ');
  const told = (text: string) =>
    resolvedEvents({ text, mentions: [...kirkuk, ['Police', police]] }).map((e) =>
      [e.sub_event_type?.value, e.actor1?.name ?? 'nobody'].join(' by '),
    );

  it('is no air strike: the police fly no aircraft', () => {
    expect(told('Police bombing of a hideout in Kirkuk left two gunmen dead.')[0]).not.toMatch(
      /^Air\/drone strike/,
    );
  });

  it("is not the police's act when it is the reason for their arrests", () => {
    const acts = told("Police detained four men over Saturday's bombing of a bakery in Kirkuk.");
    expect(acts).toContain('Arrests by Police Forces of Iraq');
    expect(acts.filter((act) => !act.startsWith('Arrests ')).join('; ')).not.toMatch(/Police/);
  });
});

describe('a ramming told as an attack with a car', () => {
  const hebron: FixtureSpec['mentions'] = [['الخليل', placeEntity('Hebron', 'PS')]];

  it('is an attack on the soldiers run down, not a clash with them', () => {
    const text = 'وقال الجيش إن شابا هاجم ثلاثة جنود بسيارته عند مفترق قرب الخليل يوم الخميس.';
    expect(firstSubType({ text, mentions: hebron })).toBe('Attack');
  });

  it('is an attack in English too', () => {
    const text = 'A youth attacked three soldiers with his car at a junction near Hebron on Thursday.';
    expect(firstSubType({ text, mentions: [['Hebron', placeEntity('Hebron', 'PS')]] })).toBe('Attack');
  });

  it('is no ramming when the car is booby-trapped', () => {
    // «ملغومة» is no weapon cue, so only the word after the vehicle tells the car was a bomb.
    const text = 'وهاجم مسلحون حاجزا للجيش بسيارة ملغومة قرب الخليل يوم الخميس.';
    expect(firstSubType({ text, mentions: hebron })).not.toBe('Attack');
  });
});
