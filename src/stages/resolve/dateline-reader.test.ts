import { describe, it, expect } from 'vitest';
import type { Document, EventRecord, Mention, PlaceRef } from '../../core/records.js';
import { resolvedEvents } from '../../../test/support/resolved-events.js';
import type { FixtureSpec } from '../extract/fixture-document.js';
import { demonymEntity, placeEntity } from '../extract/fixture-entities.js';
import { readDateline, toDatelineCountry } from './dateline-reader.js';

const mention = (name: string, start: number, country: string): Mention =>
  ({
    span: [start, start + name.length],
    entity_id: `country:${country}`,
    kind: 'country',
    name,
    via: 'name',
    score: 1,
    place: { country, lat: null, lon: null, precision: 'country' },
  }) as unknown as Mention;

const at = (text: string, name: string, country: string): PlaceRef => ({
  name,
  country,
  lat: null,
  lon: null,
  precision: 'country',
  entity_id: `country:${country}`,
  spans: [[text.indexOf(name), text.indexOf(name) + name.length]],
});

const event = (location: PlaceRef | null) => ({ location }) as unknown as EventRecord;

/** A town of the base named in `text` (its first occurrence). */
const townIn = (text: string, name: string, country: string): Mention => ({
  ...mention(name, text.indexOf(name), country),
  kind: 'city',
  entity_id: `place:${name}`,
  place: { country, lat: null, lon: null, precision: 'town' },
});

describe('readDateline', () => {
  it('finds a country in capitals that opens the text', () => {
    const doc = { text: 'GREECE.  A bomb went off.', mentions: [mention('GREECE', 0, 'GR')] } as Document;
    expect(readDateline(doc).country?.place?.country).toBe('GR');
  });

  it('reads no dateline in a country joined to a word by a hyphen', () => {
    const doc = { text: 'US-led raids hit a bridge.', mentions: [mention('US', 0, 'US')] } as Document;
    expect(readDateline(doc).country).toBeNull();
    const dashed = { text: 'US - A bomb went off.', mentions: [mention('US', 0, 'US')] } as Document;
    expect(readDateline(dashed).country?.place?.country).toBe('US');
  });

  it('ignores a country named in ordinary words at the start', () => {
    const doc = { text: 'Greece said on Monday …', mentions: [mention('Greece', 0, 'GR')] } as Document;
    expect(readDateline(doc).country).toBeNull();
  });

  it('finds the town a local report is filed from, and not a town that merely opens the text', () => {
    const town = (text: string): Document =>
      ({
        text,
        mentions: [
          {
            ...mention('Lakhpur', 0, 'IN'),
            kind: 'city',
            entity_id: 'place:lakhpur',
            place: { country: 'IN', lat: null, lon: null, precision: 'town' },
          },
        ],
      }) as Document;
    expect(readDateline(town('Lakhpur: youths threw stones at buses.')).town?.name).toBe('Lakhpur');
    expect(readDateline(town('Lakhpur saw stones thrown at buses.')).town).toBeNull();
  });

  it('finds an Arabic town before a kashida written as the dash, and one with a kashida in its name', () => {
    const town = (text: string, name: string): Document =>
      ({ text, mentions: [townIn(text, name, 'YE')] }) as Document;
    expect(readDateline(town('المخا ـ أطلق مسلحون النار على دورية.', 'المخا')).town?.name).toBe('المخا');
    expect(readDateline(town('المخـا - أطلق مسلحون النار على دورية.', 'المخـا')).town?.name).toBe('المخـا');
  });
});

describe('toDatelineCountry', () => {
  const text = 'GREECE.  A bomb exploded at the U.S. embassy; later shells fell in Turkey.';
  const dateline = mention('GREECE', 0, 'GR');
  const doc = { text, mentions: [dateline] } as Document;

  it('moves an event placed by an owner country to the dateline country', () => {
    const e = event(at(text, 'U.S.', 'US'));
    toDatelineCountry(e, dateline, doc);
    expect(e.location?.country).toBe('GR');
  });

  it('moves an event the lead places in another country to the dateline country', () => {
    const e = event(at(text, 'Turkey', 'TR'));
    toDatelineCountry(e, dateline, doc);
    expect(e.location?.country).toBe('GR');
  });

  it("puts a town of a state that seceded since in the dateline's state of then, the new state named or not", () => {
    const told = 'SUDAN.  Rebels raided a depot at Kolvo, fighting for a free South Sudan.';
    const heading = mention('SUDAN', 0, 'SD');
    const kolvo = townIn(told, 'Kolvo', 'SS');
    const named = mention('South Sudan', told.indexOf('South Sudan'), 'SS');
    const e = {
      location: placeOf(kolvo),
      date: { value: '1988-04-02', precision: 'day' },
      evidence: [[11, told.length]],
    } as unknown as EventRecord;
    toDatelineCountry(e, heading, { text: told, mentions: [heading, kolvo, named] } as Document);
    expect([e.location?.name, e.location?.country]).toEqual(['Kolvo', 'SD']);
  });

  it('moves an event placed at a country told as a border to the dateline country', () => {
    const told = 'GREECE.  Two herders were shot near the Turkish border.';
    const border = { ...mention('Turkish', told.indexOf('Turkish'), 'TR'), via: 'demonym' } as Mention;
    const e = { location: at(told, 'Turkish', 'TR'), evidence: [[9, told.length]] } as unknown as EventRecord;
    toDatelineCountry(e, dateline, { text: told, mentions: [dateline, border] } as Document);
    expect(e.location?.country).toBe('GR');
  });

  it("moves an event placed at a firm named after a foreign town to the dateline country's town", () => {
    const told = 'GREECE.  Rebels bombed the Dallas Trading office in the port of Piraeus.';
    const town = (name: string, country: string) => townIn(told, name, country);
    const [dallas, piraeus] = [town('Dallas', 'US'), town('Piraeus', 'GR')];
    const e = { location: placeOf(dallas), evidence: [[9, told.length]] } as unknown as EventRecord;
    toDatelineCountry(e, dateline, { text: told, mentions: [dateline, dallas, piraeus] } as Document);
    expect(e.location?.name).toBe('Piraeus');
  });

  it("moves an event placed at a town abroad to the entry's town in the dateline country", () => {
    const told =
      'GREECE.  A fire gutted a travel agency in Piraeus.  A caller said it avenged a verdict in Dallas.';
    const town = (name: string, country: string) => townIn(told, name, country);
    const [piraeus, dallas] = [town('Piraeus', 'GR'), town('Dallas', 'US')];
    const caller = told.indexOf('A caller');
    const sentences = [{ span: [9, caller - 2] }, { span: [caller, told.length] }];
    const entry = (mentions: Mention[]) => ({ text: told, mentions, sentences }) as unknown as Document;
    const e = { location: placeOf(dallas), evidence: [[caller, told.length]] } as unknown as EventRecord;
    toDatelineCountry(e, dateline, entry([dateline, piraeus, dallas]));
    expect(e.location?.name).toBe('Piraeus');
    // With no town of the dateline's country in the entry, the dateline's country.
    const alone = { location: placeOf(dallas), evidence: [[caller, told.length]] } as unknown as EventRecord;
    toDatelineCountry(alone, dateline, entry([dateline, dallas]));
    expect([alone.location?.precision, alone.location?.country]).toEqual(['country', 'GR']);
  });

  it("keeps a town of the neighbour that shares the dateline country's theatre", () => {
    const told = 'ISRAEL.  A grenade went off at the bus station of Wadi Sarim, wounding three.';
    const israel = mention('ISRAEL', 0, 'IL');
    const town: Mention = {
      ...mention('Wadi Sarim', told.indexOf('Wadi Sarim'), 'PS'),
      kind: 'city',
      entity_id: 'place:wadi-sarim',
      place: { country: 'PS', lat: null, lon: null, precision: 'town' },
    };
    const e = { location: placeOf(town), evidence: [[9, told.length]] } as unknown as EventRecord;
    toDatelineCountry(e, israel, { text: told, mentions: [israel, town] } as Document);
    expect([e.location?.name, e.location?.country]).toEqual(['Wadi Sarim', 'PS']);
  });
});

describe("a chronology's entry placed abroad only by a later sentence", () => {
  const lakhpur = placeEntity('Lakhpur', 'SV');
  const countryOf = (text: string) =>
    resolvedEvents({
      text,
      published: '1980-05-02',
      mentions: [
        ['FREEDONIA', placeEntity('Freedonia', 'FD', 'country')],
        ['Lakhpur', lakhpur],
      ],
    })[0]?.location?.country;

  it("is the heading's incident, in the heading's country", () => {
    const text =
      'FREEDONIA.  A refugee was shot dead in his apartment.  Refugees have been shot dead in Lakhpur before.';
    expect(countryOf(text)).toBe('FD');
  });

  it("is a namesake in the heading's country even when the first sentence names the other country", () => {
    const named = resolvedEvents({
      text: 'FREEDONIA.  A refugee was shot dead in his apartment in Lakhpur, Sylvania.',
      published: '1980-05-02',
      mentions: [
        ['FREEDONIA', placeEntity('Freedonia', 'FD', 'country')],
        ['Lakhpur', lakhpur],
        ['Sylvania', placeEntity('Sylvania', 'SV', 'country')],
      ],
    });
    expect([named[0]?.location?.name, named[0]?.location?.country]).toEqual(['Lakhpur', 'FD']);
  });

  it("is a namesake in the heading's country when the first sentence names a town abroad but not its country", () => {
    const [event] = resolvedEvents({
      text: 'FREEDONIA.  A refugee was shot dead in his apartment in Lakhpur.',
      published: '1980-05-02',
      mentions: [
        ['FREEDONIA', placeEntity('Freedonia', 'FD', 'country')],
        ['Lakhpur', lakhpur],
      ],
    });
    expect([event?.location?.name, event?.location?.country, event?.location?.entity_id]).toEqual([
      'Lakhpur',
      'FD',
      null,
    ]);
  });
});

describe("a chronology's entry that names another country", () => {
  const names: NonNullable<FixtureSpec['mentions']> = [
    ['FREEDONIAN', demonymEntity('Freedonian', 'FD')],
    ['Freedonian', demonymEntity('Freedonian', 'FD')],
    ['Sylvanian', demonymEntity('Sylvanian', 'SV')],
    ['Sylvania', placeEntity('Sylvania', 'SV', 'country')],
  ];
  const placeOfEntry = (text: string) =>
    resolvedEvents({
      text,
      published: '1980-05-02',
      mentions: names.filter(([name]) => text.includes(name)),
    })[0]?.location;

  it("stays in the heading's country, however much the rest of the entry names the other", () => {
    const text = 'FREEDONIAN.  Gunmen shot two Freedonian policemen.  The police blamed exiles in Sylvania.';
    expect(placeOfEntry(text)?.country).toBe('FD');
  });

  it("puts a town the base does not know, told before a foreign nationality, in the heading's country", () => {
    const text =
      'FREEDONIAN.  A Freedonian army officer was kidnapped in Tirizai by Sylvanian gunmen.  He was taken to Sylvania.';
    expect([placeOfEntry(text)?.name, placeOfEntry(text)?.country]).toEqual(['Tirizai', 'FD']);
  });
});

const placeOf = (m: Mention): PlaceRef => ({
  name: m.name,
  country: m.place!.country,
  lat: null,
  lon: null,
  precision: m.place!.precision,
  entity_id: m.entity_id,
  spans: [m.span],
});

describe('an event placed at a wire dateline', () => {
  const towns: NonNullable<FixtureSpec['mentions']> = [
    ['ALEPPO', placeEntity('Aleppo', 'SY')],
    ['Azaz', placeEntity('Azaz', 'SY')],
  ];
  const placesIn = (text: string) =>
    resolvedEvents({
      text,
      published: '2017-04-09',
      mentions: towns.filter(([name]) => text.includes(name)),
    }).map((e) => e.location?.name);

  it('moves to the town its sentence names, the dateline opening a paragraph mid-text', () => {
    const text =
      'The monitor gave its figures on Sunday.\n' +
      'ALEPPO (Levant Wire) Troops shelled the positions of the militants of the banned group ' +
      'that had come from the hills around the northern border town of Azaz, a source said.';
    expect(placesIn(text)).toEqual(['Azaz']);
  });

  it('keeps the dateline town when its sentences name no other place', () => {
    const text = 'The monitor gave its figures on Sunday.\nALEPPO (Levant Wire) Troops shelled a school.';
    expect(placesIn(text)).toEqual(['Aleppo']);
  });
});
