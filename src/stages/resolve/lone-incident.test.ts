import { describe, expect, it } from 'vitest';
import { fixtureDocument } from '../extract/fixture-document.js';
import { actorEntity, demonymEntity, placeEntity } from '../extract/fixture-entities.js';
import { createExtractStage } from '../extract/index.js';
import { createResolveStage } from './index.js';

const ctx = { referenceDate: null };
const eventsOf = (text: string, mentions: Parameters<typeof fixtureDocument>[0]['mentions'] = []) => {
  const doc = fixtureDocument({ text, published: '2019-04-02', mentions });
  createExtractStage().run(doc, ctx);
  createResolveStage().run(doc, ctx);
  return doc.events!;
};

describe('a short report that dates, counts and names nothing', () => {
  it('keeps its one incident', () => {
    expect(eventsOf('A bomb exploded near a cinema in the old quarter.')).toHaveLength(1);
  });

  it('keeps an incident under a country dateline and places it there', () => {
    const text = 'PERU.  A bomb exploded outside the offices of a mining company. A second device failed.';
    const [e] = eventsOf(text, [['PERU', placeEntity('Peru', 'PE', 'country')]]);
    expect(e.location?.country).toBe('PE');
  });

  it('places an incident that names no place at all in the country of the party it hit', () => {
    const text = 'A bomb exploded outside an office of the Popular Party, damaging the door.';
    const [e] = eventsOf(text, [['Popular Party', actorEntity('Popular Party', 'party', 'ES')]]);
    expect(e.location?.country).toBe('ES');
  });

  it("keeps the lead's incident of a report that tells another after it", () => {
    const text =
      'A bomb exploded near a cinema in the old quarter. Elsewhere, gunmen kidnapped a shopkeeper.';
    expect(eventsOf(text).map((e) => e.evidence[0][0])).toContain(0);
  });

  it('still drops a bare reference to an attack told elsewhere', () => {
    expect(eventsOf('The attack was condemned by the council.')).toHaveLength(0);
  });

  it('still drops a bare reference whose only side is the civilians a mosque or market names', () => {
    expect(eventsOf('The bombing of the mosque was condemned by the council.')).toHaveLength(0);
  });

  it('keeps a bare reference that a brief blames on a named armed group, placed in its country', () => {
    const front: Parameters<typeof fixtureDocument>[0]['mentions'] = [
      ['Ruritanian Front', actorEntity('Ruritanian Front', 'armed-group', 'RT')],
    ];
    const blamed = 'Officials attributed the bombing of a river ferry to the Ruritanian Front.';
    expect(eventsOf(blamed, front)[0]?.location?.country).toBe('RT');
    // Named but not blamed, the group leaves the reference pointing at an incident told elsewhere.
    expect(eventsOf('The Ruritanian Front condemned the bombing of the ferry.', front)).toEqual([]);
  });

  it('keeps "the explosion" under a country dateline when the entry tells no other incident', () => {
    const text = 'PERU.  The windows of a bank branch were shattered by the explosion.';
    const [e] = eventsOf(text, [['PERU', placeEntity('Peru', 'PE', 'country')]]);
    expect(e?.location?.country).toBe('PE');
    expect(eventsOf('Its front was wrecked by the explosion, the council said.')).toHaveLength(0);
  });

  it('keeps "the explosion" told right after a lead that names a place, as the lead\'s own incident', () => {
    const hassia: Parameters<typeof fixtureDocument>[0]['mentions'] = [
      ['Hassia', placeEntity('Hassia', 'SY')],
    ];
    const after =
      'A savings bank in Hassia lost its windows overnight. The explosion also wrecked a cash machine.';
    expect(eventsOf(after, hassia)[0]?.location?.name).toBe('Hassia');
    // The lead names no place, or the explosion is told further on: still a reference to something else.
    expect(
      eventsOf('A savings bank lost its windows overnight. The explosion also wrecked a cash machine.'),
    ).toEqual([]);
    const later =
      'A savings bank in Hassia lost its windows overnight. Its staff went home. The explosion also wrecked a cash machine.';
    expect(eventsOf(later, hassia)).toEqual([]);
  });

  it('keeps "the bomb" of a brief whose lead brought in "a bomb", as the lead\'s own incident', () => {
    const brief = 'A herdsman trod on a buried bomb by the well. The bomb hit him with fragments.';
    expect(eventsOf(brief)).toHaveLength(1);
    // A lead that brought in something else leaves "the bomb" pointing at an incident told elsewhere.
    expect(eventsOf('A herdsman walked to the well. The bomb hit him with fragments.')).toEqual([]);
  });

  it('keeps the first incident of a brief whose lead tells none, but not of a longer story', () => {
    const brief =
      'A farmer saw two men leave a box by a school. Police came and found explosives inside. Bomb experts set off the device safely.';
    expect(eventsOf(brief).map((e) => e.sub_event_type?.value)).toEqual(['Disrupted weapons use']);
    const story = `The council met on Monday. Its members spoke of roads. ${brief} The meeting then closed.`;
    expect(eventsOf(story)).toEqual([]);
  });

  it('places an incident of an article that names no place in the country its armed group fights in', () => {
    const [e] = eventsOf('Rebels of the Ruritanian Front blew up a pipeline overnight.', [
      ['Ruritanian Front', actorEntity('Ruritanian Front', 'armed-group', 'RT')],
    ]);
    expect(e.location?.country).toBe('RT');
  });

  it('places it by its armed group rather than by a nationality the text names', () => {
    const [e] = eventsOf('Rebels of the Ruritanian Front burned a bus at a Freedonian school overnight.', [
      ['Ruritanian Front', actorEntity('Ruritanian Front', 'armed-group', 'RT')],
      ['Freedonian', demonymEntity('Freedonian', 'FD')],
    ]);
    expect(e.location?.country).toBe('RT');
  });
});

describe('an incident the article does not place, among incidents it places', () => {
  const hassia: Parameters<typeof fixtureDocument>[0]['mentions'] = [['Hassia', placeEntity('Hassia', 'SY')]];
  const killed = (value: number) => ({ value, qualifier: 'exact' as const, role: 'killed' as const });
  const eventsOfSpec = (spec: Omit<Parameters<typeof fixtureDocument>[0], 'published'>) => {
    const doc = fixtureDocument({ ...spec, published: '2019-04-02' });
    createExtractStage().run(doc, ctx);
    createResolveStage().run(doc, ctx);
    return doc.events!.map((e) => e.sub_event_type?.value);
  };

  it('keeps one it dates to its own day and counts the dead of, not one it only counts', () => {
    const subs = eventsOfSpec({
      text: 'A bomb went off on a bus in Hassia, killing a woman. On Tuesday a chemical attack killed 100 civilians. An air strike killed 12 people.',
      mentions: hassia,
      times: [['On Tuesday', { value: '2019-03-26', precision: 'day', reason: 'weekday' }]],
      quantities: [
        ['100', killed(100)],
        ['12', killed(12)],
      ],
    });
    expect(subs).toEqual(['Remote explosive/landmine/IED', 'Chemical weapon']);
  });

  it('keeps one it dates to its own day and counts the wounded of', () => {
    const subs = eventsOfSpec({
      text: 'In Hassia a parcel bomb blew up a minibus and its driver died. On Tuesday a chemical attack wounded 100 civilians.',
      mentions: hassia,
      times: [['On Tuesday', { value: '2019-03-26', precision: 'day', reason: 'weekday' }]],
      quantities: [['100', { value: 100, qualifier: 'exact', role: 'injured' }]],
    });
    expect(subs).toEqual(['Remote explosive/landmine/IED', 'Chemical weapon']);
  });

  it('keeps one told with its toll as its outcome, not one whose toll is told apart from it', () => {
    const told = (text: string) => eventsOfSpec({ text, mentions: hassia, quantities: [['14', killed(14)]] });
    expect(
      told(
        'Troops detained six traders in Hassia. The raids came after a car bombing that killed 14 pilgrims.',
      ),
    ).toEqual(['Arrests', 'Remote explosive/landmine/IED']);
    expect(
      told('Troops detained six traders in Hassia. In car bombings over the winter 14 pilgrims died.'),
    ).toEqual(['Arrests']);
  });

  it('drops one of a kind the article places: most often that incident told in sum', () => {
    const subs = eventsOfSpec({
      text: 'Hundreds of students protested in Hassia. On Sunday an air strike killed 9 people. Jets struck a market in Hassia on Sunday, killing 12.',
      mentions: [...hassia!, ['Hassia', placeEntity('Hassia', 'SY'), 2]],
      times: [
        ['On Sunday', { value: '2019-03-31', precision: 'day', reason: 'weekday' }],
        ['on Sunday', { value: '2019-03-31', precision: 'day', reason: 'weekday' }],
      ],
      quantities: [
        ['9', killed(9)],
        ['12', killed(12)],
      ],
    });
    expect(subs).toEqual(['Peaceful protest', 'Air/drone strike']);
  });

  it('drops an incident named as background when the article tells it as news later', () => {
    const regime = actorEntity('Military Forces of Syria', 'state-forces', 'SY');
    const subs = eventsOfSpec({
      text: 'Just days after a chemical attack by the Assad regime, a bomb went off on a bus in Hassia. On Tuesday a chemical attack by the Assad regime killed 100 civilians.',
      mentions: [...hassia!, ['Assad regime', regime], ['Assad regime', regime, 2]],
      times: [['On Tuesday', { value: '2019-03-26', precision: 'day', reason: 'weekday' }]],
      quantities: [['100', killed(100)]],
    });
    expect(subs).toEqual(['Remote explosive/landmine/IED', 'Chemical weapon']);
  });
});
