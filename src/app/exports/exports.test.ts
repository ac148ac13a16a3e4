import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { events, exported } from './export-fixtures.js';
import { CSV_COLUMNS, csvCell } from './index.js';

/** RFC 4180 rows: quoted cells may hold commas, quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') cell += text[++i];
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') {
      quoted = true;
    } else if (c === ',' || (c === '\r' && text[i + 1] === '\n')) {
      row.push(cell);
      cell = '';
      if (c === '\r') {
        rows.push(row);
        row = [];
        i++;
      }
    } else {
      cell += c;
    }
  }
  return rows;
}

describe('CSV export', () => {
  it('opens with ACLED’s column names, then marsad’s own', async () => {
    const [header] = parseCsv((await exported('csv')).replace(/^\uFEFF/, ''));
    expect(header).toEqual([...CSV_COLUMNS]);
    const acled = [
      'event_date',
      'event_type',
      'sub_event_type',
      'actor1',
      'actor2',
      'country',
      'iso',
      'admin1',
      'location',
    ];
    expect(header).toEqual(
      expect.arrayContaining([
        ...acled,
        'latitude',
        'longitude',
        'geo_precision',
        'source',
        'notes',
        'fatalities',
      ]),
    );
    expect(header).toEqual(
      expect.arrayContaining(['timing', 'injuries', 'claimed_by', 'evidence', 'article_id']),
    );
  });

  it('names the source of an article with no publisher or address by its file, not its path', async () => {
    const [first] = events;
    const list = [{ ...first, article_id: 'a-unknown', source: '/srv/inbox/2024/night-report.txt' }];
    const [header, row] = parseCsv((await exported('csv', list)).replace(/^\uFEFF/, ''));
    expect(row[header.indexOf('source')]).toBe('night-report.txt');
  });

  it('names such a source in GeoJSON alike, keeping the article id to join on', async () => {
    const [first] = events;
    const list = [{ ...first, article_id: 'a-unknown', source: '/srv/inbox/2024/night-report.txt' }];
    const [feature] = JSON.parse(await exported('geojson', list)).features;
    expect(feature.properties).toMatchObject({ source: 'night-report.txt', article_id: 'a-unknown' });
  });

  it('writes one row per event with ACLED’s codes and the evidence text', async () => {
    const [header, ...rows] = parseCsv((await exported('csv')).replace(/^\uFEFF/, ''));
    const mosul = Object.fromEntries(header.map((h, i) => [h, rows[0][i]]));
    expect(rows).toHaveLength(4);
    expect(mosul).toMatchObject({
      event_date: '2024-03-12',
      year: '2024',
      time_precision: '1',
      iso: '368',
      iso2: 'IQ',
      country: 'Iraq',
      admin1: 'Nineveh',
      latitude: '36.34',
      longitude: '43.13',
      geo_precision: '1',
      fatalities: '12',
      fatalities_qualifier: 'at_least',
      injuries: '5',
      injuries_qualifier: 'exact',
      timing: 'current',
    });
    expect(mosul.notes).toContain('At least 12 people were killed');
    expect(mosul.evidence).toBe(events[0].evidence.map(([s, e]) => `${s}-${e}`).join(';'));
    const aleppo = Object.fromEntries(header.map((h, i) => [h, rows[2][i]]));
    expect(aleppo).toMatchObject({
      time_precision: '3',
      geo_precision: '3',
      claimed_by: 'Islamic State',
      fatalities: '',
    });
  });

  it('gives a place with no coordinates no geo_precision, where 1 would claim the town itself', async () => {
    const [first] = events;
    const village = {
      ...first.location!,
      name: 'Kafr Tala',
      lat: null,
      lon: null,
      precision: 'town' as const,
    };
    const [header, row] = parseCsv(
      (await exported('csv', [{ ...first, location: village }])).replace(/^\uFEFF/, ''),
    );
    expect(row[header.indexOf('location')]).toBe('Kafr Tala');
    expect(row[header.indexOf('geo_precision')]).toBe('');
  });

  it('says, in every format, where a date no words of the incident give comes from', async () => {
    const fetched = {
      ...events[0],
      date: { ...events[0].date!, spans: [], basis: 'retrieval date' as const },
    };
    const [header, row] = parseCsv((await exported('csv', [fetched])).replace(/^\uFEFF/, ''));
    expect(row[header.indexOf('date_basis')]).toBe('retrieval date');
    const geo = JSON.parse(await exported('geojson', [fetched]));
    expect(geo.features[0].properties.date_basis).toBe('retrieval date');
    type Incident = { type: string; extensions?: Record<string, { date_basis?: string }> };
    const stix = JSON.parse(await exported('stix', [fetched])) as { objects: Incident[] };
    const incident = stix.objects.find((o) => o.type === 'incident')!;
    expect(Object.values(incident.extensions ?? {})[0].date_basis).toBe('retrieval date');
    const [ownWords] = parseCsv((await exported('csv', [events[0]])).replace(/^\uFEFF/, '')).slice(1);
    expect(ownWords[header.indexOf('date_basis')]).toBe('');
  });

  it.each([
    ['a plain word', 'Mosul', 'Mosul'],
    ['a comma', 'Aleppo, Syria', '"Aleppo, Syria"'],
    ['a quote', 'the "Caliphate"', '"the ""Caliphate"""'],
    ['a line break', 'a\nb', '"a\nb"'],
    ['a formula', '=HYPERLINK("x")', '"\'=HYPERLINK(""x"")"'],
    ['a negative number', -12.5, '-12.5'],
    ['nothing', null, ''],
  ])('writes a cell holding %s safely', (_name, value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });
});

describe('GeoJSON export', () => {
  // RFC 7946 for what marsad writes: a FeatureCollection of Point (or null) geometries in WGS 84.
  const featureCollection = {
    type: 'object',
    required: ['type', 'features'],
    properties: {
      type: { const: 'FeatureCollection' },
      features: {
        type: 'array',
        items: {
          type: 'object',
          required: ['type', 'geometry', 'properties'],
          properties: {
            type: { const: 'Feature' },
            id: { type: ['string', 'number'] },
            properties: { type: ['object', 'null'] },
            geometry: {
              oneOf: [
                { type: 'null' },
                {
                  type: 'object',
                  required: ['type', 'coordinates'],
                  properties: {
                    type: { const: 'Point' },
                    coordinates: {
                      type: 'array',
                      minItems: 2,
                      maxItems: 3,
                      prefixItems: [
                        { type: 'number', minimum: -180, maximum: 180 },
                        { type: 'number', minimum: -90, maximum: 90 },
                      ],
                    },
                  },
                },
              ],
            },
          },
        },
      },
    },
  };

  it('is a valid FeatureCollection with [longitude, latitude] points', async () => {
    const collection = JSON.parse(await exported('geojson'));
    const validate = new Ajv({ strict: false }).compile(featureCollection);
    expect(validate(collection), JSON.stringify(validate.errors)).toBe(true);
    expect(collection.features).toHaveLength(4);
    expect(collection.features[0].geometry.coordinates).toEqual([43.13, 36.34]);
    expect(collection.features[0].properties).toMatchObject({
      event_type: 'Battles',
      fatalities: 12,
      fatalities_qualifier: 'at_least',
      injuries: 5,
      injuries_qualifier: 'exact',
      country: 'IQ',
    });
  });

  it('keeps an event without coordinates, with a null geometry', async () => {
    const unplaced = { ...events[3], location: null };
    const collection = JSON.parse(await exported('geojson', [unplaced]));
    expect(collection.features[0]).toMatchObject({ id: unplaced.id, geometry: null });
  });
});

describe('JSON Lines export', () => {
  it('writes one stored event per line', async () => {
    const lines = (await exported('jsonl')).trimEnd().split('\n');
    expect(lines.map((l) => JSON.parse(l).id)).toEqual(events.map((e) => e.id));
    expect(JSON.parse(lines[1])).toEqual(JSON.parse(JSON.stringify(events[1])));
  });
});

describe('Arabic names in exports', () => {
  it('fills the _ar columns of CSV and GeoJSON from the knowledge base, and leaves unknown entities empty', async () => {
    const [header, mosulRow] = parseCsv((await exported('csv', [events[0]], true)).replace(/^\uFEFF/, ''));
    const row = Object.fromEntries(header.map((h, i) => [h, mosulRow[i]]));
    expect(row).toMatchObject({ location: 'Mosul', location_ar: 'الموصل' });
    expect(row.actor1_ar || row.actor2_ar).toBe('تنظيم الدولة الإسلامية');
    const feature = JSON.parse(await exported('geojson', [events[0]], true)).features[0];
    expect(feature.properties.location_ar).toBe('الموصل');
    const unnamed = JSON.parse(await exported('geojson', [events[0]])).features[0];
    expect(unnamed.properties.location_ar).toBeNull();
  });

  it('puts a name known only in Arabic in the _ar columns, leaving the English ones empty', async () => {
    // A hamlet the knowledge base does not hold, and a group it does not know: their names as the text wrote them.
    const hamlet = { name: 'عين الصنوبر', country: 'LB', lat: null, lon: null, precision: 'town' as const };
    const event = {
      ...events[0],
      location: { ...hamlet, entity_id: null, spans: [] },
      actor1: { name: 'سرايا الجبل', entity_id: null, spans: [] },
    };
    const [header, cells] = parseCsv((await exported('csv', [event], true)).replace(/^\uFEFF/, ''));
    const row = Object.fromEntries(header.map((h, i) => [h, cells[i]]));
    expect(row).toMatchObject({
      location: '',
      location_ar: 'عين الصنوبر',
      actor1: '',
      actor1_ar: 'سرايا الجبل',
    });
    const { properties } = JSON.parse(await exported('geojson', [event], true)).features[0];
    expect(properties).toMatchObject({ location: null, location_ar: 'عين الصنوبر', actor1: null });
  });

  it('gives name_ar beside the English name in JSON Lines', async () => {
    const [line] = (await exported('jsonl', [events[0]], true)).trimEnd().split('\n');
    expect(JSON.parse(line).location).toMatchObject({ name: 'Mosul', name_ar: 'الموصل' });
  });
});

describe('an export with no matching event', () => {
  it.each([
    [
      'csv',
      (body: string) =>
        body
          .replace(/^\uFEFF/, '')
          .trimEnd()
          .split('\r\n').length,
      1,
    ],
    ['geojson', (body: string) => JSON.parse(body).features.length, 0],
    ['stix', (body: string) => JSON.parse(body).objects.length, 2],
    ['jsonl', (body: string) => body.length, 0],
  ] as const)('is still a well-formed %s file', async (format, count, expected) => {
    expect(count(await exported(format, []))).toBe(expected);
  });
});
