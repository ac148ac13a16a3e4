import { describe, expect, it } from 'vitest';
import type { Document, EventRecord } from '../../core/records.js';
import { createResolveStage } from '../resolve/index.js';
import { fixtureDocument, type FixtureSpec } from './fixture-document.js';
import { placeEntity } from './fixture-entities.js';
import { createExtractStage } from './index.js';
import { foldRetelling, townsOfAreas } from './place-memory.js';

const extract = createExtractStage();
const resolve = createResolveStage();
const ctx = { referenceDate: null };

function placesOf(doc: Document) {
  extract.run(doc, ctx);
  resolve.run(doc, ctx);
  return doc.events!.map((e) => [e.location?.name, e.date?.value]);
}

const rampur = placeEntity('Rampur', 'IN');
const sitapur = placeEntity('Sitapur', 'IN');
const lucknow = placeEntity('Lucknow', 'IN');
const nagla = { ...placeEntity('Nagla', 'IN'), place: { ...rampur.place!, precision: 'district' as const } };

const days: FixtureSpec['times'] = [
  ['on sunday', { value: '2004-05-09', precision: 'day', reason: 'weekday' }],
  ['on sunday', { value: '2004-05-09', precision: 'day', reason: 'weekday' }, 2],
  ['on friday', { value: '2004-05-07', precision: 'day', reason: 'weekday' }],
];

/** A round-up of rioting: the opening names the state's capital, then town after town. */
const opening = 'lucknow: mobs went on the rampage in several towns of the state on sunday.';

/** A round-up published the day after: the opening, then `body`; the capital is named, then `mentions`. */
function roundUp(body: string, mentions: NonNullable<FixtureSpec['mentions']> = [], times = days): Document {
  return fixtureDocument({
    text: `${opening} ${body}`,
    published: '2004-05-10',
    times,
    mentions: [['lucknow', lucknow], ...mentions],
  });
}

describe('an incident told with no place in a riot round-up', () => {
  it('takes the town of the incident told just before', () => {
    const doc = roundUp(
      'in sitapur town, mobs pelted stones at shops on sunday. ' +
        'unrest had spread in the town after youths pelted stones at two lorries on friday.',
      [['sitapur', sitapur]],
    );
    expect(placesOf(doc)).toContainEqual(['Sitapur', '2004-05-07']);
    expect(placesOf(doc)).not.toContainEqual(['Lucknow', '2004-05-07']);
  });

  it('does not take it when its own sentence names a town', () => {
    const doc = roundUp(
      'in sitapur town, mobs pelted stones at shops on sunday. ' +
        'in rampur, rioters pelted stones at a bus on friday.',
      [
        ['sitapur', sitapur],
        ['rampur', rampur],
      ],
    );
    expect(placesOf(doc)).toContainEqual(['Rampur', '2004-05-07']);
  });

  it('takes it when its sentence names the state only in passing and points back to "the town"', () => {
    const uttar = placeEntity('Uttar', 'IN', 'region');
    const doc = roundUp(
      'in sitapur town, mobs pelted stones at shops on sunday. ' +
        'as officials toured the town, the source of the unrest in uttar, a man was stabbed in the bazaar area of the town on friday.',
      [
        ['sitapur', sitapur],
        ['uttar', uttar],
      ],
    );
    expect(placesOf(doc)).toContainEqual(['Sitapur', '2004-05-07']);
  });

  it('does not take one of several towns told together', () => {
    const doc = roundUp(
      'mobs pelted stones in sitapur and rampur on sunday. ' +
        'youths pelted stones at two lorries on friday.',
      [
        ['sitapur', sitapur],
        ['rampur', rampur],
      ],
    );
    const friday = placesOf(doc).filter(([, date]) => date === '2004-05-07');
    expect(friday).not.toHaveLength(0);
    expect(friday.map(([name]) => name)).not.toContain('Sitapur');
    expect(friday.map(([name]) => name)).not.toContain('Rampur');
  });
});

describe('an incident placed by the one before it on the same day', () => {
  it('is that incident told again', () => {
    const doc = roundUp(
      'in sitapur town, mobs pelted stones at shops on sunday. ' +
        'taking advantage of the confusion, miscreants stabbed two persons.',
      [['sitapur', sitapur]],
      days.slice(0, 2),
    );
    extract.run(doc, ctx);
    const sitapurs = doc.events!.filter((e) => e.location?.name === 'Sitapur');
    expect(sitapurs.map((e) => e.evidence.length)).toEqual([2]);
  });

  it('is not when it is an arrest', () => {
    const riot = { event_type: { value: 'Riots', spans: [] }, evidence: [[0, 10]] } as unknown as EventRecord;
    const arrest = { event_type: { value: 'Strategic developments', spans: [] }, evidence: [[11, 20]] };
    expect(foldRetelling(riot, arrest as unknown as EventRecord)).toBe(false);
    expect(riot.evidence).toHaveLength(1);
  });
});

describe('an area the article has put in a town', () => {
  it('stands for that town later in the article', () => {
    const doc = fixtureDocument({
      text:
        'tension prevailed in nagla area of rampur for days before the riot on sunday. ' +
        'later, rioters pelted stones at shops in this sensitive area of nagla on monday.',
      published: '2004-05-10',
      mentions: [
        ['nagla', nagla],
        ['rampur', rampur],
        ['nagla', nagla, 2],
      ],
    });
    expect(placesOf(doc).map(([name]) => name)).toEqual(['Rampur']);
  });

  it('is not folded into a district named after it', () => {
    const text = 'violence in nagla area of rampur district and in sitapur.';
    const doc = fixtureDocument({
      text,
      mentions: [
        ['nagla', nagla],
        ['rampur', rampur],
        ['sitapur', sitapur],
      ],
    });
    expect(townsOfAreas(doc.mentions!, text).size).toBe(0);
    const plain = text.replace(' district', '');
    const inTown = fixtureDocument({
      text: plain,
      mentions: [
        ['nagla', nagla],
        ['rampur', rampur],
        ['sitapur', sitapur],
      ],
    });
    expect(townsOfAreas(inTown.mentions!, plain).size).toBe(1);
  });
});

describe('ground taken that the clause names only by its noun', () => {
  const qaryatayn = placeEntity('Qaryatayn', 'SY');
  it.each([
    [
      'The fate of a hundred people from Qaryatayn is unknown. Militants seized the town overnight.',
      'Qaryatayn',
    ],
    ['ما زال مصير مئة من سكان القريتين مجهولا. وسيطر المسلحون على المدينة ليلا.', 'القريتين'],
  ])('is the one town the sentence before names, though no incident was told there: "%s"', (text, town) => {
    const doc = fixtureDocument({ text, mentions: [[town, qaryatayn]] });
    expect(placesOf(doc).map(([name]) => name)).toEqual(['Qaryatayn']);
  });

  it('is no town when the sentence before names two', () => {
    const text = 'People fled Qaryatayn and Mahin. Militants seized the town overnight.';
    const doc = fixtureDocument({
      text,
      mentions: [
        ['Qaryatayn', qaryatayn],
        ['Mahin', placeEntity('Mahin', 'SY')],
      ],
    });
    // Two towns before: "the town" names neither, and ground taken with no place is left out altogether
    // (the `unsupported` rule of event-builder), so there is no event at all, not one without a town.
    expect(placesOf(doc)).toEqual([]);
  });
});
