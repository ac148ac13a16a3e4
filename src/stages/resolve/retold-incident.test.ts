import { describe, expect, it } from 'vitest';
import type { EventRecord, PlaceRef } from '../../core/records.js';
import { actorEntity, demonymEntity, placeEntity } from '../extract/fixture-entities.js';
import { resolvedEvents } from '../../../test/support/resolved-events.js';
import { mention, place } from './placed-fixture.js';
import { foldRetoldIncidents } from './retold-incident.js';

const ruritania: PlaceRef = { ...place('Ruritania', 'RT'), precision: 'country', entity_id: 'country:RT' };
const now = { timing: { value: 'current' as const, spans: [] } };
const killed = (value: number): Partial<EventRecord> => ({
  fatalities: { value, qualifier: 'exact', spans: [[5, 7]] },
});
const front = { actor1: { name: 'Crimson Front', entity_id: 'actor:crimson-front', spans: [] } };

describe('an incident told twice in one article', () => {
  it('is one event when a review of the papers names it again, placed only by the article', () => {
    const events = resolvedEvents({
      text:
        'وقالت صحيفة النهار ان عبوة زرعتها الجبهة الحمراء في مسجد في روريتانيا قتلت 12 مصليا. ' +
        'واشاد المحررون بهدوء الناس. وكتبوا عن الوحدة. ' +
        'ونددت الصحف البوردورية بالتفجير الارهابي الذي نفذته الجبهة الحمراء.',
      published: '2019-04-02',
      mentions: [
        ['روريتانيا', placeEntity('Ruritania', 'RT', 'country')],
        ['الجبهة الحمراء', actorEntity('Crimson Front')],
        ['الجبهة الحمراء', actorEntity('Crimson Front'), 2],
        ['البوردورية', demonymEntity('Bordurian', 'BD')],
      ],
      quantities: [['12', { value: 12, qualifier: 'exact', role: 'killed' }]],
    });
    expect(events).toHaveLength(1);
    expect(events[0].location?.country).toBe('RT');
    expect(events[0].fatalities?.value).toBe(12);
    expect(events[0].evidence).toHaveLength(2);
  });

  it('folds the later definite telling, keeping the toll the first one gave', () => {
    const folded = foldRetoldIncidents([
      mention(0, 'Suicide bomb', { ...now, ...front, ...killed(12), location: ruritania }),
      mention(6, 'Suicide bomb', { ...now, location: ruritania }, true),
    ]);
    expect(folded).toHaveLength(1);
    expect(folded[0].event.fatalities?.value).toBe(12);
    expect(folded[0].event.evidence).toHaveLength(2);
  });

  it('folds a telling placed only in the country into the one told at a town of it', () => {
    const town = place('Strelsau', 'RT');
    const folded = foldRetoldIncidents([
      mention(0, 'Suicide bomb', { ...now, location: town }),
      mention(4, 'Suicide bomb', { ...now, ...killed(3), location: ruritania }, true),
    ]);
    expect(folded).toHaveLength(1);
    expect(folded[0].event.location?.name).toBe('Strelsau');
    expect(folded[0].event.fatalities?.value).toBe(3);
  });

  it.each([
    ['the later telling is indefinite (another incident)', {}, {}, false],
    ['their tolls differ', killed(12), killed(3), true],
    [
      'their doers differ',
      front,
      { actor1: { name: 'Blue Hand', entity_id: 'actor:blue-hand', spans: [] } },
      true,
    ],
    [
      'they are at two towns',
      { location: place('Strelsau', 'RT') },
      { location: place('Zenda', 'RT') },
      true,
    ],
    [
      'they are in two countries',
      {},
      { location: { ...ruritania, country: 'BD', entity_id: 'country:BD' } },
      true,
    ],
    ['one is background', {}, { timing: { value: 'historical' as const, spans: [] } }, true],
  ])('keeps two tellings apart when %s', (_, a, b, definite) => {
    const folded = foldRetoldIncidents([
      mention(0, 'Suicide bomb', { ...now, location: ruritania, ...a }),
      mention(5, 'Suicide bomb', { ...now, location: ruritania, ...b }, definite),
    ]);
    expect(folded).toHaveLength(2);
  });

  it('keeps apart two tellings first told at two towns, though the dateline later moved both to one', () => {
    const strelsau = place('Strelsau', 'RT');
    const shooting = mention(0, 'Attack', { ...now, location: strelsau });
    const elsewhere = mention(3, 'Attack', { ...now, location: strelsau }, true);
    const toldAt = (item: typeof shooting) => (item === elsewhere ? place('Zenda', 'BD') : strelsau);
    expect(foldRetoldIncidents([shooting, elsewhere], toldAt)).toHaveLength(2);
    expect(foldRetoldIncidents([shooting, elsewhere])).toHaveLength(1);
  });

  it('keeps apart a plural telling, which may point back to a round-up', () => {
    const plural = { ...mention(5, 'Suicide bomb', { ...now, location: ruritania }, true), plural: true };
    const first = mention(0, 'Suicide bomb', { ...now, location: ruritania });
    expect(foldRetoldIncidents([first, plural])).toHaveLength(2);
  });

  it('keeps apart a telling said to be a separate incident', () => {
    const separate = { ...mention(5, 'Suicide bomb', { ...now, location: ruritania }, true), separate: true };
    const first = mention(0, 'Suicide bomb', { ...now, location: ruritania });
    expect(foldRetoldIncidents([first, separate])).toHaveLength(2);
  });

  it('folds no telling that could be either of two incidents', () => {
    const folded = foldRetoldIncidents([
      mention(0, 'Suicide bomb', { ...now, ...killed(12), location: ruritania }),
      mention(2, 'Suicide bomb', { ...now, ...killed(3), location: ruritania }),
      mention(5, 'Suicide bomb', { ...now, location: ruritania }, true),
    ]);
    expect(folded).toHaveLength(3);
  });
});
