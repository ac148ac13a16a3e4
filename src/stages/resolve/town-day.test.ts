import { describe, expect, it } from 'vitest';
import type { EventRecord } from '../../core/records.js';
import type { SubEventType } from '../../core/taxonomy.js';
import type { Span } from '../../core/span.js';
import { mention, place } from './placed-fixture.js';
import { foldTownDays } from './town-day.js';
import type { Placed } from './placed.js';

const day = (value: string): EventRecord['date'] => ({ value, precision: 'day', spans: [] });
const toll = (value: number): EventRecord['fatalities'] => ({
  value,
  qualifier: 'exact',
  spans: [[value, value + 1] as Span],
});
const aleppoFriday = { location: place('Aleppo'), date: day('2016-11-18') };
/** Tellings whose words the fold need not read. */
const fold = (items: Placed[]) => foldTownDays(items, '');

describe('one event per town and day', () => {
  it("folds a town's reports of one day into its first, keeping the largest count (a total and its parts)", () => {
    const folded = fold([
      mention(0, 'Shelling/artillery/missile attack', { ...aleppoFriday, fatalities: toll(5) }),
      mention(2, 'Shelling/artillery/missile attack', { ...aleppoFriday, fatalities: toll(3) }),
      mention(3, 'Shelling/artillery/missile attack', { ...aleppoFriday, fatalities: toll(7) }),
    ]);
    expect(folded).toHaveLength(1);
    expect(folded[0].event.fatalities?.value).toBe(7);
    expect(folded[0].event.evidence).toHaveLength(3);
  });

  it('adds the victims a report tells as more ("also killed")', () => {
    const more = mention(1, 'Shelling/artillery/missile attack', { ...aleppoFriday, fatalities: toll(2) });
    const folded = fold([
      mention(0, 'Shelling/artillery/missile attack', { ...aleppoFriday, fatalities: toll(5) }),
      { ...more, moreVictims: true },
    ]);
    expect(folded.map((p) => p.event.fatalities?.value)).toEqual([7]);
  });

  it.each([
    ['another town', { location: place('Homs') }],
    ['another day', { date: day('2016-11-19') }],
    ['another kind', {}, 'Air/drone strike' as const],
    ['another named side', { actor1: { name: 'B', entity_id: 'group:b', spans: [] } }],
    ['a recalled incident', { timing: { value: 'historical' as const, spans: [] } }],
  ])('keeps a report of %s apart', (_, extra, sub: SubEventType = 'Shelling/artillery/missile attack') => {
    const first = mention(0, 'Shelling/artillery/missile attack', {
      ...aleppoFriday,
      actor1: { name: 'A', entity_id: 'group:a', spans: [] },
    });
    expect(fold([first, mention(1, sub, { ...aleppoFriday, ...extra })])).toHaveLength(2);
  });

  it('folds a report told after a "Meanwhile" turn, but not one told as a separate incident', () => {
    const first = mention(0, 'Mob violence', aleppoFriday);
    const later = mention(3, 'Mob violence', aleppoFriday);
    expect(fold([first, { ...later, separate: true, turn: true }])).toHaveLength(1);
    expect(fold([first, { ...later, separate: true }])).toHaveLength(2);
  });

  it('folds the reports of one side linked in one telling and left unlinked in the other', () => {
    const side = (entity_id: string | null) => ({
      ...aleppoFriday,
      actor1: { name: 'Military Forces of Syria', entity_id, spans: [] },
    });
    const folded = fold([
      mention(0, 'Shelling/artillery/missile attack', side('actor:forces:sy:military')),
      mention(1, 'Shelling/artillery/missile attack', side(null)),
    ]);
    expect(folded.map((p) => p.event.evidence.length)).toEqual([2]);
  });

  it('keeps apart the shelling of two sides the knowledge base names only by their kind', () => {
    const side = (name: string) => ({ ...aleppoFriday, actor1: { name, entity_id: null, spans: [] } });
    const shelling = (at: number, name: string) =>
      mention(at, 'Shelling/artillery/missile attack', side(name));
    expect(
      fold([shelling(0, 'Military Forces of Syria'), shelling(1, 'Opposition Rebels (Syria)')]),
    ).toHaveLength(2);
    expect(
      fold([shelling(0, 'Military Forces of Syria'), shelling(1, 'Military Forces of Syria')]),
    ).toHaveLength(1);
  });

  it('keeps apart two villages the knowledge base does not know', () => {
    const village = (name: string) => ({ ...aleppoFriday, location: { ...place(name), entity_id: null } });
    const strike = (at: number, name: string) => mention(at, 'Air/drone strike', village(name));
    expect(fold([strike(0, 'Haas'), strike(1, 'Kafr Zeita')])).toHaveLength(2);
    expect(fold([strike(0, 'Haas'), strike(1, 'Haas')])).toHaveLength(1);
  });

  it('keeps apart an incident its clause calls separate', () => {
    const second = mention(1, 'Suicide bomb', aleppoFriday);
    expect(fold([mention(0, 'Suicide bomb', aleppoFriday), second])).toHaveLength(1);
    expect(fold([mention(0, 'Suicide bomb', aleppoFriday), { ...second, separate: true }])).toHaveLength(2);
  });
});

describe('a toll told for several towns', () => {
  const text = 'Shells hit Aleppo and al-Raqim, killing four. In Aleppo a boy was killed.';
  const at = (word: string, from = 0): Span => [
    text.indexOf(word, from),
    text.indexOf(word, from) + word.length,
  ];
  const lead = { date: day('2016-11-18'), evidence: [at('Shells hit Aleppo and al-Raqim, killing four.')] };
  const own = { date: day('2016-11-18'), evidence: [at('In Aleppo a boy was killed.')] };
  const aleppo = (span: Span) => ({ ...place('Aleppo'), spans: [span] });

  it("gives way to the town's own telling: a list of towns round its place", () => {
    const folded = foldTownDays(
      [
        mention(0, 'Shelling/artillery/missile attack', {
          ...lead,
          location: aleppo(at('Aleppo')),
          fatalities: toll(4),
        }),
        mention(1, 'Shelling/artillery/missile attack', {
          ...own,
          location: aleppo(at('Aleppo', 40)),
          fatalities: toll(1),
        }),
      ],
      text,
    );
    expect(folded.map((p) => p.event.fatalities?.value)).toEqual([1]);
  });

  it('gives way when the same sentence was placed at another town too', () => {
    const shared = { ...lead, location: place('Aleppo'), fatalities: toll(4) };
    const folded = fold([
      mention(0, 'Shelling/artillery/missile attack', shared),
      mention(0, 'Shelling/artillery/missile attack', { ...shared, location: place('Homs') }),
      mention(1, 'Shelling/artillery/missile attack', {
        ...own,
        location: place('Aleppo'),
        fatalities: toll(1),
      }),
    ]);
    expect(folded.map((p) => p.event.fatalities?.value)).toEqual([1, 4]);
  });

  it('keeps the larger count when the same sentence gave another telling no place at all', () => {
    const shared = { ...lead, location: place('Aleppo'), fatalities: toll(4) };
    const folded = fold([
      mention(0, 'Shelling/artillery/missile attack', shared),
      mention(0, 'Shelling/artillery/missile attack', { ...shared, location: null }),
      mention(1, 'Shelling/artillery/missile attack', {
        ...own,
        location: place('Aleppo'),
        fatalities: toll(1),
      }),
    ]);
    expect(folded.map((p) => p.event.fatalities?.value)).toEqual([4, 4]);
  });

  it("keeps the town's count when the list is of its own quarters", () => {
    const quarters = 'Shells hit the neighborhoods of New Aleppo, Bustan and Salah al-Din, killing four.';
    const folded = foldTownDays(
      [
        mention(0, 'Shelling/artillery/missile attack', {
          date: day('2016-11-18'),
          evidence: [[0, quarters.length]],
          location: {
            ...place('Aleppo'),
            spans: [[quarters.indexOf('Aleppo'), quarters.indexOf('Aleppo') + 6]],
          },
          fatalities: {
            value: 4,
            qualifier: 'exact',
            spans: [[quarters.indexOf('four'), quarters.indexOf('four') + 4]],
          },
        }),
        mention(9, 'Shelling/artillery/missile attack', {
          ...own,
          location: place('Aleppo'),
          fatalities: toll(1),
        }),
      ],
      quarters,
    );
    expect(folded.map((p) => p.event.fatalities?.value)).toEqual([4]);
  });

  it('keeps the larger count when one town alone is told twice', () => {
    const folded = fold([
      mention(0, 'Shelling/artillery/missile attack', {
        ...lead,
        location: place('Aleppo'),
        fatalities: toll(4),
      }),
      mention(1, 'Shelling/artillery/missile attack', {
        ...own,
        location: place('Aleppo'),
        fatalities: toll(1),
      }),
    ]);
    expect(folded.map((p) => p.event.fatalities?.value)).toEqual([4]);
  });
});

describe('arrests at a crowd of the same town and day', () => {
  const lakhpur = { location: place('Lakhpur', 'IN'), date: day('2002-03-29') };
  const side = (name: string) => ({ name, entity_id: `actor:${name}`, spans: [[0, 1] as Span] });

  it("fold into the crowd's event, which keeps its type and its sides", () => {
    const folded = fold([
      mention(0, 'Mob violence', { ...lakhpur, actor1: side('Rioters'), actor2: side('Police') }),
      mention(3, 'Arrests', { ...lakhpur, actor1: side('Police'), actor2: side('Volunteers') }),
    ]);
    expect(
      folded.map((p) => [p.event.sub_event_type?.value, p.event.actor1?.name, p.event.actor2?.name]),
    ).toEqual([['Mob violence', 'Rioters', 'Police']]);
  });

  it('stay apart when told as made on the way elsewhere ("for trying to travel to X")', () => {
    const held = mention(3, 'Arrests', { ...lakhpur, actor1: side('Police') });
    const folded = fold([mention(0, 'Peaceful protest', lakhpur), { ...held, onTheirWay: true }]);
    expect(folded.map((p) => p.event.sub_event_type?.value)).toEqual(['Peaceful protest', 'Arrests']);
  });

  it('stay apart on another day', () => {
    const folded = fold([
      mention(0, 'Peaceful protest', lakhpur),
      mention(3, 'Arrests', { ...lakhpur, date: day('2002-03-27') }),
    ]);
    expect(folded).toHaveLength(2);
  });
});
