import { describe, expect, it } from 'vitest';
import type { Document, Quantity } from '../../core/records.js';
import { count } from './incident-toll.js';
import { actorsOf } from './fixture-actors.js';
import { fixtureDocument, type FixtureSpec } from './fixture-document.js';
import { actorEntity, demonymEntity, placeEntity } from './fixture-entities.js';
import { buildEvents } from './event-builder.js';
import { buildFrames } from './frame-builder.js';
import { createExtractStage, loadEventLexicons } from './index.js';
import { buildSentenceViews } from './sentence-view.js';

/**
 * The quantities of `text` as the language stage gives them: each `[number, noun, role?, noun word?]`
 * found in order; the noun span runs from the number to the noun word.
 */
type Item = readonly [string, number, Quantity['role']?, string?, string?];

function quantitiesOf(text: string, items: readonly Item[]) {
  let from = 0;
  return items.map(([word, value, role, noun, nounWord]): Quantity => {
    const at = text.indexOf(word, from);
    from = at + word.length;
    const q: Quantity = { span: [at, at + word.length], value, qualifier: 'exact' };
    if (role) q.role = role;
    if (noun) q.noun = noun;
    if (nounWord) q.nounSpan = [at, text.indexOf(nounWord, at) + nounWord.length];
    return q;
  });
}

const killed = (text: string, items: readonly Item[]) =>
  count(quantitiesOf(text, items), 'killed', false, text)?.value ?? null;

describe('count adds up the figures of one toll', () => {
  it('adds figures listed by commas and "and" under one verb', () => {
    const text = 'The blast killed 3 soldiers, 4 policemen and 5 civilians.';
    const items = [
      ['3', 3, 'killed', 'soldiers', 'soldiers'],
      ['4', 4, 'killed', 'police', 'policemen'],
      ['5', 5, 'killed', 'civilians', 'civilians'],
    ] as const;
    expect(killed(text, items)).toBe(12);
  });

  it('adds a counted noun listed before the figures the verb after the list reached', () => {
    const text = 'Three policemen, five civilians and a guard were killed.';
    const items = [
      ['Three', 3, undefined, 'police', 'policemen'],
      ['five', 5, 'killed', 'civilians', 'civilians'],
    ] as const;
    expect(killed(text, items)).toBe(8);
  });

  it('adds counted nouns listed before the last item with ", and"', () => {
    const text = 'The blast left two policemen, three soldiers, and six civilians dead.';
    const items = [
      ['two', 2, undefined, 'police', 'policemen'],
      ['three', 3, undefined, 'soldiers', 'soldiers'],
      ['six', 6, 'killed', 'civilians', 'civilians'],
    ] as const;
    expect(killed(text, items)).toBe(11);
  });

  it('adds a counted noun after "and" to a figure of people the language stage could not name', () => {
    const text = 'Gunmen shot and killed four doctors and one driver.';
    const items = [
      ['four', 4, 'killed'],
      ['one', 1, undefined, 'workers', 'driver'],
    ] as const;
    expect(killed(text, items)).toBe(5);
  });

  it('adds people told "as well as" the count ("3 were killed, as well as four policemen")', () => {
    const text = 'Three soldiers were killed, as well as four policemen.';
    const items = [
      // The language stage's noun span runs on to the verb.
      ['Three', 3, 'killed', 'soldiers', 'killed'],
      ['four', 4, undefined, 'police', 'policemen'],
    ] as const;
    expect(killed(text, items)).toBe(7);
  });

  it('does not add a part of the toll after a comma ("12 people, 5 of them children")', () => {
    const text = 'The raid killed 12 people, 5 of them children.';
    expect(
      killed(text, [
        ['12', 12, 'killed', 'people', 'people'],
        ['5', 5],
      ]),
    ).toBe(12);
  });

  it('does not add a figure of people who are not counted by a fate before a comma', () => {
    const text = 'Of 40 people on the bus, 3 were killed.';
    expect(
      killed(text, [
        ['40', 40, undefined, 'people', 'people'],
        ['3', 3, 'killed'],
      ]),
    ).toBe(3);
  });

  it('adds "others" of the same fate told as an addition ("كما قتل أربعة آخرون")', () => {
    const text = 'أسفرت الغارة عن مصرع سبعة مسلحين عند الحاجز، كما قتل أربعة آخرون في القرية.';
    const items = [
      ['سبعة', 7, 'killed', 'militants', 'مسلحين'],
      ['أربعة', 4, 'killed', 'others', 'آخرون'],
    ] as const;
    expect(killed(text, items)).toBe(11);
  });

  it('measures the gap from the number when its casualty word stands before it ("مصرع سبعة")', () => {
    const text = 'أسفرت الغارة عن مصرع سبعة انقلابيين قرب مخزن للذخيرة، كما قتل أربعة آخرون.';
    const [seven, four] = quantitiesOf(text, [
      ['سبعة', 7, 'killed'],
      ['أربعة', 4, 'killed', 'others', 'آخرون'],
    ]);
    const verb = text.indexOf('مصرع');
    seven.nounSpan = [verb, verb + 'مصرع'.length];
    expect(count([seven, four], 'killed', false, text)?.value).toBe(11);
  });

  it('keeps apart others of the same fate in the next sentence', () => {
    const text = 'Seven soldiers were killed at the gate. Four others were also killed in the town.';
    const items = [
      ['Seven', 7, 'killed', 'soldiers', 'killed'],
      ['Four', 4, 'killed', 'others', 'killed'],
    ] as const;
    expect(killed(text, items)).toBe(7);
  });
});

describe('count adds the other side told in a "while" clause', () => {
  it.each([
    ['قتل في الاشتباكات 12 مسلحا وأصيب العشرات، فيما قتل ثلاثة من الجيش.', 'مسلحا', 'من', 15],
    ['Clashes killed 12 rebels, while three soldiers were killed.', 'rebels', 'soldiers', 15],
    // A part of the first toll, and a count of the same kind (another incident's, most often), stay out.
    ['قتل في الاشتباكات 12 مسلحا، بينهم ثلاثة من القادة.', 'مسلحا', 'من', 12],
    ['Clashes killed 12 rebels, while three rebels were killed in a raid.', 'rebels', 'rebels', 12],
  ] as const)('adds up the sides told in "%s"', (text, firstNoun, secondNoun, total) => {
    const [first, second] = text.match(/\d+|three|ثلاثة/g)!;
    const secondKind =
      secondNoun === 'soldiers' ? 'soldiers' : secondNoun === 'rebels' ? 'militants' : undefined;
    const items: Item[] = [
      [first, 12, 'killed', 'militants', firstNoun],
      [second, 3, 'killed', secondKind, secondNoun],
    ];
    expect(killed(text, items)).toBe(total);
  });
});

describe('buildEvents through the extract stage', () => {
  const extract = createExtractStage();
  const run = (doc: Document) => {
    extract.run(doc, { referenceDate: null });
    return doc.events!;
  };

  it('dates a strike by its own day, not the day of a statement written without hamza ("اعلن يوم")', () => {
    const doc = fixtureDocument({
      text: 'الجيش اعلن يوم الاثنين ان طائرات قصفت مواقع المتمردين قرب دهوك يوم الاحد.',
      published: '2015-07-28',
      mentions: [['دهوك', placeEntity('Duhok', 'IQ')]],
      times: [
        ['يوم الاثنين', { value: '2015-07-27', precision: 'day', reason: 'weekday' }],
        ['يوم الاحد', { value: '2015-07-26', precision: 'day', reason: 'weekday' }],
      ],
    });
    expect(run(doc).map((e) => e.date?.value)).toEqual(['2015-07-26']);
  });

  it('makes burning that leaves someone dead an attack, told in words', () => {
    const doc = fixtureDocument({
      text: 'The body of a Ruritanian man from a nearby farm was found beaten and burned near Duhok.',
      published: '2015-07-28',
      mentions: [['Duhok', placeEntity('Duhok', 'IQ')]],
    });
    const [event] = run(doc);
    expect([event.sub_event_type?.value, event.fatalities?.value]).toEqual(['Attack', 1]);
  });

  it('gives one toll told for several listed towns to none of them, and a lone town its own', () => {
    const listed = fixtureDocument({
      text: 'Rebel shells killed 6 people in Aleppo, Homs and Hama on Friday.',
      published: '2016-11-19',
      mentions: [
        ['Aleppo', placeEntity('Aleppo', 'SY')],
        ['Homs', placeEntity('Homs', 'SY')],
        ['Hama', placeEntity('Hama', 'SY')],
      ],
      quantities: [['6', { value: 6, qualifier: 'exact', role: 'killed', noun: 'people' }]],
    });
    const events = run(listed);
    expect(events.map((e) => [e.location?.name, e.fatalities])).toEqual([
      ['Aleppo', null],
      ['Homs', null],
      ['Hama', null],
    ]);
    const lone = fixtureDocument({
      text: 'Rebel shells killed 6 people in Aleppo on Friday.',
      published: '2016-11-19',
      mentions: [['Aleppo', placeEntity('Aleppo', 'SY')]],
      quantities: [['6', { value: 6, qualifier: 'exact', role: 'killed', noun: 'people' }]],
    });
    expect(run(lone).map((e) => e.fatalities?.value)).toEqual([6]);
  });

  it('keeps the toll of a town whose region is named right after it ("in Zarqa, Ruritania Province")', () => {
    const doc = fixtureDocument({
      text: 'Rebel shells killed 6 people in Zarqa, Ruritania Province on Friday.',
      published: '2016-11-19',
      mentions: [
        ['Zarqa', placeEntity('Zarqa', 'SY')],
        ['Ruritania Province', placeEntity('Ruritania Province', 'SY', 'region')],
      ],
      quantities: [['6', { value: 6, qualifier: 'exact', role: 'killed', noun: 'people' }]],
    });
    expect(run(doc).map((e) => e.fatalities?.value)).toContain(6);
  });

  it.each([
    [
      'takes unplaced arrests for the police of the one country the article names',
      '',
      'Police Forces of Egypt',
    ],
    [
      'takes no country for them when the article names another, even by a nationality',
      '، وفق مصدر أردني',
      undefined,
    ],
  ])('%s', (_name, teller, police) => {
    const text = `قصفت المروحيات وكرا للمسلحين قرب طنطا، كما ألقت أجهزة الأمن القبض على 12 من قيادات جماعة الإخوان${teller}.`;
    const mentions: FixtureSpec['mentions'] = [
      ['طنطا', placeEntity('Tanta', 'EG')],
      ['جماعة الإخوان', actorEntity('Muslim Brotherhood', 'group', 'EG')],
    ];
    if (teller) mentions.push(['أردني', demonymEntity('Jordan', 'JO')]);
    const doc = fixtureDocument({ text, language: 'ar', mentions });
    const arrests = run(doc).find((e) => e.sub_event_type?.value === 'Arrests');
    expect([arrests?.actor1?.name, arrests?.actor2?.name]).toEqual([police, 'Muslim Brotherhood']);
  });
});

describe('ground taken, named again by its noun', () => {
  const extract = createExtractStage();
  const taken = (text: string, town: string) => {
    const doc = fixtureDocument({ text, mentions: [[town, placeEntity('Qaryatayn', 'SY')]] });
    extract.run(doc, { referenceDate: null });
    return doc.events!.filter((e) => e.event_type?.value === 'Battles').map((e) => e.location?.name);
  };

  it.each([
    ['Militants attacked the town of Qaryatayn on Monday. They seized the town overnight.', 'Qaryatayn'],
    ['هاجم مسلحون بلدة القريتين أمس. وسيطر المسلحون على المدينة ليلا.', 'القريتين'],
  ])('is the town told just before: "%s"', (text, town) => {
    expect(taken(text, town)).toEqual(['Qaryatayn']);
  });

  it('is no town told before when the noun names another ("the town of X"): that one, in the same country', () => {
    expect(
      taken('Militants attacked Qaryatayn on Monday. They seized the town of Mahin.', 'Qaryatayn'),
    ).toEqual(['Mahin']);
  });
});

describe('the country of a bare force noun whose clause names no place', () => {
  const lexicons = loadEventLexicons();
  /** The perpetrator of each frame of the one sentence of `text`, built on its own. */
  const actors = (text: string, mentions: FixtureSpec['mentions']) => {
    const doc = fixtureDocument({ text, language: 'ar', mentions });
    const [view] = buildSentenceViews(doc, lexicons);
    const ctx = {
      text,
      countryNames: new Map<string, string>(),
      home: null,
      visitors: new Set<string>(),
      aircraftTold: () => false,
      chronologyLead: null,
      townBefore: null,
      countryBefore: null,
    };
    return buildFrames(view, text).map((f) => buildEvents(f, ctx)[0].record.actor1?.name ?? null);
  };

  it('is the country of a place the sentence tells for the clause after its own', () => {
    const text = 'قصف الجيش منزلين في قرية شرقي مدينة رفح حيث تدور اشتباكات.';
    expect(actors(text, [['مدينة رفح', placeEntity('Rafah', 'EG')]])).toEqual([
      'Military Forces of Egypt',
      null,
    ]);
  });

  it('is none when the whole text names no place: the force is named without a state', () => {
    expect(actors('قصف الجيش مخزنا للأسلحة صباح اليوم.', [])).toEqual(['Military Forces']);
  });
});

describe('a bare force noun in a sentence that places nothing', () => {
  it('is of the one nationality the sentence names before the act, however far from it', () => {
    const text =
      'The Ruritanian interior minister said that the inquiry into the monks murdered by soldiers would close soon.';
    const [actor1] = actorsOf({ text, mentions: [['Ruritanian', demonymEntity('Ruritania', 'RU')]] });
    expect(actor1).toBe('Military Forces of Ruritania');
  });

  it('takes no country when a side of the sentence before the act is of another', () => {
    const text =
      'The Kravonian Red Cross and the Ruritanian minister said that the inquiry into the monks murdered by soldiers would close soon.';
    const mentions: FixtureSpec['mentions'] = [
      ['Ruritanian', demonymEntity('Ruritania', 'RU')],
      ['Kravonian Red Cross', actorEntity('Kravonian Red Cross', 'organisation', 'KV')],
    ];
    expect(actorsOf({ text, mentions })[0]).toBeUndefined();
  });
});
