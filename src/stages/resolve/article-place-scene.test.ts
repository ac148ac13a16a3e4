import { describe, expect, it } from 'vitest';
import type { Document, EventRecord, Mention, PlaceRef } from '../../core/records.js';
import { placeFromArticle, placeFromSentence } from './article-place.js';
import { placeAtRegionTown } from './region-town.js';

const sylvania: PlaceRef = {
  name: 'Sylvania',
  country: 'SV',
  lat: null,
  lon: null,
  precision: 'country',
  entity_id: 'country:SV',
  spans: [],
};
/** A place the base knows, named at `name`'s last occurrence in `said`. */
const known = (said: string, name: string, kind: string, precision: string, admin1: string | null = null) =>
  ({
    span: [said.lastIndexOf(name), said.lastIndexOf(name) + name.length],
    entity_id: `${kind}:${name}`,
    kind,
    name,
    via: 'name',
    score: 1,
    place: { country: 'SV', lat: 31.4, lon: 35, precision, admin1 },
  }) as unknown as Mention;
const docOf = (said: string, mentions: Mention[]): Document =>
  ({
    text: said,
    mentions,
    sentences: [...said.matchAll(/[^.]+\.\s*/g)].map((m) => ({ span: [m.index!, m.index! + m[0].length] })),
  }) as unknown as Document;
const eventAt = (said: string, from = 0, location: PlaceRef | null = sylvania) =>
  ({ location, evidence: [[from, said.indexOf('.', from) + 1]] }) as unknown as EventRecord;

describe('placeFromArticle: a site, and the sentence before the incident', () => {
  it('takes a site of the country the article names when it names no town', () => {
    const said = 'A grenade was found in an airliner about to leave the Rampur airport.';
    const event = eventAt(said);
    placeFromArticle(event, docOf(said, [known(said, 'Rampur airport', 'site', 'site')]), sylvania);
    expect([event.location?.name, event.location?.precision]).toEqual(['Rampur airport', 'site']);
  });

  it('takes a town over a site', () => {
    const said = 'A device exploded close to the Rampur airport. Police sealed off Tirin.';
    const event = eventAt(said);
    const mentions = [known(said, 'Rampur airport', 'site', 'site'), known(said, 'Tirin', 'city', 'town')];
    placeFromArticle(event, docOf(said, mentions), sylvania);
    expect(event.location?.name).toBe('Tirin');
  });

  it('takes a town the base does not know from the second sentence before the incident’s own', () => {
    const said = 'A van blew up in the village of Tirin. Nobody was hurt. Rebels were blamed for the blast.';
    const event = eventAt(said, said.indexOf('Rebels'));
    placeFromArticle(event, docOf(said, []), sylvania);
    expect(event.location?.name).toBe('Tirin');
  });

  it('takes a village whose country alone the base read from the way its name is written', () => {
    const said = 'Overnight arsonists burned a hut in Ban Khok Lom.';
    const village = { ...known(said, 'Ban Khok Lom', 'country', 'country'), via: 'alias' } as Mention;
    const event = eventAt(said, 0, { ...sylvania, spans: [village.span] });
    placeFromArticle(event, docOf(said, [village]), sylvania);
    expect([event.location?.name, event.location?.precision]).toEqual(['Ban Khok Lom', 'town']);
  });

  it('takes a town the base does not know from the sentence right before the incident’s own', () => {
    const said =
      'Police made safe a device fixed beneath a van in the town of Tirin. The owner had been warned.';
    const event = eventAt(said, said.indexOf('The owner'));
    placeFromArticle(event, docOf(said, []), sylvania);
    expect(event.location?.name).toBe('Tirin');
  });
});

describe('placeFromSentence: a square, an entrance, a province’s district', () => {
  const placed = (said: string) => {
    const event = eventAt(said);
    placeFromSentence(event, docOf(said, [known(said, 'Rampur', 'city', 'town')]));
    return event.location?.name;
  };

  it('takes a town told by its square, its entrance or as a province’s part', () => {
    expect(placed('Police caught a man carrying a bomb in the main square of Rampur.')).toBe('Rampur');
    expect(placed('Police caught a man carrying a bomb at the entrance to the city of Rampur.')).toBe(
      'Rampur',
    );
    expect(placed("Police caught a man carrying a bomb in Ostmark province's Rampur district.")).toBe(
      'Rampur',
    );
  });

  it('keeps the country for a town after words that place nothing', () => {
    expect(placed('In response Rampur officials caught a man carrying a bomb.')).toBe('Sylvania');
  });

  it('takes a town told as a capital or a community', () => {
    expect(placed('Police caught a man carrying a bomb in the eastern Ostmark capital of Rampur.')).toBe(
      'Rampur',
    );
    expect(placed('Police caught a man carrying a bomb in Ostmark’s capital, Rampur.')).toBe('Rampur');
    expect(placed('A shell fell near the hill community of Rampur at noon.')).toBe('Rampur');
  });

  it('takes a town the base does not know that the incident’s own sentence names', () => {
    const said = 'Rebels burned two lorries in Tirin village. The convoy was bound for Rampur.';
    const event = eventAt(said);
    placeFromSentence(event, docOf(said, [known(said, 'Rampur', 'city', 'town')]));
    expect(event.location?.name).toBe('Tirin');
  });

  it('takes a town of another country over a country read from a nationality', () => {
    const said = 'Guards held a Sylvanian courier with a bomb at a roadblock near Rampur.';
    const courier = { ...known(said, 'Sylvanian', 'country', 'country'), via: 'demonym' } as Mention;
    const rampur = known(said, 'Rampur', 'city', 'town');
    const event = eventAt(said, 0, { ...sylvania, spans: [courier.span] });
    placeFromSentence(
      event,
      docOf(said, [courier, { ...rampur, place: { ...rampur.place!, country: 'RT' } }]),
    );
    expect([event.location?.name, event.location?.country]).toEqual(['Rampur', 'RT']);
  });
});

describe('placeFromArticle: the region an armed group is named after', () => {
  const fighters = (said: string, group: string) => ({
    ...known(said, group, 'armed-group', 'region'),
    place: undefined,
    actor: { country: 'SV', parent_id: null },
  });
  const placed = (said: string, group: string) => {
    const event = eventAt(said);
    const mentions = [known(said, 'Ostmark', 'region', 'region', 'Ostmark'), fighters(said, group)];
    placeFromArticle(event, docOf(said, mentions), sylvania);
    return event.location?.name;
  };

  it('takes the region the group’s name holds, or holds before its acronym', () => {
    expect(placed('The Ostmark Freedom Army was blamed for a grenade.', 'Ostmark Freedom Army')).toBe(
      'Ostmark',
    );
    expect(placed('The Ostmark Freedom Army (OFA) was blamed for a grenade.', 'OFA')).toBe('Ostmark');
    // A region named apart from the group's name says nothing of where it fought.
    expect(placed('Ostmark leaders said the OFA threw a grenade.', 'OFA')).toBe('Sylvania');
  });
});

describe('placeAtRegionTown: a region named bare', () => {
  const atRegion = (said: string, admin1: string | null) => {
    const region = known(said, 'Ostmark', 'region', 'region', 'Ostmark');
    const location: PlaceRef = {
      ...sylvania,
      name: 'Ostmark',
      precision: 'region',
      entity_id: 'region:Ostmark',
    };
    const event = eventAt(said, 0, { ...location, lat: 31, lon: 35, spans: [region.span] });
    placeAtRegionTown(event, docOf(said, [region, known(said, 'Rampur', 'city', 'town', admin1)]));
    return event.location?.name;
  };

  it('places the incident at a near town of another province told beside a bare region', () => {
    expect(atRegion('Two rockets fell in the western Ostmark, one near a house in Rampur.', 'Lakhpur')).toBe(
      'Rampur',
    );
  });

  it('keeps the region told as a province for a town of another province', () => {
    expect(atRegion('Two rockets fell in Ostmark province, one near a house in Rampur.', 'Lakhpur')).toBe(
      'Ostmark',
    );
  });
});

describe('placeFromArticle: a country named without a locative', () => {
  /** The event placed at Borduria by its name in `said`, the article's country being Sylvania. */
  const placedFrom = (said: string, sylvanianTown = true) => {
    const at = said.indexOf('Borduria');
    const borduria = {
      span: [at, at + 'Borduria'.length],
      entity_id: 'country:BD',
      kind: 'country',
      name: 'Borduria',
      via: 'name',
      score: 1,
      place: { country: 'BD', lat: null, lon: null, precision: 'country' },
    } as unknown as Mention;
    const mentions = sylvanianTown ? [borduria, known(said, 'Strelsau', 'city', 'town')] : [borduria];
    const location = { ...sylvania, name: 'Borduria', country: 'BD', spans: [borduria.span] } as PlaceRef;
    const event = eventAt(said, 0, location);
    placeFromArticle(event, { ...docOf(said, mentions), language: 'en' }, sylvania);
    return event.location?.country;
  };

  it("gives way to the article's country, unless told as where or the article names no ground there", () => {
    // The name tells a party to the story, not the ground.
    expect(placedFrom('Masked men grabbed a radio host of Borduria as he left a cafe in Strelsau.')).toBe(
      'SV',
    );
    // A locative tells it as where, or as a line along which.
    expect(placedFrom('Masked men grabbed a radio host in the north of Borduria, far from Strelsau.')).toBe(
      'BD',
    );
    expect(placedFrom('Masked men grabbed a radio host on the road between Borduria and Strelsau.')).toBe(
      'BD',
    );
    expect(placedFrom('Masked men drove a radio host out of Borduria by night, towards Strelsau.')).toBe(
      'BD',
    );
    // No ground of the article's own country is named.
    expect(placedFrom('Masked men grabbed a radio host of Borduria as he left a cafe.', false)).toBe('BD');
  });
});
