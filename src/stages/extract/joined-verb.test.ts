import { describe, expect, it } from 'vitest';
import { fixtureDocument } from './fixture-document.js';
import { actorEntity, placeEntity } from './fixture-entities.js';
import { createExtractStage } from './index.js';

const extract = createExtractStage();
const RAIDS =
  'شنت طائرات التحالف أربع غارات على معسكر تدريب كبير تابع للمتمردين قرب السد القديم شرقي محافظة مأرب، ';

/** The sub-types of the events the extract stage finds in `text`, in order. */
function subTypes(text: string): (string | undefined)[] {
  const doc = fixtureDocument({
    text,
    language: 'ar',
    mentions: [
      ['التحالف', actorEntity('Saudi-led Coalition')],
      ['محافظة مأرب', placeEntity('Marib', 'YE', 'region')],
      ['مدينة الحزم', placeEntity('Al Hazm', 'YE')],
    ],
  });
  extract.run(doc, { referenceDate: null });
  return doc.events!.map((e) => e.sub_event_type?.value);
}

describe('a joined verb with no subject of its own strikes with the aircraft named before it', () => {
  it('takes a subjectless «وقصف» after the warplanes for an air strike', () => {
    expect(subTypes(`${RAIDS}وقصف مخازن أسلحة أخرى في مدينة الحزم.`).at(-1)).toBe('Air/drone strike');
  });

  it('keeps a joined verb whose own subject is the artillery a shelling', () => {
    expect(subTypes(`${RAIDS}وقصفت المدفعية مخازن أسلحة أخرى في مدينة الحزم.`).at(-1)).toBe(
      'Shelling/artillery/missile attack',
    );
  });

  it('keeps a joined verb whose subject is a named side a shelling', () => {
    expect(subTypes(`${RAIDS}وقصف مسلحو المعارضة مخازن أسلحة أخرى في مدينة الحزم.`).at(-1)).toBe(
      'Shelling/artillery/missile attack',
    );
  });
});
