import { describe, expect, it } from 'vitest';
import { resolvedEvents } from '../../../test/support/resolved-events.js';
import { fixtureDocument, type FixtureSpec } from './fixture-document.js';
import { actorEntity, placeEntity } from './fixture-entities.js';
import { createExtractStage } from './index.js';

const extract = createExtractStage();

/** Each resolved event's sub-type and place. */
function eventsOf(spec: FixtureSpec) {
  return resolvedEvents(spec).map((e) => [e.sub_event_type?.value, e.location?.name]);
}

const base = placeEntity('Rampur Base', 'YE');
const town = placeEntity('Sitapur', 'YE');

describe('a site named again by its noun alone', () => {
  it('is at the place the site was first named by', () => {
    const text =
      'قصف المسلحون قاعدة رامبور بالصواريخ صباح امس. وشنت الطائرات الحربية غارات جوية على القاعدة بعد الظهر.';
    const spec: FixtureSpec = { text, published: '2015-07-20', mentions: [['قاعدة رامبور', base]] };
    expect(eventsOf(spec)).toContainEqual(['Air/drone strike', 'Rampur Base']);
  });

  it('keeps a place the clause names itself', () => {
    const text =
      'قصف المسلحون قاعدة رامبور بالصواريخ صباح امس. وشنت الطائرات الحربية غارات جوية على القاعدة في سيتابور بعد الظهر.';
    const events = eventsOf({
      text,
      published: '2015-07-20',
      mentions: [
        ['قاعدة رامبور', base],
        ['سيتابور', town],
      ],
    });
    expect(events).toContainEqual(['Air/drone strike', 'Sitapur']);
    expect(events).not.toContainEqual(['Air/drone strike', 'Rampur Base']);
  });

  it('keeps «القاعدة» the group from standing for the base', () => {
    const text =
      'قصف المسلحون قاعدة رامبور بالصواريخ صباح امس. وشن تنظيم القاعدة هجوما على دورية للجيش بعد الظهر.';
    const doc = fixtureDocument({
      text,
      published: '2015-07-20',
      mentions: [
        ['قاعدة رامبور', base],
        ['القاعدة', actorEntity('Al Qaeda')],
      ],
    });
    extract.run(doc, { referenceDate: null });
    const told = doc.events!.map((e) => [e.event_type?.spans[0]?.[0] ?? 0, e.location?.name]);
    const second = text.indexOf('وشن');
    expect(told.filter(([at]) => (at as number) > second)).not.toHaveLength(0);
    expect(told.filter(([at, place]) => (at as number) > second && place === 'Rampur Base')).toEqual([]);
  });
});
