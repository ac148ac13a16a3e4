import { describe, expect, it } from 'vitest';
import { fixtureDocument, type FixtureSpec } from './fixture-document.js';
import { actorEntity, demonymEntity, placeEntity } from './fixture-entities.js';
import { createExtractStage } from './index.js';

const extract = createExtractStage();

/** The territory events of a text: sub-type and place of each, and its taker when `by` is asked. */
function takings(spec: FixtureSpec, by = false): string[] {
  const doc = fixtureDocument(spec);
  extract.run(doc, { referenceDate: null });
  return (doc.events ?? [])
    .filter((e) => e.event_type?.value === 'Battles' && e.sub_event_type?.value !== 'Armed clash')
    .map(
      (e) =>
        `${e.sub_event_type?.value} @${e.location?.name ?? '-'}` + (by ? ` by ${e.actor1?.name ?? '-'}` : ''),
    );
}

const GAINED = 'Government regains territory';
const OVERTAKEN = 'Non-state actor overtakes territory';

describe('ground taken told in Arabic', () => {
  it.each<[string, FixtureSpec, string[]]>([
    [
      'a taking told by its verbal noun after «بعد», the taker between noun and «على»',
      {
        text: 'وعاد الهدوء إلى الأحياء بعد سيطرة مسلحي القاعدة على مدينة المكلا في أبريل.',
        mentions: [
          ['القاعدة', actorEntity('Al Qaeda')],
          ['المكلا', placeEntity('Mukalla', 'YE')],
        ],
      },
      [`${OVERTAKEN} @Mukalla`],
    ],
    [
      'a liberation told as past after «عقب», no taker named: the government regains',
      {
        text: 'عاد آلاف النازحين إلى منازلهم عقب تحرير مدينة زنجبار من المسلحين.',
        mentions: [['زنجبار', placeEntity('Zinjibar', 'YE')]],
      },
      [`${GAINED} @Zinjibar`],
    ],
    [
      'joy at a liberation presupposes it',
      {
        text: 'خرج الأهالي إلى الشوارع ابتهاجا بتحرير مدينة المكلا.',
        mentions: [['المكلا', placeEntity('Mukalla', 'YE')]],
      },
      [`${GAINED} @Mukalla`],
    ],
    [
      'an invasion of a town by a side, its object after «ل»',
      {
        text: 'ولعب القيادي دورا بارزا في اجتياح الميليشيات لمدينة عمران في يوليو الماضي.',
        mentions: [['عمران', placeEntity('Amran', 'YE')]],
      },
      [`${OVERTAKEN} @Amran`],
    ],
    [
      'the definite noun names a known invasion, a war rather than a town taken',
      {
        text: 'وتحدث الكتاب عن الاجتياح التركي لقبرص.',
        mentions: [['قبرص', placeEntity('Cyprus', 'CY', 'country')]],
      },
      [],
    ],
    [
      'a town that fell into the hands of fighters',
      {
        text: 'سقطت مدينة الرمادي في أيدي المسلحين في مايو.',
        mentions: [['الرمادي', placeEntity('Ramadi', 'IQ')]],
      },
      [`${OVERTAKEN} @Ramadi`],
    ],
    [
      'ground cleared of the enemy by a pro-government militia',
      {
        text: 'وقامت المقاومة الشعبية بتطهير بلدة الحوطة من المتمردين.',
        mentions: [['الحوطة', placeEntity('Al Hawtah', 'YE')]],
      },
      [`${GAINED} @Al Hawtah`],
    ],
    [
      "ground whose expelled side is named in the verb's phrase: it lost the ground",
      {
        text: 'وطردت فصائل المعارضة قوات النظام من بلدة الحوطة أمس.',
        mentions: [
          ['قوات النظام', actorEntity('Military Forces of Syria', 'state-forces', 'SY')],
          ['الحوطة', placeEntity('Al Hawtah', 'SY')],
        ],
      },
      [`${OVERTAKEN} @Al Hawtah`],
    ],
    [
      'ground taken by a pro-government militia named right after the verb',
      {
        // Away from Yemen, no militia of that name is known: only the cue right after the verb tells its side.
        text: 'وسيطرت المقاومة الشعبية على بلدة قندور أمس.',
        mentions: [['قندور', placeEntity('Kandor', 'AF')]],
      },
      [`${GAINED} @Kandor`],
    ],
    [
      'the Saudi-led coalition, fighting for the government, regains the town it takes',
      {
        text: 'استعادت قوات التحالف العربي مدينة المكلا من المتمردين أمس.',
        mentions: [
          ['التحالف العربي', actorEntity('Saudi-led Coalition')],
          ['المكلا', placeEntity('Mukalla', 'YE')],
        ],
      },
      [`${GAINED} @Mukalla`],
    ],
  ])('%s', (_, spec, expected) => {
    expect(takings(spec)).toEqual(expected);
  });
});

// Where the taker is the point, the expectation names it ("… by X").
describe('ground taken told in English', () => {
  it.each<[string, FixtureSpec, string[]]>([
    [
      'a town that fell to fighters is the subject of its verb',
      {
        text: 'The town of Morek fell to rebel fighters in May.',
        mentions: [['Morek', placeEntity('Morek', 'SY')]],
      },
      [`${OVERTAKEN} @Morek`],
    ],
    [
      "a passive's subject is the ground taken",
      {
        text: 'The village of Tal Rifaat was captured by Kurdish fighters on Sunday.',
        mentions: [
          ['Tal Rifaat', placeEntity('Tal Rifaat', 'SY')],
          ['Kurdish fighters', actorEntity('People’s Protection Units')],
        ],
      },
      [`${OVERTAKEN} @Tal Rifaat by People’s Protection Units`],
    ],
    [
      'the side before a passive held the ground; the side after it took it',
      {
        text: 'The Daesh command post in Manbij was captured while the Syrian Democratic Forces moved through the town.',
        mentions: [
          ['Daesh', actorEntity('Islamic State')],
          ['Manbij', placeEntity('Manbij', 'SY')],
          ['Syrian Democratic Forces', actorEntity('Syrian Democratic Forces')],
        ],
      },
      [`${OVERTAKEN} @Manbij by Syrian Democratic Forces`],
    ],
    [
      'a town liberated, told by its noun',
      {
        text: 'The army liberated the town of Morek on Sunday.',
        mentions: [['Morek', placeEntity('Morek', 'SY')]],
      },
      [`${GAINED} @Morek`],
    ],
    [
      'a town liberated from the hands that held it, told passive with no taker',
      {
        text: 'The town of Morek was liberated from the control of the militants on Sunday.',
        mentions: [['Morek', placeEntity('Morek', 'SY')]],
      },
      [`${GAINED} @Morek`],
    ],
    [
      'a village won back, told by its noun',
      {
        text: 'The army won back the village of Morek on Sunday.',
        mentions: [['Morek', placeEntity('Morek', 'SY')]],
      },
      [`${GAINED} @Morek`],
    ],
    [
      'a seat won back is no ground',
      {
        text: 'The party won back the seat of Morek on Sunday.',
        mentions: [['Morek', placeEntity('Morek', 'SY')]],
      },
      [],
    ],
    [
      'an armed group winning a town back overtakes it, whatever the verb',
      {
        text: 'Islamic State fighters recaptured the town of Palmyra on Sunday.',
        mentions: [
          ['Islamic State', actorEntity('Islamic State')],
          ['Palmyra', placeEntity('Palmyra', 'SY')],
        ],
      },
      [`${OVERTAKEN} @Palmyra by Islamic State`],
    ],
    [
      "a regional government's army takes ground for a government",
      {
        text: 'Peshmerga fighters seized the town of Sinjar on Friday.',
        mentions: [
          ['Peshmerga', actorEntity('Peshmerga')],
          ['Sinjar', placeEntity('Sinjar', 'IQ')],
        ],
      },
      [`${GAINED} @Sinjar by Peshmerga`],
    ],
    [
      'the forces a town fell to are its taker, not a side told elsewhere in the clause',
      {
        text: 'Rebel families fled from Daraya which fell to regime forces last year.',
        mentions: [
          ['Rebel', actorEntity('Opposition Rebels (Syria)')],
          ['Daraya', placeEntity('Darayya', 'SY')],
          ['regime forces', actorEntity('Military Forces of Syria', 'state-forces', 'SY')],
        ],
      },
      [`${GAINED} @Darayya by Military Forces of Syria`],
    ],
  ])('%s', (_, spec, expected) => {
    expect(
      takings(
        spec,
        expected.some((e) => e.includes(' by ')),
      ),
    ).toEqual(expected);
  });
});

describe('the side ground is taken from', () => {
  it.each<[string, FixtureSpec]>([
    [
      'is not the civilians the clause names with the taking',
      {
        text: 'Rebels seized the town of Morek from its residents on Monday.',
        mentions: [['Morek', placeEntity('Morek', 'SY')]],
      },
    ],
    [
      'is not the civilians told after the taking in the sentence',
      {
        text: 'سيطر المسلحون على مدينة المكلا وطردوا السكان المدنيين.',
        mentions: [
          ['المكلا', placeEntity('Mukalla', 'YE')],
          ['المدنيين', actorEntity('Civilians', 'group')],
        ],
      },
    ],
  ])('%s', (_, spec) => {
    const doc = fixtureDocument(spec);
    extract.run(doc, { referenceDate: null });
    const taking = doc.events!.find((e) => e.sub_event_type?.value === OVERTAKEN);
    expect(taking?.location?.name).toBeDefined();
    expect(taking?.actor2).toBeNull();
  });
});

describe('storming a building', () => {
  /** Sub-types of every event of a text. */
  function subTypes(spec: FixtureSpec): string[] {
    const doc = fixtureDocument(spec);
    extract.run(doc, { referenceDate: null });
    return (doc.events ?? []).map((e) => e.sub_event_type?.value ?? '-');
  }
  const mentions: FixtureSpec['mentions'] = [['Mogadishu', placeEntity('Mogadishu', 'SO')]];

  it.each([
    'Militants stormed a hotel in Mogadishu on Friday, killing 12 people.',
    'Gunmen stormed his fashionable home in Mogadishu on Friday.',
    // The killing told first, the place before it: the storming is still the attack, and placed.
    'A judge in Mogadishu was killed when raiders stormed his farmhouse.',
    // A site a group may hold by force, as the lexicon lists them.
    'Gunmen stormed a weekly newspaper in Mogadishu on Friday.',
    // Control of a building taken, and a building told as the subject of a passive taking.
    'Two exiles seized control of the consulate in Mogadishu to press their demands.',
    'The trade office in Mogadishu was briefly seized by five men.',
    // People gathered, under a roof or not: the guests, the mourners, the shoppers are whom it falls on.
    'Bandits stormed a wedding party in Mogadishu on Friday.',
    'Armed men stormed the crowded cattle market in Mogadishu at noon.',
  ])('is an attack on the people inside, not ground taken: %s', (text) => {
    expect(subTypes({ text, mentions })).toEqual(['Attack']);
  });

  it.each([
    'Militants stormed the town of Mogadishu on Friday.',
    'Militants seized control of the town of Mogadishu on Friday.',
    'The town of Mogadishu was seized by militants on Friday.',
    'Rebels stormed the army base outside Mogadishu on Friday.',
  ])('leaves the taking of a town a taking of ground: %s', (text) => {
    expect(subTypes({ text, mentions })).toEqual([OVERTAKEN]);
  });

  it('reads the people before "-held" as the holders of the ground stormed, not its captives', () => {
    const text = 'Troops stormed the rebel-held town of Mogadishu on Friday.';
    expect(subTypes({ text, mentions })).toEqual([GAINED]);
  });
});

describe('people seized', () => {
  function subTypes(text: string): string[] {
    const doc = fixtureDocument({ text, mentions: [['Tessalit', placeEntity('Tessalit', 'ML')]] });
    extract.run(doc, { referenceDate: null });
    return (doc.events ?? []).map((e) => e.sub_event_type?.value ?? '-');
  }

  it.each([
    'Gunmen seized eleven road workers near Tessalit on Monday.',
    'Armed men captured two foreign engineers outside Tessalit.',
    'Pirates seized the crew of a cargo ship off Tessalit.',
  ])('are abducted, not ground taken: %s', (text) => {
    expect(subTypes(text)).toEqual(['Abduction/forced disappearance']);
  });

  it('leave ground taken when they are the agents of a participle before the passive', () => {
    expect(subTypes('The outpost held by 20 soldiers was overrun near Tessalit on Monday.')).toEqual([
      'Non-state actor overtakes territory',
    ]);
  });

  it('are arrested when the army holds them', () => {
    expect(subTypes('The army captured six militants near Tessalit.')).toEqual(['Arrests']);
  });

  it.each<[string, string]>([
    ['Four drivers were seized by gunmen near Tessalit on Monday.', 'Abduction/forced disappearance'],
    ['The suspect was captured by soldiers near Tessalit on Monday.', 'Arrests'],
    ['She was seized by gunmen near Tessalit on Monday.', 'Abduction/forced disappearance'],
    ['The fugitive was captured near Tessalit on Monday.', 'Arrests'],
    ['He was captured near Tessalit after a three-day manhunt.', 'Arrests'],
  ])('are taken when told as the subject of a passive: %s', (text, subType) => {
    expect(subTypes(text)).toEqual([subType]);
  });

  it('are abducted when a pronoun names them', () => {
    expect(subTypes('Masked men stopped a lorry near Tessalit and captured them.')).toEqual([
      'Abduction/forced disappearance',
    ]);
  });

  // A killing told with the taking of people names the incident: no ground changed hands, so none is needed.
  it.each([
    'Two drivers were shot dead near Tessalit by the men who had seized them.',
    'Guards fought off raiders near Tessalit; one raider was killed and two captured.',
  ])('are the victims of an attack when the clause kills some: %s', (text) => {
    expect(subTypes(text)).toEqual(['Attack']);
  });

  it.each([
    // The people hold the post taken; the village is the object, the soldiers only in a clause about it.
    "Rebels seized the soldiers' outpost near Tessalit.",
    'Rebels captured the village where soldiers had camped near Tessalit.',
    'The village near Tessalit was captured by rebels.',
    'The army outpost manned by twelve soldiers near Tessalit was overrun by rebels.',
  ])('leave ground taken when the ground is the object: %s', (text) => {
    expect(subTypes(text)).toEqual([OVERTAKEN]);
  });
});

describe('ground a state force takes in a clause that names no country', () => {
  const ruritania: FixtureSpec['mentions'] = [['Ruritania', placeEntity('Ruritania', 'RT', 'country')]];

  it('is regained by the forces of the state the article is about, at the village it names', () => {
    const text =
      'Fighting went on across Ruritania. Government troops seized the village of Kolvar on Sunday.';
    expect(takings({ text, mentions: ruritania }, true)).toEqual([
      `${GAINED} @Kolvar by Military Forces of Ruritania`,
    ]);
  });

  it('is regained by the state its nationality names, the village placed there', () => {
    const text = 'Ruritanian troops seized the village of Kolvar on Sunday.';
    const mentions: FixtureSpec['mentions'] = [['Ruritanian', demonymEntity('Ruritania', 'RT')]];
    expect(takings({ text, mentions }, true)).toEqual([`${GAINED} @Kolvar by Military Forces of Ruritania`]);
  });

  it('still leaves a rebel taking of the village to the rebels', () => {
    const text = 'Fighting went on across Ruritania. Rebel fighters seized the village of Kolvar on Sunday.';
    expect(takings({ text, mentions: ruritania })).toEqual([`${OVERTAKEN} @Kolvar`]);
  });
});
