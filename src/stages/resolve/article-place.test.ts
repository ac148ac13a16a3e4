import { describe, expect, it } from 'vitest';
import type { Document, EventRecord, Mention, PlaceRef } from '../../core/records.js';
import { placeEntity } from '../extract/fixture-entities.js';
import { placeAtUnknownTown, placeFromArticle, placeFromSentence } from './article-place.js';

const text = 'A British diplomat was shot dead. He was driving to work in Athens.';
const mention = (name: string, kind: string, country: string, via = 'name'): Mention =>
  ({
    span: [text.indexOf(name), text.indexOf(name) + name.length],
    entity_id: `${kind}:${name}`,
    kind,
    name,
    via,
    score: 1,
    place: { country, lat: null, lon: null, precision: kind === 'city' ? 'town' : 'country' },
  }) as unknown as Mention;
const countryRef = (m: Mention): PlaceRef => ({
  name: m.name,
  country: m.place!.country!,
  lat: null,
  lon: null,
  precision: 'country',
  entity_id: m.entity_id,
  spans: [m.span],
});

const british = mention('British', 'country', 'GB', 'demonym');
const athens = mention('Athens', 'city', 'GR');
const doc = { text, mentions: [british, athens] } as Document;
const greece: PlaceRef = { ...countryRef(athens), name: 'Greece', entity_id: 'country:GR' };

describe('placeFromArticle', () => {
  it('takes the town the article names over a nationality', () => {
    const event = { location: countryRef(british), evidence: [[0, 32]] } as unknown as EventRecord;
    placeFromArticle(event, doc, greece);
    expect([event.location?.name, event.location?.country]).toEqual(['Athens', 'GR']);
  });

  it("takes the article's country over a country whose name opens a body's", () => {
    const said = 'Rebels seized two members of the Sylvania Relief Council on a hill road.';
    const sylvania = { ...mention('British', 'country', 'SV'), name: 'Sylvania' } as Mention;
    sylvania.span = [said.indexOf('Sylvania'), said.indexOf('Sylvania') + 8];
    const event = { location: countryRef(sylvania), evidence: [[0, said.length]] } as unknown as EventRecord;
    placeFromArticle(event, { text: said, mentions: [sylvania] } as Document, greece);
    expect(event.location?.country).toBe('GR');
  });

  it('takes a quarter of a town the article names, told as that town', () => {
    const said = 'A teacher was abducted. He was walking home in Eastgate.';
    const quarter = { ...mention('Athens', 'district', 'GR'), name: 'Eastgate' } as Mention;
    quarter.span = [said.indexOf('Eastgate'), said.indexOf('Eastgate') + 8];
    quarter.place = {
      ...quarter.place!,
      precision: 'town',
      city: { name: 'Athens', entity_id: 'city:Athens', lat: null, lon: null },
    };
    const event = { location: greece, evidence: [[0, 23]] } as unknown as EventRecord;
    placeFromArticle(event, { text: said, mentions: [quarter] } as Document, greece);
    expect([event.location?.name, event.location?.district?.name]).toEqual(['Athens', 'Eastgate']);
  });

  it('keeps a town the clause gave', () => {
    const event = { location: { ...greece, name: 'Piraeus', precision: 'town' } } as EventRecord;
    placeFromArticle(event, doc, greece);
    expect(event.location?.name).toBe('Piraeus');
  });

  it('leaves a country with no town of its own in the article', () => {
    const event = {
      location: { ...greece, country: 'TR', name: 'Turkey' },
      evidence: [[0, 32]],
    } as unknown as EventRecord;
    placeFromArticle(event, doc, greece);
    expect(event.location?.name).toBe('Turkey');
  });

  it('takes no town the article names off the scene: where troops were heading or attackers are posted', () => {
    const heading = 'Gunmen killed two soldiers in Ruritania. The troops were on their way to Lakhpur.';
    const lakhpur = { ...mention('Athens', 'city', 'RU'), name: 'Lakhpur' };
    lakhpur.span = [heading.indexOf('Lakhpur'), heading.indexOf('Lakhpur') + 7];
    const ruritania: PlaceRef = { ...greece, name: 'Ruritania', country: 'RU', spans: [[29, 38]] };
    const event = { location: ruritania, evidence: [[0, 39]] } as unknown as EventRecord;
    placeFromArticle(event, { text: heading, mentions: [lakhpur] } as Document, ruritania);
    expect(event.location?.name).toBe('Ruritania');
    const posted = 'Shells fell on Ruritania. Terrorists located in Lakhpur fired them.';
    lakhpur.span = [posted.indexOf('Lakhpur'), posted.indexOf('Lakhpur') + 7];
    placeFromArticle(event, { text: posted, mentions: [lakhpur] } as Document, ruritania);
    expect(event.location?.name).toBe('Ruritania');
    const plain = 'Shells fell on Ruritania. Two died in Lakhpur.';
    lakhpur.span = [plain.indexOf('Lakhpur'), plain.indexOf('Lakhpur') + 7];
    placeFromArticle(event, { text: plain, mentions: [lakhpur] } as Document, ruritania);
    expect(event.location?.name).toBe('Lakhpur');
  });

  it('names a town the base does not know where the incident sentence puts it, in the country it has', () => {
    const entry = 'RURITANIA.  A bomb wrecked a mosque at Lakhpur.';
    const ruritania: PlaceRef = { ...greece, name: 'Ruritania', country: 'RT', spans: [[0, 9]] };
    const event = { location: ruritania, evidence: [[12, entry.length]] } as unknown as EventRecord;
    placeFromArticle(event, { text: entry, mentions: [] as Mention[] } as Document, ruritania);
    expect([event.location?.name, event.location?.country, event.location?.lat]).toEqual([
      'Lakhpur',
      'RT',
      null,
    ]);
  });

  it('names a town the base does not know in an article that names no country at all', () => {
    const entry = 'A bomb was defused in Lakhpur.';
    const event = { location: null, evidence: [[0, entry.length]] } as unknown as EventRecord;
    placeFromArticle(event, { text: entry, mentions: [] as Mention[] } as Document, null);
    expect([event.location?.name, event.location?.country]).toEqual(['Lakhpur', null]);
  });

  it('names a town the base does not know that the sentence after the incident names', () => {
    const entry = 'A police car was burned. It was parked outside his home in Lakhpur. Police said nothing.';
    const sentences = [0, 25, 69].map((at, i, all) => ({ span: [at, all[i + 1] ?? entry.length] }));
    const event = { location: null, evidence: [[0, 24]] } as unknown as EventRecord;
    placeFromArticle(event, { text: entry, sentences, mentions: [] } as unknown as Document, null);
    expect(event.location?.name).toBe('Lakhpur');
  });

  it('places an incident no town holds at the town the article measures it from, or the area around it', () => {
    const told = 'RURITANIA.  A bomb was defused. It was left by an orchard south of Lakhpur.';
    const lakhpur = { ...mention('Athens', 'city', 'RT'), name: 'Lakhpur' };
    lakhpur.span = [told.indexOf('Lakhpur'), told.indexOf('Lakhpur') + 7];
    const ruritania: PlaceRef = { ...greece, name: 'Ruritania', country: 'RT', spans: [[0, 9]] };
    const event = { location: ruritania, evidence: [[12, 31]] } as unknown as EventRecord;
    placeFromArticle(event, { text: told, mentions: [lakhpur] } as Document, ruritania);
    expect(event.location?.name).toBe('Lakhpur');
    const away = 'RURITANIA.  A bomb was defused. It was left 20 km south of Lakhpur.';
    lakhpur.span = [away.indexOf('Lakhpur'), away.indexOf('Lakhpur') + 7];
    const far = { location: ruritania, evidence: [[12, 31]] } as unknown as EventRecord;
    placeFromArticle(far, { text: away, mentions: [lakhpur] } as Document, ruritania);
    expect([far.location?.name, far.location?.precision]).toEqual(['Lakhpur', 'district']);
  });

  it('does not place an incident at the town a distance it cannot read puts it away from', () => {
    const told = 'RURITANIA.  A bomb was defused. It was left several miles south of Lakhpur.';
    const lakhpur = { ...mention('Athens', 'city', 'RT'), name: 'Lakhpur' };
    lakhpur.span = [told.indexOf('Lakhpur'), told.indexOf('Lakhpur') + 7];
    const ruritania: PlaceRef = { ...greece, name: 'Ruritania', country: 'RT', spans: [[0, 9]] };
    const event = { location: ruritania, evidence: [[12, 31]] } as unknown as EventRecord;
    placeFromArticle(event, { text: told, mentions: [lakhpur] } as Document, ruritania);
    expect(event.location?.name).toBe('Ruritania');
  });

  it('gives no unknown town the country of a nationality', () => {
    const told = 'A British diplomat was shot dead at Lakhpur.';
    const diplomat = { ...british, span: [2, 9] } as Mention;
    const event = { location: countryRef(diplomat), evidence: [[0, told.length]] } as unknown as EventRecord;
    placeFromArticle(event, { text: told, mentions: [diplomat] } as Document, null);
    expect(event.location?.name).toBe('British');
  });

  it('gives an unknown town the country of a nationality when the article lies in that country', () => {
    const told = 'A British soldier was shot dead at Lakhpur.';
    const soldier = { ...british, span: [2, 9] } as Mention;
    const event = { location: countryRef(soldier), evidence: [[0, told.length]] } as unknown as EventRecord;
    placeFromArticle(event, { text: told, mentions: [soldier] } as Document, countryRef(soldier));
    expect([event.location?.name, event.location?.country]).toEqual(['Lakhpur', 'GB']);
  });

  it('places no incident by the nationality of the aircraft that struck it, unless the article names its country', () => {
    const strike = (told: string, word: string, more: Mention[] = []) => {
      const flag = { ...british, span: [told.indexOf(word), told.indexOf(word) + word.length] } as Mention;
      const event = { location: countryRef(flag), evidence: [[0, told.length]] } as unknown as EventRecord;
      placeFromArticle(event, { text: told, mentions: [flag, ...more] } as Document, countryRef(flag));
      return event.location?.country ?? null;
    };
    expect(strike('A British drone struck a car in the town, killing two.', 'British')).toBeNull();
    expect(strike('قصفت طائرات حربية بريطانية سيارة في المدينة.', 'بريطانية')).toBeNull();
    expect(strike('British troops shot two men in the town.', 'British')).toBe('GB');
    const named = 'A British drone struck a car in Britain.';
    const britain: Mention = {
      ...mention('Athens', 'country', 'GB'),
      span: [named.indexOf('Britain'), named.length - 1],
    };
    expect(strike(named, 'British', [britain])).toBe('GB');
  });
});

describe('placeAtUnknownTown', () => {
  const province = (told: string, name: string): EventRecord =>
    ({
      location: {
        name,
        country: 'RT',
        lat: null,
        lon: null,
        precision: 'region',
        entity_id: `region:${name}`,
        spans: [[told.indexOf(name), told.indexOf(name) + name.length]],
      },
      evidence: [[0, told.length]],
    }) as unknown as EventRecord;
  const placed = (told: string) => {
    const event = province(told, 'Ostmark');
    placeAtUnknownTown(event, { text: told, mentions: [] as Mention[] } as Document);
    return event.location?.name;
  };

  it('places an event told at a province at the unknown town its sentence names after a locative', () => {
    expect(placed('Gunmen in Ostmark province fired on a bus near Lakhpur, killing two.')).toBe('Lakhpur');
    expect(placed('A bridge in Ostmark was blown up outside of Lakhpur.')).toBe('Lakhpur');
  });

  it('places an event told only at a route end or an office seat at the unknown town its sentence names', () => {
    const town = (told: string, name: string, at = told.indexOf(name)): EventRecord =>
      ({
        location: { ...province(told, name).location!, precision: 'town', spans: [[at, at + name.length]] },
        evidence: [[0, told.length]],
      }) as unknown as EventRecord;
    const placedAt = (told: string, name: string, at?: number) => {
      const event = town(told, name, at);
      placeAtUnknownTown(event, { text: told, mentions: [] as Mention[] } as Document);
      return event.location?.name;
    };
    expect(placedAt('A mine hit his car in Tirin as he drove from Sitapur to Lakhpur.', 'Lakhpur')).toBe(
      'Tirin',
    );
    expect(placedAt('A bomb hit the Lakhpur governor in Tirin.', 'Lakhpur')).toBe('Tirin');
    expect(placedAt('A bomb hit a bus on the Lakhpur-Sitapur road at Tirin.', 'Lakhpur')).toBe('Tirin');
    expect(placedAt('A bomb went off in Lakhpur at Tirin bridge.', 'Lakhpur')).toBe('Lakhpur');
    expect(placedAt('A bomb went off close to Lakhpur in Tirin.', 'Lakhpur')).toBe('Lakhpur');
    expect(placedAt('A body was recovered from Lakhpur, a village in Tirin.', 'Lakhpur')).toBe('Lakhpur');
  });

  it('leaves the province for a district or an area the sentence names, that part kept as its district', () => {
    const kept = (told: string) => {
      const event = province(told, 'Ostmark');
      placeAtUnknownTown(event, { text: told, mentions: [] as Mention[] } as Document);
      return `${event.location?.name}/${event.location?.district?.name}`;
    };
    expect(kept('A school in the Lakhpur District of Ostmark was burned.')).toBe('Ostmark/Lakhpur');
    expect(kept('A school was burned in Lakhpur District, Ostmark.')).toBe('Ostmark/Lakhpur');
    expect(kept('In Ostmark, militants blew up a school in the Lakhpur area.')).toBe('Ostmark/Lakhpur');
    expect(kept('In Ostmark, militants blew up a school in Lakhpur area.')).toBe('Ostmark/Lakhpur');
  });

  it('keeps the seat told as its district, the unknown town its sentence names kept as its district', () => {
    const seat = (told: string, precision = 'town') => {
      const event = province(told, 'Lakhpur');
      event.location = { ...event.location!, precision } as EventRecord['location'];
      placeAtUnknownTown(event, { text: told, mentions: [] as Mention[] } as Document);
      return `${event.location?.name}/${event.location?.district?.name}`;
    };
    expect(seat('Rebels shot a farmer at Tirin in Lakhpur district on Monday.')).toBe('Lakhpur/Tirin');
    expect(seat('Rebels burned the council office in Tirin (Lakhpur District).')).toBe('Lakhpur/Tirin');
    expect(seat('In Lakhpur province, rebels cut a power line near Tirin.', 'district')).toBe(
      'Lakhpur/Tirin',
    );
    expect(seat('In Lakhpur district, police defused a bomb under a pylon in the Tirin area.')).toBe(
      'Lakhpur/Tirin',
    );
    // The town itself named, not its district: the unknown name is no part of it.
    expect(seat('Rebels shot a farmer in Lakhpur after a meeting in Tirin.')).toBe('Lakhpur/undefined');
  });
});

describe('placeFromSentence', () => {
  const placed = (told: string) => {
    const at = told.indexOf('Lakhpur');
    const lakhpur = {
      span: [at, at + 7],
      entity_id: 'city:Lakhpur',
      kind: 'city',
      name: 'Lakhpur',
      via: 'name',
      score: 1,
      place: { country: 'RT', lat: null, lon: null, precision: 'town' },
    } as unknown as Mention;
    const event = {
      location: { name: 'Ruritania', country: 'RT', lat: null, lon: null, precision: 'country', spans: [] },
      evidence: [[0, told.indexOf('.') + 1]],
    } as unknown as EventRecord;
    const sentences = [{ span: [0, told.length] }];
    placeFromSentence(event, { text: told, mentions: [lakhpur], sentences } as unknown as Document);
    return event.location?.name;
  };

  it('places an incident told only by its country at the town its sentence puts on the scene', () => {
    expect(placed('Police arrested four men who were burying a bomb by the road in Lakhpur.')).toBe(
      'Lakhpur',
    );
  });

  it('keeps the country for a town not told as the scene: an origin, a later sentence, a time, a hospital', () => {
    expect(placed('Police arrested four men who had come from Lakhpur.')).toBe('Ruritania');
    expect(placed('Police arrested four men. A bomb went off in Lakhpur.')).toBe('Ruritania');
    expect(placed('Police arrested four men after the fall of Lakhpur.')).toBe('Ruritania');
    expect(placed('Police arrested four men and took one to a hospital in Lakhpur.')).toBe('Ruritania');
  });
});

describe('placeFromArticle with no town named', () => {
  const regionIn = (said: string, name: string): Mention => ({
    ...placeEntity(name, 'SV', 'region'),
    span: [said.indexOf(name), said.indexOf(name) + name.length],
  });
  const sylvania: PlaceRef = { ...greece, name: 'Sylvania', country: 'SV', entity_id: 'country:SV' };
  const placeOf = (said: string): string | undefined => {
    const event = { location: sylvania, evidence: [[0, said.length]] } as unknown as EventRecord;
    placeFromArticle(event, { text: said, mentions: [regionIn(said, 'Ostmark')] } as Document, sylvania);
    return event.location?.name;
  };

  it('takes a province the article puts the scene in', () => {
    expect(
      placeOf('Gunmen shot a tribal elder leaving evening prayers at a shrine in Ostmark Province.'),
    ).toBe('Ostmark');
  });

  it('keeps the country its own clause tells the incident in', () => {
    const said = 'Troops shelled villages in Ostmark Province. Scattered raids killed 9 rebels in Sylvania.';
    const inSylvania = { ...regionIn(said, 'Sylvania'), kind: 'country', entity_id: 'country:SV' } as Mention;
    inSylvania.place = { ...inSylvania.place!, precision: 'country' };
    const raids = said.indexOf('Scattered');
    const event = { location: sylvania, evidence: [[raids, said.length]] } as unknown as EventRecord;
    const mentions = [regionIn(said, 'Ostmark'), inSylvania];
    placeFromArticle(event, { text: said, mentions } as Document, sylvania);
    expect(event.location?.name).toBe('Sylvania');
  });

  it("keeps the country for a province named only as an office's", () => {
    expect(placeOf('Gunmen shot a tribal elder. The Ostmark governor condemned the killing.')).toBe(
      'Sylvania',
    );
  });
});
