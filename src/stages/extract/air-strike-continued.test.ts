import { describe, expect, it } from 'vitest';
import { fixtureDocument, type At, type FixtureSpec } from './fixture-document.js';
import { actorEntity, placeEntity } from './fixture-entities.js';
import { createExtractStage } from './index.js';

const extract = createExtractStage();
const RAIDS = 'شنت طائرات التحالف غارتين على معسكر للتدريب شرقي محافظة مأرب.\n';
const STORMED = 'اقتحم مسلحون معسكرا للتدريب شرقي محافظة مأرب.\n';

const MENTIONS: At<ReturnType<typeof actorEntity>>[] = [
  ['التحالف', actorEntity('Saudi-led Coalition')],
  ['محافظة مأرب', placeEntity('Marib', 'YE', 'region')],
  ['مدينة الحزم', placeEntity('Al Hazm', 'YE')],
];

/** The sub-type and doer of the last event the extract stage finds in `text`. */
function lastEvent(text: string): [string | undefined, string | undefined] {
  const doc = fixtureDocument({
    text,
    language: 'ar',
    mentions: MENTIONS.filter(([name]) => text.includes(name)),
  });
  extract.run(doc, { referenceDate: null });
  const last = doc.events!.at(-1);
  return [last?.sub_event_type?.value, last?.actor1?.name];
}

describe('a sentence opening on a subjectless joined verb goes on with the aircraft of the one before', () => {
  it('takes «وقصف» after an air strike for another strike by the same aircraft', () => {
    expect(lastEvent(`${RAIDS}وقصف بعد ساعات مخازن ذخيرة قرب مدينة الحزم.`)).toEqual([
      'Air/drone strike',
      'Saudi-led Coalition',
    ]);
  });

  it('keeps «وقصفت المدفعية», with a subject of its own, a shelling', () => {
    expect(lastEvent(`${RAIDS}وقصفت المدفعية بعد ساعات مخازن ذخيرة قرب مدينة الحزم.`)[0]).toBe(
      'Shelling/artillery/missile attack',
    );
  });

  it('keeps «وقصف» after a sentence that told no air strike a shelling', () => {
    expect(lastEvent(`${STORMED}وقصف بعد ساعات مخازن ذخيرة قرب مدينة الحزم.`)[0]).toBe(
      'Shelling/artillery/missile attack',
    );
  });
});

describe('a bare killing told right after an air strike is more of that air war', () => {
  const JETS =
    'Russian jets struck militant posts near Mayadin overnight, killing 50 Islamic State fighters. ';
  const STORMED_POSTS = 'Tribal gunmen stormed militant posts near Mayadin overnight, the monitor said. ';

  const ENGLISH_MENTIONS: NonNullable<FixtureSpec['mentions']> = [
    ['Russian', actorEntity('Military Forces of Russia', 'state-forces', 'RU')],
    ['Mayadin', placeEntity('Al-Mayadin', 'SY')],
    ['Abu Kamal', placeEntity('Abu Kamal', 'SY')],
  ];
  const ENGLISH_TOLLS: NonNullable<FixtureSpec['quantities']> = [
    ['50', { value: 50, qualifier: 'exact', role: 'killed' }],
    ['30', { value: 30, qualifier: 'exact', role: 'killed' }],
  ];

  /** The sub-type and doer of the last event the extract stage finds in `text`. */
  function lastEnglishEvent(text: string): [string | undefined, string | undefined] {
    const doc = fixtureDocument({
      text,
      language: 'en',
      mentions: ENGLISH_MENTIONS.filter(([name]) => text.includes(name)),
      quantities: ENGLISH_TOLLS.filter(([count]) => text.includes(count)),
    });
    extract.run(doc, { referenceDate: null });
    const last = doc.events!.at(-1);
    return [last?.sub_event_type?.value, last?.actor1?.name];
  }

  it('takes the dead told with no doer for another strike by the same side', () => {
    expect(
      lastEnglishEvent(`${JETS}Another 30 fighters were killed near Abu Kamal, the ministry added.`),
    ).toEqual(['Air/drone strike', 'Military Forces of Russia']);
  });

  it('takes sites told as also hit, with no doer, for another strike by the same side', () => {
    expect(
      lastEnglishEvent(
        `${JETS}Islamic State depots and trucks were also hit near Abu Kamal, the ministry added.`,
      ),
    ).toEqual(['Air/drone strike', 'Military Forces of Russia']);
  });

  it('leaves sites hit after a sentence that told no air strike their own', () => {
    expect(
      lastEnglishEvent(
        `${STORMED_POSTS}Islamic State depots and trucks were also hit near Abu Kamal, the ministry added.`,
      )[0],
    ).not.toBe('Air/drone strike');
  });

  it('leaves a killing told with a ground fight its own', () => {
    expect(
      lastEnglishEvent(
        `${JETS}Another 30 fighters were killed in clashes near Abu Kamal, the ministry added.`,
      )[0],
    ).not.toBe('Air/drone strike');
  });

  it('leaves a killing after a sentence that told no air strike its own', () => {
    expect(
      lastEnglishEvent(
        `${STORMED_POSTS}Another 30 fighters were killed near Abu Kamal, the ministry added.`,
      )[0],
    ).not.toBe('Air/drone strike');
  });
});
