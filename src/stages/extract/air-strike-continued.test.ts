import { describe, expect, it } from 'vitest';
import { fixtureDocument, type At } from './fixture-document.js';
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
