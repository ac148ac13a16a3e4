import { describe, expect, it } from 'vitest';
import type { ActorRef, EventRecord } from '../../core/records.js';
import { eventTypeOf, type SubEventType } from '../../core/taxonomy.js';
import { fixtureDocument } from './fixture-document.js';
import { actorEntity, placeEntity } from './fixture-entities.js';
import type { Frame } from './frame-builder.js';
import { createExtractStage } from './index.js';
import type { PhraseHit } from './phrase-matcher.js';
import { carrySides } from './side-carrier.js';

const side = (name: string, entity_id: string | null = `actor:${name}`): ActorRef => ({
  name,
  entity_id,
  spans: [[0, 5]],
});

/** An event as the extract stage leaves it; the sides and the kind are what the carrier reads. */
function event(
  sub: SubEventType,
  sides: {
    actor1?: ActorRef;
    actor2?: ActorRef;
    claimed?: ActorRef;
    country?: string;
    at?: number;
    past?: boolean;
  } = {},
): EventRecord {
  const country = sides.country ?? 'YE';
  return {
    id: '',
    event_type: { value: eventTypeOf(sub), spans: [] },
    sub_event_type: { value: sub, spans: [] },
    date: null,
    timing: sides.past ? { value: 'historical', spans: [] } : null,
    location: {
      name: country,
      country,
      lat: null,
      lon: null,
      precision: 'country',
      entity_id: null,
      spans: [],
    },
    actor1: sides.actor1 ?? null,
    actor2: sides.actor2 ?? null,
    claimed_by: sides.claimed ?? null,
    fatalities: null,
    injuries: null,
    evidence: [[sides.at ?? 0, (sides.at ?? 0) + 100]],
    confidence: 0,
  };
}

const AIR: SubEventType = 'Air/drone strike';

/** The trigger words of a frame, as the lexicon matched them. */
const words = (tag: string, ...folded: string[]): PhraseHit => ({
  start: 0,
  end: folded.length,
  phrase: { lang: 'ar', words: folded, tag, strength: 'weak', pos: 'fixed' },
});
/** A sentence of no words beside its trigger: what the carrier reads of the frame is its trigger. */
const BARE: Pick<Frame, 'view' | 'from' | 'to'> = {
  view: {
    index: 0,
    span: [0, 0],
    tokens: [],
    triggers: [],
    cues: [],
    actorNouns: [],
    mentions: [],
    quantities: [],
    times: [],
  },
  from: 0,
  to: 0,
};
/** "الغارات", "الهجوم": definite triggers that refer back; "غارات مماثلة": another of the same kind. */
const THE_RAIDS = { ...BARE, anaphoric: true, triggers: [words(AIR, 'الغارات')] };
const THE_ATTACK = { ...BARE, anaphoric: true, triggers: [words('@attack', 'الهجوم')] };
const A_RAID = { ...BARE, anaphoric: false, triggers: [words(AIR, 'غارات')] };
const THE_CLASHES = { ...BARE, anaphoric: true, triggers: [words('Armed clash', 'الاشتباكات')] };
const THE_BOMBING = { ...BARE, anaphoric: true, triggers: [words('@explosion', 'التفجير')] };
const A_BOMBING = { ...BARE, anaphoric: false, triggers: [words('@explosion', 'تفجير')] };
const coalition = side('Saudi-led Coalition');
const houthis = side('Houthi Movement');

describe('sides carried from the incident told before', () => {
  it('gives "the raids" of a later sentence the sides of the raids told before', () => {
    const record = event(AIR);
    carrySides([event(AIR, { actor1: coalition, actor2: houthis })], record, THE_RAIDS);
    expect([record.actor1?.name, record.actor2?.name]).toEqual(['Saudi-led Coalition', 'Houthi Movement']);
  });

  it('gives another raid of the same kind its perpetrator, and keeps its own target', () => {
    const record = event(AIR, { actor2: side('Civilians', null), at: 300 });
    carrySides([event(AIR, { actor1: coalition, actor2: houthis })], record, A_RAID);
    expect([record.actor1?.name, record.actor2?.name]).toEqual(['Saudi-led Coalition', 'Civilians']);
  });

  it('carries to another raid no civilians supposed only from the people the first one harmed', () => {
    const supposed: ActorRef = { ...side('Civilians', 'actor:civilians'), basis: 'people harmed' };
    const record = event(AIR, { at: 300 });
    carrySides([event(AIR, { actor1: coalition, actor2: supposed })], record, A_RAID);
    expect([record.actor1?.name, record.actor2]).toEqual(['Saudi-led Coalition', null]);
  });

  it('carries nothing to another incident of the same kind told far later in a roundup', () => {
    const record = event(AIR, { at: 2000 });
    carrySides([event(AIR, { actor1: coalition, actor2: houthis })], record, A_RAID);
    expect(record.actor1).toBeNull();
  });

  it('carries nothing to an indefinite incident of another kind', () => {
    const record = event('Armed clash');
    carrySides([event(AIR, { actor1: coalition, actor2: houthis })], record, A_RAID);
    expect(record.actor1).toBeNull();
  });

  it('does not make "the clashes" after shelling the shelling side\'s', () => {
    const record = event('Armed clash');
    carrySides([event('Shelling/artillery/missile attack', { actor1: houthis })], record, THE_CLASHES);
    expect(record.actor1).toBeNull();
  });

  it('carries nothing from unnamed gunmen, nor from an incident in another country', () => {
    const gunmen = event(AIR, { actor1: side('Unidentified Armed Group', null) });
    const abroad = event(AIR, { actor1: coalition, country: 'SA' });
    const record = event(AIR);
    carrySides([gunmen], record, THE_RAIDS);
    carrySides([abroad], record, THE_RAIDS);
    expect(record.actor1).toBeNull();
  });

  it('does not make the side the new sentence names as its target the perpetrator', () => {
    const record = event(AIR, { actor2: coalition });
    carrySides([event(AIR, { actor1: coalition })], record, THE_RAIDS);
    expect(record.actor1).toBeNull();
  });

  it('gives "the attack on the post" the target of the armed attack told before, though a bomb tells it', () => {
    const police = side('Police Forces of Turkey', null);
    const record = event('Remote explosive/landmine/IED');
    carrySides([event('Armed clash', { actor2: police })], record, THE_ATTACK);
    expect([record.actor1, record.actor2?.name]).toEqual([null, 'Police Forces of Turkey']);
  });

  it('gives an incident recalled as background none of the sides of the incident told now', () => {
    const record = event('Attack', { past: true });
    carrySides([event('Armed clash', { actor1: side('Military Forces of Tunisia') })], record, THE_ATTACK);
    expect(record.actor1).toBeNull();
  });

  it('passes a claim on only to a reference back to the claimed incident', () => {
    const islamicState = side('Islamic State');
    const claimed = event('Suicide bomb', { actor1: islamicState, claimed: islamicState });
    const again = event('Suicide bomb');
    const another = event('Suicide bomb');
    carrySides([claimed], again, THE_BOMBING);
    carrySides([claimed], another, A_BOMBING);
    expect([again.claimed_by?.name, another.claimed_by?.name]).toEqual(['Islamic State', undefined]);
  });
});

describe('sides carried in a whole article', () => {
  const extract = createExtractStage();
  const FIRST = 'Jaish al-Fatah shelled al-Fouaa town in Idleb with rockets, killing a farmer.';

  it.each<[string, string, (string | undefined)[]]>([
    [
      'carries no named side to another incident whose sentence names its own perpetrator by no side',
      'Terrorist groups shelled a school in Homs city with mortars.',
      ['Jaish al-Fatah', undefined],
    ],
    [
      'still carries the named side to another incident of the same kind that names none',
      'Three more mortar rounds fell on a school in Homs city.',
      ['Jaish al-Fatah', 'Jaish al-Fatah'],
    ],
  ])('%s', (_, second, expected) => {
    const doc = fixtureDocument({
      text: `${FIRST} ${second}`,
      mentions: [
        ['Jaish al-Fatah', actorEntity('Jaish al-Fatah')],
        ['al-Fouaa', placeEntity('Al-Fuah', 'SY')],
        ['Homs', placeEntity('Homs', 'SY')],
      ],
    });
    extract.run(doc, { referenceDate: null });
    expect(doc.events!.map((e) => e.actor1?.name)).toEqual(expected);
  });
});
